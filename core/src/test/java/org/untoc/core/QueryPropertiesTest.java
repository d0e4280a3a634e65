package org.untoc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.untoc.core.chart.OrgChart;
import org.junit.jupiter.api.Test;
import org.untoc.core.change.Change;
import org.untoc.core.change.EditionDiff;

/** Laws every registry obeys, checked over generated registries with several editions. */
class QueryPropertiesTest {
  private static List<Entity> ends(List<Link> links) {
    return links.stream().map(Link::entity).toList();
  }


  @Provide
  Arbitrary<Registry> registries() {
    return Combinators.combine(Arbitraries.integers().between(10, 300), Arbitraries.integers().between(1, 4),
        Arbitraries.longs()).as(Synthetic::registry);
  }

  /** Registries with more editions than fit in a bit mask, which the index handles another way. */
  @Provide
  Arbitrary<Registry> manyEditions() {
    return Combinators.combine(Arbitraries.integers().between(10, 80), Arbitraries.integers().between(65, 70),
        Arbitraries.longs()).as(Synthetic::registry);
  }

  @Property(tries = 4)
  void everyLawHoldsBeyondSixtyFourEditions(@ForAll("manyEditions") Registry r) {
    everyForwardQueryAgreesWithItsReverseCheck(r);
    descendantsAreTheTransitiveClosureOfChildrenInPreOrderCheck(r);
    pathToRootClimbsParentsToARootWithoutRepeatsCheck(r);
    lookupsByEveryNameOfAnEntityReturnThatEntityCheck(r);
    EditionId first = r.editions().get(0).id();
    EditionId last = r.latest().id();
    Snapshot before = Snapshot.of(r.view(first));
    assertEquals(Snapshot.of(r.view(last)), before.apply(r.diff(first, last), r));
  }

  private static List<EditionView> views(Registry r) {
    return r.editions().stream().map(e -> r.view(e.id())).toList();
  }

  @Property(tries = 60)
  void everyForwardQueryAgreesWithItsReverse(@ForAll("registries") Registry r) {
    everyForwardQueryAgreesWithItsReverseCheck(r);
  }

  static void everyForwardQueryAgreesWithItsReverseCheck(Registry r) {
    for (EditionView v : views(r)) {
      for (Entity e : v.entities()) {
        for (RelationKind k : RelationKind.values()) {
          for (Entity to : ends(v.linksFrom(e.id(), k))) {
            assertTrue(ends(v.linksTo(to.id(), k)).contains(e), () -> e.id() + " " + k + " " + to.id());
          }
          for (Entity from : ends(v.linksTo(e.id(), k))) {
            assertTrue(ends(v.linksFrom(from.id(), k)).contains(e), () -> from.id() + " " + k + " " + e.id());
          }
        }
      }
      for (Programme p : v.entities(Programme.class)) {
        Optional<Unit> unit = v.unitOf(p.id());
        unit.ifPresent(u -> assertTrue(v.programmesOf(u.id()).contains(p)));
      }
      for (Unit u : v.entities(Unit.class)) {
        for (Programme p : v.programmesOf(u.id())) {
          assertEquals(Optional.of(u), v.unitOf(p.id()));
        }
        for (Service s : v.allServicesOf(u.id())) {
          assertTrue(v.allProvidersOf(s.id()).contains(u));
        }
        for (Entity child : v.childrenOf(u.id())) {
          assertEquals(Optional.of(u), v.parentOf(child.id()));
        }
      }
    }
  }

  @Property(tries = 60)
  void descendantsAreTheTransitiveClosureOfChildrenInPreOrder(@ForAll("registries") Registry r) {
    descendantsAreTheTransitiveClosureOfChildrenInPreOrderCheck(r);
  }

  static void descendantsAreTheTransitiveClosureOfChildrenInPreOrderCheck(Registry r) {
    for (EditionView v : views(r)) {
      for (Unit u : v.entities(Unit.class)) {
        List<Entity> expected = new ArrayList<>();
        preOrder(v, u, expected);
        assertEquals(expected, v.descendantsOf(u.id()));
        List<Programme> programmes = new ArrayList<>(v.programmesOf(u.id()));
        expected.forEach(d -> programmes.addAll(v.programmesOf(d.id())));
        assertEquals(programmes, v.allProgrammesOf(u.id()));
      }
    }
  }

  private static void preOrder(EditionView v, Entity e, List<Entity> into) {
    for (Entity child : v.childrenOf(e.id())) {
      assertTrue(!into.contains(child), "no entity twice");
      into.add(child);
      preOrder(v, child, into);
    }
  }

  @Property(tries = 60)
  void pathToRootClimbsParentsToARootWithoutRepeats(@ForAll("registries") Registry r) {
    pathToRootClimbsParentsToARootWithoutRepeatsCheck(r);
  }

