package org.untoc.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A typed edge between two entities, with the editions in which it holds and its provenance:
 * "cmls runs gpml in ocb-overview (INFERRED: ...)".
 *
 * <p>Besides {@link #of} and the builder, the generated class has a constructor of every
 * attribute, which keeps an immutable set of editions as it is:
 * {@code ImmutableRelation.of(from, kind, to, editions, provenance)}.
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
    return builder().from(from()).kind(kind()).to(to()).editions(java.util.Arrays.asList(editions))
        .qualifier(qualifier()).provenance(provenance()).build();
  }

  /** Returns a copy of this relation narrowed by a phrase of its source; see {@link #qualifier()}. */
  public Relation qualifiedBy(String phrase) {
    return builder().from(from()).kind(kind()).to(to()).editions(editions()).qualifier(phrase)
        .provenance(provenance()).build();
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
