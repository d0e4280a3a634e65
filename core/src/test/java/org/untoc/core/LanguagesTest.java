package org.untoc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.untoc.core.Fixtures.E1;
import static org.untoc.core.Fixtures.E2;
import static org.untoc.core.Fixtures.SOURCE;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Names in languages: tags, the names of an entity in a language, the fallback to English, lookups in any language. */
class LanguagesTest {
  @Test
  void aLabelInALanguageWithoutAnOfficialNameInItIsEnglishThroughout() {
    Registry reference = Untoc.reference();
    Entity cop = reference.get("cop");
    EditionId latest = reference.latest().id();
    assertTrue(cop.namesIn("es").stream().anyMatch(n -> n.text().equals("CdP")), "the data has the Spanish acronym");
    assertEquals(cop.acronymIn(latest), cop.acronymIn(latest, "es"));
    assertEquals(cop.labelIn(latest), cop.labelIn(latest, "es"));
    assertEquals(cop, reference.get("CdP"));
    // where it has an official name in the language, name and acronym come from it (or the acronym from English)
    assertEquals(cop.nameIn(latest, "fr"), cop.namesIn("fr").get(0).text());
  }

  /** A topic with names in English, French and Arabic; its French acronym holds in e2 only. */
  private static Topic topic() {
    return Topic.builder().id(EntityId.of("t"))
        .addName(Name.official("Transnational Crime", SOURCE))
        .addName(Name.acronym("TC", SOURCE))
        .addName(Name.official("Criminalité transnationale", SOURCE).inLanguage("fr"))
        .addName(Name.acronym("CT", SOURCE).inLanguage("fr").in(E2))
        .addName(Name.builder().type(NameType.OFFICIAL).text("الجريمة عبر الوطنية").language("ar")
            .provenance(SOURCE).build())
        .addProvenance(SOURCE).build();
  }

  private static Registry registry(Entity... entities) {
    return Fixtures.twoEditions().add(entities).build();
  }

  @Test
  void aNameIsInEnglishUnlessGivenALanguage() {
    assertEquals("en", Name.official("X", SOURCE).language());
    assertEquals("fr", Name.official("X", SOURCE).inLanguage("fr").language());
    assertEquals("ar", Name.builder().type(NameType.ALIAS).text("X").provenance(SOURCE).language("ar").build()
        .language());
  }

  @Test
  void languageTagsAreKeptInTheirNormalForm() {
    assertEquals("fr", Name.official("X", SOURCE).inLanguage("FR").language());
    assertEquals("zh-Hans-CN", Name.official("X", SOURCE).inLanguage("ZH-hans-cn").language());
    assertEquals("es-419", Name.parseLanguage("es-419"));
    assertEquals(Name.official("X", SOURCE).inLanguage("fr"), Name.official("X", SOURCE).inLanguage("FR"));
  }

