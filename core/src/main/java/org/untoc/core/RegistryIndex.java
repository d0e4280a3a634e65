package org.untoc.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The indexes of a {@link Registry}, built once when it is built:
 *
 * <ul>
 *   <li>a map from id to {@link Node}: the entity, its position in the registry, the editions in
 *       which it exists, and its {@link Edge}s in both directions: the relations that start from
 *       it and those that point to it, grouped by kind and in builder order within a kind, each
 *       with the entity at its other end and the editions in which it holds;
 *   <li>the {@link Ends} of each relation, by its position: its entities and the editions in which
 *       it holds;
 *   <li>a map from the normal form of each name ({@link NameKey#of}) to the entities that bear
 *       it, each {@link Posting} with the editions in which the name holds; and a second map from
 *       the form without diacritics ({@link NameKey#ofIgnoringMarks}) of each name that has
 *       diacritics, so that the form differs, to the same postings. A name without diacritics is
 *       found in the first map under either form, being the same;
 *   <li>the positions of the entities and of the relations that have dates of their own, which a
 *       view as of a day checks, and no others.
 * </ul>
 *
 * <p>Editions are numbered by their position in the registry, and a set of editions is a {@link
 * BitSet} of those numbers; equal sets are held once. The index tolerates data that breaks the
 * integrity rules, so that the {@link IntegrityCheck} can use it: of two entities with one id,
 * the first is indexed; a relation with a dangling end holds nowhere and has no edges.
 *
 * <p>The maps are plain hash maps, filled here and never changed: this class is immutable and
 * thread-safe once built.
 */
final class RegistryIndex {
  /** An entity, its position among the registry's entities, its editions and its edges. */
  record Node(Entity entity, int position, BitSet editions, ImmutableList<Edge> out, ImmutableList<Edge> in) {}

  /**
   * One relation seen from one of its ends: its position among the registry's relations, the
   * relation, the entity at its other end and that entity's position, and the editions in which
   * the relation and both its entities hold.
   */
  record Edge(int position, Relation relation, Entity other, int otherPosition, BitSet editions) {}

  /** The entities at the ends of a relation, and the editions in which it and both of them hold. */
  record Ends(Entity from, Entity to, BitSet editions) {}

  /** An entity that bears a name, and the editions in which the name holds and the entity exists. */
  record Posting(Entity entity, Name name, BitSet editions) {}

  private static final Comparator<Edge> BY_KIND = Comparator.comparingInt(e -> e.relation().kind().ordinal());

  private final ImmutableList<EditionId> editions;
  private final Map<EditionId, Integer> editionNumbers = new HashMap<>();
  private final Map<EntityId, Node> nodes;
  /** The node of each entity by its position; null for a second entity with an id. */
  private final @Nullable Node[] byPosition;
  /** The ends of each relation; null for a dangling relation. */
  private final @Nullable Ends[] ends;
  private final Map<String, List<Posting>> names;
  /** The postings of the names whose form without marks differs from their normal form, by the former. */
  private final Map<String, List<Posting>> namesWithoutMarks = new HashMap<>();
  /** Each distinct set of editions, held once; emptied when the index is built. */
  private final Map<BitSet, BitSet> shared = new HashMap<>();
  /** The editions of each set of edition ids met, as numbered here; emptied when the index is built. */
  private final Map<Set<EditionId>, BitSet> ofSet = new HashMap<>();
  /** Every edition. */
  private final BitSet every;
  /** The positions of the (indexed) entities with dates of their own, in order. */
  private final int[] datedEntities;
  /** The positions of the relations with dates of their own, in order. */
  private final int[] datedRelations;

  RegistryIndex(List<Edition> editionList, List<Entity> entities, List<Relation> relations) {
    this.editions = editionList.stream().map(Edition::id).collect(ImmutableList.toImmutableList());
    for (EditionId id : editions) {
      editionNumbers.putIfAbsent(id, editionNumbers.size());
    }
    this.every = new BitSet();
    every.set(0, editions.size());
    shared.put(every, every);

    // The position of the first entity with each id, and the editions of each entity.
    int n = entities.size();
    Map<EntityId, Integer> first = new HashMap<>(2 * n);
    BitSet[] entityEditions = new BitSet[n];
    for (int i = 0; i < n; i++) {
      Entity e = entities.get(i);
      first.putIfAbsent(e.id(), i);
      entityEditions[i] = bits(e.editions());
    }

    // The edges of each entity, in builder order; grouped by kind below, by a stable sort.
    List<List<Edge>> out = new ArrayList<>(Collections.nCopies(n, null));
    List<List<Edge>> in = new ArrayList<>(Collections.nCopies(n, null));
    this.ends = new Ends[relations.size()];
    for (int r = 0; r < relations.size(); r++) {
      Relation rel = relations.get(r);
      Integer from = first.get(rel.from());
      Integer to = first.get(rel.to());
      if (from == null || to == null) {
        continue; // dangling: the integrity check reports it
      }
      BitSet holds = and(bits(rel.editions()), and(entityEditions[from], entityEditions[to]));
      ends[r] = new Ends(entities.get(from), entities.get(to), holds);
      edges(out, from).add(new Edge(r, rel, ends[r].to(), to, holds));
      edges(in, to).add(new Edge(r, rel, ends[r].from(), from, holds));
    }

    this.nodes = new HashMap<>(2 * n);
    this.names = new HashMap<>(3 * n);
    this.byPosition = new Node[n];
    for (int i = 0; i < n; i++) {
      Entity e = entities.get(i);
      if (first.get(e.id()) != i) {
        continue; // a second entity with the id: the integrity check reports it
      }
      byPosition[i] = new Node(e, i, entityEditions[i], sorted(out.get(i)), sorted(in.get(i)));
      nodes.put(e.id(), byPosition[i]);
      for (Name name : e.names()) {
        Posting posting = new Posting(e, name, and(bits(name.editions()), entityEditions[i]));
        String key = NameKey.of(name.text());
        names.computeIfAbsent(key, k -> new ArrayList<>(1)).add(posting);
        String withoutMarks = NameKey.withoutMarks(key);
        if (!withoutMarks.equals(key)) {
          namesWithoutMarks.computeIfAbsent(withoutMarks, k -> new ArrayList<>(1)).add(posting);
        }
      }
    }
    // Former ids find their entities, unless an entity has the id now (the integrity check reports that).
    for (Node node : byPosition) {
      if (node != null) {
        for (EntityId former : node.entity().formerIds()) {
          nodes.putIfAbsent(former, node);
        }
      }
    }
    shared.clear();
    ofSet.clear();
    this.datedEntities = java.util.stream.IntStream.range(0, n)
        .filter(i -> byPosition[i] != null && !entities.get(i).period().isUnbounded()).toArray();
    this.datedRelations = java.util.stream.IntStream.range(0, relations.size())
        .filter(r -> relations.get(r).since().isPresent() || relations.get(r).until().isPresent()).toArray();
  }

  private static List<Edge> edges(List<List<Edge>> lists, int entity) {
    List<Edge> list = lists.get(entity);
    if (list == null) {
      list = new ArrayList<>(2);
      lists.set(entity, list);
    }
    return list;
  }

  private static ImmutableList<Edge> sorted(@Nullable List<Edge> edges) {
    return edges == null ? ImmutableList.of() : ImmutableList.sortedCopyOf(BY_KIND, edges);
  }

  /** Returns the editions of a set as numbered here, held once; every edition for an empty set. */
  private BitSet bits(Set<EditionId> set) {
    if (set.isEmpty()) {
      return every;
    }
    return ofSet.computeIfAbsent(set, s -> {
      BitSet bits = new BitSet(editions.size());
      for (EditionId id : s) {
        Integer number = editionNumbers.get(id);
        if (number != null) {
          bits.set(number);
        }
      }
      return share(bits);
    });
  }

  /** Returns the editions two sets share, held once; never changes either set. */
  private BitSet and(BitSet a, BitSet b) {
    if (a == b || b == every) {
      return a;
    }
    if (a == every) {
      return b;
    }
    BitSet both = (BitSet) a.clone();
    both.and(b);
    return share(both);
  }

  private BitSet share(BitSet bits) {
    return shared.computeIfAbsent(bits, b -> b);
  }

  // ---------------------------------------------------------------- editions

  /** Returns the number of an edition, its position in the registry, or -1. */
  int editionNumber(EditionId edition) {
    Integer number = editionNumbers.get(edition);
    return number == null ? -1 : number;
  }

  // ---------------------------------------------------------------- entities

  /** Returns the node of the (first) entity with the id, or else of the entity that had it, or null. */
  @Nullable Node node(EntityId id) {
    return nodes.get(id);
  }

  /** Returns the node of the entity at a position, or null if an earlier entity has its id. */
  @Nullable Node node(int position) {
    return byPosition[position];
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
    Node node = nodes.get(id);
    return node == null ? ImmutableList.of() : forward ? node.out() : node.in();
  }

  /** Returns the ends of the relation at a position, or null if one of them is dangling. */
  @Nullable Ends ends(int relation) {
    return ends[relation];
  }

  /** Returns true if the relation at a position and both its entities hold in an edition. */
  boolean holds(int relation, int edition) {
    Ends e = ends[relation];
    return e != null && e.editions().get(edition);
  }

  /** Returns true if a relation and both its entities hold in the edition with the given number. */
  boolean holds(Relation relation, int edition) {
    Node from = nodes.get(relation.from());
    Node to = nodes.get(relation.to());
    return from != null && to != null && from.editions().get(edition) && to.editions().get(edition)
        && (relation.editions().isEmpty() || relation.editions().contains(editions.get(edition)));
  }

  // ---------------------------------------------------------------- dates

  /** Returns the positions of the entities with dates of their own, in order; not to be changed. */
  int[] datedEntities() {
    return datedEntities;
  }

  /** Returns the positions of the relations with dates of their own, in order; not to be changed. */
  int[] datedRelations() {
    return datedRelations;
  }

  // ---------------------------------------------------------------- names

  /** Returns the entities that bear a name whose normal form is the given one, in registry order. */
  List<Posting> postings(String normalForm) {
    return names.getOrDefault(normalForm, List.of());
  }

  /**
   * Returns the entities that bear a name whose form without marks is the given one, in registry
   * order: those of names with marks, then, where asked, those of names without (whose normal
   * form it is).
   */
  List<Posting> postingsIgnoringMarks(String withoutMarks, boolean andUnmarked) {
    List<Posting> marked = namesWithoutMarks.getOrDefault(withoutMarks, List.of());
    List<Posting> unmarked = andUnmarked ? postings(withoutMarks) : List.of();
    if (unmarked.isEmpty() || marked.isEmpty()) {
      return unmarked.isEmpty() ? marked : unmarked;
    }
    List<Posting> both = new ArrayList<>(unmarked);
    both.addAll(marked);
    both.sort(Comparator.comparingInt(p -> Objects.requireNonNull(node(p.entity().id())).position()));
    return both;
  }

  /** Returns every normal form of a name, and every form without marks that differs from it, each once. */
  Set<String> normalForms() {
    Set<String> forms = new java.util.HashSet<>(names.keySet());
    forms.addAll(namesWithoutMarks.keySet());
    return forms;
  }
}
