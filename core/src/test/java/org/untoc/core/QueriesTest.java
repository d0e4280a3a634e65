package org.untoc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each relationship query on the reference data, both editions, with the exact answer. */
class QueriesTest {
  private static final Registry REF = Untoc.reference();
  private static final EditionView NOW = REF.latestView();
  private static final EditionView THEN = REF.view(Untoc.OCB_BROCHURE);

  private static EntityId id(String slug) {
    return EntityId.of(slug);
  }

  private static List<String> ids(List<? extends Entity> entities) {
    return entities.stream().map(e -> e.id().toString()).toList();
  }

  private static List<String> ends(List<Link> links) {
    return ids(links.stream().map(Link::entity).toList());
  }

  private static Optional<String> id(Optional<? extends Entity> entity) {
    return entity.map(e -> e.id().toString());
  }

  @Test
  void parentAndPathToRoot() {
    assertEquals(Optional.of("ocb"), id(NOW.parentOf(id("cmls"))));
    assertEquals(Optional.empty(), id(NOW.parentOf(id("unodc"))));
    assertEquals(List.of("cmls", "ocb", "dta", "unodc"), ids(NOW.pathToRootOf(id("cmls"))));
    assertEquals(List.of("iss", "ocb", "dta", "unodc"), ids(THEN.pathToRootOf(id("iss"))));
    assertEquals(List.of(), ids(NOW.pathToRootOf(id("iss"))));
    assertEquals(List.of("bmb", "unodc"), ids(NOW.pathToRootOf(id("bmb"))));
    assertEquals(List.of("cop-bureau", "cop"), ids(NOW.pathToRootOf(id("cop-bureau"))));
  }

  @Test
  void childrenAndDescendants() {
    assertEquals(List.of("ocb-front-office", "css", "htmss", "fts", "cmls"), ids(NOW.childrenOf(id("ocb"))));
    assertEquals(List.of("css", "iss", "htmss"), ids(THEN.childrenOf(id("ocb"))));
    assertEquals(List.of("dta", "ocb", "ocb-front-office", "css", "htmss", "fts", "cmls", "bmb"),
        ids(NOW.descendantsOf(id("unodc"))));
    assertEquals(List.of("dta", "ocb", "css", "iss", "htmss"), ids(THEN.descendantsOf(id("unodc"))));
    assertEquals(List.of(), ids(NOW.descendantsOf(id("cmls"))));
    assertEquals(List.of("cop-bureau"), ids(NOW.childrenOf(id("cop"))));
  }

  @Test
  void programmesOfAUnitAndTheUnitOfAProgramme() {
    assertEquals(List.of("gptoc", "ccp", "gpml", "gfp"), ids(THEN.programmesOf(id("iss"))));
    assertEquals(List.of("gp-cybercrime", "gpml"), ids(NOW.programmesOf(id("cmls"))));
    assertEquals(List.of(), ids(NOW.programmesOf(id("iss"))));
    assertEquals(Optional.of("iss"), id(THEN.unitOf(id("gpml"))));
    assertEquals(Optional.of("cmls"), id(NOW.unitOf(id("gpml"))));
    assertEquals(Optional.of("bmb"), id(NOW.unitOf(id("ccp"))));
    assertEquals(Optional.empty(), id(NOW.unitOf(id("gptoc"))));
  }

  @Test
  void programmesBelowAUnit() {
    assertEquals(List.of("gp-tip", "gp-som", "gfp", "gp-cybercrime", "gpml"), ids(NOW.allProgrammesOf(id("ocb"))));
    assertEquals(List.of("gp-tip", "gp-som", "gfp", "gp-cybercrime", "gpml", "ccp"),
        ids(NOW.allProgrammesOf(id("unodc"))));
    assertEquals(List.of("cop-support", "cybercrime-study", "gp-cybercrime", "gptoc", "ccp", "gpml", "gfp",
        "gp-tip", "gp-som", "glo-act"), ids(THEN.allProgrammesOf(id("dta"))));
  }

  @Test
  void whyAProgrammeBelongsToAUnit() {
    List<Link> links = NOW.linksTo(id("gpml"), RelationKind.RUNS);
    assertEquals(1, links.size());
    assertEquals("cmls", links.get(0).entity().id().toString());
    assertEquals(Basis.INFERRED, links.get(0).basis());
    assertEquals("seeds/000_561e529bf6eb8929.txt", links.get(0).provenance().source());
    assertEquals("Overview and organizational chart", REF.titleOf(links.get(0).provenance()));
    Link then = THEN.linksTo(id("gpml"), RelationKind.RUNS).get(0);
    assertEquals(Basis.STATED, then.basis());
    assertEquals(Optional.of("the Section currently has oversight and responsibility for four of UNODC\u2019s"
        + " global programmes:\n\n- The Global Programme for Strengthening the Capacities of Member States to Prevent"
        + " and Combat (transnational) Organized and Serious Crimes\n- The UNODC-WCO Container Control Programme"
        + " (CCP)\n- The Global Programme against Money-Laundering, Proceeds of Crime and the Financing of Terrorism"),
        then.provenance().quote());
    assertEquals(List.of("gp-cybercrime", "gpml"),
        NOW.linksFrom(id("cmls"), RelationKind.RUNS).stream().map(l -> l.entity().id().toString()).toList());
  }

