package org.untoc.core.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.untoc.core.DatedFact;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.Fixtures;
import org.untoc.core.Name;
import org.untoc.core.NoEditionException;
import org.untoc.core.PartialDate;
import org.untoc.core.Period;
import org.untoc.core.Registry;
import org.untoc.core.RelationKind;
import org.untoc.core.Unit;
import org.untoc.core.Untoc;
import org.untoc.core.UntocException;
import org.untoc.core.change.Migration;

class MappingValidatorTest {
  private final MappingValidator validator = MappingValidator.of(Untoc.reference());

  private MappingVerdict check(String programme, String unit, String edition) {
    return validator.validate(MappingRow.of(7, programme, unit, Optional.ofNullable(edition)));
  }

  private static Optional<EntityId> id(String id) {
    return Optional.of(EntityId.of(id));
  }

  @Test
  void confirmsWhatASourceStates() {
    MappingVerdict v = check("GPML", "ISS", "ocb-brochure");
    assertEquals(MappingStatus.CONFIRMED, v.status());
    assertEquals(id("gpml"), v.programme());
    assertEquals(id("iss"), v.unit());
    assertEquals(id("iss"), v.expected());
    assertEquals(7, v.row().line());
    assertEquals(Migration.Status.MOVED, v.latest().orElseThrow().status());
    assertEquals(id("cmls"), v.latest().orElseThrow().unit());
    assertEquals("GPML (Global Programme against Money-Laundering, Proceeds of Crime and the Financing of "
        + "Terrorism) run by ISS (Implementation Support Section) in ocb-brochure: STATED, "
        + "Organized Crime Branch", v.message());
  }

  @Test
  void findsInferredOwnersConsistent() {
    MappingVerdict v = check("Global Programme on Cybercrime", "cybercrime and money laundering section", null);
    assertEquals(MappingStatus.CONSISTENT, v.status());
    assertEquals(Optional.of(Untoc.OCB_OVERVIEW), v.edition());
    assertEquals(Migration.Status.UNCHANGED, v.latest().orElseThrow().status());
    assertTrue(v.message().startsWith("Global Programme on Cybercrime run by CMLS (Cybercrime and Money "
        + "Laundering Section) in ocb-overview: inferred, the overview does not say"), v.message());
  }

  @Test
  void readsTheOtherSpellingOfAnAcronym() {
    assertEquals(MappingStatus.CONSISTENT, check("gp-tip", "HMTSS", "ocb-overview").status());
    // The brochure says HMTSS' assistance is delivered through the programme; that it runs it is inferred.
    assertEquals(MappingStatus.CONSISTENT, check("gp-tip", "HTMSS", "ocb-brochure").status());
    assertEquals(MappingStatus.CONSISTENT, check("GLO.ACT", "HMTSS", "ocb-brochure").status());
  }

  @Test
  void namesTheUnitThatRunsAProgrammeOnAMismatch() {
    MappingVerdict v = check("GFP", "CMLS", null);
    assertEquals(MappingStatus.MISMATCH, v.status());
    assertEquals(id("fts"), v.expected());
    assertEquals("GFP (Global Firearms Programme) run by CMLS (Cybercrime and Money Laundering Section) in "
        + "ocb-overview: FTS (Firearms Trafficking Section) runs it (INFERRED)", v.message());
  }

  @Test
  void saysWhichEditionsHoldWhatIsNotInTheRowsEdition() {
    MappingVerdict unit = check("GPML", "ISS", null);
    assertEquals(MappingStatus.NOT_IN_EDITION, unit.status());
    assertEquals("unit 'ISS' (iss) is not in edition ocb-overview; it is in [ocb-brochure]", unit.message());
    MappingVerdict programme = check("Comprehensive Study on Cybercrime", "CMLS", null);
    assertEquals(MappingStatus.NOT_IN_EDITION, programme.status());
    assertEquals("programme 'Comprehensive Study on Cybercrime' (cybercrime-study) is not in edition "
        + "ocb-overview; it is in [ocb-brochure]", programme.message());
  }

