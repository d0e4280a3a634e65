package org.untoc.core;

/**
 * The closed set of entity kinds, one for each subtype of {@link Entity}.
 */
public enum EntityKind implements Labelled {
  /** An organisation unit: {@link Unit}. */
  UNIT(Unit.class),
  /** A treaty or legal act: {@link Instrument}. */
  INSTRUMENT(Instrument.class),
  /** A treaty body or its subsidiary: {@link Body}. */
  BODY(Body.class),
  /** A programme or study: {@link Programme}. */
  PROGRAMME(Programme.class),
  /** What a unit is charged with: {@link Mandate}. */
  MANDATE(Mandate.class),
  /** A form of assistance or a service area: {@link Service}. */
  SERVICE(Service.class),
  /** A crime area or subject: {@link Topic}. */
  TOPIC(Topic.class),
  /** A kind of national counterpart: {@link CounterpartType}. */
  COUNTERPART_TYPE(CounterpartType.class),
  /** An area of a strategy: {@link StrategyArea}. */
  STRATEGY_AREA(StrategyArea.class);

  private final Class<? extends Entity> type;

  EntityKind(Class<? extends Entity> type) {
    this.type = type;
  }

  /** Returns the entity type of this kind. */
  public Class<? extends Entity> type() {
    return type;
  }

  /**
   * Obtains the kind with the given label, ignoring case.
   *
   * @param label the label, such as {@code programme}, not null
   * @return the kind, not null
   * @throws IllegalArgumentException if no kind has that label; the message lists the labels
   */
  public static EntityKind ofLabel(String label) {
    return Labelled.ofLabel(EntityKind.class, label);
  }

  /** Returns the label. */
  @Override
  public String toString() {
    return label();
  }
}