  @Test
  void mandatesAndWhatTheyConcern() {
    assertEquals(List.of("mandate-cop-secretariat", "mandate-review-mechanism", "mandate-ahc-secretariat",
        "mandate-technical-assistance"), ids(NOW.mandatesOf(id("ocb"))));
    assertEquals(List.of(), ids(THEN.mandatesOf(id("ocb"))));
    assertEquals(List.of("ocb"), ids(NOW.holdersOf(id("mandate-review-mechanism"))));
    assertEquals(List.of("cop", "cop-bureau", "wg-trafficking-in-persons", "wg-smuggling-of-migrants",
        "wg-firearms", "wg-international-cooperation", "wg-technical-assistance"),
        ids(NOW.concernsOf(id("mandate-cop-secretariat"))));
    assertEquals(List.of("untoc", "trafficking-protocol", "smuggling-protocol", "firearms-protocol"),
        ids(NOW.concernsOf(id("mandate-technical-assistance"))));
    assertEquals(List.of("mandate-technical-assistance"), ids(NOW.mandatesOf(id("firearms-protocol"))));
  }

  @Test
  void subsidiaryBodies() {
    assertEquals(List.of("wg-trafficking-in-persons", "wg-smuggling-of-migrants", "wg-firearms",
        "wg-international-cooperation", "wg-technical-assistance"), ids(NOW.subsidiariesOf(id("cop"))));
    assertEquals(List.of("cop"), ids(NOW.principalsOf(id("wg-firearms"))));
    assertEquals(List.of(), ids(NOW.principalsOf(id("cop"))));
  }

  @Test
  void protocolsAndTheConventionTheySupplement() {
    assertEquals(List.of("trafficking-protocol", "smuggling-protocol", "firearms-protocol"),
        ids(NOW.protocolsOf(id("untoc"))));
    assertEquals(List.of("untoc"), ids(NOW.conventionsOf(id("smuggling-protocol"))));
    assertEquals(List.of(), ids(NOW.conventionsOf(id("untoc"))));
  }

  @Test
  void supportersOfAnInstrument() {
    // The Global Firearms Programme's title, which says it works through the Firearms Protocol, is the brochure's.
    assertEquals(List.of("ocb"), ids(NOW.supportersOf(id("firearms-protocol"))));
    assertEquals(List.of("gfp", "ocb", "css"), ids(THEN.supportersOf(id("firearms-protocol"))));
    assertEquals(List.of("ocb", "css", "htmss"), ids(THEN.supportersOf(id("trafficking-protocol"))));
    assertEquals(List.of("gfp", "ocb", "css", "iss", "htmss"), ids(THEN.supportersOf(id("untoc"))));
    assertEquals(List.of("ocb", "css"), ids(THEN.supportersOf(id("single-convention-1961"))));
    assertEquals(List.of("untoc", "trafficking-protocol", "smuggling-protocol", "firearms-protocol",
        "single-convention-1961", "drug-trafficking-convention-1988"),
        ids(THEN.instrumentsOf(id("ocb"))));
    assertEquals(List.of("untoc", "trafficking-protocol", "smuggling-protocol", "firearms-protocol"),
        ids(NOW.instrumentsOf(id("ocb"))));
  }

  @Test
  void servicesAUnitOffersAndTheUnitsOfferingOne() {
    assertEquals(List.of("htmss-knowledge-base", "htmss-strategy-policy", "htmss-prevention-awareness",
        "htmss-ratification-legislative", "htmss-capacity-development", "htmss-technical-services",
        "htmss-strategic-advice"), ids(THEN.servicesOf(id("htmss"))));
    assertEquals(List.of("iss-advice", "iss-technical-support", "iss-project-guidance"),
        ids(THEN.servicesOf(id("iss"))));
    assertEquals(List.of("cop-service-bureau", "cop-service-background-papers", "cop-service-documents",
        "cop-service-agenda-and-panels", "cop-service-archives", "review-service-conduct",
        "review-service-observations", "review-service-discussion", "legislative-assistance",
        "policy-strategy-assistance", "capacity-building", "mentoring", "international-cooperation-support",
        "exchange-facilitation", "research-knowledge-products"), ids(NOW.allServicesOf(id("ocb"))));
    assertEquals(List.of("ocb"), ids(NOW.allProvidersOf(id("cop-service-archives"))));
    assertEquals(List.of(), ids(NOW.servicesOf(id("ocb"))));
    assertEquals(List.of("ocb"), ids(NOW.allProvidersOf(id("mentoring"))));
    assertEquals(List.of("css"), ids(THEN.allProvidersOf(id("legislative-assistance"))));
    assertEquals(List.of("ocb"), ids(NOW.allProvidersOf(id("legislative-assistance"))));
    assertEquals(List.of(), ids(NOW.allProvidersOf(id("css-ratification"))));
  }

