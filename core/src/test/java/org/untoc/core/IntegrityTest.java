package org.untoc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.untoc.core.Fixtures.E1;
import static org.untoc.core.Fixtures.E2;
import static org.untoc.core.Fixtures.programme;
import static org.untoc.core.Fixtures.rel;
import static org.untoc.core.Fixtures.topic;
import static org.untoc.core.Fixtures.twoEditions;
import static org.untoc.core.Fixtures.unit;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IntegrityTest {

  private static List<String> violations(Registry.Builder builder) {
    IntegrityException e = assertThrows(IntegrityException.class, builder::build);
    return e.violations().stream().map(Violation::toString).toList();
  }

  @Test
  void acceptsAWellFormedRegistryAndKeepsItsOrder() {
    Registry r = twoEditions().add(unit("b"), unit("a"), programme("p"))
        .relate(rel("a", RelationKind.PART_OF, "b"), rel("a", RelationKind.RUNS, "p", E1))
        .build();
    assertEquals(List.of("b", "a", "p"), r.entities().stream().map(e -> e.id().toString()).toList());
    assertEquals("e2", r.latest().id().toString());
    assertEquals(1, r.view(E1).relationsFrom(EntityId.of("a"), RelationKind.RUNS).size());
    assertEquals(0, r.view(E2).relationsFrom(EntityId.of("a"), RelationKind.RUNS).size());
  }

  @Test
  void rejectsTheSameEntityAddedTwice() {
    Unit u = unit("a");
    assertEquals(List.of("duplicate-id: unit a, id: id 'a' is already used by unit 'Unit a'"),
        violations(twoEditions().add(u, u)));
  }

  @Test
  void resolvesAFormerIdToTheEntityThatHadIt() {
    Unit renamed = Unit.builder().from(unit("cmls")).addFormerId(EntityId.of("mls")).build();
    Registry r = twoEditions().add(renamed, programme("p"))
        .relate(rel("cmls", RelationKind.RUNS, "p")).build();
    assertEquals(renamed, r.get(EntityId.of("mls")));
    assertEquals(renamed, r.view(E1).get("mls"));
    assertEquals(renamed, r.get("MLS"));
    assertEquals(List.of("p"), r.view(E2).programmesOf("mls").stream().map(e -> e.id().toString()).toList());
  }

  @Test
  void rejectsAFormerIdThatIsAnIdOrAnotherEntitysFormerId() {
    Unit a = Unit.builder().from(unit("a")).addFormerId(EntityId.of("b")).build();
    Unit c = Unit.builder().from(unit("c")).addFormerIds(EntityId.of("old"), EntityId.of("c")).build();
    Unit d = Unit.builder().from(unit("d")).addFormerId(EntityId.of("old")).build();
    assertEquals(List.of(
            "duplicate-id: unit a, formerIds/0: former id 'b' is the id of unit 'Unit b'; ids are never reused",
            "duplicate-id: unit c, formerIds/1: former id 'c' is the entity's own id",
            "duplicate-id: unit d, formerIds/0: former id 'old' is a former id of unit 'Unit c'; ids are never reused"),
        violations(twoEditions().add(a, unit("b"), c, d)));
  }

  @Test
  void rejectsDuplicateEditionIds() {
    assertEquals(List.of("duplicate-edition: edition e1, id: edition id 'e1' is already used by an earlier edition"),
        violations(twoEditions().addEdition(Fixtures.edition(E1))));
  }

  @Test
  void rejectsDuplicateEntityIds() {
    assertEquals(List.of("duplicate-id: unit a, id: id 'a' is already used by unit 'Unit a'"),
        violations(twoEditions().add(unit("a"), unit("a"))));
  }

  @Test
  void rejectsUnknownEditionsOnEntitiesNamesAndRelations() {
    Unit named = Unit.builder().from(unit("n"))
        .names(List.of(Name.official("N", Fixtures.SOURCE).in(EditionId.of("e9")))).build();
    assertEquals(List.of(
            "unknown-edition: unit a, editions: no edition 'e3': expected one of [e1, e2]",
            "unknown-edition: unit n, names/0/editions: no edition 'e9': expected one of [e1, e2]",
            "unknown-edition: relation 0 (n part of b), editions: no edition 'e4': expected one of [e1, e2]"),
        violations(twoEditions().add(unit("a", EditionId.of("e3")), named, unit("b"))
            .relate(rel("n", RelationKind.PART_OF, "b", EditionId.of("e4")))));
  }

  @Test
  void rejectsDanglingReferences() {
    assertEquals(List.of(
            "dangling-reference: relation 0 (a part of ghost), to: no entity with id 'ghost'",
            "dangling-reference: relation 1 (nobody runs p), from: no entity with id 'nobody'"),
        violations(twoEditions().add(unit("a"), programme("p"))
            .relate(rel("a", RelationKind.PART_OF, "ghost"), rel("nobody", RelationKind.RUNS, "p"))));
  }

  @Test
  void rejectsRelationsBetweenTheWrongKinds() {
    assertEquals(List.of("kind-mismatch: relation 0 (p runs a), kind: 'runs' joins unit -> programme, "
            + "not programme -> unit"),
        violations(twoEditions().add(unit("a"), programme("p")).relate(rel("p", RelationKind.RUNS, "a"))));
  }

  @Test
  void rejectsPartOfBetweenAUnitAndABody() {
    Body body = Body.builder().id(EntityId.of("cop")).bodyType(BodyType.CONFERENCE)
        .addName(Name.official("Conference", Fixtures.SOURCE)).addProvenance(Fixtures.SOURCE).build();
    assertEquals(List.of("kind-mismatch: relation 0 (a part of cop), kind: 'part-of' joins unit|body -> "
            + "unit|body (both of one kind), not unit -> body"),
        violations(twoEditions().add(unit("a"), body).relate(rel("a", RelationKind.PART_OF, "cop"))));
  }

  @Test
  void rejectsSelfRelations() {
    assertEquals(List.of("self-relation: relation 0 (a coordinates with a), to: a relation must join two "
            + "different entities"),
        violations(twoEditions().add(unit("a")).relate(rel("a", RelationKind.COORDINATES_WITH, "a"))));
  }

  @Test
  void rejectsTheSameRelationTwiceInOneEdition() {
    assertEquals(List.of("duplicate-relation: relation 1 (a part of b), editions: relation 0 already states it "
            + "for every edition"),
        violations(twoEditions().add(unit("a"), unit("b"))
            .relate(rel("a", RelationKind.PART_OF, "b"), rel("a", RelationKind.PART_OF, "b", E2))));
  }

  @Test
  void reportsEachRepeatAgainstTheFirstEarlierRelationItOverlapsInRelationOrder() {
    assertEquals(List.of(
            "duplicate-relation: relation 1 (a part of b), editions: relation 0 already states it for [e1]",
            "kind-mismatch: relation 2 (t part of a), kind: 'part-of' joins unit|body -> unit|body (both of one "
                + "kind), not topic -> unit",
            "duplicate-relation: relation 4 (a part of b), editions: relation 1 already states it for every "
                + "edition"),
        violations(twoEditions().add(unit("a"), unit("b"), topic("t"))
            .relate(rel("a", RelationKind.PART_OF, "b", E1), rel("a", RelationKind.PART_OF, "b"),
                rel("t", RelationKind.PART_OF, "a"), rel("a", RelationKind.COORDINATES_WITH, "b"),
                rel("a", RelationKind.PART_OF, "b", E2))));
  }

  @Test
  void acceptsTheSameRelationInDisjointEditions() {
    Registry r = twoEditions().add(unit("a"), unit("b"))
        .relate(rel("a", RelationKind.PART_OF, "b", E1), rel("a", RelationKind.PART_OF, "b", E2)).build();
    assertEquals(2, r.relations().size());
  }

  @Test
  void rejectsRelationsInEditionsWhereAnEntityDoesNotExist() {
    assertEquals(List.of("outside-edition: relation 0 (a runs p), editions: the relation holds in [e2] but "
            + "programme 'p' exists only in [e1]"),
        violations(twoEditions().add(unit("a"), programme("p", E1)).relate(rel("a", RelationKind.RUNS, "p", E2))));
  }

  @Test
  void rejectsContactsOutsideTheUnitsEditions() {
    Unit u = Unit.builder().from(unit("a", E1)).addContact(Contact.builder().email("a@example.org")
        .addEdition(E2).provenance(Fixtures.SOURCE).build()).build();
    assertEquals(List.of("outside-edition: unit a, contacts/0/editions: contact holds in [e2] but the unit "
            + "exists only in [e1]"),
        violations(twoEditions().add(u)));
  }

  @Test
  void rejectsAPartOfCycleAndNamesIt() {
    assertEquals(List.of("part-of-cycle: relation 2 (c part of a), to: in edition e2, part-of relations form a "
            + "cycle: a -> b -> c -> a"),
        violations(twoEditions().add(unit("a"), unit("b"), unit("c"))
            .relate(rel("a", RelationKind.PART_OF, "b", E2), rel("b", RelationKind.PART_OF, "c"),
                rel("c", RelationKind.PART_OF, "a"))));
  }

  @Test
  void acceptsAHierarchyThatWouldCycleOnlyAcrossEditions() {
    Registry r = twoEditions().add(unit("a"), unit("b"))
        .relate(rel("a", RelationKind.PART_OF, "b", E1), rel("b", RelationKind.PART_OF, "a", E2)).build();
    assertEquals(2, r.relations().size());
  }

  @Test
  void rejectsTwoParentsInOneEdition() {
    assertEquals(List.of("multiple-parents: relation 1 (a part of c), to: in edition e1, 'a' is already part of "
            + "'b' (relation 0)"),
        violations(twoEditions().add(unit("a"), unit("b"), unit("c"))
            .relate(rel("a", RelationKind.PART_OF, "b"), rel("a", RelationKind.PART_OF, "c", E1))));
  }

  @Test
  void rejectsTwoOwnersOfOneProgrammeInOneEdition() {
    assertEquals(List.of("multiple-owners: relation 1 (b runs p), from: in edition e2, programme 'p' is already "
            + "run by 'a' (relation 0)"),
        violations(twoEditions().add(unit("a"), unit("b"), programme("p"))
            .relate(rel("a", RelationKind.RUNS, "p"), rel("b", RelationKind.RUNS, "p", E2))));
  }

  @Test
  void reportsEveryViolationAtOnceWithPositions() {
    IntegrityException e = assertThrows(IntegrityException.class, () -> twoEditions()
        .add(unit("a"), unit("a"), topic("t"))
        .relate(rel("a", RelationKind.PART_OF, "missing"), rel("t", RelationKind.PART_OF, "a"))
        .build());
    assertEquals(List.of(Rule.DUPLICATE_ID, Rule.DANGLING_REFERENCE, Rule.KIND_MISMATCH),
        e.violations().stream().map(Violation::rule).toList());
    assertEquals(List.of(Violation.Target.ENTITY, Violation.Target.RELATION, Violation.Target.RELATION),
        e.violations().stream().map(Violation::target).toList());
    assertEquals(List.of(1, 0, 1), e.violations().stream().map(Violation::index).toList());
    assertEquals("the registry breaks 3 integrity rules:\n"
        + "  duplicate-id: unit a, id: id 'a' is already used by unit 'Unit a'\n"
        + "  dangling-reference: relation 0 (a part of missing), to: no entity with id 'missing'\n"
        + "  kind-mismatch: relation 1 (t part of a), kind: 'part-of' joins unit|body -> unit|body "
        + "(both of one kind), not topic -> unit", e.getMessage());
  }

  @Test
  void aRegistryExtendedFromTheReferenceIsCheckedToo() {
    Registry.Builder b = Untoc.reference().toBuilder()
        .add(unit("my-unit", Untoc.OCB_OVERVIEW))
        .relate(rel("my-unit", RelationKind.PART_OF, "cmls", Untoc.OCB_OVERVIEW),
            rel("my-unit", RelationKind.RUNS, "gpml", Untoc.OCB_OVERVIEW));
    assertEquals(List.of("multiple-owners: relation " + (Untoc.reference().relations().size() + 1)
            + " (my-unit runs gpml), from: in edition ocb-overview, programme 'gpml' is already run by 'cmls' "
            + "(relation " + Untoc.reference().relations().indexOf(
                Untoc.reference().view(Untoc.OCB_OVERVIEW).relationsTo(EntityId.of("gpml"), RelationKind.RUNS).get(0))
            + ")"),
        violations(b));
  }

  @Test
  void rejectsContactsInUnknownEditions() {
    Unit u = Unit.builder().from(unit("a")).addContact(Contact.builder().email("a@example.org")
        .addEdition(EditionId.of("e9")).provenance(Fixtures.SOURCE).build()).build();
    assertEquals(List.of("unknown-edition: unit a, contacts/0/editions: no edition 'e9': expected one of [e1, e2]"),
        violations(twoEditions().add(u)));
  }

  @Test
  void theMessageShowsTwentyViolationsAndCountsTheRest() {
    String line = "\n  duplicate-id: unit a, id: id 'a' is already used by unit 'Unit a'";
    IntegrityException twenty = assertThrows(IntegrityException.class,
        () -> twoEditions().addAll(Stream.generate(() -> unit("a")).limit(21).toList()).build());
    assertEquals("the registry breaks 20 integrity rules:" + line.repeat(20), twenty.getMessage());
    IntegrityException more = assertThrows(IntegrityException.class,
        () -> twoEditions().addAll(Stream.generate(() -> unit("a")).limit(22).toList()).build());
    assertEquals(21, more.violations().size());
    assertEquals("the registry breaks 21 integrity rules:" + line.repeat(20) + "\n  ... and 1 more", more.getMessage());
  }

  @Test
  void aBuilderReplacesTheEntityWithTheSameIdInItsPlace() {
    Unit renamed = Unit.builder().from(unit("b")).names(List.of(Name.official("Beta", Fixtures.SOURCE))).build();
    Registry r = twoEditions().add(unit("a"), unit("b"), unit("c")).replace(renamed).build();
    assertEquals(List.of("Unit a", "Beta", "Unit c"), r.entities().stream().map(Entity::name).toList());
    assertEquals("no entity with id 'd' to replace", assertThrows(IllegalArgumentException.class,
        () -> twoEditions().add(unit("a")).replace(unit("d"))).getMessage());
  }
}