  @Test
  void suggestsCloseMatchesForUnknownNames() {
    MappingVerdict unit = check("GPML", "CMSL", null);
    assertEquals(MappingStatus.UNKNOWN_UNIT, unit.status());
    assertEquals("no unit 'CMSL' in edition ocb-overview; did you mean CMLS (Cybercrime and Money Laundering "
        + "Section)?", unit.message());
    assertEquals(List.of(EntityId.of("cmls")), unit.candidates().stream().map(Entity::id).toList());
    MappingVerdict programme = check("Global Programme on Cybercrim", "CMLS", null);
    assertEquals(MappingStatus.UNKNOWN_PROGRAMME, programme.status());
    assertEquals(EntityId.of("gp-cybercrime"), programme.candidates().get(0).id());
  }

  @Test
  void aUnitThatContainsTheOneThatRunsTheProgrammeIsWithin() {
    MappingVerdict v = check("GPML", "OCB", null);
    assertEquals(MappingStatus.WITHIN, v.status());
    assertEquals(id("cmls"), v.expected());
    assertEquals(id("ocb"), v.unit());
    assertEquals("GPML (Global Programme against Money-Laundering, Proceeds of Crime and the Financing of "
        + "Terrorism) run by OCB (Organized Crime and Illicit Trafficking Branch) in ocb-overview: within it, CMLS "
        + "(Cybercrime and Money Laundering Section) runs it (INFERRED)", v.message());
    assertTrue(v.status().isAgreement());
    MappingVerdict brochure = check("GPML", "Organized Crime Branch", "ocb-brochure");
    assertEquals(MappingStatus.WITHIN, brochure.status());
    assertEquals(Migration.Status.UNCHANGED, brochure.latest().orElseThrow().status());
    assertEquals(MappingStatus.MISMATCH, check("GPML", "Border Management Branch", null).status());
  }

  @Test
  void anEmptyCellOrAProblemOfTheTableIsMalformed() {
    MappingVerdict unit = check("GPML", "", null);
    assertEquals(MappingStatus.MALFORMED, unit.status());
    assertEquals("empty unit cell", unit.message());
    assertEquals(Optional.empty(), unit.edition());
    assertEquals("empty programme cell", check(" ", "CMLS", null).message());
    assertEquals("empty programme and unit cells", check("", "", "ocb-2030").message());
    MappingRow ragged = MappingRow.builder().line(4).programme("GPML").unit("CMLS")
        .problem("3 cells where the header row names 2 columns").build();
    MappingVerdict v = validator.validate(ragged);
    assertEquals(MappingStatus.MALFORMED, v.status());
    assertEquals("3 cells where the header row names 2 columns", v.message());
    assertEquals(Optional.empty(), v.latest());
    assertTrue(!v.status().isAgreement());
  }

  @Test
  void aRowOfAJsonArrayIsPlacedByItsPointer() {
    MappingRow json = MappingRow.builder().line(1).pointer("/3").programme("GPML").unit("CMLS").build();
    assertEquals("/3", json.place());
    assertEquals("line 7", MappingRow.of(7, "GPML", "CMLS", Optional.empty()).place());
    assertEquals("", MappingRow.of("GPML", "CMLS").place());
    assertEquals("line must not be negative, found -1", assertThrows(IllegalArgumentException.class,
        () -> MappingRow.builder().line(-1).programme("p").unit("u").build()).getMessage());
    assertEquals("a row's problem must not be blank", assertThrows(IllegalArgumentException.class,
        () -> MappingRow.builder().programme("p").unit("u").problem(" ").build()).getMessage());
    assertEquals("a row's pointer is a JSON Pointer starting with '/', found '3'", assertThrows(
        IllegalArgumentException.class, () -> MappingRow.builder().pointer("3").programme("p").unit("u").build())
        .getMessage());
  }

  @Test
  void reportsAnUnknownEditionPerRow() {
    MappingVerdict v = check("GPML", "CMLS", "ocb-2030");
    assertEquals(MappingStatus.UNKNOWN_EDITION, v.status());
    assertEquals(Optional.empty(), v.edition());
    assertEquals("no edition 'ocb-2030': expected one of [ocb-brochure, ocb-overview] or latest", v.message());
  }

