package org.untoc.core;

import java.util.Objects;

/**
 * One answer of a relationship query with the reason for it: the entity found and the {@link
 * Relation} that leads to it, with its basis and source.
 *
 * <p>Obtain links from {@link EditionView#linksFrom(EntityId, RelationKind)} and {@link
 * EditionView#linksTo(EntityId, RelationKind)}. This class is immutable and thread-safe.
 *
 * @param entity the entity found
 * @param relation the relation that leads to it; the entity is one of its ends
 */
public record Link(Entity entity, Relation relation) {
  /**
   * Obtains a link.
   *
   * @throws IllegalArgumentException if the entity is neither end of the relation
   */
  public Link {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(relation, "relation");
    if (!entity.id().equals(relation.from()) && !entity.id().equals(relation.to())) {
      throw new IllegalArgumentException("entity '" + entity.id() + "' is neither end of relation " + relation);
    }
  }

  /** Obtains a link; the same as the constructor. */
  public static Link of(Entity entity, Relation relation) {
    return new Link(entity, relation);
  }

  /** Returns where the relation comes from. */
  public Provenance provenance() {
    return relation.provenance();
  }

  /** Returns how the relation is known. */
  public Basis basis() {
    return relation.provenance().basis();
  }

  /** Returns "label, because relation: provenance". */
  @Override
  public String toString() {
    return entity.label() + ", because " + relation + ": " + relation.provenance();
  }
}