  static void pathToRootClimbsParentsToARootWithoutRepeatsCheck(Registry r) {
    for (EditionView v : views(r)) {
      for (Unit u : v.entities(Unit.class)) {
        List<Entity> path = v.pathToRootOf(u.id());
        assertEquals(u, path.get(0));
        assertEquals(path.size(), new HashSet<>(path).size(), "no repeats");
        for (int i = 1; i < path.size(); i++) {
          assertEquals(Optional.of(path.get(i)), v.parentOf(path.get(i - 1).id()));
        }
        assertEquals(Optional.empty(), v.parentOf(path.get(path.size() - 1).id()), "ends at a root");
        assertTrue(OrgChart.of(v).roots().contains(path.get(path.size() - 1)));
      }
    }
  }

  @Property(tries = 60)
  void lookupsByEveryNameOfAnEntityReturnThatEntity(@ForAll("registries") Registry r) {
    lookupsByEveryNameOfAnEntityReturnThatEntityCheck(r);
  }

  static void lookupsByEveryNameOfAnEntityReturnThatEntityCheck(Registry r) {
    for (EditionView v : views(r)) {
      for (Entity e : v.entities()) {
        assertEquals(e, v.get(e.id().toString().toUpperCase(java.util.Locale.ROOT)));
        for (Name n : e.names()) {
          assertEquals(e, v.get(n.text()), n::text);
          assertEquals(e, v.get(e.getClass().getSuperclass().asSubclass(Entity.class), " " + n.text() + " "));
        }
      }
    }
  }

  @Property(tries = 60)
  void aDiffAppliedToTheEarlierEditionGivesTheLater(@ForAll("registries") Registry r) {
    aDiffAppliedToTheEarlierEditionGivesTheLaterCheck(r);
  }

  static void aDiffAppliedToTheEarlierEditionGivesTheLaterCheck(Registry r) {
    for (Edition a : r.editions()) {
      for (Edition b : r.editions()) {
        Snapshot before = Snapshot.of(r.view(a.id()));
        Snapshot after = Snapshot.of(r.view(b.id()));
        EditionDiff diff = r.diff(a.id(), b.id());
        assertEquals(after, before.apply(diff, r), () -> diff.toText());
        if (a.id().equals(b.id())) {
          assertTrue(diff.isEmpty());
        }
      }
    }
  }

  /** What an edition shows: its entities, their names and acronyms, its relations. */
  record Snapshot(Set<EntityId> entities, Map<EntityId, String> names, Map<EntityId, Optional<String>> acronyms,
      Set<List<Object>> relations) {

    static Snapshot of(EditionView v) {
      Set<EntityId> entities = new LinkedHashSet<>();
      Map<EntityId, String> names = new HashMap<>();
      Map<EntityId, Optional<String>> acronyms = new HashMap<>();
      Set<List<Object>> relations = new HashSet<>();
      for (Entity e : v.entities()) {
        entities.add(e.id());
        names.put(e.id(), e.nameIn(v.editionId()));
        acronyms.put(e.id(), e.acronymIn(v.editionId()));
        for (RelationKind k : RelationKind.values()) {
          for (Relation rel : v.relationsFrom(e.id(), k)) {
            relations.add(List.of(rel.kind(), rel.from(), rel.to()));
          }
        }
      }
      return new Snapshot(entities, names, acronyms, relations);
    }

    Snapshot apply(EditionDiff diff, Registry r) {
      Set<EntityId> es = new HashSet<>(entities);
      Map<EntityId, String> ns = new HashMap<>(names);
      Map<EntityId, Optional<String>> as = new HashMap<>(acronyms);
      Set<List<Object>> rs = new HashSet<>(relations);
      for (Change c : diff.changes()) {
        switch (c.type()) {
          case CREATED -> {
            Entity e = r.get(c.subject());
            es.add(e.id());
            ns.put(e.id(), e.nameIn(diff.to()));
            as.put(e.id(), e.acronymIn(diff.to()));
          }
          case DISSOLVED -> {
            es.remove(c.subject());
            ns.remove(c.subject());
            as.remove(c.subject());
            rs.removeIf(t -> t.get(1).equals(c.subject()) || t.get(2).equals(c.subject()));
          }
          case RENAMED -> {
            if (c.nameType().orElseThrow() == NameType.OFFICIAL) {
              ns.put(c.subject(), c.newName().orElseThrow());
            } else {
              as.put(c.subject(), c.newName());
            }
          }
          case MOVED -> {
            rs.remove(triple(c.oldRelation().orElseThrow()));
            rs.add(triple(c.newRelation().orElseThrow()));
          }
          case LINKED -> rs.add(triple(c.newRelation().orElseThrow()));
          case UNLINKED -> rs.remove(triple(c.oldRelation().orElseThrow()));
          case MERGED, SPLIT -> { }
        }
      }
      return new Snapshot(es, ns, as, rs);
    }

    private static List<Object> triple(Relation rel) {
      return List.of(rel.kind(), rel.from(), rel.to());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Snapshot s && new HashSet<>(entities).equals(new HashSet<>(s.entities))
          && names.equals(s.names) && acronyms.equals(s.acronyms) && relations.equals(s.relations);
    }

    @Override
    public int hashCode() {
      return names.hashCode();
    }
  }
}
