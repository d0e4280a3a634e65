package org.untoc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.untoc.core.chart.OrgChart;

/**
 * Laws of the registry builder over generated data: whatever it accepts satisfies every
 * integrity rule, as checked by a brute-force oracle written independently of the builder;
 * whatever breaks a rule is rejected with that rule named.
 */
class RegistryProperties {
  private static final List<EditionId> EDITIONS =
      List.of(EditionId.of("e1"), EditionId.of("e2"), EditionId.of("e3"));

  /** Raw material for a registry: unchecked, often broken. */
  record Raw(int editionCount, List<Entity> entities, List<Relation> relations) {
    Registry.Builder builder() {
      Registry.Builder b = Registry.builder();
      EDITIONS.subList(0, editionCount).forEach(e -> b.addEdition(Fixtures.edition(e)));
      return b.addAll(entities).relateAll(relations);
    }

    @Override
    public String toString() {
      return editionCount + " editions, " + entities.stream().map(e -> e.id() + e.editions().toString()).toList()
          + ", " + relations;
    }
  }

  // ------------------------------------------------------------------ generators

  private static Arbitrary<Set<EditionId>> editionSets() {
    return Arbitraries.subsetOf(EDITIONS).ofMaxSize(2);
  }

  private static Arbitrary<Entity> entities() {
    Arbitrary<String> ids = Arbitraries.of("a", "b", "c", "d", "e", "f", "g", "p", "q", "r");
    return Combinators.combine(ids, editionSets()).as((id, eds) -> id.compareTo("p") < 0
        ? Fixtures.unit(id, eds.toArray(EditionId[]::new))
        : Fixtures.programme(id, eds.toArray(EditionId[]::new)));
  }

  private static Arbitrary<Relation> relations() {
    Arbitrary<String> ends = Arbitraries.of("a", "b", "c", "d", "e", "f", "g", "p", "q", "r", "x");
    Arbitrary<RelationKind> kinds = Arbitraries.of(RelationKind.PART_OF, RelationKind.RUNS, RelationKind.COORDINATES_WITH);
    return Combinators.combine(ends, kinds, ends, editionSets())
        .as((from, kind, to, eds) -> Fixtures.rel(from, kind, to, eds.toArray(EditionId[]::new)));
  }

  @Provide
  Arbitrary<Raw> raw() {
    return Combinators.combine(Arbitraries.integers().between(1, 3),
            entities().list().ofMaxSize(12), relations().list().ofMaxSize(14))
        .as(Raw::new);
  }

