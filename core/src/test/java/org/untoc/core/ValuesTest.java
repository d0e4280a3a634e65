package org.untoc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ValuesTest {

  // ---------------------------------------------------------------- PartialDate

  @Property
  void partialDatesReadBackTheirCanonicalForm(@ForAll @IntRange(min = 1, max = 9999) int year,
      @ForAll @IntRange(min = 0, max = 12) int month, @ForAll @IntRange(min = 0, max = 28) int day) {
    PartialDate d = month == 0 ? PartialDate.ofYear(year)
        : day == 0 ? PartialDate.of(year, month) : PartialDate.of(year, month, day);
    PartialDate back = PartialDate.parse(d.toString());
    assertEquals(d, back);
    assertEquals(d.hashCode(), back.hashCode());
    assertEquals(0, d.compareTo(back));
  }

  @Test
  void partialDatesKeepOnlyWhatIsKnown() {
    PartialDate august1976 = PartialDate.parse("1976-08");
    assertEquals(Optional.of(Month.AUGUST), august1976.month());
    assertEquals(Optional.empty(), august1976.toLocalDate());
    assertFalse(august1976.isComplete());
    assertEquals(Optional.of(LocalDate.of(2003, 9, 29)), PartialDate.parse("2003-09-29").toLocalDate());
    assertTrue(PartialDate.parse("1976").compareTo(august1976) < 0);
    assertTrue(august1976.compareTo(PartialDate.parse("1976-08-01")) < 0);
    assertNotEquals(PartialDate.parse("1976"), august1976);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "76|'76' is not a partial date: expected yyyy, yyyy-MM or yyyy-MM-dd",
      "1976-8|'1976-8' is not a partial date: expected yyyy, yyyy-MM or yyyy-MM-dd",
      "1976-13|month must be from 1 to 12, found 13",
      "2001-02-29|2001-02-29 is not a date: Invalid date 'February 29' as '2001' is not a leap year",
      "0000|year must be from 1 to 9999, found 0",
      "2000-11-15T00:00|'2000-11-15T00:00' is not a partial date: expected yyyy, yyyy-MM or yyyy-MM-dd"})
  void rejectsTextThatIsNotAPartialDate(String text, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text)).getMessage());
  }

  @Test
  void partialDatesKnownToTheMonthHaveAYearMonth() {
    assertEquals(Optional.of(YearMonth.of(1976, 8)), PartialDate.parse("1976-08").yearMonth());
    assertEquals(Optional.of(YearMonth.of(2003, 9)), PartialDate.parse("2003-09-29").yearMonth());
    assertEquals(Optional.empty(), PartialDate.parse("1976").yearMonth());
  }

  @Test
  void everyFactoryChecksTheYear() {
    assertEquals("year must be from 1 to 9999, found 0",
        assertThrows(IllegalArgumentException.class, () -> PartialDate.of(0, 5)).getMessage());
    assertEquals("year must be from 1 to 9999, found 10000",
        assertThrows(IllegalArgumentException.class, () -> PartialDate.of(10000, 1, 1)).getMessage());
  }

  /** The hash code packs the fields without overlap, so that dates spread over a hash table. */
  @Test
  void distinctPartialDatesHaveDistinctHashCodes() {
    Set<PartialDate> dates = new HashSet<>();
    for (int year = 1999; year <= 2001; year++) {
      dates.add(PartialDate.ofYear(year));
      for (int month = 1; month <= 12; month++) {
        dates.add(PartialDate.of(year, month));
        for (int day = 1; day <= YearMonth.of(year, month).lengthOfMonth(); day++) {
          dates.add(PartialDate.of(year, month, day));
        }
      }
    }
    assertEquals(3 * (1 + 12) + 365 + 366 + 365, dates.size());
    assertEquals(dates.size(), dates.stream().map(PartialDate::hashCode).distinct().count());
  }

  @Test
  void aDatedFactReadsAsItsDateAndNote() {
    PartialDate date = PartialDate.of(2000, 11, 15);
    assertEquals("2000-11-15", DatedFact.of(date, Fixtures.SOURCE).toString());
    assertEquals("2000-11-15 (art. 38)", DatedFact.of(date, "art. 38", Fixtures.SOURCE).toString());
  }

  // ---------------------------------------------------------------- ids

  @Property
  void entityIdsReadBackTheirCanonicalForm(@ForAll("slugs") String slug) {
    EntityId id = EntityId.of(slug);
    assertEquals(slug, id.toString());
    assertEquals(id, EntityId.of(id.toString()));
    assertEquals(id.hashCode(), EntityId.of(slug).hashCode());
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> slugs() {
    return net.jqwik.api.Arbitraries.strings().withChars("abcxyz019-.").ofMinLength(1).ofMaxLength(30)
        .filter(s -> Character.isLetterOrDigit(s.charAt(0)) && Character.isLetterOrDigit(s.charAt(s.length() - 1)));
  }

  @Property
  void idsWithOtherCharactersAreRejected(@ForAll @StringLength(min = 1, max = 10) String text) {
    boolean valid = text.matches("[a-z0-9]([a-z0-9.-]*[a-z0-9])?");
    try {
      EntityId.of(text);
      assertTrue(valid, text);
    } catch (IllegalArgumentException e) {
      assertFalse(valid, text);
      assertTrue(e.getMessage().startsWith("entity id"), e.getMessage());
    }
  }

  @Test
  void anEntityIdIsNotAnEditionId() {
    assertNotEquals(EntityId.of("x"), (Object) EditionId.of("x"));
    assertEquals("entity id 'CMLS' may contain only a-z, 0-9, '-' and '.'",
        assertThrows(IllegalArgumentException.class, () -> EntityId.of("CMLS")).getMessage());
    assertEquals("edition id '-x' must start and end with a letter or digit",
        assertThrows(IllegalArgumentException.class, () -> EditionId.of("-x")).getMessage());
  }

  @Test
  void idsAreOrderedByTheirSlugs() {
    assertEquals(List.of("ccp", "cmls", "gpml"), Stream.of("gpml", "cmls", "ccp").map(EntityId::of).sorted()
        .map(EntityId::toString).toList());
    assertEquals(List.of("ocb-brochure", "ocb-overview"), Stream.of("ocb-overview", "ocb-brochure")
        .map(EditionId::of).sorted().map(EditionId::toString).toList());
  }

  @Test
  void rejectsAnEmptyOrOverlongId() {
    assertEquals("entity id must not be empty",
        assertThrows(IllegalArgumentException.class, () -> EntityId.of("")).getMessage());
    assertEquals("a".repeat(100), EntityId.of("a".repeat(100)).toString());
    assertEquals("entity id must have at most 100 characters, found 101",
        assertThrows(IllegalArgumentException.class, () -> EntityId.of("a".repeat(101))).getMessage());
  }

  // ---------------------------------------------------------------- provenance and names

  @ParameterizedTest
  @CsvSource({"2", "17", "40"})
  void anEntityNamesEachNameOnceButMayGiveOneTextAsTwoTypes(int count) {
    java.util.List<Name> names = new java.util.ArrayList<>();
    names.add(Name.official("Topic", Fixtures.SOURCE));
    names.add(Name.acronym("Topic", Fixtures.SOURCE));
    for (int i = names.size(); i < count; i++) {
      names.add(Name.alias("Alias " + i, Fixtures.SOURCE));
    }
    Topic ok = Topic.builder().id(EntityId.of("t")).names(names).addProvenance(Fixtures.SOURCE).build();
    assertEquals(count, ok.names().size());
    names.add(Name.alias("Alias " + (count - 1), Fixtures.SOURCE));
    if (count == 2) {
      names.set(names.size() - 1, Name.acronym("Topic", Fixtures.SOURCE));
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Topic.builder().id(EntityId.of("t")).names(names).addProvenance(Fixtures.SOURCE).build());
    assertEquals("topic t: a name is listed twice", e.getMessage());
  }

  @Test
  void aNameMayBeListedOnceForEachOfTwoDisjointSetsOfEditions() {
    Provenance other = Provenance.stated("other", "Topic");
    Topic t = Topic.builder().id(EntityId.of("t")).addName(Name.official("Topic", Fixtures.SOURCE).in(Fixtures.E1))
        .addName(Name.official("Topic", other).in(Fixtures.E2)).addProvenance(Fixtures.SOURCE).build();
    assertEquals(other, t.names().get(1).provenance());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Topic.builder()
        .id(EntityId.of("t")).addName(Name.official("Topic", Fixtures.SOURCE).in(Fixtures.E1))
        .addName(Name.official("Topic", other)).addProvenance(Fixtures.SOURCE).build());
    assertEquals("topic t: a name is listed twice", e.getMessage());
  }

  @Test
  void provenanceNeedsWhatItsBasisPromises() {
    assertEquals("provenance with basis STATED needs a quote", assertThrows(IllegalArgumentException.class,
        () -> ImmutableProvenance.builder().basis(Basis.STATED).source("seed").build()).getMessage());
    assertEquals("provenance with basis INFERRED needs a rationale", assertThrows(IllegalArgumentException.class,
        () -> ImmutableProvenance.builder().basis(Basis.INFERRED).source("seed").build()).getMessage());
    assertEquals("provenance with basis PUBLIC_RECORD must not have a quote",
        assertThrows(IllegalArgumentException.class, () -> ImmutableProvenance.builder()
            .basis(Basis.PUBLIC_RECORD).source("x").quote("y").build()).getMessage());
    assertEquals("provenance source must not be blank",
        assertThrows(IllegalArgumentException.class, () -> Provenance.publicRecord(" ")).getMessage());
    assertEquals("STATED (seed: \"a phrase\")", Provenance.stated("seed", "a phrase").toString());
  }

  @Test
  void rejectsABlankQuoteOrRationale() {
    assertEquals("provenance quote must not be blank",
        assertThrows(IllegalArgumentException.class, () -> Provenance.stated("seed", " ")).getMessage());
    assertEquals("provenance rationale must not be blank",
        assertThrows(IllegalArgumentException.class, () -> Provenance.inferred("seed", " ")).getMessage());
  }

  @Test
  void provenanceReadsAsBasisSourceAndQuoteOrRationale() {
    assertEquals("INFERRED (seed 000: the section runs its programmes)",
        Provenance.inferred("seed 000", "the section runs its programmes").toString());
    assertEquals("PUBLIC_RECORD (A/RES/55/25)", Provenance.publicRecord("A/RES/55/25").toString());
  }

  @Test
  void rejectsAnIdentifierWithABlankSchemeOrValue() {
    assertEquals("identifier scheme must not be blank", assertThrows(IllegalArgumentException.class,
        () -> Identifier.of(" ", "GLOU40", Fixtures.SOURCE)).getMessage());
    assertEquals("identifier value must not be blank", assertThrows(IllegalArgumentException.class,
        () -> Identifier.of(Identifier.UNODC_PROJECT, " ", Fixtures.SOURCE)).getMessage());
  }

  @Test
  void anIdentifierReadsAsSchemeAndValue() {
    assertEquals("UNODC project:GLOU40", Identifier.of(Identifier.UNODC_PROJECT, "GLOU40", Fixtures.SOURCE).toString());
  }

  @Test
  void aNameReadsAsItsText() {
    assertEquals("Palermo Convention", Name.alias("Palermo Convention", Fixtures.SOURCE).toString());
  }

  @Test
  void aliasesAreTheNamesOfTypeAlias() {
    Name first = Name.alias("Palermo Convention", Fixtures.SOURCE);
    Name second = Name.alias("Organized Crime Convention", Fixtures.SOURCE);
    Topic t = Topic.builder().id(EntityId.of("t")).names(List.of(Name.official("Official", Fixtures.SOURCE), first,
        Name.acronym("UNTOC", Fixtures.SOURCE), second)).addProvenance(Fixtures.SOURCE).build();
    assertEquals(List.of(first, second), t.aliases());
  }

  @Test
  void rejectsAnEditionWithABlankTitleOrSource() {
    assertEquals("edition e1: title must not be blank", assertThrows(IllegalArgumentException.class,
        () -> Edition.builder().id(Fixtures.E1).title(" ").source("brochure").build()).getMessage());
    assertEquals("edition e1: source must not be blank", assertThrows(IllegalArgumentException.class,
        () -> Edition.builder().id(Fixtures.E1).title("Brochure").source(" ").build()).getMessage());
  }

  @Test
  void anEditionReadsAsItsId() {
    assertEquals("e1", Fixtures.edition(Fixtures.E1).toString());
  }

  @Test
  void rejectsAContactWithNothingToReach() {
    assertEquals("a contact needs at least one of address, phone, fax, e-mail or web",
        assertThrows(IllegalArgumentException.class, () -> Contact.builder().provenance(Fixtures.SOURCE).build())
            .getMessage());
  }

  @Test
  void acceptsAContactWithAnyOneWayToReach() {
    assertEquals(List.of("Vienna International Centre", "Wagramer Strasse 5"), Contact.builder()
        .addAddress("Vienna International Centre", "Wagramer Strasse 5").provenance(Fixtures.SOURCE).build().address());
    assertEquals(Optional.of("+43 1 26060"),
        Contact.builder().phone("+43 1 26060").provenance(Fixtures.SOURCE).build().phone());
    assertEquals(Optional.of("+43 1 263 3389"),
        Contact.builder().fax("+43 1 263 3389").provenance(Fixtures.SOURCE).build().fax());
    assertEquals(Optional.of("unodc@example.org"),
        Contact.builder().email("unodc@example.org").provenance(Fixtures.SOURCE).build().email());
    assertEquals(Optional.of("www.unodc.org"),
        Contact.builder().web("www.unodc.org").provenance(Fixtures.SOURCE).build().web());
  }

  @Test
  void rejectsABlankAddressLine() {
    assertEquals("an address line must not be blank", assertThrows(IllegalArgumentException.class,
        () -> Contact.builder().addAddress("Vienna International Centre", " ").provenance(Fixtures.SOURCE).build())
        .getMessage());
  }

  @Test
  void buildersCheckEveryValue() {
    assertEquals("topic x: needs at least one official name", assertThrows(IllegalArgumentException.class,
        () -> Topic.builder().id(EntityId.of("x")).addName(Name.acronym("X", Fixtures.SOURCE))
            .addProvenance(Fixtures.SOURCE).build()).getMessage());
    assertEquals("a name must not be blank", assertThrows(IllegalArgumentException.class,
        () -> Name.builder().type(NameType.ALIAS).text(" ").provenance(Fixtures.SOURCE).build()).getMessage());
  }

  @Test
  void entitiesNeedAnOfficialNameAndASource() {
    assertEquals("unit x: needs at least one official name", assertThrows(IllegalArgumentException.class,
        () -> Unit.builder().id(EntityId.of("x")).unitType(UnitType.SECTION)
            .addName(Name.acronym("X", Fixtures.SOURCE)).addProvenance(Fixtures.SOURCE).build()).getMessage());
    assertEquals("unit x: needs at least one provenance, the source that names it",
        assertThrows(IllegalArgumentException.class, () -> Unit.builder().id(EntityId.of("x"))
            .unitType(UnitType.SECTION).addName(Name.official("X", Fixtures.SOURCE)).build()).getMessage());
    assertEquals("name ' X' must not begin or end with white space",
        assertThrows(IllegalArgumentException.class, () -> Name.official(" X", Fixtures.SOURCE)).getMessage());
    assertEquals("unit x: name 'X' holds in editions [e2] outside the entity's editions [e1]",
        assertThrows(IllegalArgumentException.class, () -> Unit.builder().id(EntityId.of("x"))
            .unitType(UnitType.SECTION).addEdition(Fixtures.E1)
            .addName(Name.official("X", Fixtures.SOURCE).in(Fixtures.E2))
            .addProvenance(Fixtures.SOURCE).build()).getMessage());
  }

  /** Builds an entity of a kind with id x, with the given names and provenance. */
  private static Entity entity(EntityKind kind, List<Name> names, List<Provenance> provenance) {
    EntityId x = EntityId.of("x");
    return switch (kind) {
      case UNIT -> Unit.builder().id(x).unitType(UnitType.SECTION).names(names).provenance(provenance).build();
      case INSTRUMENT -> Instrument.builder().id(x).instrumentType(InstrumentType.CONVENTION).names(names)
          .provenance(provenance).build();
      case BODY -> Body.builder().id(x).bodyType(BodyType.CONFERENCE).names(names).provenance(provenance).build();
      case PROGRAMME -> Programme.builder().id(x).programmeType(ProgrammeType.GLOBAL_PROGRAMME).names(names)
          .provenance(provenance).build();
      case MANDATE -> Mandate.builder().id(x).names(names).provenance(provenance).build();
      case SERVICE -> Service.builder().id(x).serviceType(ServiceType.ASSISTANCE_FORM).names(names)
          .provenance(provenance).build();
      case TOPIC -> Topic.builder().id(x).names(names).provenance(provenance).build();
      case COUNTERPART_TYPE -> CounterpartType.builder().id(x).names(names).provenance(provenance).build();
      case STRATEGY_AREA -> StrategyArea.builder().id(x).names(names).provenance(provenance).build();
    };
  }

  @ParameterizedTest
  @EnumSource(EntityKind.class)
  void everyKindReadsAsItsTypeIdAndLabel(EntityKind kind) {
    Entity e = entity(kind, List.of(Name.official("Example", Fixtures.SOURCE), Name.acronym("EX", Fixtures.SOURCE)),
        List.of(Fixtures.SOURCE));
    assertEquals(kind, e.kind());
    assertEquals(kind.type().getSimpleName() + "[x: EX (Example)]", e.toString());
  }

  @ParameterizedTest
  @EnumSource(EntityKind.class)
  void everyKindNeedsAnOfficialName(EntityKind kind) {
    assertEquals(kind.label() + " x: needs at least one official name", assertThrows(IllegalArgumentException.class,
        () -> entity(kind, List.of(Name.acronym("EX", Fixtures.SOURCE)), List.of(Fixtures.SOURCE))).getMessage());
  }

  @Test
  void entitiesReadWellInJShell() {
    Entity cmls = Untoc.reference().get(EntityId.of("cmls"));
    assertEquals("Unit[cmls: CMLS (Cybercrime and Money Laundering Section)]", cmls.toString());
    assertEquals("Registry[2 editions, 115 entities, 218 relations, latest ocb-overview]",
        Untoc.reference().toString());
    assertEquals("cmls runs gpml [ocb-overview]", Untoc.reference().latestView()
        .relationsTo(EntityId.of("gpml"), RelationKind.RUNS).get(0).toString());
  }

  @Test
  void kindsHaveLabelsThatReadBack() {
    for (EntityKind k : EntityKind.values()) {
      assertEquals(k, EntityKind.ofLabel(k.label()));
    }
    for (RelationKind k : RelationKind.values()) {
      assertEquals(k, RelationKind.ofLabel(k.label()));
    }
    assertEquals("unknown relation kind 'owns': expected one of [part-of, runs, secretariat-of, serves, "
            + "has-mandate, concerns, subsidiary-of, established-by, adopted-by, supplements, outcome-of, "
            + "supports-implementation-of, reviews, addresses, offers, focal-point-for, engages, "
            + "coordinates-with, contributes-to, broader]",
        assertThrows(IllegalArgumentException.class, () -> RelationKind.ofLabel("owns")).getMessage());
  }

  @Test
  void aRelationKindReadsForwardsAsItsLabelAndBackwardsAsItsInverse() {
    assertEquals("supports-implementation-of", RelationKind.SUPPORTS_IMPLEMENTATION_OF.toString());
    assertEquals("runs", RelationKind.RUNS.verb());
    assertEquals("run by", RelationKind.RUNS.inverseVerb());
    assertEquals("parts", RelationKind.PART_OF.inverseVerb());
  }
}
