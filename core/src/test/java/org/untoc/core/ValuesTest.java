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
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