  @Test
  void programmesAndUnitsByTopic() {
    assertEquals(List.of("gp-cybercrime"), ids(NOW.programmesOf(id("cybercrime"))));
    assertEquals(List.of("gp-cybercrime", "cybercrime-study"), ids(THEN.programmesOf(id("cybercrime"))));
    // Trafficking in persons is a topic of the brochure, which names it; the overview does not.
    assertEquals(List.of(), ids(NOW.programmesOf(id("trafficking-in-persons"))));
    assertEquals(List.of("gp-tip", "glo-act"), ids(THEN.programmesOf(id("trafficking-in-persons"))));
    assertEquals(List.of("human-trafficking-and-migrant-smuggling", "firearms-trafficking", "money-laundering",
        "cybercrime"), ids(NOW.topicsOf(id("ocb"))));
    assertEquals(List.of("emerging-crime-topics", "cybercrime-and-digital-evidence", "online-child-abuse",
        "cultural-property"), ends(THEN.linksFrom(id("css"), RelationKind.FOCAL_POINT_FOR)));
    assertEquals(List.of("htmss"), ids(THEN.unitsOf(id("trafficking-in-persons"))));
    assertEquals(List.of("bmb"), ids(NOW.unitsOf(id("border-management"))));
    assertEquals(List.of("money-laundering", "proceeds-of-crime", "financing-of-terrorism"),
        ids(THEN.topicsOf(id("gpml"))));
    assertEquals(List.of("money-laundering", "financing-of-terrorism"), ids(NOW.topicsOf(id("gpml"))));
  }

  @Test
  void counterpartsAUnitEngages() {
    assertEquals(List.of("law-enforcement-and-legal-authorities", "police", "customs", "anti-narcotics-enforcement",
        "border-control-bodies", "national-security-agencies", "financial-intelligence-units", "asset-recovery-units",
        "prosecutors", "judges", "member-states"), ids(THEN.counterpartsOf(id("iss"))));
    assertEquals(List.of("member-states", "countries"), ids(THEN.counterpartsOf(id("css"))));
    assertEquals(List.of("member-states"), ids(THEN.counterpartsOf(id("ocb"))));
    assertEquals(List.of("states"), ids(NOW.counterpartsOf(id("ocb"))));
    assertEquals(List.of("member-states", "criminal-justice-practitioners", "relevant-stakeholders"),
        ids(THEN.counterpartsOf(id("htmss"))));
    assertEquals(Optional.of("if they are empowered with law enforcement functions"),
        THEN.relationsFrom(id("iss"), RelationKind.ENGAGES).get(5).qualifier());
    assertEquals(List.of("iss"), ids(THEN.partnersOf(id("judges"))));
    assertEquals(List.of(), ids(NOW.partnersOf(id("judges"))));
  }

  @Test
  void theLegalActThatEstablishedABodyOrProgramme() {
    assertEquals(List.of("untoc"), ids(NOW.foundingActsOf(id("cop"))));
    assertEquals(List.of("cop-res-9-1"), ids(NOW.foundingActsOf(id("review-mechanism"))));
    assertEquals(List.of("ga-res-65-230", "ccpcj-res-22-7", "ccpcj-res-22-8"),
        ids(NOW.foundingActsOf(id("gp-cybercrime"))));
    assertEquals(List.of("cybercrime-study", "gp-cybercrime"), ids(THEN.establishmentsOf(id("ga-res-65-230"))));
    assertEquals(List.of("gp-cybercrime"), ids(NOW.establishmentsOf(id("ga-res-65-230"))));
  }

  @Test
  void anyKindOfRelationInBothDirections() {
    assertEquals(List.of(), ends(NOW.linksTo(id("bmb"), RelationKind.COORDINATES_WITH)));
    assertEquals(List.of("ocb"), ends(NOW.linksFrom(id("bmb"), RelationKind.COORDINATES_WITH)));
    assertEquals(List.of("bmb"), ends(NOW.linksTo(id("ocb"), RelationKind.COORDINATES_WITH)));
    assertEquals(List.of("thematic-area-2"), ends(NOW.linksFrom(id("ocb"), RelationKind.CONTRIBUTES_TO)));
    assertEquals(1, NOW.relationsFrom(id("ocb"), RelationKind.CONTRIBUTES_TO).size());
    assertEquals(List.of(), ends(THEN.linksFrom(id("ocb"), RelationKind.CONTRIBUTES_TO)));
  }

