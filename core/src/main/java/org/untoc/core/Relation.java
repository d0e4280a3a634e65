package org.untoc.core;

import com.google.common.collect.ImmutableSet;
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
  @Value.Parameter(order = 3)
  public abstract ImmutableSet<EditionId> editions();

  /** Returns the kind of relation. */
  @Value.Parameter(order = 1)
  public abstract RelationKind kind();

  /** Returns the id of the entity the relation starts from. */
  @SuppressWarnings("immutables:from") // copy with ImmutableRelation.copyOf instead
  @Value.Parameter(order = 0)
  public abstract EntityId from();

  /** Returns the id of the entity the relation points to. */
  @Value.Parameter(order = 2)
  public abstract EntityId to();

  /** Returns where the relation comes from. */
  @Value.Parameter(order = 4)
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
