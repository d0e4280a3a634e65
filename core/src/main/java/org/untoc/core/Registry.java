package org.untoc.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable, integrity-checked set of editions, entities and relations, with indexes built
 * once so that a query costs time in proportion to its answer.
 *
 * <p>Obtain the embedded reference data with {@link Untoc#reference()}; build your own with
 * {@link #builder()}, or add to an existing registry with {@link #toBuilder()}. Building checks
 * every {@link Rule} and throws an {@link IntegrityException} listing every violation, so a
 * registry that exists is always whole.
 *
 * <p>Editions are held in order, oldest first; {@link #latest()} is the newest. An entity with
 * no editions exists in every edition; a relation with no editions holds in every edition in
 * which both its entities exist.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Registry {
  private final ImmutableList<Edition> editions;
  private final ImmutableMap<EditionId, Integer> editionOrder;
  private final ImmutableMap<EntityId, Entity> entities;
  private final ImmutableList<Relation> relations;
  private final ImmutableListMultimap<EntityId, Relation> outgoing;
  private final ImmutableListMultimap<EntityId, Relation> incoming;

  Registry(ImmutableList<Edition> editions, ImmutableMap<EntityId, Entity> entities,
      ImmutableList<Relation> relations) {
    this.editions = editions;
    ImmutableMap.Builder<EditionId, Integer> order = ImmutableMap.builderWithExpectedSize(editions.size());
    for (int i = 0; i < editions.size(); i++) {
      order.put(editions.get(i).id(), i);
    }
    this.editionOrder = order.buildOrThrow();
    this.entities = entities;
    this.relations = relations;
    ImmutableListMultimap.Builder<EntityId, Relation> out = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<EntityId, Relation> in = ImmutableListMultimap.builder();
    for (Relation r : relations) {
      out.put(r.from(), r);
      in.put(r.to(), r);
    }
    this.outgoing = out.build();
    this.incoming = in.build();
  }

  /** Returns a builder of an empty registry. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this registry's editions, entities and relations. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.editions.addAll(editions);
    b.entities.addAll(entities.values());
    b.relations.addAll(relations);
    return b;
  }

  // ---------------------------------------------------------------- editions

  /** Returns the editions, oldest first. */
  public ImmutableList<Edition> editions() {
    return editions;
  }

  /**
   * Returns the newest edition.
   *
   * @throws UntocException if the registry has no editions
   */
  public Edition latest() {
    if (editions.isEmpty()) {
      throw new UntocException("the registry has no editions");
    }
    return editions.get(editions.size() - 1);
  }

  /**
   * Finds an edition by id; {@code latest} names the newest.
   *
   * @param id the edition id or {@code latest}, not null
   * @return the edition, or empty if there is none with that id
   */
  public Optional<Edition> findEdition(String id) {
    Objects.requireNonNull(id, "id");
    String key = id.strip().toLowerCase(java.util.Locale.ROOT);
    if (key.equals("latest")) {
      return editions.isEmpty() ? Optional.empty() : Optional.of(latest());
    }
    for (Edition e : editions) {
      if (e.id().toString().equals(key)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the edition with the given id; {@code latest} names the newest.
   *
   * @param id the edition id or {@code latest}, not null
   * @return the edition, not null
   * @throws UntocException if there is no edition with that id; the message lists the editions
   */
  public Edition edition(String id) {
    return findEdition(id).orElseThrow(() -> new UntocException("no edition '" + id
        + "': expected one of " + editions.stream().map(e -> e.id().toString()).toList()
        + " or latest"));
  }

  /**
   * Returns the position of an edition, oldest first, from 0.
   *
   * @param edition the edition id, not null
   * @throws UntocException if the registry has no such edition
   */
  public int editionIndex(EditionId edition) {
    Integer i = editionOrder.get(edition);
    if (i == null) {
      throw new UntocException("no edition '" + edition + "'");
    }
    return i;
  }

  /**
   * Returns the editions in which something holds, oldest first: its own editions, or every
   * edition where it names none.
   *
   * @param item an entity, name, contact or relation, not null
   */
  public ImmutableList<EditionId> editionsOf(Editioned item) {
    ImmutableList.Builder<EditionId> b = ImmutableList.builder();
    for (Edition e : editions) {
      if (item.holdsIn(e.id())) {
        b.add(e.id());
      }
    }
    return b.build();
  }

  // ---------------------------------------------------------------- entities

  /** Returns every entity, in the order given to the builder. */
  public ImmutableList<Entity> entities() {
    return entities.values().asList();
  }

  /**
   * Returns every entity of a type, in the order given to the builder.
   *
   * @param type the entity type, such as {@code Programme.class}, not null
   * @param <T> the entity type
   */
  public <T extends Entity> ImmutableList<T> entities(Class<T> type) {
    ImmutableList.Builder<T> b = ImmutableList.builder();
    for (Entity e : entities.values()) {
      if (type.isInstance(e)) {
        b.add(type.cast(e));
      }
    }
    return b.build();
  }

  /**
   * Finds an entity by id.
   *
   * @param id the id, not null
   * @return the entity, or empty if there is none with that id
   */
  public Optional<Entity> find(EntityId id) {
    return Optional.ofNullable(entities.get(id));
  }

  /**
   * Returns the entity with the given id.
   *
   * @param id the id, not null
   * @return the entity, not null
   * @throws UntocException if there is none with that id
   */
  public Entity get(EntityId id) {
    Entity e = entities.get(id);
    if (e == null) {
      throw new UntocException("no entity with id '" + id + "'");
    }
    return e;
  }

  /**
   * Returns true if the entity exists in the edition.
   *
   * @param id the entity id, not null
   * @param edition the edition id, not null
   */
  public boolean exists(EntityId id, EditionId edition) {
    Entity e = entities.get(id);
    return e != null && editionOrder.containsKey(edition) && e.holdsIn(edition);
  }

  /** Returns the number of entities. */
  public int size() {
    return entities.size();
  }

  // ---------------------------------------------------------------- relations

  /** Returns every relation, in the order given to the builder. */
  public ImmutableList<Relation> relations() {
    return relations;
  }

  /**
   * Returns true if the relation holds in the edition: it names the edition, or names none,
   * and both its entities exist there.
   *
   * @param relation the relation, not null
   * @param edition the edition id, not null
   */
  public boolean holds(Relation relation, EditionId edition) {
    return relation.holdsIn(edition) && exists(relation.from(), edition) && exists(relation.to(), edition);
  }

  /**
   * Returns the relations of a kind that start from an entity and hold in an edition, in the
   * order given to the builder.
   *
   * @param from the id of the from entity, not null
   * @param kind the kind, not null
   * @param edition the edition id, not null
   */
  public ImmutableList<Relation> outgoing(EntityId from, RelationKind kind, EditionId edition) {
    return select(outgoing.get(from), kind, edition);
  }

  /**
   * Returns the relations of a kind that point to an entity and hold in an edition, in the
   * order given to the builder.
   *
   * @param to the id of the to entity, not null
   * @param kind the kind, not null
   * @param edition the edition id, not null
   */
  public ImmutableList<Relation> incoming(EntityId to, RelationKind kind, EditionId edition) {
    return select(incoming.get(to), kind, edition);
  }

  /**
   * Returns every relation that starts from an entity, in any edition.
   *
   * @param from the id of the from entity, not null
   */
  public ImmutableList<Relation> outgoing(EntityId from) {
    return outgoing.get(from);
  }

  /**
   * Returns every relation that points to an entity, in any edition.
   *
   * @param to the id of the to entity, not null
   */
  public ImmutableList<Relation> incoming(EntityId to) {
    return incoming.get(to);
  }

  private ImmutableList<Relation> select(List<Relation> candidates, RelationKind kind, EditionId edition) {
    ImmutableList.Builder<Relation> b = ImmutableList.builder();
    for (Relation r : candidates) {
      if (r.kind() == kind && holds(r, edition)) {
        b.add(r);
      }
    }
    return b.build();
  }

  /** Returns a summary: the number of editions, entities and relations, and the latest edition. */
  @Override
  public String toString() {
    return "Registry[" + editions.size() + " editions, " + entities.size() + " entities, "
        + relations.size() + " relations" + (editions.isEmpty() ? "" : ", latest " + latest().id()) + "]";
  }

  /**
   * Collects editions, entities and relations and builds a {@link Registry}, checking its
   * integrity.
   *
   * <p>Editions are ordered as added, oldest first. Add entities and relations in any order:
   * references are resolved when {@link #build()} is called. A builder is not thread-safe.
   */
  public static final class Builder {
    final List<Edition> editions = new ArrayList<>();
    final List<Entity> entities = new ArrayList<>();
    final List<Relation> relations = new ArrayList<>();

    Builder() {}

    /**
     * Adds an edition after those already added, as the newest.
     *
     * @param edition the edition, not null
     * @return this builder
     */
    public Builder addEdition(Edition edition) {
      editions.add(Objects.requireNonNull(edition, "edition"));
      return this;
    }

    /**
     * Adds entities.
     *
     * @param entities the entities, not null
     * @return this builder
     */
    public Builder add(Entity... entities) {
      for (Entity e : entities) {
        this.entities.add(Objects.requireNonNull(e, "entity"));
      }
      return this;
    }

    /**
     * Adds entities.
     *
     * @param entities the entities, not null
     * @return this builder
     */
    public Builder addAll(Iterable<? extends Entity> entities) {
      for (Entity e : entities) {
        this.entities.add(Objects.requireNonNull(e, "entity"));
      }
      return this;
    }

    /**
     * Replaces the entity that has the same id as the given one.
     *
     * @param entity the new entity, not null
     * @return this builder
     * @throws IllegalArgumentException if no entity with that id has been added
     */
    public Builder replace(Entity entity) {
      for (int i = 0; i < entities.size(); i++) {
        if (entities.get(i).id().equals(entity.id())) {
          entities.set(i, entity);
          return this;
        }
      }
      throw new IllegalArgumentException("no entity with id '" + entity.id() + "' to replace");
    }

    /**
     * Adds relations.
     *
     * @param relations the relations, not null
     * @return this builder
     */
    public Builder relate(Relation... relations) {
      for (Relation r : relations) {
        this.relations.add(Objects.requireNonNull(r, "relation"));
      }
      return this;
    }

    /**
     * Adds relations.
     *
     * @param relations the relations, not null
     * @return this builder
     */
    public Builder relateAll(Iterable<? extends Relation> relations) {
      for (Relation r : relations) {
        this.relations.add(Objects.requireNonNull(r, "relation"));
      }
      return this;
    }

    /**
     * Builds the registry, checking every integrity {@link Rule}.
     *
     * @return the registry, not null
     * @throws IntegrityException listing every violation, if any rule is broken
     */
    public Registry build() {
      ImmutableList<Violation> violations = new IntegrityCheck(editions, entities, relations).run();
      if (!violations.isEmpty()) {
        throw new IntegrityException(violations);
      }
      Map<EntityId, Entity> byId = new LinkedHashMap<>();
      for (Entity e : entities) {
        byId.put(e.id(), e);
      }
      checkArgument(byId.size() == entities.size(), "duplicate ids passed the integrity check");
      return new Registry(ImmutableList.copyOf(editions), ImmutableMap.copyOf(byId),
          ImmutableList.copyOf(relations));
    }
  }
}
