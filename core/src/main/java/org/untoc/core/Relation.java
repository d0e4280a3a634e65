package org.untoc.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A typed edge between two entities, with the editions in which it holds and its provenance:
 * "cmls runs gpml in ocb-overview (INFERRED: ...)".
 *
 * <p>Besides the editions in which it holds, a relation may have dates of its own, where a source
 * gives them: {@link #since()} and {@link #until()}, each a {@link DatedFact} with its provenance,
 * together its {@link #period()}. A {@linkplain Registry#asOf(java.time.LocalDate) view as of a
 * day} holds a relation only where its period covers the day and both its entities are there.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(lazyhash = true)
public abstract class Relation implements Editioned {
  Relation() {}

  /** Returns the editions in which the relation holds; empty for every edition of its entities. */
  @Override
  public abstract ImmutableSet<EditionId> editions();

  /** Returns the kind of relation. */
  public abstract RelationKind kind();

  /** Returns the id of the entity the relation starts from. */
  @SuppressWarnings("immutables:from") // the builder sets it; copies are made attribute by attribute
  public abstract EntityId from();

  /** Returns the id of the entity the relation points to. */
  public abstract EntityId to();

  /**
   * Returns the phrase of the source that narrows the relation, in the source's words: "on
   * behalf of UNODC" on a secretariat, "in regard to illicit trafficking" on an assistance.
   */
  public abstract Optional<String> qualifier();

  /** Returns where the relation comes from. */
  public abstract Provenance provenance();

  /** Returns since when the relation holds, if a source says, with its provenance. */
  public abstract Optional<DatedFact> since();

  /** Returns until when the relation held, if a source says, with its provenance. */
  public abstract Optional<DatedFact> until();

  /**
   * Returns the time the relation holds by its own dates: from {@link #since()} to {@link
   * #until()}, either open where unknown; {@linkplain Period#unbounded() unbounded} for a relation
   * with neither.
   */
  public Period period() {
    return Period.of(since(), until());
  }

  /**
   * Obtains a relation that holds in every edition in which both its entities exist.
   *
   * @param from the id of the from entity, not null
   * @param kind the kind, not null
   * @param to the id of the to entity, not null
   * @param provenance where it comes from, not null
   * @return the relation, not null
   */
  public static Relation of(EntityId from, RelationKind kind, EntityId to, Provenance provenance) {
    return builder().from(from).kind(kind).to(to).provenance(provenance).build();
  }

  /**
   * Returns a copy of this relation that holds only in the given editions.
   *
   * @param editions the editions, not null
   * @return the relation, not null
   */
  public Relation in(EditionId... editions) {
    return copy().editions(java.util.Arrays.asList(editions)).build();
  }

  /** Returns a copy of this relation narrowed by a phrase of its source; see {@link #qualifier()}. */
  public Relation qualifiedBy(String phrase) {
    return copy().qualifier(phrase).build();
  }

  /**
   * Returns a copy of this relation with dates of its own; see {@link #period()}.
   *
   * @param period the time the relation holds, not null
   * @return the relation, not null
   */
  public Relation during(Period period) {
    return copy().since(period.from()).until(period.to()).build();
  }

  /** Returns a builder that holds every attribute of this relation. */
  private Builder copy() {
    Builder b = builder();
    b.from(from()).kind(kind()).to(to()).editions(editions()).qualifier(qualifier()).provenance(provenance())
        .since(since()).until(until());
    return b;
  }

  /** Returns a builder of relations. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Relation} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableRelation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    qualifier().ifPresent(q -> checkArgument(!q.isBlank() && q.strip().equals(q),
        "relation %s %s %s: a qualifier must not be blank or begin or end with white space",
        from(), kind().verb(), to()));
    if (since().isPresent() && until().isPresent()) {
      checkArgument(!since().get().date().firstDay().isAfter(until().get().date().lastDay()),
          "relation %s %s %s: until (%s) is before since (%s)", from(), kind().verb(), to(), until().get().date(),
          since().get().date());
    }
  }

  /**
   * Returns "from verb to", with the qualifier and the editions if any: "ocb secretariat of cop
   * (on behalf of UNODC) [ocb-overview]".
   */
  @Override
  public String toString() {
    return from() + " " + kind().verb() + " " + to() + qualifier().map(q -> " (" + q + ")").orElse("")
        + (editions().isEmpty() ? "" : " " + editions());
  }
}
