package org.untoc.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.untoc.core.Violation.Target;

/**
 * Checks a registry's editions, entities and relations against every {@link Rule}, collecting
 * all violations. One pass over each list, then one pass over the part-of and runs relations
 * per edition.
 */
final class IntegrityCheck {
  private final List<Edition> editions;
  private final List<Entity> entities;
  private final List<Relation> relations;
  private final List<Violation> found = new ArrayList<>();
  private final Set<EditionId> knownEditions = new HashSet<>();
  private final RegistryIndex index;
  /** {@link RelationKind#allows} as a table: [kind][from kind][to kind]. */
  private static final boolean[][][] ALLOWS = allowsTable();

  private static boolean[][][] allowsTable() {
    EntityKind[] kinds = EntityKind.values();
    boolean[][][] table = new boolean[RelationKind.values().length][kinds.length][kinds.length];
    for (RelationKind k : RelationKind.values()) {
      for (EntityKind from : kinds) {
        for (EntityKind to : kinds) {
          table[k.ordinal()][from.ordinal()][to.ordinal()] = k.allows(from, to);
        }
      }
    }
    return table;
  }

  IntegrityCheck(List<Edition> editions, List<Entity> entities, List<Relation> relations, RegistryIndex index) {
    this.editions = editions;
    this.entities = entities;
    this.relations = relations;
    this.index = index;
  }

  ImmutableList<Violation> run() {
    checkEditions();
    checkEntities();
    int[] valid = checkRelations();
    for (int e = 0; e < editions.size(); e++) {
      checkHierarchy(e, valid);
    }
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
      Entity earlier = index.hasDuplicateIds() ? index.entities[index.indexOf(e.id())] : e;
      if (earlier != e) {
        report(Rule.DUPLICATE_ID, Target.ENTITY, i, entitySubject(i), "id",
            "id '" + e.id() + "' is already used by " + earlier.kind() + " '" + earlier.name() + "'");
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
   * indexes of those fit for the hierarchy checks. The violations come in relation order.
   */
  private int[] checkRelations() {
    int first = found.size();
    boolean[] ok = new boolean[relations.size()];
    for (int i = 0; i < relations.size(); i++) {
      ok[i] = checkRelation(i);
    }
    index.repeats(ok, (i, j) -> {
      Relation r = relations.get(i);
      Relation other = relations.get(j);
      if (!overlap(r.editions(), other.editions())) {
        return false;
      }
      report(Rule.DUPLICATE_RELATION, Target.RELATION, i, subject(i), "editions",
          "relation " + j + " already states it for "
              + (other.editions().isEmpty() ? "every edition" : other.editions().toString()));
      return true;
    });
    if (found.size() > first) {
      // Stable: the violations of one relation keep the order in which they were checked.
      found.subList(first, found.size()).sort(java.util.Comparator.comparingInt(Violation::index));
    }
    int[] valid = new int[relations.size()];
    int validCount = 0;
    for (int i = 0; i < ok.length; i++) {
      if (ok[i]) {
        valid[validCount++] = i;
      }
    }
    return java.util.Arrays.copyOf(valid, validCount);
  }

  /** Checks one relation on its own; returns true if it passes. */
  private boolean checkRelation(int i) {
    Relation r = relations.get(i);
    boolean ok = true;
    int fromIndex = index.relFrom[i];
    int toIndex = index.relTo[i];
    if (fromIndex < 0) {
      report(Rule.DANGLING_REFERENCE, Target.RELATION, i, subject(i), "from",
          "no entity with id '" + r.from() + "'");
      ok = false;
    }
    if (toIndex < 0) {
      report(Rule.DANGLING_REFERENCE, Target.RELATION, i, subject(i), "to",
          "no entity with id '" + r.to() + "'");
      ok = false;
    }
    if (fromIndex >= 0 && toIndex >= 0 ? fromIndex == toIndex : r.from().equals(r.to())) {
      report(Rule.SELF_RELATION, Target.RELATION, i, subject(i), "to",
          "a relation must join two different entities");
      ok = false;
    }
    if (fromIndex >= 0 && toIndex >= 0
        && !ALLOWS[index.relKind[i]][index.entityKind[fromIndex]][index.entityKind[toIndex]]) {
      report(Rule.KIND_MISMATCH, Target.RELATION, i, subject(i), "kind",
          "'" + r.kind().label() + "' joins " + r.kind().signature() + ", not "
              + index.entities[fromIndex].kind() + " -> " + index.entities[toIndex].kind());
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
      ok &= within(i, r, index.entities[fromIndex]);
      ok &= within(i, r, index.entities[toIndex]);
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

  /** Part-of: one parent each, no cycle; runs: one owner per programme. In one edition. */
  private void checkHierarchy(int position, int[] valid) {
    EditionId edition = editions.get(position).id();
    int n = index.entities.length;
    int[] parentRelation = new int[n];
    int[] ownerRelation = new int[n];
    java.util.Arrays.fill(parentRelation, -1);
    java.util.Arrays.fill(ownerRelation, -1);
    int partOf = RelationKind.PART_OF.ordinal();
    int runs = RelationKind.RUNS.ordinal();
    for (int i : valid) {
      int kind = index.relKind[i];
      if (kind != partOf && kind != runs || !index.holds(i, position)) {
        continue;
      }
      if (kind == partOf) {
        int child = index.relFrom[i];
        int earlier = parentRelation[child];
        if (earlier >= 0) {
          report(Rule.MULTIPLE_PARENTS, Target.RELATION, i, subject(i), "to",
              "in edition " + edition + ", '" + relations.get(i).from() + "' is already part of '"
                  + relations.get(earlier).to() + "' (relation " + earlier + ")");
        } else {
          parentRelation[child] = i;
        }
      } else {
        int programme = index.relTo[i];
        int earlier = ownerRelation[programme];
        if (earlier >= 0) {
          report(Rule.MULTIPLE_OWNERS, Target.RELATION, i, subject(i), "from",
              "in edition " + edition + ", programme '" + relations.get(i).to() + "' is already run by '"
                  + relations.get(earlier).from() + "' (relation " + earlier + ")");
        } else {
          ownerRelation[programme] = i;
        }
      }
    }
    // Each node has at most one parent here, so a walk up from each node either ends or loops.
    byte[] state = new byte[n]; // 1: on the current walk, 2: done
    List<Integer> walk = new ArrayList<>();
    for (int start = 0; start < n; start++) {
      if (parentRelation[start] < 0) {
        continue;
      }
      walk.clear();
      int node = start;
      while (node >= 0 && state[node] == 0) {
        state[node] = 1;
        walk.add(node);
        int rel = parentRelation[node];
        node = rel < 0 ? -1 : index.relTo[rel];
      }
      if (node >= 0 && state[node] == 1) {
        List<Integer> cycle = new ArrayList<>(walk.subList(walk.indexOf(node), walk.size()));
        cycle.add(node);
        int rel = parentRelation[cycle.get(cycle.size() - 2)];
        report(Rule.PART_OF_CYCLE, Target.RELATION, rel, subject(rel), "to",
            "in edition " + edition + ", part-of relations form a cycle: "
                + String.join(" -> ", cycle.stream().map(c -> index.entities[c].id().toString()).toList()));
      }
      for (int w : walk) {
        state[w] = 2;
      }
    }
  }
}
