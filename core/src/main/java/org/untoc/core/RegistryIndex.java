package org.untoc.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The indexes of a {@link Registry}, built once when it is built:
 *
 * <ul>
 *   <li>a map from id to {@link Node}: the entity, its position in the registry and the editions
 *       in which it exists;
 *   <li>one multimap per direction from an entity's id to its {@link Edge}s: the relations that
 *       start from it, or that point to it, grouped by kind and in builder order within a kind,
 *       each with the entity at its other end and the editions in which it holds;
 *   <li>a multimap from the normal form of each name ({@link NameKey#of}) to the entities that
 *       bear it, each {@link Posting} with the editions in which the name holds.
 * </ul>
 *
 * <p>Editions are numbered by their position in the registry, and a set of editions is a {@link
 * BitSet} of those numbers; equal sets are held once. The index tolerates data that breaks the
 * integrity rules, so that the {@link IntegrityCheck} can use it: of two entities with one id,
 * the first is indexed; a relation with a dangling end is left out of the adjacency maps.
 *
 * <p>This class is immutable and thread-safe once built.
 */
final class RegistryIndex {
  /** An entity, its position among the registry's entities and the editions in which it exists. */
  record Node(Entity entity, int position, BitSet editions) {}

  /**
   * One relation seen from one of its ends: its position among the registry's relations, the
   * relation, the entity at its other end, and the editions in which it and both its entities
   * hold.
   */
  record Edge(int position, Relation relation, Entity other, BitSet editions) {}

  /** An entity that bears a name, and the editions in which the name holds and the entity exists. */
  record Posting(Entity entity, Name name, BitSet editions) {}

  private final ImmutableList<EditionId> editions;
  private final ImmutableMap<EditionId, Integer> editionNumbers;
  private final ImmutableMap<EntityId, Node> nodes;
  private final ImmutableListMultimap<EntityId, Edge> out;
  private final ImmutableListMultimap<EntityId, Edge> in;
  private final ImmutableListMultimap<String, Posting> names;

  RegistryIndex(List<Edition> editionList, List<Entity> entities, List<Relation> relations) {
    this.editions = editionList.stream().map(Edition::id).collect(ImmutableList.toImmutableList());
    Map<EditionId, Integer> numbers = new LinkedHashMap<>();
    for (EditionId id : editions) {
      numbers.putIfAbsent(id, numbers.size());
    }
    this.editionNumbers = ImmutableMap.copyOf(numbers);
    Map<BitSet, BitSet> shared = new HashMap<>(); // each distinct set of editions, held once

    Map<EntityId, Node> byId = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      byId.putIfAbsent(e.id(), new Node(e, i, share(shared, bits(e.editions()))));
    }
    this.nodes = ImmutableMap.copyOf(byId);

    // Each entity's edges come grouped by kind, in builder order within a kind: one pass a kind.
    ImmutableListMultimap.Builder<EntityId, Edge> forward = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<EntityId, Edge> reverse = ImmutableListMultimap.builder();
    for (RelationKind kind : RelationKind.values()) {
      for (int r = 0; r < relations.size(); r++) {
        Relation rel = relations.get(r);
        if (rel.kind() == kind) {
          index(r, rel, forward, reverse, shared);
        }
      }
    }
    this.out = forward.build();
    this.in = reverse.build();

    ImmutableListMultimap.Builder<String, Posting> postings = ImmutableListMultimap.builder();
    for (Entity e : entities) {
      Node node = nodes.get(e.id());
      if (node.entity() != e) {
        continue; // a second entity with the id: the integrity check reports it
      }
      for (Name name : e.names()) {
        BitSet holds = bits(name.editions());
        holds.and(node.editions());
        postings.put(NameKey.of(name.text()), new Posting(node.entity(), name, share(shared, holds)));
      }
    }
    this.names = postings.build();
  }

  /** Adds a relation's edges, unless one of its ends is dangling: the integrity check reports that. */
  private void index(int r, Relation rel, ImmutableListMultimap.Builder<EntityId, Edge> forward,
      ImmutableListMultimap.Builder<EntityId, Edge> reverse, Map<BitSet, BitSet> shared) {
    Node from = nodes.get(rel.from());
    Node to = nodes.get(rel.to());
    if (from == null || to == null) {
      return;
    }
    BitSet holds = bits(rel.editions());
    holds.and(from.editions());
    holds.and(to.editions());
    BitSet editionsOfEdge = share(shared, holds);
    forward.put(rel.from(), new Edge(r, rel, to.entity(), editionsOfEdge));
    reverse.put(rel.to(), new Edge(r, rel, from.entity(), editionsOfEdge));
  }

  /** Returns the editions of a set as numbered here, a new bit set; every edition for an empty set. */
  private BitSet bits(Set<EditionId> set) {
    BitSet bits = new BitSet(editions.size());
    if (set.isEmpty()) {
      bits.set(0, editions.size());
    } else {
      for (EditionId id : set) {
        Integer n = editionNumbers.get(id);
        if (n != null) {
          bits.set(n);
        }
      }
    }
    return bits;
  }

  private static BitSet share(Map<BitSet, BitSet> shared, BitSet bits) {
    return shared.computeIfAbsent(bits, b -> b);
  }

  // ---------------------------------------------------------------- editions

  /** Returns the number of an edition, its position in the registry, or -1. */
  int editionNumber(EditionId edition) {
    Integer n = editionNumbers.get(edition);
    return n == null ? -1 : n;
  }

  // ---------------------------------------------------------------- entities

  /** Returns the node of the (first) entity with the id, or null. */
  @Nullable Node node(EntityId id) {
    return nodes.get(id);
  }

  /** Returns true if the entity with the id exists in the edition with the given number. */
  boolean exists(EntityId id, int edition) {
    Node node = nodes.get(id);
    return node != null && node.editions().get(edition);
  }

  // ---------------------------------------------------------------- relations

  /**
   * Returns the edges that start from an entity (forward) or point to it (reverse), grouped by
   * kind, in builder order within a kind; in every edition.
   */
  ImmutableList<Edge> edges(EntityId id, boolean forward) {
    return (forward ? out : in).get(id);
  }

  /** Returns true if a relation and both its entities hold in the edition with the given number. */
  boolean holds(Relation relation, int edition) {
    Node from = nodes.get(relation.from());
    Node to = nodes.get(relation.to());
    return from != null && to != null && from.editions().get(edition) && to.editions().get(edition)
        && (relation.editions().isEmpty() || relation.editions().contains(editions.get(edition)));
  }

  // ---------------------------------------------------------------- names

  /** Returns the entities that bear a name whose normal form is the given one, in registry order. */
  ImmutableList<Posting> postings(String normalForm) {
    return names.get(normalForm);
  }

  /** Returns every normal form of a name, each once. */
  Set<String> normalForms() {
    return names.keySet();
  }
}
