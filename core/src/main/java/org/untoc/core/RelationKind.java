package org.untoc.core;

import static org.untoc.core.EntityKind.BODY;
import static org.untoc.core.EntityKind.COUNTERPART_TYPE;
import static org.untoc.core.EntityKind.INSTRUMENT;
import static org.untoc.core.EntityKind.MANDATE;
import static org.untoc.core.EntityKind.PROGRAMME;
import static org.untoc.core.EntityKind.SERVICE;
import static org.untoc.core.EntityKind.STRATEGY_AREA;
import static org.untoc.core.EntityKind.TOPIC;
import static org.untoc.core.EntityKind.UNIT;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;

/**
 * The closed set of relation kinds. Each kind reads from its {@code from} entity to its {@code
 * to} entity ("cmls runs gpml") and declares which entity kinds it may join; the {@link
 * Registry} rejects a relation between other kinds.
 */
public enum RelationKind implements Labelled {
  /**
   * A unit is part of a unit; a body is part of a body (the Bureau of the Conference). The parent
   * is the nearest one the sources name: the Border Management Branch is part of UNODC, through
   * whatever division the sources leave unnamed.
   */
  PART_OF("part of", "parts", ImmutableSet.of(UNIT, BODY), ImmutableSet.of(UNIT, BODY), true),
  /**
   * A unit runs (is responsible for) a programme. A programme has at most one such unit in an
   * edition.
   */
  RUNS("runs", "run by", ImmutableSet.of(UNIT), ImmutableSet.of(PROGRAMME), false),
  /** A unit is the secretariat of a body. */
  SECRETARIAT_OF("secretariat of", "secretariat", ImmutableSet.of(UNIT), ImmutableSet.of(BODY), false),
  /** A unit provides services to a body. */
  SERVES("serves", "served by", ImmutableSet.of(UNIT), ImmutableSet.of(BODY), false),
  /** A unit holds a mandate. */
  HAS_MANDATE("has mandate", "held by", ImmutableSet.of(UNIT), ImmutableSet.of(MANDATE), false),
  /** A mandate concerns a body or an instrument. */
  CONCERNS("concerns", "concerned by", ImmutableSet.of(MANDATE), ImmutableSet.of(BODY, INSTRUMENT), false),
  /** A body is subsidiary to a body. */
  SUBSIDIARY_OF("subsidiary of", "subsidiaries", ImmutableSet.of(BODY), ImmutableSet.of(BODY), false),
  /** A body, programme or mandate is established by an instrument. */
  ESTABLISHED_BY("established by", "establishes",
      ImmutableSet.of(BODY, PROGRAMME, MANDATE), ImmutableSet.of(INSTRUMENT), false),
  /** An instrument is adopted by a legal act (a resolution adopting a treaty). */
  ADOPTED_BY("adopted by", "adopts", ImmutableSet.of(INSTRUMENT), ImmutableSet.of(INSTRUMENT), false),
  /** A protocol supplements a convention. */
  SUPPLEMENTS("supplements", "supplemented by", ImmutableSet.of(INSTRUMENT), ImmutableSet.of(INSTRUMENT), false),
  /** An instrument is the outcome of a body's work (a convention elaborated by a committee). */
  OUTCOME_OF("outcome of", "outcomes", ImmutableSet.of(INSTRUMENT), ImmutableSet.of(BODY), false),
  /** A unit, programme, mandate or body supports the implementation of an instrument. */
  SUPPORTS_IMPLEMENTATION_OF("supports implementation of", "implementation supported by",
      ImmutableSet.of(UNIT, PROGRAMME, MANDATE, BODY), ImmutableSet.of(INSTRUMENT), false),
  /** A body reviews the implementation of an instrument. */
  REVIEWS("reviews", "reviewed by", ImmutableSet.of(BODY), ImmutableSet.of(INSTRUMENT), false),
  /** An instrument, unit, programme, body or mandate addresses a topic. */
  ADDRESSES("addresses", "addressed by",
      ImmutableSet.of(INSTRUMENT, UNIT, PROGRAMME, BODY, MANDATE), ImmutableSet.of(TOPIC), false),
  /** A unit, programme or mandate offers a form of assistance or a service area. */
  OFFERS("offers", "offered by", ImmutableSet.of(UNIT, PROGRAMME, MANDATE), ImmutableSet.of(SERVICE), false),
  /** A unit is the focal point within its organisation for a topic. */
  FOCAL_POINT_FOR("focal point for", "focal point", ImmutableSet.of(UNIT), ImmutableSet.of(TOPIC), false),
  /** A unit or programme works directly with a kind of counterpart. */
  ENGAGES("engages", "engaged by", ImmutableSet.of(UNIT, PROGRAMME), ImmutableSet.of(COUNTERPART_TYPE), false),
  /** A unit coordinates and cooperates with another unit. */
  COORDINATES_WITH("coordinates with", "coordinates with", ImmutableSet.of(UNIT), ImmutableSet.of(UNIT), false),
  /** A unit or programme contributes to an area of a strategy. */
  CONTRIBUTES_TO("contributes to", "contributed to by",
      ImmutableSet.of(UNIT, PROGRAMME), ImmutableSet.of(STRATEGY_AREA), false),
  /**
   * A topic or counterpart type falls under a broader one of the same kind, as SKOS's {@code
   * broader}: cybercrime and digital evidence is one of the emerging crime topics.
   */
  BROADER("falls under", "covers", ImmutableSet.of(TOPIC, COUNTERPART_TYPE),
      ImmutableSet.of(TOPIC, COUNTERPART_TYPE), true);

