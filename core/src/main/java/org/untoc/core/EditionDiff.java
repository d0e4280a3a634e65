package org.untoc.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The changes between two editions of a registry, derived from its data.
 *
 * <p>Obtain one with {@link Registry#diff(EditionId, EditionId)}. The changes are:
 * <ul>
 *   <li>{@code CREATED} and {@code DISSOLVED}: an entity exists in only one of the editions;
 *   <li>{@code RENAMED}: an entity in both has another official name or acronym there;
 *   <li>{@code MOVED}: a unit or body is part of another parent, or a programme is run by
 *       another unit, in the later edition;
 *   <li>{@code MERGED} and {@code SPLIT}: derived from the moves of programmes between units one
 *       of which was dissolved and the others created (see {@link Change.Type});
 *   <li>{@code LINKED}: a relation holds in the later edition only, and is not part of a move;
 *   <li>{@code UNLINKED}: a relation held in the earlier edition only, is not part of a move, and
 *       its subject still exists; a programme whose unit is unlinked is unmapped in the later
 *       edition. Relations of dissolved entities end with them and are not listed.
 * </ul>
 *
 * <p>A dissolved entity or an unlinked relation is one the later edition does not hold. Where an
 * edition follows a source document, that means the later source does not mention it, not that
 * a source states its end; the change's basis is that of the facts of the earlier edition.
 *
 * <p>Together the changes other than {@code MERGED} and {@code SPLIT} say everything needed to
 * turn the entities, names and relations of the earlier edition into those of the later.
 * Changes are listed by type in the order of {@link Change.Type}, then by the registry order of
 * their subjects, then by the registry order of their relations.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EditionDiff {
  private final Registry registry;
  private final EditionId from;
  private final EditionId to;
  private final ImmutableList<Change> changes;

  private EditionDiff(Registry registry, EditionId from, EditionId to, ImmutableList<Change> changes) {
    this.registry = registry;
    this.from = from;
    this.to = to;
    this.changes = changes;
  }

  /** Returns the earlier edition. */
  public EditionId from() {
    return from;
  }

  /** Returns the later edition. */
  public EditionId to() {
    return to;
  }

  /** Returns the changes, in the order described above. */
  public ImmutableList<Change> changes() {
    return changes;
  }

  /**
   * Returns the changes of one type, in the order described above.
   *
   * @param type the type, not null
   */
  public ImmutableList<Change> changes(Change.Type type) {
    return changes.stream().filter(c -> c.type() == type).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the changes whose subject is an entity, in the order described above.
   *
   * @param subject the id of the entity, not null
   */
  public ImmutableList<Change> changesOf(EntityId subject) {
    return changes.stream().filter(c -> c.subject().equals(subject)).collect(ImmutableList.toImmutableList());
  }

  /** Returns true if the two editions do not differ. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  // ---------------------------------------------------------------- derivation

  static EditionDiff of(Registry registry, RegistryIndex index, EditionId from, EditionId to) {
    int a = registry.editionIndex(from);
    int b = registry.editionIndex(to);
    List<Keyed> out = new ArrayList<>();
    Entity[] entities = index.entities;
    for (int i = 0; i < entities.length; i++) {
      boolean inA = index.exists(i, a);
      boolean inB = index.exists(i, b);
      Entity e = entities[i];
      if (inA && !inB) {
        out.add(new Keyed(i, 0, base(Change.Type.DISSOLVED, e, from, to).addAllProvenance(e.provenance()).build()));
      } else if (!inA && inB) {
        out.add(new Keyed(i, 0, base(Change.Type.CREATED, e, from, to).addAllProvenance(e.provenance()).build()));
      } else if (inA) {
        int subject = i;
        renamed(e, NameType.OFFICIAL, from, to).ifPresent(c -> out.add(new Keyed(subject, 0, c)));
        renamed(e, NameType.ACRONYM, from, to).ifPresent(c -> out.add(new Keyed(subject, 1, c)));
      }
    }
    relationChanges(index, a, b, from, to, out);
    out.sort(Comparator.comparingInt((Keyed k) -> k.change.type().ordinal())
        .thenComparingInt(k -> k.subject).thenComparingInt(k -> k.order));
    return new EditionDiff(registry, from, to,
        out.stream().map(k -> k.change).collect(ImmutableList.toImmutableList()));
  }

  /** A change with the keys it is sorted by. */
  private record Keyed(int subject, int order, Change change) {}

  private static ImmutableChange.Builder base(Change.Type type, Entity e, EditionId from, EditionId to) {
    return Change.builder().type(type).subject(e.id()).fromEdition(from).toEdition(to);
  }

  private static Optional<Change> renamed(Entity e, NameType type, EditionId from, EditionId to) {
    Optional<Name> before = name(e, type, from);
    Optional<Name> after = name(e, type, to);
    Optional<String> oldText = before.map(Name::text);
    Optional<String> newText = after.map(Name::text);
    if (oldText.equals(newText)) {
      return Optional.empty();
    }
    ImmutableChange.Builder c = base(Change.Type.RENAMED, e, from, to).nameType(type)
        .oldName(oldText).newName(newText);
    before.ifPresent(n -> c.addProvenance(n.provenance()));
    after.ifPresent(n -> c.addProvenance(n.provenance()));
    return Optional.of(c.build());
  }

  /** Returns the name of a type an entity bears in an edition, as {@link Entity#nameIn} does. */
  private static Optional<Name> name(Entity e, NameType type, EditionId edition) {
    Name first = null;
    for (Name n : e.names()) {
      if (n.type() == type) {
        if (n.holdsIn(edition)) {
          return Optional.of(n);
        }
        if (first == null) {
          first = n;
        }
      }
    }
    return type == NameType.OFFICIAL ? Optional.ofNullable(first) : Optional.empty();
  }

  /** The end of a relation that is its subject: the programme of RUNS, the from end otherwise. */
  static int subjectOf(RegistryIndex index, int r) {
    return index.relations[r].kind() == RelationKind.RUNS ? index.relTo[r] : index.relFrom[r];
  }

  /** True for the kinds that place their subject under one other entity: part-of and runs. */
  private static boolean isPlacement(RelationKind kind) {
    return kind == RelationKind.PART_OF || kind == RelationKind.RUNS;
  }

  private record Triple(RelationKind kind, int from, int to) {}

  private static void relationChanges(RegistryIndex index, int a, int b,
      EditionId from, EditionId to, List<Keyed> out) {
    Map<Triple, Integer> inA = new LinkedHashMap<>();
    Map<Triple, Integer> inB = new LinkedHashMap<>();
    for (int r = 0; r < index.relations.length; r++) {
      Triple t = new Triple(index.relations[r].kind(), index.relFrom[r], index.relTo[r]);
      if (index.holds(r, a)) {
        inA.putIfAbsent(t, r);
      }
      if (index.holds(r, b)) {
        inB.putIfAbsent(t, r);
      }
    }
    // Placements that ended, by kind and subject, to pair with those that began.
    Map<Triple, Integer> endedPlacement = new HashMap<>();
    for (Map.Entry<Triple, Integer> e : inA.entrySet()) {
      if (!inB.containsKey(e.getKey()) && isPlacement(e.getKey().kind())) {
        endedPlacement.put(new Triple(e.getKey().kind(), subjectOf(index, e.getValue()), -1), e.getValue());
      }
    }
    Set<Integer> moved = new LinkedHashSet<>();
    List<Change> moves = new ArrayList<>();
    for (Map.Entry<Triple, Integer> e : inB.entrySet()) {
      if (inA.containsKey(e.getKey())) {
        continue;
      }
      int r = e.getValue();
      Relation now = index.relations[r];
      int subject = subjectOf(index, r);
      Integer old = isPlacement(now.kind()) ? endedPlacement.get(new Triple(now.kind(), subject, -1)) : null;
      ImmutableChange.Builder c = base(old == null ? Change.Type.LINKED : Change.Type.MOVED,
          index.entities[subject], from, to).newRelation(now);
      if (old != null) {
        moved.add(old);
        c.oldRelation(index.relations[old]).addProvenance(index.relations[old].provenance());
      }
      Change change = c.addProvenance(now.provenance()).build();
      if (old != null && now.kind() == RelationKind.RUNS) {
        moves.add(change);
      }
      out.add(new Keyed(subject, r, change));
    }
    for (Map.Entry<Triple, Integer> e : inA.entrySet()) {
      int r = e.getValue();
      if (inB.containsKey(e.getKey()) || moved.contains(r)) {
        continue;
      }
      Relation was = index.relations[r];
      int subject = subjectOf(index, r);
      boolean survives = isPlacement(was.kind()) ? index.exists(subject, b)
          : index.exists(index.relFrom[r], b) && index.exists(index.relTo[r], b);
      if (survives) {
        out.add(new Keyed(subject, r, base(Change.Type.UNLINKED, index.entities[subject], from, to)
            .oldRelation(was).addProvenance(was.provenance()).build()));
      }
    }
    mergesAndSplits(index, a, b, from, to, moves, out);
  }

  /**
   * Derives SPLIT for each dissolved unit whose programmes moved to two or more created units,
   * and MERGED for each created unit that received programmes from two or more dissolved units.
   */
  private static void mergesAndSplits(RegistryIndex index, int a, int b,
      EditionId from, EditionId to, List<Change> moves, List<Keyed> out) {
    Map<EntityId, List<Change>> byOld = new LinkedHashMap<>();
    Map<EntityId, List<Change>> byNew = new LinkedHashMap<>();
    for (Change m : moves) {
      int was = index.indexOf(m.was().orElseThrow());
      int now = index.indexOf(m.now().orElseThrow());
      boolean dissolved = !index.exists(was, b);
      boolean created = !index.exists(now, a);
      if (dissolved && created) {
        byOld.computeIfAbsent(m.was().orElseThrow(), k -> new ArrayList<>()).add(m);
        byNew.computeIfAbsent(m.now().orElseThrow(), k -> new ArrayList<>()).add(m);
      }
    }
    derive(index, Change.Type.SPLIT, byOld, Change::now, from, to, out);
    derive(index, Change.Type.MERGED, byNew, Change::was, from, to, out);
  }

  private static void derive(RegistryIndex index, Change.Type type, Map<EntityId, List<Change>> groups,
      java.util.function.Function<Change, Optional<EntityId>> part, EditionId from, EditionId to,
      List<Keyed> out) {
    for (Map.Entry<EntityId, List<Change>> g : groups.entrySet()) {
      List<Integer> parts = g.getValue().stream().map(c -> index.indexOf(part.apply(c).orElseThrow()))
          .distinct().sorted().toList();
      if (parts.size() < 2) {
        continue;
      }
      int subject = index.indexOf(g.getKey());
      ImmutableChange.Builder c = base(type, index.entities[subject], from, to);
      parts.forEach(p -> c.addPart(index.entities[p].id()));
      g.getValue().forEach(m -> c.addAllProvenance(m.provenance()));
      out.add(new Keyed(subject, 0, c.build()));
    }
  }

  // ---------------------------------------------------------------- text

  /**
   * Returns the diff as text: a heading line, then one line a change, labelled with the names
   * of the edition in which each entity is shown (the earlier edition for what is gone, the
   * later otherwise), each ending with the basis of the facts behind it.
   */
  public String toText() {
    StringBuilder sb = new StringBuilder("Changes from ").append(from).append(" to ").append(to)
        .append(": ").append(changes.size()).append(changes.size() == 1 ? " change" : " changes").append('\n');
    for (Change c : changes) {
      sb.append("  ").append(String.format(Locale.ROOT, "%-9s", c.type().name().toLowerCase(Locale.ROOT)))
          .append(' ').append(describe(c)).append("  [").append(c.basis()).append("]\n");
    }
    return sb.toString();
  }

  private String describe(Change c) {
    Entity s = registry.get(c.subject());
    boolean gone = c.type() == Change.Type.DISSOLVED || c.type() == Change.Type.SPLIT;
    String subject = s.kind() + " " + label(s, gone ? from : to);
    return switch (c.type()) {
      case CREATED, DISSOLVED -> subject;
      case RENAMED -> s.kind() + " " + s.id() + ": " + (c.nameType().orElseThrow() == NameType.ACRONYM ? "acronym " : "")
          + c.oldName().map(n -> "\"" + n + "\"").orElse("(none)") + " -> "
          + c.newName().map(n -> "\"" + n + "\"").orElse("(none)");
      case MOVED -> subject + ": " + placement(c.newRelation().orElseThrow()) + " "
          + label(c.was().orElseThrow(), from) + " -> " + label(c.now().orElseThrow(), to);
      case MERGED -> subject + ": received the programmes of " + labels(c.parts(), from);
      case SPLIT -> subject + ": its programmes went to " + labels(c.parts(), to);
      case LINKED -> relation(c.newRelation().orElseThrow(), to);
      case UNLINKED -> relation(c.oldRelation().orElseThrow(), from)
          + (c.oldRelation().orElseThrow().kind() == RelationKind.RUNS ? "; no unit runs it in " + to : "");
    };
  }

  private static String placement(Relation r) {
    return r.kind() == RelationKind.RUNS ? "run by" : "part of";
  }

  private String relation(Relation r, EditionId edition) {
    return label(r.from(), edition) + " " + r.kind().verb() + " " + label(r.to(), edition);
  }

  private String labels(List<EntityId> ids, EditionId edition) {
    return String.join(", ", ids.stream().map(id -> label(id, edition)).toList());
  }

  private String label(EntityId id, EditionId edition) {
    return label(registry.get(id), edition);
  }

  private static String label(Entity e, EditionId edition) {
    return e.acronymIn(edition).orElseGet(() -> e.nameIn(edition));
  }

  /** Returns "EditionDiff[from -> to, n changes]". */
  @Override
  public String toString() {
    return "EditionDiff[" + from + " -> " + to + ", " + changes.size() + " changes]";
  }
}