  private static MappingRow dated(String programme, String unit, String day) {
    return MappingRow.builder().line(3).programme(programme).unit(unit).date(LocalDate.parse(day)).build();
  }

  @Test
  void judgesARowWithADateAsOfThatDayInTheEditionThatCoversIt() {
    MappingVerdict v = validator.validate(dated("GPML", "ISS", "2014-01-01"));
    assertEquals(MappingStatus.CONFIRMED, v.status());
    assertEquals(Optional.of(Untoc.OCB_BROCHURE), v.edition());
    assertEquals("as of 2014-01-01, in edition ocb-brochure: GPML (Global Programme against Money-Laundering,"
        + " Proceeds of Crime and the Financing of Terrorism) run by ISS (Implementation Support Section) in"
        + " ocb-brochure: STATED, Organized Crime Branch", v.message());
    MappingVerdict later = validator.validate(dated("GPML", "ISS", "2022-03-01"));
    assertEquals(MappingStatus.NOT_IN_EDITION, later.status());
    assertEquals(Optional.of(Untoc.OCB_OVERVIEW), later.edition());
    assertTrue(later.message().startsWith("as of 2022-03-01, in edition ocb-overview: unit 'ISS' (iss)"),
        later.message());
  }

  @Test
  void aProgrammeOfTheEditionThatNoLongerExistedOnTheDayIsNotInEditionAndSaysWhenItEnded() {
    MappingVerdict v = validator.validate(dated("CCP", "BMB", "2025-06-01"));
    assertEquals(MappingStatus.NOT_IN_EDITION, v.status());
    assertEquals(Optional.of(Untoc.OCB_OVERVIEW), v.edition());
    assertEquals(List.of(EntityId.of("ccp")), v.candidates().stream().map(Entity::id).toList());
    assertEquals("as of 2025-06-01, in edition ocb-overview: programme 'CCP' (ccp) no longer existed on"
        + " 2025-06-01: ended January 2025 (merged with AIRCOP into the Passenger and Cargo Control Programme"
        + " (PCCP), within the Border Management Branch) [PUBLIC_RECORD]", v.message());
    assertEquals(MappingStatus.CONSISTENT, validator.validate(dated("CCP", "BMB", "2024-12-31")).status());
  }

  @Test
  void aProgrammeOfTheEditionThatDidNotExistYetOnTheDayIsNotInEditionNotUnknown() {
    MappingVerdict v = validator.validate(dated("GLO.ACT", "HMTSS", "2014-05-05"));
    assertEquals(MappingStatus.NOT_IN_EDITION, v.status());
    assertEquals(Optional.of(Untoc.OCB_BROCHURE), v.edition());
    assertEquals(List.of(EntityId.of("glo-act")), v.candidates().stream().map(Entity::id).toList());
    assertEquals("as of 2014-05-05, in edition ocb-brochure: programme 'GLO.ACT' (glo-act) did not exist yet on"
        + " 2014-05-05: started 2015 (EU-UNODC, 2015-2019, with IOM and UNICEF; a later phase in Asia and the"
        + " Middle East) [PUBLIC_RECORD]", v.message());
    MappingVerdict byDefault = validator.withDefaultDate(LocalDate.parse("2014-05-05"))
        .validate(MappingRow.of("GLO.ACT", "HMTSS"));
    assertEquals(v.status(), byDefault.status());
    assertEquals(v.message(), byDefault.message());
    assertEquals(MappingStatus.UNKNOWN_PROGRAMME, validator.validate(dated("GPMX", "CMLS", "2014-05-05")).status());
  }