  private final String verb;
  private final String inverse;
  private final ImmutableSet<EntityKind> from;
  private final ImmutableSet<EntityKind> to;
  private final boolean sameKind;

  RelationKind(String verb, String inverse, ImmutableSet<EntityKind> from,
      ImmutableSet<EntityKind> to, boolean sameKind) {
    this.verb = verb;
    this.inverse = inverse;
    this.from = from;
    this.to = to;
    this.sameKind = sameKind;
  }

  /** Returns the phrase that reads from {@code from} to {@code to}: "runs", "part of". */
  public String verb() {
    return verb;
  }

  /** Returns the phrase that reads the other way: "run by", "parts". */
  public String inverseVerb() {
    return inverse;
  }


  /** Returns the entity kinds a relation of this kind may start from. */
  public ImmutableSet<EntityKind> fromKinds() {
    return from;
  }

  /** Returns the entity kinds a relation of this kind may point to. */
  public ImmutableSet<EntityKind> toKinds() {
    return to;
  }

  /**
   * Returns true if a relation of this kind may join an entity of kind {@code fromKind} to one of kind
   * {@code toKind}.
   */
  public boolean allows(EntityKind fromKind, EntityKind toKind) {
    return from.contains(fromKind) && to.contains(toKind) && (!sameKind || fromKind == toKind);
  }

  /** Returns a description of what this kind joins, for messages: "unit → programme". */
  public String signature() {
    String s = String.join("|", Sets.newLinkedHashSet(from.stream().map(EntityKind::label).toList()))
        + " -> " + String.join("|", to.stream().map(EntityKind::label).toList());
    return sameKind ? s + " (both of one kind)" : s;
  }

  /**
   * Obtains the kind with the given label ({@code part-of}) or name ({@code PART_OF}),
   * ignoring case.
   *
   * @param label the label, not null
   * @return the kind, not null
   * @throws IllegalArgumentException if no kind has that label; the message lists the labels
   */
  public static RelationKind ofLabel(String label) {
    return Labelled.ofLabel(RelationKind.class, label);
  }

  /** Returns the label. */
  @Override
  public String toString() {
    return label();
  }
}
