package org.untoc.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.untoc.core.Violation.Target;

/**
 * Checks a registry's editions, entities and relations against every {@link Rule}, collecting
 * all violations: one pass over each list, then one pass over the part-of and runs relations
 * per edition. It reads entities and editions through the {@link RegistryIndex}, built leniently
 * from the same lists.
 */
final class IntegrityCheck {
  private final List<Edition> editions;
  private final List<Source> sources;
  private final List<Entity> entities;
  private final List<Relation> relations;
  private final List<Violation> found = new ArrayList<>();
  private final Set<EditionId> knownEditions = new HashSet<>();
  private final RegistryIndex index;

  IntegrityCheck(List<Edition> editions, List<Source> sources, List<Entity> entities, List<Relation> relations,
      RegistryIndex index) {
    this.editions = editions;
    this.sources = sources;
    this.entities = entities;
    this.relations = relations;
    this.index = index;
  }

  ImmutableList<Violation> run() {
    checkEditions();
    checkSources();
    checkEntities();
    checkHierarchy(checkRelations());
    return ImmutableList.copyOf(found);
  }

  private void report(Rule rule, Target target, int index, String subject, String field,
      String message) {
    found.add(ImmutableViolation.builder().rule(rule).target(target).index(index)
        .subject(subject).field(field).message(message).build());
  }

  private void checkEditions() {
    for (int i = 0; i < editions.size(); i++) {
      Edition e = editions.get(i);
      if (!knownEditions.add(e.id())) {
        report(Rule.DUPLICATE_EDITION, Target.EDITION, i, "edition " + e.id(), "id",
            "edition id '" + e.id() + "' is already used by an earlier edition");
      }
    }
  }

