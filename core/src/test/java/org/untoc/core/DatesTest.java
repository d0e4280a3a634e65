package org.untoc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.untoc.core.Fixtures.E1;
import static org.untoc.core.Fixtures.E2;
import static org.untoc.core.Fixtures.SOURCE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.untoc.core.chart.OrgChart;

/** The rules of dates, worked by hand: a partial date against a day, periods, views as of a day. */
class DatesTest {
  private static final Registry REFERENCE = Untoc.reference();
  private static final LocalDate OCT_19 = LocalDate.of(2018, 10, 19);

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  private static DatedFact fact(String date) {
    return DatedFact.of(PartialDate.parse(date), SOURCE);
  }

  private static List<String> ids(List<? extends Entity> entities) {
    return entities.stream().map(e -> e.id().toString()).toList();
  }

  // ---------------------------------------------------------------- a partial date against a day

  @Test
  void aPartialDateNamesTheIntervalOfItsDays() {
    assertEquals(day("2018-01-01"), PartialDate.parse("2018").firstDay());
    assertEquals(day("2018-12-31"), PartialDate.parse("2018").lastDay());
    assertEquals(day("2020-02-29"), PartialDate.parse("2020-02").lastDay());
    assertEquals(day("2019-02-28"), PartialDate.parse("2019-02").lastDay());
    assertEquals(day("2018-10-19"), PartialDate.parse("2018-10-19").firstDay());
    assertEquals(day("2018-10-19"), PartialDate.parse("2018-10-19").lastDay());
    assertEquals(PartialDate.of(2018, 10, 19), PartialDate.of(OCT_19));
  }

  @Test
  void datesInWordsAreAsPreciseAsTheyAreKnown() {
    assertEquals("27 December 2019", PartialDate.parse("2019-12-27").toText());
    assertEquals("December 2019", PartialDate.parse("2019-12").toText());
    assertEquals("2019", PartialDate.parse("2019").toText());
    assertEquals("January 2025 (merged) [INFERRED]",
        DatedFact.of(PartialDate.of(2025, 1), "merged", Provenance.inferred("s.txt", "because")).toText());
  }

  @Test
  void anEntitySaysWhyItsDatesExcludeADayOrLeaveItUndecided() {
    Entity committee = REFERENCE.get("ad-hoc-committee");
    String established = committee.established().orElseThrow().toText();
    assertEquals(Optional.of("did not exist yet on 2019-06-01: established " + established),
        committee.exclusionOn(day("2019-06-01")));
    assertEquals(Optional.empty(), committee.exclusionOn(day("2019-12-27")));
    Entity ccp = REFERENCE.get("ccp");
    assertEquals(Optional.of("no longer existed on 2025-06-01: ended " + ccp.ended().orElseThrow().toText()),
        ccp.exclusionOn(day("2025-06-01")));
    assertEquals("ended " + ccp.ended().orElseThrow().toText(), ccp.undecidedOn(day("2025-01-15")));
    assertEquals("", ccp.undecidedOn(day("2024-06-01")));
  }

  @Test
  void aPartialDateIsBeforeAfterOrContainsADay() {
    record Case(String date, String expected) {}
    for (Case c : List.of(new Case("2017", "before"), new Case("2018", "contains"), new Case("2019", "after"),
        new Case("2018-09", "before"), new Case("2018-10", "contains"), new Case("2018-11", "after"),
        new Case("2018-10-18", "before"), new Case("2018-10-19", "contains"), new Case("2018-10-20", "after"))) {
      PartialDate d = PartialDate.parse(c.date());
      String found = d.isBefore(OCT_19) ? "before" : d.isAfter(OCT_19) ? "after" : "contains";
      assertEquals(c.expected(), found, c.date());
      assertEquals(c.expected().equals("contains"), d.contains(OCT_19), c.date());
    }
  }

  // ---------------------------------------------------------------- periods