  @Test
  void anIllFormedTagIsRejectedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Name.official("X", SOURCE).inLanguage("en_GB"));
    assertEquals("'en_GB' is not a well-formed BCP 47 language tag, such as en, fr or zh-Hans", e.getMessage());
    assertEquals("'french!' is not a well-formed BCP 47 language tag, such as en, fr or zh-Hans",
        assertThrows(IllegalArgumentException.class, () -> Name.parseLanguage("french!")).getMessage());
    assertEquals("a language tag must not be empty",
        assertThrows(IllegalArgumentException.class, () -> Name.parseLanguage(" ")).getMessage());
    assertEquals("'x' is not a well-formed BCP 47 language tag, such as en, fr or zh-Hans",
        assertThrows(IllegalArgumentException.class, () -> topic().nameIn(E1, "x")).getMessage());
  }

  @Test
  void isInComparesNormalTags() {
    Name n = Name.official("X", SOURCE).inLanguage("fr");
    assertTrue(n.isIn("FR"));
    assertFalse(n.isIn("fr-CA"));
    assertFalse(n.isIn("en"));
  }

  @Test
  void theNamesOfALanguageFallBackToEnglish() {
    Topic t = topic();
    assertEquals("Criminalité transnationale", t.nameIn(E1, "fr"));
    assertEquals("الجريمة عبر الوطنية", t.nameIn(E1, "ar"));
    assertEquals("Transnational Crime", t.nameIn(E1, "zh"));
    assertEquals("Criminalité transnationale", t.nameIn(E1, "fr-CA"));
    assertEquals(Optional.of("TC"), t.acronymIn(E1, "fr"));
    assertEquals(Optional.of("CT"), t.acronymIn(E2, "fr"));
    assertEquals("TC (Criminalité transnationale)", t.labelIn(E1, "fr"));
    assertEquals("CT (Criminalité transnationale)", t.labelIn(E2, "fr"));
    assertEquals("TC (Transnational Crime)", t.labelIn(E2, "ru"));
  }

  @Test
  void theMethodsWithoutALanguageStayEnglish() {
    Topic t = topic();
    assertEquals("Transnational Crime", t.name());
    assertEquals("Transnational Crime", t.nameIn(E2));
    assertEquals(Optional.of("TC"), t.acronymIn(E2));
    assertEquals("TC (Transnational Crime)", t.labelIn(E2));
    assertEquals("TC (Transnational Crime)", t.label());
  }

  @Test
  void theNamesInALanguageAreThereWithoutFallback() {
    Topic t = topic();
    assertEquals(List.of("Criminalité transnationale", "CT"), t.namesIn("fr").stream().map(Name::text).toList());
    assertEquals(List.of(), t.namesIn("ru"));
    assertEquals(List.of("en", "fr", "ar"), t.languages().asList());
  }

  @Test
  void anEntityWithoutEnglishNamesIsNamedByItsFirstOfficialName() {
    Topic t = Topic.builder().id(EntityId.of("t"))
        .addName(Name.acronym("CT", SOURCE).inLanguage("fr"))
        .addName(Name.official("Criminalité", SOURCE).inLanguage("fr")).addProvenance(SOURCE).build();
    assertEquals("Criminalité", t.name());
    assertEquals("Criminalité", t.nameIn(E1));
    assertEquals(Optional.of("CT"), t.acronym());
    assertEquals(Optional.empty(), t.acronymIn(E1));
    assertEquals("CT (Criminalité)", t.labelIn(E1, "fr"));
  }

  @Test
  void anEntityNeedsAnOfficialNameInSomeLanguage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Topic.builder()
        .id(EntityId.of("t")).addName(Name.alias("Criminalité", SOURCE).inLanguage("fr")).addProvenance(SOURCE)
        .build());
    assertEquals("topic t: needs at least one official name", e.getMessage());
  }

  @Test
  void theSameTextMayBeANameInTwoLanguagesButNotTwiceInOne() {
    Topic t = Topic.builder().id(EntityId.of("t")).addName(Name.official("UNODC", SOURCE))
        .addName(Name.acronym("UNODC", SOURCE)).addName(Name.acronym("UNODC", SOURCE).inLanguage("es"))
        .addProvenance(SOURCE).build();
    assertEquals(3, t.names().size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Topic.builder()
        .id(EntityId.of("t")).addName(Name.official("UNODC", SOURCE))
        .addName(Name.acronym("ONUDC", SOURCE).inLanguage("fr"))
        .addName(Name.acronym("ONUDC", SOURCE).inLanguage("FR")).addProvenance(SOURCE).build());
    assertEquals("topic t: a name is listed twice", e.getMessage());
  }

  @Test
  void lookupsFindANameInAnyLanguage() {
    Registry r = registry(topic());
    assertEquals("t", r.get("criminalité transnationale").id().toString());
    assertEquals("t", r.get("CRIMINALITÉ TRANSNATIONALE").id().toString());
    assertEquals("t", r.get("الجريمة عبر الوطنية").id().toString());
    assertEquals("t", r.view(E2).get("ct").id().toString());
  }

  @Test
  void lookupsIgnoreDiacriticsUnlessAnExactNameMatches() {
    Topic accented = Topic.builder().id(EntityId.of("accented")).addName(Name.official("Régime", SOURCE))
        .addProvenance(SOURCE).build();
    Topic plain = Topic.builder().id(EntityId.of("plain")).addName(Name.official("Regime", SOURCE))
        .addProvenance(SOURCE).build();
    Registry r = registry(topic(), accented, plain);
    assertEquals("t", r.get("criminalite transnationale").id().toString());
    assertEquals("accented", r.get("régime").id().toString());
    assertEquals("plain", r.get("regime").id().toString());
    assertEquals("plain", r.get("REGIME").id().toString());
    // Without an exact match, both are found ignoring their marks: ambiguous.
    LookupException e = assertThrows(LookupException.class, () -> r.latestView().get("régimé"));
    assertEquals(LookupException.Reason.AMBIGUOUS, e.reason());
    assertEquals(List.of("accented", "plain"), e.candidates().stream().map(x -> x.id().toString()).toList());
  }

  @Test
  void arabicHarakatAreMarksThatLookupsIgnore() {
    // "al-jarima" with a fatha, a shadda and a kasra written on it, as a vocalised text writes it.
    Registry r = registry(topic());
    assertEquals("t", r.get("الجَرِيمة عبر الوطنيّة").id().toString());
    assertEquals(Optional.empty(), r.latestView().find("الجريمة عبر"));
  }

  @Test
  void suggestionsComeFromTheFormsWithoutMarks() {
    Registry r = registry(topic());
    LookupException e = assertThrows(LookupException.class, () -> r.get("criminalite transnationalle"));
    assertEquals("no entity 'criminalite transnationalle' in any edition; did you mean TC (Transnational Crime)?",
        e.getMessage());
  }

  @Test
  void matchesReadsTheTextAsLookupsDo() {
    Name n = Name.official("Criminalité transnationale", SOURCE).inLanguage("fr");
    assertTrue(n.matches("CRIMINALITE   transnationale"));
    assertTrue(n.matches("Criminalite\u0301 transnationale"));
    assertFalse(n.matches("criminalite"));
  }
}
