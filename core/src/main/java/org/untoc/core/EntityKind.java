package org.untoc.core;

/**
 * The closed set of entity kinds, one for each subtype of {@link Entity}.
 */
public enum EntityKind {
  /** An organisation unit: {@link Unit}. */
  UNIT("unit", Unit.class),
  /** A treaty or legal act: {@link Instrument}. */
  INSTRUMENT("instrument", Instrument.class),
  /** A treaty body or its subsidiary: {@link Body}. */
  BODY("body", Body.class),
  /** A programme or study: {@link Programme}. */
  PROGRAMME("programme", Programme.class),
  /** What a unit is charged with: {@link Mandate}. */
  MANDATE("mandate", Mandate.class),
  /** A form of assistance or a service area: {@link Service}. */
  SERVICE("service", Service.class),
  /** A crime area or subject: {@link Topic}. */
  TOPIC("topic", Topic.class),
  /** A kind of national counterpart: {@link CounterpartType}. */
  COUNTERPART_TYPE("counterpart-type", CounterpartType.class),
  /** An area of a strategy: {@link StrategyArea}. */
  STRATEGY_AREA("strategy-area", StrategyArea.class);

  private final String label;
  private final Class<? extends Entity> type;

  EntityKind(String label, Class<? extends Entity> type) {
    this.label = label;
    this.type = type;
  }

  /** Returns the lower-case name of the kind, as used in documents ({@code counterpart-type}). */
  public String label() {
    return label;
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
    for (EntityKind k : values()) {
      if (k.label.equalsIgnoreCase(label)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown entity kind '" + label + "': expected one of "
        + java.util.Arrays.stream(values()).map(EntityKind::label).toList());
  }

  /** Returns the label. */
  @Override
  public String toString() {
    return label;
  }
}
