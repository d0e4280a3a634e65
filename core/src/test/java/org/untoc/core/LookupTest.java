package org.untoc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.untoc.core.Fixtures.E1;
import static org.untoc.core.Fixtures.E2;
import static org.untoc.core.Fixtures.SOURCE;

import com.google.common.collect.Lists;
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

  /** A unit with one official name, in the given editions (every edition if none). */
  private static Unit named(String id, String name, EditionId... editions) {
    return Unit.builder().id(EntityId.of(id)).unitType(UnitType.SECTION).addName(Name.official(name, SOURCE))
        .addProvenance(SOURCE).addEditions(editions).build();
  }

  /** The message of the lookup that finds nothing for the text in the latest edition. */
  private static String notFound(Registry r, String text) {
    return assertThrows(LookupException.class, () -> r.get(text)).getMessage();
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
    // The public record notes this variant without citing a document: it is not a name of the data.
    assertEquals(Optional.empty(), LATEST.find("Organized Crime and Trafficking Branch"));
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
    assertEquals("CMSL", e.query());
  }

  @Test
  void unknownNameSuggestsNamesThatContainIt() {
    LookupException e = assertThrows(LookupException.class, () -> LATEST.get("money laundering"));
    assertEquals("no entity 'money laundering' in edition ocb-overview; did you mean money-laundering or"
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

  @Test
  void suggestsTheClosestNamesFirstAndNamesThatContainTheTextLast() {
    Registry r = Fixtures.twoEditions()
        .add(named("z", "Big Delta Force"), named("x", "Dolte"), named("y", "Delt")).build();
    assertEquals("no entity 'delta' in any edition; did you mean Delt, Dolte or Big Delta Force?", notFound(r, "delta"));
  }

  @Test
  void suggestsEquallyCloseNamesInRegistryOrder() {
    List<Unit> units = List.of(named("a", "Gammb"), named("b", "Gammc"), named("c", "Gammd"));
    assertEquals("no entity 'gamma' in any edition; did you mean Gammb, Gammc or Gammd?",
        notFound(Fixtures.twoEditions().addAll(units).build(), "gamma"));
    assertEquals("no entity 'gamma' in any edition; did you mean Gammd, Gammc or Gammb?",
        notFound(Fixtures.twoEditions().addAll(Lists.reverse(units)).build(), "gamma"));
  }

  @Test
  void suggestsOnlyEntitiesOfTheKindAndEditionAskedFor() {
    Registry r = Fixtures.twoEditions()
        .add(named("x", "Delts", E1), named("y", "Deltas"))
        .add(Programme.builder().from(Fixtures.programme("p")).names(List.of(Name.official("Delta", SOURCE))).build())
        .build();
    LookupException e = assertThrows(LookupException.class, () -> r.latestView().get(Unit.class, "delta"));
    assertEquals("no unit 'delta' in edition e2; did you mean Deltas?", e.getMessage());
  }

  @Test
  void suggestsAnEntityWhoseIdIsCloseToTheText() {
    Registry r = Fixtures.twoEditions().add(named("alphabet", "Letters Section")).build();
    assertEquals("no entity 'alphabte' in any edition; did you mean Letters Section?", notFound(r, "alphabte"));
  }

  @Test
  void suggestsNamesThatContainATextOfFourCharactersOrMore() {
    Registry r = Fixtures.twoEditions().add(named("zr", "Zeta Reticuli Section")).build();
    assertEquals("no entity 'zeta' in any edition; did you mean Zeta Reticuli Section?", notFound(r, "zeta"));
    assertEquals("no entity 'eta' in any edition", notFound(r, "eta"));
  }

  @Test
  void allowsTwoEditsUpToEightCharactersAndThreeBeyond() {
    Registry r = Fixtures.twoEditions().add(named("a", "Northern"), named("b", "Southwest")).build();
    assertEquals("no entity 'nortxyzn' in any edition", notFound(r, "nortxyzn"));
    assertEquals("no entity 'soutxyzst' in any edition; did you mean Southwest?", notFound(r, "soutxyzst"));
  }

  @Test
  void findsAnEntityByAnIdOfTheGreatestLength() {
    String longest = "a".repeat(100);
    Registry r = Fixtures.twoEditions().add(named(longest, "Long Section")).build();
    assertEquals(longest, id(r.get(longest.toUpperCase(java.util.Locale.ROOT))));
  }

  @Test
  void aNameFindsNothingInAnEditionWithoutItsEntity() {
    Registry r = Fixtures.twoEditions().add(named("a", "Alpha Section", E1)).build();
    assertEquals("a", id(r.view(E1).get("Alpha Section")));
    assertEquals(Optional.empty(), r.view(E2).find("Alpha Section"));
  }

  @Test
  void findsByTextInAViewOrInTheLatestEdition() {
    assertEquals("cmls", id(LATEST.find("CMLS").orElseThrow()));
    assertTrue(LATEST.contains("Cybercrime and Money Laundering Section"));
    assertFalse(LATEST.contains("ISS"));
    assertTrue(BROCHURE.contains("ISS"));
    assertEquals("cmls", id(REF.find("CMLS").orElseThrow()));
    assertEquals("cmls", id(REF.find(Unit.class, "CMLS").orElseThrow()));
    assertEquals(Optional.empty(), REF.find(Programme.class, "CMLS"));
  }

  @Test
  void onlyTheViewOfTheNewestEditionIsLatest() {
    assertFalse(BROCHURE.isLatest());
    assertEquals("EditionView[ocb-brochure]", BROCHURE.toString());
  }
}
