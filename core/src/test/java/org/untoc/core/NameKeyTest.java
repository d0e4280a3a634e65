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
  void plainAsciiTakesTheNormalFormOfTheGeneralRules() {
    java.util.Random random = new java.util.Random(14);
    String alphabet = "aZ -'\"(),.Gm0\t";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = random.nextInt(8); j > 0; j--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      // a trailing no-break space is dropped by the general rules, and keeps the text off the plain ASCII path
      assertEquals(NameKey.of(text + "\u00A0"), NameKey.of(text), "'" + text + "'");
    }
    assertEquals("global programme-x (gp)", NameKey.of("Global Programme-X (GP)"));
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
