package org.untoc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameKeyTest {
  @Test
  void normalFormIsLowerCaseWithSingleSpacesAndPlainPunctuation() {
    assertEquals("cmls", NameKey.of("CMLS"));
    assertEquals("land, air and sea", NameKey.of("  Land,\tAir\u00A0and   Sea\n"));
    assertEquals("programme-countering", NameKey.of("Programme\u2014Countering"));
    assertEquals("unodc's \"global\" programme", NameKey.of("UNODC\u2019s \u201CGlobal\u201D Programme"));
    assertEquals("", NameKey.of(" \t "));
  }

  @Test
  void everyAsciiCharacterTakesTheNormalFormOfItsUnicodeClass() {
    for (char c = 0; c < 0x80; c++) {
      boolean white = Character.isWhitespace(c) || Character.isSpaceChar(c);
      assertEquals(white ? "a b" : "a" + Character.toLowerCase(c) + "b", NameKey.of("a" + c + "b"), "char " + (int) c);
    }
    assertEquals("global programme-x (gp)", NameKey.of("Global Programme-X (GP)"));
    assertEquals("a b", NameKey.of("\u001Ca\r\u001F b\u000B"));
    assertEquals("caf\u00e9 \u00e0 la carte", NameKey.of("CAF\u00c9 \u00c0 LA CARTE"));
  }

  @Test
  void normalFormIsItsOwnNormalForm() {
    for (String text : List.of("CMLS", "  Land,\tAir\u00A0and   Sea\n", "UNODC\u2019s \u201CGlobal\u201D", "\u212A")) {
      assertEquals(NameKey.of(text), NameKey.of(NameKey.of(text)), text);
    }
  }

  @Test
  void nonAsciiTextIsNormalisedWithNfkcAndFullCaseFolding() {
    assertEquals("unodc", NameKey.of("\uFF35\uFF2E\uFF2F\uFF24\uFF23")); // full-width UNODC
    assertEquals("financing", NameKey.of("\uFB01nancing")); // the fi ligature
    assertEquals("strasse", NameKey.of("Stra\u00DFe"));
    assertEquals("strasse", NameKey.of("STRA\u1E9EE")); // capital sharp s
    assertEquals("strasse", NameKey.of("STRASSE"));
    assertEquals("\u03BF\u03B4\u03BF\u03C2", NameKey.of("\u039F\u0394\u039F\u03A3")); // final sigma
    assertEquals(NameKey.of("\u03BF\u03B4\u03BF\u03C3"), NameKey.of("\u039F\u0394\u039F\u03A3"));
    assertEquals("\u03C3\u03BF\u03C2", NameKey.of("\u03A3\u039F\u03A3"));
    assertEquals("i\u0307stanbul", NameKey.of("\u0130STANBUL")); // dotted capital I: i and a dot
    assertEquals("istanbul", NameKey.of("\u0131stanbul")); // dotless i: i
    assertEquals("caf\u00e9", NameKey.of("cafe\u0301")); // composed
    assertEquals("\u8054\u5408\u56FD", NameKey.of("\u8054\u5408\u56FD"));
    assertEquals("a b", NameKey.of("a\u3000b")); // ideographic space
    assertEquals("a-b", NameKey.of("a\uFF0Db")); // full-width hyphen-minus
  }

  @Test
  void formWithoutMarksDropsDiacriticsAndHarakat() {
    assertEquals("criminalite transnationale organisee",
        NameKey.ofIgnoringMarks("Criminalit\u00E9 transnationale organis\u00E9e"));
    assertEquals("istanbul", NameKey.ofIgnoringMarks("\u0130stanbul"));
    assertEquals("\u0627\u0644\u062C\u0631\u064A\u0645\u0629", // al-jarima, bare
        NameKey.ofIgnoringMarks("\u0627\u0644\u062C\u064E\u0631\u0650\u064A\u0645\u0629"));
    assertEquals("\u0627", NameKey.ofIgnoringMarks("\u0623")); // alef with hamza above
    assertEquals("\uD55C\uAD6D", NameKey.ofIgnoringMarks("\uD55C\uAD6D")); // Hangul stays composed
    assertEquals("a b", NameKey.ofIgnoringMarks("a \u0301 b"));
    assertEquals("gpml", NameKey.ofIgnoringMarks("GPML"));
  }

  @Test
  void normalFormsOfNonAsciiTextAreTheirOwnNormalForms() {
    for (String text : List.of("Stra\u00DFe", "\u039F\u0394\u039F\u03A3 \u2014 \u201CA\u201D", "\u0130STANBUL",
        "\uFF35\uFF2E \uFB01", "\u0645\u064E\u0643\u062A\u0628")) {
      assertEquals(NameKey.of(text), NameKey.of(NameKey.of(text)), text);
      assertEquals(NameKey.ofIgnoringMarks(text), NameKey.ofIgnoringMarks(NameKey.ofIgnoringMarks(text)), text);
    }
  }

  @Test
  void distanceCountsEditsAndSwapsUpToALimit() {
    assertEquals(0, NameKey.distance("cmls", "cmls", 2));
    assertEquals(1, NameKey.distance("cmsl", "cmls", 2));
    assertEquals(1, NameKey.distance("htmss", "hmtss", 2));
    assertEquals(2, NameKey.distance("fts", "css", 2));
    assertEquals(3, NameKey.distance("abcdef", "ghijkl", 2));
    assertEquals(3, NameKey.distance("a", "abcdef", 2));
  }

  @Test
  void distanceOfTextsWhoseLengthsDifferByTheLimitIsCounted() {
    assertEquals(1, NameKey.distance("ab", "abc", 1));
    assertEquals(2, NameKey.distance("", "ab", 2));
    assertEquals(2, NameKey.distance("ab", "", 2));
  }

  @Test
  void unknownIdInTheRegistrySuggestsCloseIds() {
    LookupException e = assertThrows(LookupException.class, () -> Untoc.reference().get(EntityId.of("gpmx")));
    assertEquals("no entity 'gpmx' in any edition; did you mean GPML (Global Programme against"
        + " Money-Laundering, Proceeds of Crime and the Financing of Terrorism)?", e.getMessage());
  }

  @Test
  void syntheticRegistriesAreValidAndRepeatable() {
    Registry a = Synthetic.registry(200, 3, 7L);
    Registry b = Synthetic.registry(200, 3, 7L);
    assertEquals(200, a.size());
    assertEquals(List.of("e0", "e1", "e2"), a.editions().stream().map(x -> x.id().toString()).toList());
    assertEquals(a.relations(), b.relations());
    assertEquals(List.of(a.get(Synthetic.unitId(0))), a.latestView().pathToRootOf(Synthetic.unitId(0)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Synthetic.registry(9, 1, 1L));
    assertEquals("a synthetic registry needs at least 10 entities, not 9", e.getMessage());
  }
}