  /** Registries valid by construction: a forest of units over editions, each programme with one owner. */
  @Provide
  Arbitrary<Raw> valid() {
    return Arbitraries.integers().between(1, 40).flatMap(n -> Arbitraries.integers().between(0, 1 << 20)
        .list().ofSize(n).map(seeds -> {
          List<Entity> entities = new ArrayList<>();
          List<Relation> relations = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            int s = seeds.get(i);
            if (i == 0 || s % 3 != 0) {
              entities.add(Fixtures.unit("u" + i));
              if (i > 0 && s % 5 != 0) {
                // parent is an earlier unit: no cycle, one parent
                int parent = s % i;
                if (entities.get(parent) instanceof Unit) {
                  relations.add(Fixtures.rel("u" + i, RelationKind.PART_OF, entities.get(parent).id().toString(),
                      EDITIONS.get(s % 3 == 1 ? 0 : 1)));
                }
              }
            } else {
              entities.add(Fixtures.programme("p" + i, EDITIONS.get(0), EDITIONS.get(1)));
              relations.add(Fixtures.rel("u0", RelationKind.RUNS, "p" + i, EDITIONS.get(s % 2)));
            }
          }
          return new Raw(3, entities, relations);
        }));
  }

  // ------------------------------------------------------------------ the oracle

  /** The rules a raw registry breaks, found by brute force. */
  static Set<Rule> oracle(Raw raw) {
    Set<Rule> broken = EnumSet.noneOf(Rule.class);
    Set<EditionId> known = new HashSet<>(EDITIONS.subList(0, raw.editionCount()));
    Map<EntityId, Entity> byId = new HashMap<>();
    for (Entity e : raw.entities()) {
      if (byId.containsKey(e.id())) {
        broken.add(Rule.DUPLICATE_ID);
      } else {
        byId.put(e.id(), e);
      }
      if (!known.containsAll(e.editions())) {
        broken.add(Rule.UNKNOWN_EDITION);
      }
    }
    List<Relation> clean = new ArrayList<>();
    List<Relation> rels = raw.relations();
    for (int i = 0; i < rels.size(); i++) {
      Relation r = rels.get(i);
      Entity from = byId.get(r.from());
      Entity to = byId.get(r.to());
      Set<Rule> own = EnumSet.noneOf(Rule.class);
      if (from == null || to == null) {
        own.add(Rule.DANGLING_REFERENCE);
      }
      if (r.from().equals(r.to())) {
        own.add(Rule.SELF_RELATION);
      }
      if (from != null && to != null && !r.kind().allows(from.kind(), to.kind())) {
        own.add(Rule.KIND_MISMATCH);
      }
      if (!known.containsAll(r.editions())) {
        own.add(Rule.UNKNOWN_EDITION);
      }
      if (own.isEmpty() && !r.editions().isEmpty()) {
        for (Entity end : List.of(from, to)) {
          if (!end.editions().isEmpty() && !end.editions().containsAll(r.editions())) {
            own.add(Rule.OUTSIDE_EDITION);
          }
        }
      }
      if (own.isEmpty()) {
        for (Relation earlier : clean) {
          boolean overlap = earlier.editions().isEmpty() || r.editions().isEmpty()
              || earlier.editions().stream().anyMatch(r.editions()::contains);
          if (earlier.kind() == r.kind() && earlier.from().equals(r.from()) && earlier.to().equals(r.to()) && overlap) {
            own.add(Rule.DUPLICATE_RELATION);
          }
        }
      }
      broken.addAll(own);
      if (own.isEmpty()) {
        clean.add(r);
      }
    }
    for (EditionId edition : known) {
      Map<EntityId, List<EntityId>> parents = new HashMap<>();
      Map<EntityId, Integer> owners = new HashMap<>();
      for (Relation r : clean) {
        boolean holds = r.holdsIn(edition) && byId.get(r.from()).holdsIn(edition) && byId.get(r.to()).holdsIn(edition);
        if (holds && r.kind() == RelationKind.PART_OF) {
          parents.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r.to());
        } else if (holds && r.kind() == RelationKind.RUNS) {
          owners.merge(r.to(), 1, Integer::sum);
        }
      }
      if (owners.values().stream().anyMatch(c -> c > 1)) {
        broken.add(Rule.MULTIPLE_OWNERS);
      }
      if (parents.values().stream().anyMatch(p -> p.size() > 1)) {
        broken.add(Rule.MULTIPLE_PARENTS);
      }
      // A cycle exists if some walk up the first parents takes more steps than there are nodes.
      for (EntityId start : parents.keySet()) {
        EntityId node = start;
        for (int step = 0; node != null && step <= parents.size(); step++) {
          List<EntityId> up = parents.get(node);
          node = up == null ? null : up.get(0);
        }
        if (node != null) {
          broken.add(Rule.PART_OF_CYCLE);
        }
      }
    }
    return broken;
  }

  private static Set<Rule> reported(Raw raw) {
    try {
      raw.builder().build();
      return EnumSet.noneOf(Rule.class);
    } catch (IntegrityException e) {
      assertTrue(!e.violations().isEmpty(), "an integrity exception lists its violations");
      Set<Rule> rules = EnumSet.noneOf(Rule.class);
      e.violations().forEach(v -> rules.add(v.rule()));
      return rules;
    }
  }

  // ------------------------------------------------------------------ the laws

  @Property(tries = 2000)
  void theBuilderReportsExactlyTheRulesTheOracleFinds(@ForAll("raw") Raw raw) {
    assertEquals(oracle(raw), reported(raw), raw::toString);
  }

  @Property(tries = 300)
  void registriesValidByConstructionAreAccepted(@ForAll("valid") Raw raw) {
    assertEquals(Set.of(), oracle(raw), "the generator makes valid registries");
    Registry r = raw.builder().build();
    assertEquals(raw.entities().size(), r.size());
  }

  @Property(tries = 300)
  void addingASecondOwnerIsRejectedWithThatRule(@ForAll("valid") Raw raw) {
    List<Relation> runs = raw.relations().stream().filter(r -> r.kind() == RelationKind.RUNS).toList();
    if (runs.isEmpty() || raw.entities().stream().filter(Unit.class::isInstance).count() < 2) {
      return;
    }
    Relation first = runs.get(0);
    EntityId other = raw.entities().stream().filter(Unit.class::isInstance).map(Entity::id)
        .filter(id -> !id.equals(first.from())).findFirst().orElseThrow();
    Raw broken = new Raw(raw.editionCount(), raw.entities(), append(raw.relations(),
        Relation.of(other, RelationKind.RUNS, first.to(), Fixtures.SOURCE).in(first.editions().toArray(EditionId[]::new))));
    assertEquals(Set.of(Rule.MULTIPLE_OWNERS), reported(broken));
  }

  @Property(tries = 300)
  void closingAPartOfLoopIsRejectedAsACycle(@ForAll("valid") Raw raw) {
    for (Relation r : raw.relations()) {
      if (r.kind() == RelationKind.PART_OF && r.to().toString().equals("u0")) {
        // u0 is a root; making it part of its own descendant closes a loop in that edition.
        Raw broken = new Raw(raw.editionCount(), raw.entities(), append(raw.relations(),
            Relation.of(EntityId.of("u0"), RelationKind.PART_OF, r.from(), Fixtures.SOURCE)
                .in(r.editions().toArray(EditionId[]::new))));
        assertEquals(Set.of(Rule.PART_OF_CYCLE), reported(broken));
        return;
      }
    }
  }

  private static List<Relation> append(List<Relation> list, Relation extra) {
    List<Relation> copy = new ArrayList<>(list);
    copy.add(extra);
    return copy;
  }

  @Property(tries = 200)
  void everyRegistryAcceptedStaysAcceptedWhenRebuilt(@ForAll("raw") Raw raw) {
    Registry r;
    try {
      r = raw.builder().build();
    } catch (IntegrityException e) {
      return;
    }
    Registry again = r.toBuilder().build();
    assertEquals(r.entities(), again.entities());
    assertEquals(r.relations(), again.relations());
    assertEquals(r.editions(), again.editions());
  }

  @Property(tries = 300)
  void queriesOnAcceptedRegistriesNeverFail(@ForAll("raw") Raw raw) {
    try {
      Registry r = raw.builder().build();
      r.entities().forEach(e -> OrgChart.of(r, r.latest().id()).programmesOf(e.id()));
    } catch (IntegrityException expected) {
      // rejected data is reported, not thrown as anything else
    } catch (RuntimeException e) {
      fail("unexpected " + e);
    }
  }
}