  @Test
  void aPeriodCoversADayItNeitherStartsAfterNorEndsBefore() {
    Period p = Period.of(fact("2011"), fact("2015"));
    assertFalse(p.covers(day("2010-12-31")));
    assertTrue(p.startsAfter(day("2010-12-31")));
    assertTrue(p.covers(day("2011-01-01")));
    assertTrue(p.covers(day("2015-12-31")));
    assertTrue(p.endsBefore(day("2016-01-01")));
    assertFalse(p.covers(day("2016-01-01")));
    assertEquals("2011 to 2015", p.toString());
    assertEquals("2021 on", Period.since(fact("2021")).toString());
    assertEquals("until 2015", Period.until(fact("2015")).toString());
    assertEquals("unbounded", Period.unbounded().toString());
    assertTrue(Period.unbounded().covers(LocalDate.MIN.plusYears(1)));
    assertTrue(Period.of(Optional.empty(), Optional.empty()).isUnbounded());
  }

  @Test
  void theUndecidedCaseIsCoveredAndUncertain() {
    Period established2018 = Period.since(fact("2018"));
    assertTrue(established2018.covers(OCT_19));
    assertTrue(established2018.isUncertainOn(OCT_19));
    assertFalse(established2018.isUncertainOn(day("2019-01-01")));
    // A bound known to the day includes that day, and is certain of it.
    Period fromTheDay = Period.since(fact("2018-10-19"));
    assertTrue(fromTheDay.covers(OCT_19));
    assertFalse(fromTheDay.isUncertainOn(OCT_19));
    assertFalse(fromTheDay.covers(day("2018-10-18")));
    assertTrue(Period.until(fact("2018-10-19")).covers(OCT_19));
    assertFalse(Period.until(fact("2018-10-19")).covers(day("2018-10-20")));
  }