  @Test
  void aUnitThatDidNotExistYetOrNoLongerExistedOnTheDayIsNotInEdition() {
    DatedFact ended = DatedFact.of(PartialDate.of(2010, 3), "merged into b", Fixtures.SOURCE);
    DatedFact established = DatedFact.of(PartialDate.of(2012, 5, 1), Fixtures.SOURCE);
    Registry r = Registry.builder()
        .addEdition(Fixtures.edition(Fixtures.E1, Period.since(DatedFact.of(PartialDate.ofYear(2000), Fixtures.SOURCE))))
        .add(Unit.builder().from(Fixtures.unit("a")).ended(ended).build(),
            Unit.builder().from(Fixtures.unit("b")).established(established).build(),
            Fixtures.programme("p"))
        .relate(Fixtures.rel("a", RelationKind.RUNS, "p"))
        .build();
    MappingValidator v = MappingValidator.of(r);
    MappingVerdict gone = v.validate(dated("p", "a", "2011-01-01"));
    assertEquals(MappingStatus.NOT_IN_EDITION, gone.status());
    assertEquals(List.of(EntityId.of("a")), gone.candidates().stream().map(Entity::id).toList());
    assertEquals("as of 2011-01-01, in edition e1: unit 'a' (a) no longer existed on 2011-01-01: ended March 2010"
        + " (merged into b) [PUBLIC_RECORD]", gone.message());
    MappingVerdict notYet = v.validate(dated("p", "Unit b", "2012-04-30"));
    assertEquals(MappingStatus.NOT_IN_EDITION, notYet.status());
    assertEquals("as of 2012-04-30, in edition e1: unit 'Unit b' (b) did not exist yet on 2012-04-30: established"
        + " 1 May 2012 [PUBLIC_RECORD]", notYet.message());
    assertEquals(MappingStatus.UNMAPPED, v.validate(dated("p", "b", "2012-05-01")).status(), "a, which ran p, had ended");
    assertEquals(MappingStatus.CONFIRMED, v.validate(dated("p", "a", "2010-03-31")).status());
  }

  @Test
  void aDateNoEditionCoversIsAnUnknownEditionAndARowWithBothIsMalformed() {
    MappingVerdict gap = validator.validate(dated("GPML", "CMLS", "2018-06-01"));
    assertEquals(MappingStatus.UNKNOWN_EDITION, gap.status());
    assertEquals(Optional.empty(), gap.edition());
    assertEquals("no edition describes 2018-06-01: ocb-brochure describes 2011 to 2015, ocb-overview 2021 on;"
        + " no edition describes the time between them", gap.message());
    MappingVerdict both = validator.validate(MappingRow.builder().programme("GPML").unit("CMLS")
        .edition("ocb-overview").date(LocalDate.parse("2022-01-01")).build());
    assertEquals(MappingStatus.MALFORMED, both.status());
    assertEquals("both an edition (ocb-overview) and a date (2022-01-01); give one", both.message());
  }

  @Test
  void aDefaultDateReadsRowsWithoutAnEditionOrADateAsOfIt() {
    MappingValidator asOf2014 = validator.withDefaultDate(LocalDate.parse("2014-01-01"));
    assertEquals(Untoc.OCB_BROCHURE, asOf2014.defaultEdition().id());
    assertEquals(Optional.of(LocalDate.parse("2014-01-01")), asOf2014.defaultDate());
    assertEquals(Optional.empty(), validator.defaultDate());
    MappingVerdict v = asOf2014.validate(MappingRow.of("GPML", "ISS"));
    assertEquals(MappingStatus.CONFIRMED, v.status());
    assertTrue(v.message().startsWith("as of 2014-01-01, in edition ocb-brochure: "), v.message());
    assertEquals(MappingStatus.CONSISTENT, asOf2014.validate(check("GPML", "CMLS", "ocb-overview").row()).status());
    assertEquals(MappingStatus.CONSISTENT, asOf2014.validate(dated("GPML", "CMLS", "2021-06-01")).status());
    assertEquals(Optional.empty(), asOf2014.withDefaultEdition("latest").defaultDate());
    assertEquals("no edition describes 2016-01-01: ocb-brochure describes 2011 to 2015, ocb-overview 2021 on;"
        + " no edition describes the time between them", assertThrows(NoEditionException.class,
        () -> validator.withDefaultDate(LocalDate.parse("2016-01-01"))).getMessage());
  }

  @Test
  void reportsProgrammesWithNoKnownOwnerAsUnmapped() {
    Registry r = Fixtures.twoEditions().add(Fixtures.unit("a"), Fixtures.programme("p")).build();
    MappingVerdict v = MappingValidator.of(r).validate(MappingRow.of("p", "a"));
    assertEquals(MappingStatus.UNMAPPED, v.status());
    assertEquals(Optional.empty(), v.expected());
    assertEquals(Migration.Status.UNMAPPED, v.latest().orElseThrow().status());
  }

