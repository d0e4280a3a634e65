package org.untoc.core.change;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.untoc.core.EditionId;
import org.untoc.core.EditionView;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.Name;
import org.untoc.core.NameType;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;
import org.untoc.core.UntocException;

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

  /** Returns the changes of one type, in the order described above. */
  public ImmutableList<Change> changes(Change.Type type) {
    return changes.stream().filter(c -> c.type() == type).collect(ImmutableList.toImmutableList());
  }

  /** Returns the changes whose subject is an entity, in the order described above. */
  public ImmutableList<Change> changesOf(EntityId subject) {
    return changes.stream().filter(c -> c.subject().equals(subject)).collect(ImmutableList.toImmutableList());
  }

  /** Returns true if the two editions do not differ. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  // ---------------------------------------------------------------- derivation

  /**
   * Obtains the changes between two editions of a registry.
   *
   * @param registry the registry, not null
   * @param from the earlier edition, not null
   * @param to the later edition, not null
   * @return the diff, not null
   * @throws UntocException if the registry has no such edition
   */
  public static EditionDiff between(Registry registry, EditionId from, EditionId to) {
    return new Derivation(registry, registry.view(from), registry.view(to)).run();
  }

  /**
   * A change with the registry order of its subject, by which it is sorted. The sort is stable,
   * and the changes of one subject are found in the registry order of their names and relations.
   */
  private record Keyed(int subject, Change change) {}

  /** A relation's kind and ends, without its editions and provenance. */
  private record Triple(RelationKind kind, EntityId from, EntityId to) {}

  /** The work of one {@link #between}: the two views and the registry order of entities. */
  private static final class Derivation {
    private final Registry registry;
    private final EditionView a;
    private final EditionView b;
    private final EditionId from;
    private final EditionId to;
    private final Map<EntityId, Integer> order = new HashMap<>();
    private final List<Keyed> out = new ArrayList<>();

    Derivation(Registry registry, EditionView a, EditionView b) {
      this.registry = registry;
      this.a = a;
      this.b = b;
      this.from = a.editionId();
      this.to = b.editionId();
      for (Entity e : registry.entities()) {
        order.put(e.id(), order.size());
      }
    }

    EditionDiff run() {
      for (Entity e : registry.entities()) {
        boolean inA = a.contains(e.id());
        boolean inB = b.contains(e.id());
        int subject = order.get(e.id());
        if (inA && !inB) {
          out.add(new Keyed(subject, base(Change.Type.DISSOLVED, e.id()).addAllProvenance(e.provenance()).build()));
        } else if (!inA && inB) {
          out.add(new Keyed(subject, base(Change.Type.CREATED, e.id()).addAllProvenance(e.provenance()).build()));
        } else if (inA) {
          renamed(e, NameType.OFFICIAL).ifPresent(c -> out.add(new Keyed(subject, c)));
          renamed(e, NameType.ACRONYM).ifPresent(c -> out.add(new Keyed(subject, c)));
        }
      }
      relationChanges();
      out.sort(Comparator.comparingInt((Keyed k) -> k.change.type().ordinal()).thenComparingInt(k -> k.subject));
      return new EditionDiff(registry, from, to,
          out.stream().map(k -> k.change).collect(ImmutableList.toImmutableList()));
    }

    private Change.Builder base(Change.Type type, EntityId subject) {
      boolean silence = type == Change.Type.DISSOLVED || type == Change.Type.UNLINKED
          || type == Change.Type.SPLIT || type == Change.Type.MERGED;
      return Change.builder().type(type).subject(subject).fromEdition(from).toEdition(to)
          .evidence(silence ? Change.Evidence.SILENCE : Change.Evidence.FACTS);
    }

    private Optional<Change> renamed(Entity e, NameType type) {
      Optional<Name> before = name(e, type, from);
      Optional<Name> after = name(e, type, to);
      Optional<String> oldText = before.map(Name::text);
      Optional<String> newText = after.map(Name::text);
      if (oldText.equals(newText)) {
        return Optional.empty();
      }
      Change.Builder c = base(Change.Type.RENAMED, e.id()).nameType(type).oldName(oldText).newName(newText);
      if (oldText.isEmpty() || newText.isEmpty()) {
        c.evidence(Change.Evidence.SILENCE); // one edition gives no such name
      }
      before.ifPresent(n -> c.addProvenance(n.provenance()));
      after.ifPresent(n -> c.addProvenance(n.provenance()));
      return Optional.of(c.build());
    }

    /** The subject of a relation: the programme of RUNS, the from end otherwise. */
    private static EntityId subjectOf(Relation r) {
      return r.kind() == RelationKind.RUNS ? r.to() : r.from();
    }

    private void relationChanges() {
      // The relations of each edition by kind and ends, the first of each in registry order.
      ImmutableList<Relation> relations = registry.relations();
      Map<Triple, Integer> inA = new LinkedHashMap<>();
      Map<Triple, Integer> inB = new LinkedHashMap<>();
      for (int r = 0; r < relations.size(); r++) {
        Relation rel = relations.get(r);
        Triple t = new Triple(rel.kind(), rel.from(), rel.to());
        if (a.holds(rel)) {
          inA.putIfAbsent(t, r);
        }
        if (b.holds(rel)) {
          inB.putIfAbsent(t, r);
        }
      }
      // Placements that ended, by kind and subject, to pair with those that began.
      Map<Triple, Integer> endedPlacement = new HashMap<>();
      for (Map.Entry<Triple, Integer> e : inA.entrySet()) {
        Relation was = relations.get(e.getValue());
        if (!inB.containsKey(e.getKey()) && isPlacement(was.kind())) {
          endedPlacement.put(new Triple(was.kind(), subjectOf(was), subjectOf(was)), e.getValue());
        }
      }
      Set<Integer> moved = new HashSet<>();
      List<Change> moves = new ArrayList<>();
      for (Map.Entry<Triple, Integer> e : inB.entrySet()) {
        if (inA.containsKey(e.getKey())) {
          continue;
        }
        int r = e.getValue();
        Relation now = relations.get(r);
        EntityId subject = subjectOf(now);
        Integer old = isPlacement(now.kind()) ? endedPlacement.get(new Triple(now.kind(), subject, subject)) : null;
        Change.Builder c = base(old == null ? Change.Type.LINKED : Change.Type.MOVED, subject).newRelation(now);
        if (old != null) {
          moved.add(old);
          c.oldRelation(relations.get(old)).addProvenance(relations.get(old).provenance());
        }
        Change change = c.addProvenance(now.provenance()).build();
        if (old != null && now.kind() == RelationKind.RUNS) {
          moves.add(change);
        }
        out.add(new Keyed(order.get(subject), change));
      }
      for (Map.Entry<Triple, Integer> e : inA.entrySet()) {
        int r = e.getValue();
        if (inB.containsKey(e.getKey()) || moved.contains(r)) {
          continue;
        }
        Relation was = relations.get(r);
        EntityId subject = subjectOf(was);
        boolean survives = isPlacement(was.kind()) ? b.contains(subject)
            : b.contains(was.from()) && b.contains(was.to());
        if (survives) {
          out.add(new Keyed(order.get(subject),
              base(Change.Type.UNLINKED, subject).oldRelation(was).addProvenance(was.provenance()).build()));
        }
      }
      mergesAndSplits(moves);
    }

    /**
     * Derives SPLIT for each dissolved unit whose programmes moved to two or more created units,
     * and MERGED for each created unit that received programmes from two or more dissolved units.
     */
    private void mergesAndSplits(List<Change> moves) {
      Map<EntityId, List<Change>> byOld = new LinkedHashMap<>();
      Map<EntityId, List<Change>> byNew = new LinkedHashMap<>();
      for (Change m : moves) {
        EntityId was = m.was().orElseThrow();
        EntityId now = m.now().orElseThrow();
        if (!b.contains(was) && !a.contains(now)) {
          byOld.computeIfAbsent(was, k -> new ArrayList<>()).add(m);
          byNew.computeIfAbsent(now, k -> new ArrayList<>()).add(m);
        }
      }
      derive(Change.Type.SPLIT, byOld, Change::now);
      derive(Change.Type.MERGED, byNew, Change::was);
    }

    private void derive(Change.Type type, Map<EntityId, List<Change>> groups,
        Function<Change, Optional<EntityId>> part) {
      for (Map.Entry<EntityId, List<Change>> g : groups.entrySet()) {
        List<EntityId> parts = g.getValue().stream().map(c -> part.apply(c).orElseThrow())
            .distinct().sorted(Comparator.comparingInt(order::get)).toList();
        if (parts.size() < 2) {
          continue;
        }
        Change.Builder c = base(type, g.getKey()).addAllParts(parts);
        g.getValue().forEach(m -> c.addAllProvenance(m.provenance()));
        out.add(new Keyed(order.get(g.getKey()), c.build()));
      }
    }
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

  /** True for the kinds that place their subject under one other entity: part-of and runs. */
  private static boolean isPlacement(RelationKind kind) {
    return kind == RelationKind.PART_OF || kind == RelationKind.RUNS;
  }

  // ---------------------------------------------------------------- text

  /**
   * Returns the diff as text: a heading line, then one line a change, labelled with the names
   * of the edition in which each entity is shown (the earlier edition for what is gone, the
   * later otherwise), each ending with what it rests on: the basis of the facts behind it, or,
   * for a change that rests on an edition's silence, "silence" and the basis of the facts the
   * other edition states ({@code [silence; earlier STATED]} for what is gone, {@code [silence;
   * STATED]} for a name one edition does not give).
   */
  public String toText() {
    StringBuilder sb = new StringBuilder("Changes from ").append(from).append(" to ").append(to)
        .append(": ").append(changes.size()).append(changes.size() == 1 ? " change" : " changes").append('\n');
    for (Change c : changes) {
      sb.append("  ").append(String.format(Locale.ROOT, "%-9s", c.type().label()))
          .append(' ').append(describe(c)).append("  [")
          .append(c.restsOn()).append("]\n");
    }
    return sb.toString();
  }

  /**
   * Returns one change as {@link #toText()} lists it, between its type and its basis: its
   * subject and what happened to it, labelled with the names of the edition in which each entity
   * is shown ("programme GPML: run by ISS -> CMLS").
   *
   * @param c a change of this diff, not null
   * @return the description, not null
   */
  public String describe(Change c) {
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