  @Test
  void entitiesOfAnEdition() {
    assertEquals(List.of("unodc", "dta", "ocb", "ocb-front-office", "css", "htmss", "fts", "cmls", "bmb"),
        ids(NOW.entities(Unit.class)));
    assertEquals(List.of("unodc", "dta", "ocb", "css", "iss", "htmss"), ids(THEN.entities(Unit.class)));
    assertEquals(115, REF.size());
    assertEquals(79, THEN.entities().size());
    assertEquals(72, NOW.entities().size());
  }

  @Test
  void aQueryOfAnEntityOfAnotherKindOrEditionIsEmpty() {
    assertEquals(List.of(), ids(NOW.childrenOf(id("gpml"))));
    assertEquals(List.of(), ids(NOW.programmesOf(id("cop"))));
    assertEquals(List.of(), ids(NOW.childrenOf(id("iss"))));
    assertEquals(Optional.empty(), id(NOW.parentOf(id("iss"))));
  }

  @Test
  void everyRelationOfAnEntityInAnyEditionInBuilderOrder() {
    List<Relation> all = REF.relationsFrom(id("css"));
    assertEquals(REF.relations().stream().filter(r -> r.from().equals(id("css"))).toList(), all);
    assertEquals("css part of ocb [ocb-brochure]", all.get(0).toString());
    assertEquals(REF.relations().stream().filter(r -> r.to().equals(id("gpml"))).toList(), REF.relationsTo(id("gpml")));
    assertEquals(List.of(), REF.relationsFrom(id("nobody")));
  }

  @Test
  void queriesTakeTheEntityByName() {
    assertEquals(Optional.of("ocb"), id(NOW.parentOf("Cybercrime and Money Laundering Section")));
    assertEquals(Optional.of("cmls"), id(NOW.unitOf("GPML")));
    assertEquals(Optional.of("iss"), id(THEN.unitOf("GPML")));
  }

  @Test
  void aRelationDoesNotHoldInAnEditionWithoutBothItsEntities() {
    Registry r = Fixtures.twoEditions()
        .add(Fixtures.unit("child", Fixtures.E1), Fixtures.unit("parent"), Fixtures.unit("orphan"),
            Fixtures.unit("gone", Fixtures.E1))
        .relate(Fixtures.rel("child", RelationKind.PART_OF, "parent"),
            Fixtures.rel("orphan", RelationKind.PART_OF, "gone"))
        .build();
    assertEquals(List.of("child"), ids(r.view(Fixtures.E1).childrenOf(id("parent"))));
    assertEquals(List.of(), ids(r.view(Fixtures.E2).childrenOf(id("parent"))));
    assertEquals(Optional.of("gone"), id(r.view(Fixtures.E1).parentOf(id("orphan"))));
    assertEquals(Optional.empty(), id(r.view(Fixtures.E2).parentOf(id("orphan"))));
  }

  @Test
  void linksAreEqualWhenTheyJoinTheSameEntityByTheSameRelation() {
    Link cmlsRunsGpml = NOW.linksTo(id("gpml"), RelationKind.RUNS).get(0);
    Link same = Link.of(REF.get(id("cmls")), cmlsRunsGpml.relation());
    assertEquals(cmlsRunsGpml, same);
    assertEquals(cmlsRunsGpml.hashCode(), same.hashCode());
    assertNotEquals(cmlsRunsGpml, Link.of(REF.get(id("gpml")), cmlsRunsGpml.relation()));
    assertNotEquals(cmlsRunsGpml, NOW.linksFrom(id("cmls"), RelationKind.RUNS).get(0));
    assertNotEquals(cmlsRunsGpml, THEN.linksTo(id("gpml"), RelationKind.RUNS).get(0));
  }

  @Test
  void aLinkReadsAsTheEntityAndWhy() {
    Registry r = Fixtures.twoEditions().add(Fixtures.unit("a"), Fixtures.programme("p"))
        .relate(Fixtures.rel("a", RelationKind.RUNS, "p")).build();
    Link link = r.latestView().linksTo(id("p"), RelationKind.RUNS).get(0);
    assertEquals("Unit a, because a runs p: PUBLIC_RECORD (test fixture)", link.toString());
    assertEquals("entity 'a' is neither end of relation b runs p", assertThrows(IllegalArgumentException.class,
        () -> Link.of(r.get(id("a")), Fixtures.rel("b", RelationKind.RUNS, "p"))).getMessage());
  }
}