  @Test
  void aPeriodAnEntityAndARelationRejectAnEndBeforeTheStart() {
    IllegalArgumentException p = assertThrows(IllegalArgumentException.class,
        () -> Period.of(fact("2016"), fact("2015-12")));
    assertEquals("a period must not end (2015-12) before it starts (2016)", p.getMessage());
    Period.of(fact("2015-06"), fact("2015")); // overlapping bounds: the end may contain the start
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Body.builder().id(EntityId.of("b")).bodyType(BodyType.WORKING_GROUP)
            .addName(Name.official("B", SOURCE)).addProvenance(SOURCE)
            .established(fact("2020")).ended(fact("2019-05")).build());
    assertEquals("body b: ended (2019-05) before it was established (2020)", e.getMessage());
    IllegalArgumentException r = assertThrows(IllegalArgumentException.class,
        () -> Relation.of(EntityId.of("a"), RelationKind.RUNS, EntityId.of("p"), SOURCE)
            .during(Period.builder().from(fact("2020")).to(fact("2019")).build()));
    assertEquals("a period must not end (2019) before it starts (2020)", r.getMessage());
  }

  @Test
  void anEntityIsEstablishedByItsAdoptionOrStartOrADateOfItsOwn() {
    Instrument untoc = REFERENCE.get(Instrument.class, "UNTOC");
    assertEquals(untoc.adopted(), untoc.established());
    assertEquals("2000-11-15 on", untoc.period().toString());
    Programme gptoc = REFERENCE.get(Programme.class, "GPTOC");
    assertEquals("2008 to 2015", gptoc.period().toString());
    assertEquals("2019-12-27 on", REFERENCE.get("Ad Hoc Committee").period().toString());
    assertTrue(REFERENCE.get("CMLS").period().isUnbounded());
  }

  @Test
  void anInstrumentAdoptedButNotYetInForceSaysSo() {
    Instrument untoc = REFERENCE.get(Instrument.class, "UNTOC");
    assertFalse(untoc.isInForceOn(day("2003-09-28")));
    assertTrue(untoc.isInForceOn(day("2003-09-29")));
    Instrument resolution = REFERENCE.get(Instrument.class, "General Assembly resolution 74/247");
    assertFalse(resolution.isInForceOn(day("2024-01-01")), "a resolution has no entry into force");
    Instrument monthOnly = Instrument.builder().id(EntityId.of("t")).instrumentType(InstrumentType.CONVENTION)
        .addName(Name.official("T", SOURCE)).addProvenance(SOURCE)
        .entryIntoForce(fact("1976-08")).build();
    assertFalse(monthOnly.isInForceOn(day("1976-08-15")), "undecided");
    assertTrue(monthOnly.isInForceOn(day("1976-08-31")));
    // In a view as of a day between its adoption and its entry into force, the Convention is there.
    EditionView before = REFERENCE.view(Untoc.OCB_BROCHURE).at(day("2002-06-01"));
    assertTrue(before.contains(EntityId.of("untoc")));
    assertFalse(before.get(Instrument.class, "UNTOC").isInForceOn(before.date().orElseThrow()));
    // The Firearms Protocol, adopted on 31 May 2001, is not there before.
    assertFalse(REFERENCE.view(Untoc.OCB_BROCHURE).at(day("2001-05-30")).contains(EntityId.of("firearms-protocol")));
    assertTrue(REFERENCE.view(Untoc.OCB_BROCHURE).at(day("2001-05-31")).contains(EntityId.of("firearms-protocol")));
  }

  // ---------------------------------------------------------------- as of a day: the reference data

  @Test
  void theReferenceEditionsDescribeTheirPeriodsAndNothingBetween() {
    assertEquals("2011 to 2015", REFERENCE.edition("ocb-brochure").period().toString());
    assertEquals("2021 on", REFERENCE.edition("ocb-overview").period().toString());
    assertEquals(Basis.INFERRED, REFERENCE.edition("ocb-overview").period().from().orElseThrow().provenance().basis());
    assertEquals(Untoc.OCB_BROCHURE, REFERENCE.asOf(day("2013-06-01")).editionId());
    assertEquals(Untoc.OCB_OVERVIEW, REFERENCE.asOf(day("2021-01-01")).editionId());
    assertEquals(Optional.empty(), REFERENCE.findAsOf(day("2018-06-01")));
    NoEditionException gap = assertThrows(NoEditionException.class, () -> REFERENCE.asOf(day("2018-06-01")));
    assertEquals("no edition describes 2018-06-01: ocb-brochure describes 2011 to 2015, ocb-overview 2021 on;"
        + " no edition describes the time between them", gap.getMessage());
    assertEquals(Untoc.OCB_BROCHURE, gap.before().orElseThrow().id());
    assertEquals(Untoc.OCB_OVERVIEW, gap.after().orElseThrow().id());
    assertEquals(day("2018-06-01"), gap.date());
    NoEditionException early = assertThrows(NoEditionException.class, () -> REFERENCE.asOf(day("2010-12-31")));
    assertEquals("no edition describes 2010-12-31: the earliest edition, ocb-brochure, describes 2011 to 2015;"
        + " no edition describes an earlier time", early.getMessage());
    assertEquals(Optional.empty(), early.before());
    assertTrue(early instanceof UntocException);
  }

  @Test
  void aViewAsOfADayLeavesOutWhatItsDatesExclude() {
    EditionView brochure = REFERENCE.view(Untoc.OCB_BROCHURE);
    // GLO.ACT started in 2015: not there in 2013, there (undecided) in 2015.
    EditionView in2013 = REFERENCE.asOf(day("2013-06-01"));
    assertEquals(List.of("glo-act"), ids(brochure.entities().stream().filter(e -> !in2013.contains(e.id())).toList()));
    assertEquals(List.of("gp-tip", "gp-som"), ids(in2013.programmesOf("HMTSS")));
    EditionView in2015 = REFERENCE.asOf(day("2015-06-01"));
    assertEquals(brochure.entities(), in2015.entities());
    assertTrue(in2015.isUncertain("GLO.ACT"));
    assertTrue(in2015.isUncertain("GPTOC"), "ended 2015");
    assertFalse(in2015.isUncertain("ISS"));
    assertFalse(brochure.isUncertain("GLO.ACT"), "a view without a day is certain of what it holds");
    // The Container Control Programme merged into another in January 2025.
    EditionView in2025 = REFERENCE.asOf(day("2025-02-01"));
    assertEquals(List.of("ccp"), ids(REFERENCE.latestView().entities().stream()
        .filter(e -> !in2025.contains(e.id())).toList()));
    assertEquals(List.of(), in2025.programmesOf("Border Management Branch"));
    assertTrue(REFERENCE.asOf(day("2025-01-15")).isUncertain("CCP"));
    assertFalse(OrgChart.of(in2025).toText().contains("CCP"));
    assertTrue(OrgChart.of(REFERENCE.asOf(day("2024-12-31"))).toText().contains("CCP"));
  }

  @Test
  void aStartKnownToTheMonthLeavesItsDaysUndecided() {
    EditionView overview = REFERENCE.view(Untoc.OCB_OVERVIEW);
    EntityId review = EntityId.of("review-mechanism");
    assertFalse(overview.at(day("2018-09-30")).contains(review));
    assertTrue(overview.at(OCT_19).contains(review));
    assertTrue(overview.at(OCT_19).isUncertain(review));
    assertFalse(overview.at(day("2018-11-01")).isUncertain(review));
    // A relation to an entity the day excludes is not there either.
    assertEquals(List.of(), overview.at(day("2018-09-30")).concernsOf("mandate-review-mechanism").stream()
        .filter(e -> e.id().equals(review)).toList());
    assertEquals(List.of(review), overview.at(OCT_19).concernsOf("mandate-review-mechanism").stream()
        .map(Entity::id).filter(review::equals).toList());
    Relation reviewsUntoc = overview.relationsFrom(review, RelationKind.REVIEWS).get(0);
    assertFalse(overview.at(day("2018-09-30")).holds(reviewsUntoc));
    assertTrue(overview.at(OCT_19).holds(reviewsUntoc));
  }

  @Test
  void aLookupOfWhatTheDayExcludesSaysWhenItWasEstablished() {
    EditionView early = REFERENCE.view(Untoc.OCB_OVERVIEW).at(day("2019-06-01"));
    LookupException e = assertThrows(LookupException.class, () -> early.get("Ad Hoc Committee"));
    assertEquals(LookupException.Reason.NOT_ON_DATE, e.reason());
    assertEquals("no entity 'Ad Hoc Committee' in edition ocb-overview as of 2019-06-01; it names body Ad Hoc"
        + " Committee to Elaborate a Comprehensive International Convention on Countering the Use of Information"
        + " and Communications Technologies for Criminal Purposes, established 2019-12-27 (General Assembly"
        + " resolution 74/247)", e.getMessage());
    assertEquals(List.of("ad-hoc-committee"), ids(e.candidates()));
    assertEquals(Optional.empty(), early.find("Ad Hoc Committee"));
    assertTrue(REFERENCE.view(Untoc.OCB_OVERVIEW).at(day("2019-12-27")).contains("Ad Hoc Committee"));
    LookupException ended = assertThrows(LookupException.class,
        () -> REFERENCE.asOf(day("2025-06-01")).get(Programme.class, "CCP"));
    assertTrue(ended.getMessage().endsWith(", ended 2025-01 (merged with AIRCOP into the Passenger and Cargo"
        + " Control Programme (PCCP), within the Border Management Branch)"), ended.getMessage());
  }

  // ---------------------------------------------------------------- as of a day: data of one's own

  private static Registry dated() {
    return Registry.builder()
        .addEdition(Fixtures.edition(E1, Period.of(fact("2000"), fact("2009"))))
        .addEdition(Fixtures.edition(E2, Period.since(fact("2005"))))
        .add(Fixtures.unit("a"), Fixtures.unit("b"), Fixtures.programme("p"))
        .relate(Fixtures.rel("a", RelationKind.RUNS, "p").during(Period.of(fact("2006"), fact("2007-06"))))
        .relate(Fixtures.rel("b", RelationKind.RUNS, "p").during(Period.since(fact("2008-01-01"))))
        .build();
  }

  @Test
  void theNewestEditionThatCoversADayDescribesIt() {
    Registry r = dated();
    assertEquals(E1, r.asOf(day("2004-12-31")).editionId());
    assertEquals(E2, r.asOf(day("2005-01-01")).editionId(), "both cover 2005: the newer decides");
    assertEquals(E2, r.asOf(day("2030-01-01")).editionId());
    assertEquals("no edition describes 1999-12-31: the earliest edition, e1, describes 2000 to 2009; no edition"
        + " describes an earlier time", assertThrows(NoEditionException.class, () -> r.asOf(day("1999-12-31")))
        .getMessage());
    Registry undated = Fixtures.twoEditions().add(Fixtures.unit("a")).build();
    assertEquals(E2, undated.asOf(day("1900-01-01")).editionId(), "editions without periods cover every day");
  }

  @Test
  void twoUnitsMayRunAProgrammeInOneEditionOneAfterTheOther() {
    assertTrue(Period.of(fact("2006"), fact("2007")).overlaps(Period.since(fact("2007-06"))));
    assertFalse(Period.of(fact("2006"), fact("2007-06")).overlaps(Period.since(fact("2008-01-01"))));
    assertTrue(Period.unbounded().overlaps(Period.since(fact("2008"))));
    IntegrityException e = assertThrows(IntegrityException.class, () -> Registry.builder()
        .addEdition(Fixtures.edition(E1)).add(Fixtures.unit("a"), Fixtures.unit("b"), Fixtures.programme("p"))
        .relate(Fixtures.rel("a", RelationKind.RUNS, "p").during(Period.of(fact("2006"), fact("2007"))))
        .relate(Fixtures.rel("b", RelationKind.RUNS, "p").during(Period.since(fact("2007-06"))))
        .build());
    assertEquals(List.of(Rule.MULTIPLE_OWNERS), e.violations().stream().map(Violation::rule).toList());
    dated(); // a runs p 2006 to 2007-06, b from 2008-01-01: no violation
  }

  @Test
  void aRelationHoldsOnlyOnTheDaysOfItsOwnPeriod() {
    EditionView e2 = dated().view(E2);
    assertEquals(Optional.empty(), e2.at(day("2005-06-01")).unitOf("p"));
    assertEquals("a", e2.at(day("2006-01-01")).unitOf("p").orElseThrow().id().toString());
    assertEquals("a", e2.at(day("2007-06-30")).unitOf("p").orElseThrow().id().toString());
    assertEquals(Optional.empty(), e2.at(day("2007-07-01")).unitOf("p"));
    assertEquals("b", e2.at(day("2008-01-01")).unitOf("p").orElseThrow().id().toString());
    // Without a day, the edition holds both.
    assertEquals(2, e2.linksTo(EntityId.of("p"), RelationKind.RUNS).size());
    assertEquals("EditionView[e2 as of 2008-01-01]", e2.at(day("2008-01-01")).toString());
    assertEquals(Optional.empty(), e2.date());
  }

  @Test
  void aViewWithoutDatesOfItsOwnAnswersAsTheEdition() {
    Registry r = Synthetic.registry(200, 2, 7L);
    EditionView plain = r.latestView();
    EditionView dated = plain.at(day("2020-01-01"));
    assertEquals(plain.entities(), dated.entities());
    for (Unit u : plain.entities(Unit.class)) {
      assertEquals(plain.childrenOf(u.id()), dated.childrenOf(u.id()));
      assertEquals(plain.programmesOf(u.id()), dated.programmesOf(u.id()));
      assertEquals(plain.pathToRootOf(u.id()), dated.pathToRootOf(u.id()));
    }
  }
}
