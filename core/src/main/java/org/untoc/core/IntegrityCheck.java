package org.untoc.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
  private final Map<EntityId, Entity> byId = new HashMap<>();

  IntegrityCheck(List<Edition> editions, List<Entity> entities, List<Relation> relations) {
    this.editions = editions;
    this.entities = entities;
    this.relations = relations;
  }

  ImmutableList<Violation> run() {
    checkEditions();
    checkEntities();
    List<Integer> valid = checkRelations();
    for (Edition edition : editions) {
      checkHierarchy(edition.id(), valid);
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

  private void checkKnown(Set<EditionId> used, Target target, int index, String subject, String field) {
    for (EditionId id : used) {
      if (!knownEditions.contains(id)) {
        report(Rule.UNKNOWN_EDITION, target, index, subject, field,
            "no edition '" + id + "': expected one of " + editionList());
      }
    }
  }

  private String editionList() {
    return editions.stream().map(e -> e.id().toString()).toList().toString();
  }

  private void checkEntities() {
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      String subject = e.kind() + " " + e.id();
      Entity earlier = byId.putIfAbsent(e.id(), e);
      if (earlier != null) {
        report(Rule.DUPLICATE_ID, Target.ENTITY, i, subject, "id",
            "id '" + e.id() + "' is already used by " + earlier.kind() + " '" + earlier.name() + "'");
      }
      checkKnown(e.editions(), Target.ENTITY, i, subject, "editions");
      for (int n = 0; n < e.names().size(); n++) {
        checkKnown(e.names().get(n).editions(), Target.ENTITY, i, subject, "names/" + n + "/editions");
      }
      if (e instanceof Unit u) {
        for (int c = 0; c < u.contacts().size(); c++) {
          Contact contact = u.contacts().get(c);
          checkKnown(contact.editions(), Target.ENTITY, i, subject, "contacts/" + c + "/editions");
          if (!e.editions().isEmpty() && !e.editions().containsAll(contact.editions())) {
            report(Rule.OUTSIDE_EDITION, Target.ENTITY, i, subject, "contacts/" + c + "/editions",
                "contact holds in " + (contact.editions().isEmpty() ? "every edition" : contact.editions())
                    + " but the unit exists only in " + e.editions());
          }
        }
      }
    }
  }

  /** Checks each relation on its own; returns the indexes of those fit for the hierarchy checks. */
  private List<Integer> checkRelations() {
    List<Integer> valid = new ArrayList<>();
    Map<String, List<Integer>> sameTriple = new HashMap<>();
    for (int i = 0; i < relations.size(); i++) {
      Relation r = relations.get(i);
      String subject = subject(i);
      boolean ok = true;
      Entity from = byId.get(r.from());
      Entity to = byId.get(r.to());
      if (from == null) {
        report(Rule.DANGLING_REFERENCE, Target.RELATION, i, subject, "from",
            "no entity with id '" + r.from() + "'");
        ok = false;
      }
      if (to == null) {
        report(Rule.DANGLING_REFERENCE, Target.RELATION, i, subject, "to",
            "no entity with id '" + r.to() + "'");
        ok = false;
      }
      if (r.from().equals(r.to())) {
        report(Rule.SELF_RELATION, Target.RELATION, i, subject, "to",
            "a relation must join two different entities");
        ok = false;
      }
      if (from != null && to != null && !r.kind().allows(from.kind(), to.kind())) {
        report(Rule.KIND_MISMATCH, Target.RELATION, i, subject, "kind",
            "'" + r.kind().label() + "' joins " + r.kind().signature() + ", not " + from.kind()
                + " -> " + to.kind());
        ok = false;
      }
      int before = found.size();
      checkKnown(r.editions(), Target.RELATION, i, subject, "editions");
      ok &= found.size() == before;
      if (ok && !r.editions().isEmpty()) {
        for (Entity end : List.of(from, to)) {
          if (!end.editions().isEmpty() && !end.editions().containsAll(r.editions())) {
            report(Rule.OUTSIDE_EDITION, Target.RELATION, i, subject, "editions",
                "the relation holds in " + r.editions() + " but " + end.kind() + " '" + end.id()
                    + "' exists only in " + end.editions());
            ok = false;
          }
        }
      }
      if (ok) {
        String key = r.kind() + "\u0000" + r.from() + "\u0000" + r.to();
        List<Integer> same = sameTriple.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (int j : same) {
          Relation other = relations.get(j);
          if (overlap(r.editions(), other.editions())) {
            report(Rule.DUPLICATE_RELATION, Target.RELATION, i, subject, "editions",
                "relation " + j + " already states it for "
                    + (other.editions().isEmpty() ? "every edition" : other.editions().toString()));
            ok = false;
            break;
          }
        }
        same.add(i);
      }
      if (ok) {
        valid.add(i);
      }
    }
    return valid;
  }

  private String subject(int relationIndex) {
    Relation r = relations.get(relationIndex);
    return "relation " + relationIndex + " (" + r.from() + " " + r.kind().verb() + " " + r.to() + ")";
  }

  private static boolean overlap(Set<EditionId> a, Set<EditionId> b) {
    return a.isEmpty() || b.isEmpty() || !Sets.intersection(a, b).isEmpty();
  }

  private boolean holds(Relation r, EditionId edition) {
    return r.holdsIn(edition) && byId.get(r.from()).holdsIn(edition) && byId.get(r.to()).holdsIn(edition);
  }

  /** Part-of: one parent each, no cycle; runs: one owner per programme. In one edition. */
  private void checkHierarchy(EditionId edition, List<Integer> valid) {
    Map<EntityId, Integer> parentRelation = new HashMap<>();
    Map<EntityId, Integer> ownerRelation = new HashMap<>();
    for (int i : valid) {
      Relation r = relations.get(i);
      if (!holds(r, edition)) {
        continue;
      }
      String subject = subject(i);
      if (r.kind() == RelationKind.PART_OF) {
        Integer earlier = parentRelation.putIfAbsent(r.from(), i);
        if (earlier != null) {
          report(Rule.MULTIPLE_PARENTS, Target.RELATION, i, subject, "to",
              "in edition " + edition + ", '" + r.from() + "' is already part of '"
                  + relations.get(earlier).to() + "' (relation " + earlier + ")");
        }
      } else if (r.kind() == RelationKind.RUNS) {
        Integer earlier = ownerRelation.putIfAbsent(r.to(), i);
        if (earlier != null) {
          report(Rule.MULTIPLE_OWNERS, Target.RELATION, i, subject, "from",
              "in edition " + edition + ", programme '" + r.to() + "' is already run by '"
                  + relations.get(earlier).from() + "' (relation " + earlier + ")");
        }
      }
    }
    // Each node has at most one parent here, so a walk up from each node either ends or loops.
    Map<EntityId, Integer> state = new HashMap<>(); // 1: on the current walk, 2: done
    for (EntityId start : parentRelation.keySet()) {
      List<EntityId> walk = new ArrayList<>();
      EntityId node = start;
      while (node != null && !state.containsKey(node)) {
        state.put(node, 1);
        walk.add(node);
        Integer rel = parentRelation.get(node);
        node = rel == null ? null : relations.get(rel).to();
      }
      if (node != null && state.get(node) == 1) {
        List<EntityId> cycle = new ArrayList<>(walk.subList(walk.indexOf(node), walk.size()));
        cycle.add(node);
        int rel = parentRelation.get(cycle.get(cycle.size() - 2));
        report(Rule.PART_OF_CYCLE, Target.RELATION, rel, subject(rel), "to",
            "in edition " + edition + ", part-of relations form a cycle: "
                + String.join(" -> ", cycle.stream().map(EntityId::toString).toList()));
      }
      for (EntityId n : walk) {
        state.put(n, 2);
      }
    }
  }
}