  @Test
  void reportsANameThatNamesTwoUnitsAsAmbiguous() {
    Unit a = Unit.builder().from(Fixtures.unit("a")).addName(Name.alias("Shared", Fixtures.SOURCE)).build();
    Unit b = Unit.builder().from(Fixtures.unit("b")).addName(Name.alias("shared", Fixtures.SOURCE)).build();
    Registry r = Fixtures.twoEditions().add(a, b, Fixtures.programme("p")).build();
    MappingVerdict v = MappingValidator.of(r).validate(MappingRow.of("p", "SHARED"));
    assertEquals(MappingStatus.AMBIGUOUS, v.status());
    assertEquals(List.of(EntityId.of("a"), EntityId.of("b")), v.candidates().stream().map(Entity::id).toList());
  }

  @Test
  void streamsRowsAndCountsEachStatus() {
    List<MappingVerdict> seen = new ArrayList<>();
    MappingSummary summary = validator.validate(Stream.of(
        MappingRow.of("GPML", "CMLS"), MappingRow.of("GPML", "CMLS"), MappingRow.of("GFP", "CMLS"),
        MappingRow.of(4, "GPTOC", "ISS", Optional.of("ocb-brochure"))), seen::add);
    assertEquals(4, seen.size());
    assertEquals("4 rows: CONFIRMED 1, CONSISTENT 2, MISMATCH 1", summary.toString());
    assertEquals(2, summary.count(MappingStatus.CONSISTENT));
    assertEquals(4, summary.total());
    assertTrue(validator.validate(Stream.of(MappingRow.of("GPML", "CMLS"), MappingRow.of("GPML", "OCB")), v -> { })
        .allAgree());
    assertEquals(Migration.Status.DISSOLVED, seen.get(3).latest().orElseThrow().status());
    assertEquals(MappingRow.of("GPML", "CMLS"), seen.get(1).row());
    assertTrue(!summary.allAgree());
    assertEquals(4, summary.total());
    assertEquals(2, summary.count(MappingStatus.CONSISTENT));
    assertEquals(0, summary.count(MappingStatus.UNMAPPED));
  }

  @Test
  void rowsThatAreConfirmedOrConsistentAllAgree() {
    MappingSummary summary = validator.validate(Stream.of(MappingRow.of("GPML", "CMLS"),
        MappingRow.of(2, "GPML", "ISS", Optional.of("ocb-brochure"))), v -> { });
    assertEquals("2 rows: CONFIRMED 1, CONSISTENT 1", summary.toString());
    assertTrue(summary.allAgree());
  }

  @Test
  void onlyConfirmedConsistentAndWithinAreAgreements() {
    assertEquals(List.of(MappingStatus.CONFIRMED, MappingStatus.CONSISTENT, MappingStatus.WITHIN),
        Stream.of(MappingStatus.values()).filter(MappingStatus::isAgreement).toList());
  }

  @Test
  void aVerdictReadsAsStatusAndMessage() {
    assertEquals("MISMATCH: GFP (Global Firearms Programme) run by CMLS (Cybercrime and Money Laundering Section)"
        + " in ocb-overview: FTS (Firearms Trafficking Section) runs it (INFERRED)", check("GFP", "CMLS", null).toString());
  }

  @Test
  void rejectsANegativeLine() {
    assertEquals("line must not be negative, found -1", assertThrows(IllegalArgumentException.class,
        () -> MappingRow.of(-1, "GPML", "CMLS", Optional.empty())).getMessage());
  }

  @Test
  void aDefaultEditionMustExist() {
    assertEquals("ocb-brochure", validator.withDefaultEdition("ocb-brochure").defaultEdition().id().toString());
    assertEquals("no edition 'x': expected one of [ocb-brochure, ocb-overview] or latest",
        assertThrows(UntocException.class, () -> validator.withDefaultEdition("x")).getMessage());
  }
}
