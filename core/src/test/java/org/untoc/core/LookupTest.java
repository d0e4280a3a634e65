package org.untoc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.untoc.core.Fixtures.E1;
import static org.untoc.core.Fixtures.E2;
import static org.untoc.core.Fixtures.SOURCE;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LookupTest {
  private static final Registry REF = Untoc.reference();
  private static final EditionView LATEST = REF.latestView();
  private static final EditionView BROCHURE = REF.view(Untoc.OCB_BROCHURE);

  private static String id(Entity e) {
    return e.id().toString();
  }

  @Test
  void findsByIdAcronymOfficialNameAndAliasIgnoringCaseAndWhiteSpace() {
    assertEquals("cmls", id(LATEST.get("cmls")));
    assertEquals("cmls", id(LATEST.get("CMLS")));
    assertEquals("cmls", id(LATEST.get("  cybercrime   and money LAUNDERING section ")));
    assertEquals("untoc", id(LATEST.get("Palermo Convention")));
    assertEquals("untoc", id(LATEST.get("palermo\tconvention")));
    assertEquals("gfp", id(LATEST.get("GFP")));
  }

  @Test
  void resolvesBothAcronymsOfTheTraffickingSectionInBothEditions() {
    assertEquals("htmss", id(LATEST.get("HTMSS")));
    assertEquals("htmss", id(LATEST.get("HMTSS")));
    assertEquals("htmss", id(BROCHURE.get("HMTSS")));
    assertEquals("htmss", id(BROCHURE.get("HTMSS")));
  }

  @Test
  void resolvesLandAirAndSeaAndTheOfficialOrder() {
    assertEquals("smuggling-protocol",
        id(LATEST.get("Protocol against the Smuggling of Migrants by Land, Air and Sea")));
    assertEquals("smuggling-protocol",
        id(LATEST.get("Protocol against the Smuggling of Migrants by Land, Sea and Air")));
  }

  @Test
  void resolvesProgrammeNamesWithAndWithoutTransnational() {
    String with = "Global Programme for Strengthening the Capacities of Member States to Prevent and Combat"
        + " (transnational) Organized and Serious Crimes";
    String without = "Global Programme for Strengthening the Capacities of Member States to Prevent and Combat"
        + " Organized and Serious Crimes";
    assertEquals("gptoc", id(BROCHURE.get(Programme.class, with)));
    assertEquals("gptoc", id(BROCHURE.get(Programme.class, without)));
  }

  @Test
  void resolvesTheGlobalFirearmsProgrammeWithItsLongTitleAndPlainDash() {
    String title = "Global Firearms Programme - Countering transnational illicit arms trafficking through the"
        + " implementation of the United Nations Convention against Transnational Organized Crime and its"
        + " Firearms Protocol";
    assertEquals(Optional.empty(), LATEST.find(title));
    assertEquals("gfp", id(LATEST.get(title.replace(" - ", "\u2014"))));
    assertEquals("gfp", id(LATEST.get(title.replace(" - ", "-"))));
  }

  @Test
  void resolvesFormerAndLaterNamesOfTheBranch() {
    assertEquals("ocb", id(LATEST.get("Organized Crime Branch")));
    assertEquals("ocb", id(BROCHURE.get("Organized Crime and Illicit Trafficking Branch")));
    assertEquals("ocb", id(LATEST.get("Organized Crime and Trafficking Branch")));
    assertEquals("Organized Crime Branch", BROCHURE.get("OCB").nameIn(Untoc.OCB_BROCHURE));
  }

  @Test
  void findsOnlyEntitiesOfTheEdition() {
    assertEquals(Optional.empty(), LATEST.find("ISS"));
    assertEquals("iss", id(BROCHURE.get("ISS")));
    assertEquals(Optional.empty(), BROCHURE.find("CMLS"));
    assertEquals(Optional.empty(), LATEST.find(EntityId.of("iss")));
    assertEquals("iss", id(REF.get(EntityId.of("iss"))));
  }

  @Test
  void theRegistryFindsAnEntityOfAnyEditionNewestFirst() {
    assertEquals("iss", id(REF.get("ISS")));
    assertEquals("iss", id(REF.get("iss")));
    assertEquals("gptoc", id(REF.get(Programme.class, "GPTOC")));
    assertEquals("cybercrime-study", id(REF.get("Comprehensive Study on Cybercrime")));
    assertEquals(Optional.of("iss"), REF.find("Implementation Support Section").map(LookupTest::id));
    assertEquals("cmls", id(REF.get("CMLS")));
    assertEquals(Optional.empty(), REF.find(Programme.class, "ISS"));
  }

  @Test
  void theRegistryLooksInTheNewestEditionFirst() {
    Registry r = Fixtures.twoEditions()
        .add(Unit.builder().id(EntityId.of("a")).unitType(UnitType.SECTION).addEdition(E1)
            .addName(Name.official("Alpha", SOURCE)).addName(Name.acronym("XS", SOURCE))
            .addProvenance(SOURCE).build())
        .add(Unit.builder().id(EntityId.of("b")).unitType(UnitType.SECTION).addEdition(E2)
            .addName(Name.official("Beta", SOURCE)).addName(Name.acronym("XS", SOURCE))
            .addProvenance(SOURCE).build())
        .build();
    assertEquals("b", id(r.get("XS")));
    assertEquals("a", id(r.get("XS", "e1")));
    assertEquals("a", id(r.get("Alpha")));
  }

  @Test
  void aNameOfAnotherEditionOnlySaysWhereItIsAndComesBeforeNearSpellings() {
    LookupException e = assertThrows(LookupException.class, () -> LATEST.get("ISS"));
    assertEquals("no entity 'ISS' in edition ocb-overview; it names unit ISS (Implementation Support Section)"
        + " in edition ocb-brochure", e.getMessage());
    assertEquals(LookupException.Reason.NOT_IN_EDITION, e.reason());
    assertEquals(List.of("iss", "css"), e.candidates().stream().map(LookupTest::id).toList());
    assertEquals(Optional.of(Untoc.OCB_OVERVIEW), e.edition());
    LookupException g = assertThrows(LookupException.class, () -> REF.get("GPTOC", "latest"));
    assertEquals("no entity 'GPTOC' in edition ocb-overview; it names programme GPTOC (Global Programme for"
        + " Strengthening the Capacities of Member States to Prevent and Combat Organized and Serious Crimes) in"
        + " edition ocb-brochure", g.getMessage());
    assertEquals(List.of("gptoc", "untoc"), g.candidates().stream().map(LookupTest::id).toList());
    LookupException c = assertThrows(LookupException.class, () -> BROCHURE.get(Unit.class, "CMLS"));
    assertEquals("no unit 'CMLS' in edition ocb-brochure; it names unit CMLS (Cybercrime and Money Laundering"
        + " Section) in edition ocb-overview", c.getMessage());
    LookupException s = assertThrows(LookupException.class, () -> LATEST.get(EntityId.of("cybercrime-study")));
    assertEquals("no entity 'cybercrime-study' in edition ocb-overview; it names programme Comprehensive Study"
        + " on Cybercrime in edition ocb-brochure", s.getMessage());
  }

  @Test
  void aLookupInAnEditionGivenByIdFindsWhatThatEditionsViewFinds() {
    assertEquals(Optional.of("cmls"), LATEST.find("CMLS").map(LookupTest::id));
    assertEquals(Optional.of("iss"), REF.find("ISS", "ocb-brochure").map(LookupTest::id));
    assertEquals(Optional.empty(), REF.find("ISS", "latest"));
    assertEquals("htmss", id(REF.get("HMTSS", "latest")));
  }

  @Test
  void aNameMatchesTheTextsALookupReadsAsIt() {
    Name name = Name.official("Organized Crime Branch", SOURCE);
    assertTrue(name.matches("  organized \t crime   BRANCH "));
    assertTrue(Name.official("Money-Laundering", SOURCE).matches("money\u2013laundering"));
    assertEquals(false, name.matches("Organized Crime"));
  }

  @Test
  void aSuggestionOfEveryEditionIsLabelledAsOfTheNewestEditionOfItsEntity() {
    Registry r = Fixtures.twoEditions()
        .add(Unit.builder().id(EntityId.of("a")).unitType(UnitType.SECTION)
            .addName(Name.official("Alpha", SOURCE)).addName(Name.acronym("AXE", SOURCE).in(E1))
            .addName(Name.acronym("AXO", SOURCE).in(E2)).addProvenance(SOURCE).build())
        .build();
    LookupException e = assertThrows(LookupException.class, () -> r.get("AXU"));
    assertEquals("no entity 'AXU' in any edition; did you mean AXO (Alpha)?", e.getMessage());
    assertEquals("AXU", e.query());
  }

  @Test
  void aNameOfNoEditionSuggestsCloseMatchesOfEveryEdition() {
    LookupException e = assertThrows(LookupException.class, () -> REF.get("ISSX"));
    assertEquals("no entity 'ISSX' in any edition; did you mean ISS (Implementation Support Section)?",
        e.getMessage());
    assertEquals(LookupException.Reason.NOT_FOUND, e.reason());
    assertEquals(Optional.empty(), e.edition());
    assertEquals(List.of("iss"), e.candidates().stream().map(LookupTest::id).toList());
    LookupException u = assertThrows(LookupException.class, () -> REF.get(Unit.class, "GPTOC"));
    assertEquals("no unit 'GPTOC' in any edition", u.getMessage());
    assertEquals(Optional.of(EntityKind.UNIT), u.kind());
  }

  @Test
  void findByKindSkipsOtherKinds() {
    assertEquals(Optional.empty(), LATEST.find(Programme.class, "CMLS"));
    assertEquals("cmls", LATEST.get(Unit.class, "CMLS").id().toString());
    Unit unit = REF.get(Unit.class, "css");
    assertEquals("Conference Support Section", unit.name());
  }

  @Test
  void unknownUnitSuggestsTheClosestMatch() {
    LookupException e = assertThrows(LookupException.class, () -> LATEST.get(Unit.class, "CMSL"));
    assertEquals("no unit 'CMSL' in edition ocb-overview; did you mean CMLS (Cybercrime and Money"
        + " Laundering Section)?", e.getMessage());
    assertEquals(LookupException.Reason.NOT_FOUND, e.reason());
    assertEquals(Optional.of(EntityKind.UNIT), e.kind());
    assertEquals(Optional.of(Untoc.OCB_OVERVIEW), e.edition());
    assertEquals(List.of("cmls"), e.candidates().stream().map(LookupTest::id).toList());
  }

  @Test
  void unknownNameSuggestsNamesThatContainIt() {
    LookupException e = assertThrows(LookupException.class, () -> LATEST.get("money laundering"));
    assertEquals("no entity 'money laundering' in edition ocb-overview; did you mean Money-laundering or"
        + " CMLS (Cybercrime and Money Laundering Section)?", e.getMessage());
  }

  @Test
  void unknownNameWithNothingCloseSaysSo() {
    LookupException e = assertThrows(LookupException.class, () -> LATEST.get("zzzz qqqq"));
    assertEquals("no entity 'zzzz qqqq' in edition ocb-overview", e.getMessage());
    assertTrue(e.candidates().isEmpty());
  }

  @Test
  void blankTextFindsNothing() {
    assertEquals(Optional.empty(), LATEST.find("   "));
    assertEquals(Optional.empty(), LATEST.find(""));
    assertThrows(LookupException.class, () -> LATEST.get(" "));
  }

  @Test
  void unknownIdInAQuerySaysSoWithCloseMatches() {
    LookupException e = assertThrows(LookupException.class, () -> LATEST.childrenOf(EntityId.of("cmsl")));
    assertEquals("no entity 'cmsl' in edition ocb-overview; did you mean CMLS (Cybercrime and Money"
        + " Laundering Section)?", e.getMessage());
  }

  @Test
  void anAliasNamingTwoThingsInOneEditionIsAmbiguous() {
    Registry r = Fixtures.twoEditions()
        .add(Unit.builder().id(EntityId.of("a")).unitType(UnitType.SECTION)
            .addName(Name.official("Alpha Section", SOURCE)).addName(Name.alias("The Section", SOURCE))
            .addProvenance(SOURCE).build())
        .add(Unit.builder().id(EntityId.of("b")).unitType(UnitType.SECTION)
            .addName(Name.official("Beta Section", SOURCE)).addName(Name.alias("The Section", SOURCE).in(E2))
            .addProvenance(SOURCE).build())
        .build();
    LookupException e = assertThrows(LookupException.class, () -> r.get("the section"));
    assertEquals("'the section' is ambiguous in edition e2: it names unit a (Alpha Section) and unit b"
        + " (Beta Section)", e.getMessage());
    assertEquals(LookupException.Reason.AMBIGUOUS, e.reason());
    assertEquals(List.of("a", "b"), e.candidates().stream().map(LookupTest::id).toList());
    assertThrows(LookupException.class, () -> r.find("The Section"));
    assertEquals(List.of("a", "b"), r.latestView().findAll("THE SECTION").stream().map(LookupTest::id).toList());
    assertEquals("a", id(r.view(E1).get("The Section")));
  }

  @Test
  void aNameOfThisEditionWinsOverANameOfAnother() {
    Registry r = Fixtures.twoEditions()
        .add(Unit.builder().id(EntityId.of("a")).unitType(UnitType.SECTION)
            .addName(Name.official("Alpha", SOURCE)).addName(Name.acronym("XS", SOURCE).in(E1))
            .addProvenance(SOURCE).build())
        .add(Unit.builder().id(EntityId.of("b")).unitType(UnitType.SECTION)
            .addName(Name.official("Beta", SOURCE)).addName(Name.acronym("XS", SOURCE).in(E2))
            .addProvenance(SOURCE).build())
        .build();
    assertEquals("a", id(r.view(E1).get("XS")));
    assertEquals("b", id(r.view(E2).get("xs")));
  }

  @Test
  void theIdWinsOverANameOfAnotherEntity() {
    Registry r = Fixtures.twoEditions()
        .add(Fixtures.unit("alpha"))
        .add(Unit.builder().id(EntityId.of("b")).unitType(UnitType.SECTION)
            .addName(Name.official("Beta", SOURCE)).addName(Name.alias("alpha", SOURCE))
            .addProvenance(SOURCE).build())
        .build();
    assertEquals("alpha", id(r.get("ALPHA")));
  }

  @Test
  void editionViewsAreNamedByIdOrLatest() {
    assertEquals(Untoc.OCB_OVERVIEW, REF.view("latest").editionId());
    assertEquals(Untoc.OCB_BROCHURE, REF.view(" OCB-Brochure ").editionId());
    assertTrue(REF.latestView().isLatest());
    UntocException e = assertThrows(UntocException.class, () -> REF.view("2019"));
    assertEquals("no edition '2019': expected one of [ocb-brochure, ocb-overview] or latest", e.getMessage());
  }
}
