package org.untoc.core;

import org.immutables.value.Value;

/**
 * A typed edge between two entities, with the editions in which it holds and its provenance:
 * "cmls runs gpml in ocb-overview (INFERRED: ...)".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(lazyhash = true)
public abstract class Relation implements Editioned {
  Relation() {}

  /** Returns the kind of relation. */
  public abstract RelationKind kind();

  /** Returns the id of the entity the relation starts from. */
  @SuppressWarnings("immutables:from") // copy with ImmutableRelation.copyOf instead
  public abstract EntityId from();

  /** Returns the id of the entity the relation points to. */
  public abstract EntityId to();

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
    return ImmutableRelation.builder().from(from).kind(kind).to(to).provenance(provenance).build();
  }

  /**
   * Returns a copy of this relation that holds only in the given editions.
   *
   * @param editions the editions, not null
   * @return the relation, not null
   */
  public Relation in(EditionId... editions) {
    return ImmutableRelation.copyOf(this).withEditions(editions);
  }

  /** Returns a builder of relations. */
  public static ImmutableRelation.Builder builder() {
    return ImmutableRelation.builder();
  }

  /** Returns "from verb to", with the editions if bound: "cmls runs gpml [ocb-overview]". */
  @Override
  public String toString() {
    return from() + " " + kind().verb() + " " + to() + (editions().isEmpty() ? "" : " " + editions());
  }
}
