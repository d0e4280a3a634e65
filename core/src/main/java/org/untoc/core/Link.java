package org.untoc.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One answer of a relationship query with the reason for it: the entity found and the {@link
 * Relation} that leads to it, with its basis and source.
 *
 * <p>Obtain links from {@link EditionView#linksFrom(EntityId, RelationKind)} and {@link
 * EditionView#linksTo(EntityId, RelationKind)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Link {
  private final Entity entity;
  private final Relation relation;

  private Link(Entity entity, Relation relation) {
    this.entity = entity;
    this.relation = relation;
  }

  /**
   * Obtains a link.
   *
   * @param entity the entity found, not null
   * @param relation the relation that leads to it, not null; the entity is one of its ends
   * @return the link, not null
   * @throws IllegalArgumentException if the entity is neither end of the relation
   */
  public static Link of(Entity entity, Relation relation) {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(relation, "relation");
    if (!entity.id().equals(relation.from()) && !entity.id().equals(relation.to())) {
      throw new IllegalArgumentException("entity '" + entity.id() + "' is neither end of relation "
          + relation);
    }
    return new Link(entity, relation);
  }

  /** Returns the entity found. */
  public Entity entity() {
    return entity;
  }

  /** Returns the relation that leads to the entity. */
  public Relation relation() {
    return relation;
  }

  /** Returns where the relation comes from. */
  public Provenance provenance() {
    return relation.provenance();
  }

  /** Returns how the relation is known. */
  public Basis basis() {
    return relation.provenance().basis();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Link other && other.entity.equals(entity) && other.relation.equals(relation);
  }

  @Override
  public int hashCode() {
    return entity.hashCode() * 31 + relation.hashCode();
  }

  /** Returns "label, because relation: provenance". */
  @Override
  public String toString() {
    return entity.label() + ", because " + relation + ": " + relation.provenance();
  }
}
