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