  private void checkSources() {
    Set<String> ids = new HashSet<>();
    Set<String> references = new HashSet<>();
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      if (!ids.add(s.id())) {
        report(Rule.DUPLICATE_SOURCE, Target.SOURCE, i, "source " + s.id(), "id",
            "source id '" + s.id() + "' is already used by an earlier source");
      }
      if (!references.add(s.reference())) {
        report(Rule.DUPLICATE_SOURCE, Target.SOURCE, i, "source " + s.id(), "reference",
            "reference '" + s.reference() + "' is already that of an earlier source");
      }
    }
  }

  /** Reports each edition an item names that the registry does not have. */
  private void checkKnown(Set<EditionId> used, Target target, int index, String field) {
    if (used.isEmpty() || knownEditions.containsAll(used)) {
      return;
    }
    for (EditionId id : used) {
      if (!knownEditions.contains(id)) {
        report(Rule.UNKNOWN_EDITION, target, index, target == Target.ENTITY ? entitySubject(index) : subject(index),
            field, "no edition '" + id + "': expected one of " + editionList());
      }
    }
  }

  private String editionList() {
    return editions.stream().map(e -> e.id().toString()).toList().toString();
  }

  private String entitySubject(int i) {
    Entity e = entities.get(i);
    return e.kind() + " " + e.id();
  }

  private void checkEntities() {
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      RegistryIndex.Node first = Objects.requireNonNull(index.node(e.id()));
      Entity earlier = first.entity();
      if (first.position() != i) {
        report(Rule.DUPLICATE_ID, Target.ENTITY, i, entitySubject(i), "id",
            "id '" + e.id() + "' is already used by " + earlier.kind() + " '" + earlier.name() + "'");
      }
      int f = 0;
      for (EntityId former : e.formerIds()) {
        RegistryIndex.Node holder = Objects.requireNonNull(index.node(former));
        Entity other = holder.entity();
        if (former.equals(e.id())) {
          report(Rule.DUPLICATE_ID, Target.ENTITY, i, entitySubject(i), "formerIds/" + f,
              "former id '" + former + "' is the entity's own id");
        } else if (holder.position() != i) {
          report(Rule.DUPLICATE_ID, Target.ENTITY, i, entitySubject(i), "formerIds/" + f,
              "former id '" + former + "' is " + (other.id().equals(former) ? "the id" : "a former id") + " of "
                  + other.kind() + " '" + other.name() + "'; ids are never reused");
        }
        f++;
      }
      checkKnown(e.editions(), Target.ENTITY, i, "editions");
      List<Name> names = e.names();
      for (int n = 0; n < names.size(); n++) {
        Set<EditionId> used = names.get(n).editions();
        if (!used.isEmpty()) {
          checkKnown(used, Target.ENTITY, i, "names/" + n + "/editions");
        }
      }
      if (e instanceof Unit u) {
        for (int c = 0; c < u.contacts().size(); c++) {
          Contact contact = u.contacts().get(c);
          checkKnown(contact.editions(), Target.ENTITY, i, "contacts/" + c + "/editions");
          if (!e.editions().isEmpty() && !e.editions().containsAll(contact.editions())) {
            report(Rule.OUTSIDE_EDITION, Target.ENTITY, i, entitySubject(i), "contacts/" + c + "/editions",
                "contact holds in " + (contact.editions().isEmpty() ? "every edition" : contact.editions())
                    + " but the unit exists only in " + e.editions());
          }
        }
      }
    }
  }

  /**
   * Checks each relation on its own, then relations that repeat one another; returns the
   * positions of those fit for the hierarchy checks. The violations come in relation order.
   */
  private BitSet checkRelations() {
    BitSet valid = new BitSet(relations.size());
    // The first relation of each kind and ends, and the later ones of a kind and ends met again.
    Map<Triple, Integer> first = new HashMap<>(2 * relations.size());
    Map<Triple, List<Integer>> again = new HashMap<>();
    for (int i = 0; i < relations.size(); i++) {
      Relation r = relations.get(i);
      if (!checkRelation(i)) {
        continue;
      }
      Triple t = new Triple(r.kind(), r.from(), r.to());
      Integer earliest = first.putIfAbsent(t, i);
      if (earliest == null) {
        valid.set(i);
        continue;
      }
      // A repeat is reported against the first earlier relation it overlaps, itself a repeat or not.
      List<Integer> earlier = again.computeIfAbsent(t, k -> new ArrayList<>(List.of(earliest)));
      boolean repeats = false;
      for (int j : earlier) {
        Relation other = relations.get(j);
        if (overlap(r.editions(), other.editions())) {
          report(Rule.DUPLICATE_RELATION, Target.RELATION, i, subject(i), "editions",
              "relation " + j + " already states it for "
                  + (other.editions().isEmpty() ? "every edition" : other.editions().toString()));
          repeats = true;
          break;
        }
      }
      earlier.add(i);
      valid.set(i, !repeats);
    }
    return valid;
  }

  private @Nullable Entity entity(EntityId id) {
    RegistryIndex.Node node = index.node(id);
    return node == null ? null : node.entity();
  }

  /** The kind and ends of a relation. */
  private record Triple(RelationKind kind, EntityId from, EntityId to) {}

  /** Checks one relation on its own; returns true if it passes. */
  private boolean checkRelation(int i) {
    Relation r = relations.get(i);
    boolean ok = true;
    RegistryIndex.Ends ends = index.ends(i);
    Entity from = ends != null ? ends.from() : entity(r.from());
    Entity to = ends != null ? ends.to() : entity(r.to());
    if (from == null) {
      report(Rule.DANGLING_REFERENCE, Target.RELATION, i, subject(i), "from",
          "no entity with id '" + r.from() + "'");
      ok = false;
    }
    if (to == null) {
      report(Rule.DANGLING_REFERENCE, Target.RELATION, i, subject(i), "to",
          "no entity with id '" + r.to() + "'");
      ok = false;
    }
    if (r.from().equals(r.to())) {
      report(Rule.SELF_RELATION, Target.RELATION, i, subject(i), "to",
          "a relation must join two different entities");
      ok = false;
    }
    if (from != null && to != null && !r.kind().allows(from.kind(), to.kind())) {
      report(Rule.KIND_MISMATCH, Target.RELATION, i, subject(i), "kind",
          "'" + r.kind().label() + "' joins " + r.kind().signature() + ", not "
              + from.kind() + " -> " + to.kind());
      ok = false;
    }
    Set<EditionId> editions = r.editions();
    if (editions.isEmpty()) {
      return ok;
    }
    int before = found.size();
    checkKnown(editions, Target.RELATION, i, "editions");
    ok &= found.size() == before;
    if (ok) {
      ok &= within(i, r, from);
      ok &= within(i, r, to);
    }
    return ok;
  }

  /** Checks that a relation holds only where one of its entities exists. */
  private boolean within(int i, Relation r, Entity end) {
    if (end.editions().isEmpty() || end.editions().containsAll(r.editions())) {
      return true;
    }
    report(Rule.OUTSIDE_EDITION, Target.RELATION, i, subject(i), "editions",
        "the relation holds in " + r.editions() + " but " + end.kind() + " '" + end.id()
            + "' exists only in " + end.editions());
    return false;
  }

  private String subject(int relationIndex) {
    Relation r = relations.get(relationIndex);
    return "relation " + relationIndex + " (" + r.from() + " " + r.kind().verb() + " " + r.to() + ")";
  }

  private static boolean overlap(Set<EditionId> a, Set<EditionId> b) {
    return a.isEmpty() || b.isEmpty() || !Sets.intersection(a, b).isEmpty();
  }

  /** A violation of the hierarchy found in an edition, reported in relation order. */
  private record Pending(int relation, Rule rule, String field, String message) {}

  /**
   * Part-of: one parent each, no cycle; runs: one owner per programme; in each edition. One pass
   * over the part-of and runs edges of every entity, then a walk up from each entity per edition.
   */
  /**
   * Returns the position of the first runs relation of a programme, before a given one, that holds
   * in an edition at a time the given one holds too ({@link Period#overlaps}); -1 if there is none:
   * two units may run a programme in one edition one after the other.
   */
  private static int earlierOwner(RegistryIndex.Node programme, RegistryIndex.Edge runs, int edition, BitSet valid) {
    for (RegistryIndex.Edge e : programme.in()) {
      if (e == runs) {
        break;
      }
      if (e.relation().kind() == RelationKind.RUNS && valid.get(e.position()) && e.editions().get(edition)
          && e.relation().period().overlaps(runs.relation().period())) {
        return e.position();
      }
    }
    return -1;
  }

  private void checkHierarchy(BitSet valid) {
    int n = entities.size();
    int editionCount = editions.size();
    int[][] parent = new int[editionCount][n]; // the position of each entity's parent, or -1
    int[][] parentRelation = new int[editionCount][n];
    int[] owner = new int[editionCount];
    List<List<Pending>> pending = new ArrayList<>();
    for (int ed = 0; ed < editionCount; ed++) {
      Arrays.fill(parent[ed], -1);
      pending.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      RegistryIndex.Node node = index.node(i);
      if (node == null) {
        continue;
      }
      for (RegistryIndex.Edge e : node.out()) {
        if (e.relation().kind() != RelationKind.PART_OF || !valid.get(e.position())) {
          continue;
        }
        for (int ed = e.editions().nextSetBit(0); ed >= 0; ed = e.editions().nextSetBit(ed + 1)) {
          if (parent[ed][i] < 0) {
            parent[ed][i] = e.otherPosition();
            parentRelation[ed][i] = e.position();
          } else {
            pending.get(ed).add(new Pending(e.position(), Rule.MULTIPLE_PARENTS, "to", "in edition "
                + editions.get(ed).id() + ", '" + node.entity().id() + "' is already part of '"
                + relations.get(parentRelation[ed][i]).to() + "' (relation " + parentRelation[ed][i] + ")"));
          }
        }
      }
      Arrays.fill(owner, -1);
      for (RegistryIndex.Edge e : node.in()) {
        if (e.relation().kind() != RelationKind.RUNS || !valid.get(e.position())) {
          continue;
        }
        for (int ed = e.editions().nextSetBit(0); ed >= 0; ed = e.editions().nextSetBit(ed + 1)) {
          if (owner[ed] < 0) {
            owner[ed] = e.position();
          } else {
            int other = earlierOwner(node, e, ed, valid);
            if (other >= 0) {
              pending.get(ed).add(new Pending(e.position(), Rule.MULTIPLE_OWNERS, "from", "in edition "
                  + editions.get(ed).id() + ", programme '" + node.entity().id() + "' is already run by '"
                  + relations.get(other).from() + "' (relation " + other + ")"));
            }
          }
        }
      }
    }
    for (int ed = 0; ed < editionCount; ed++) {
      pending.get(ed).sort(Comparator.comparingInt(Pending::relation));
      for (Pending p : pending.get(ed)) {
        report(p.rule(), Target.RELATION, p.relation(), subject(p.relation()), p.field(), p.message());
      }
      checkCycles(editions.get(ed).id(), parent[ed], parentRelation[ed]);
    }
  }

  /** Reports each cycle of part-of relations; each entity has at most one parent here. */
  private void checkCycles(EditionId edition, int[] parent, int[] parentRelation) {
    int n = parent.length;
    byte[] state = new byte[n]; // 0 unvisited, 1 on the current walk, 2 done
    List<Integer> walk = new ArrayList<>();
    for (int start = 0; start < n; start++) {
      if (parent[start] < 0) {
        continue;
      }
      walk.clear();
      int at = start;
      while (at >= 0 && state[at] == 0) {
        state[at] = 1;
        walk.add(at);
        at = parent[at];
      }
      if (at >= 0 && state[at] == 1) {
        List<Integer> cycle = new ArrayList<>(walk.subList(walk.indexOf(at), walk.size()));
        cycle.add(at);
        int rel = parentRelation[cycle.get(cycle.size() - 2)];
        report(Rule.PART_OF_CYCLE, Target.RELATION, rel, subject(rel), "to",
            "in edition " + edition + ", part-of relations form a cycle: "
                + String.join(" -> ", cycle.stream().map(c -> entities.get(c).id().toString()).toList()));
      }
      walk.forEach(w -> state[w] = 2);
    }
  }
}
