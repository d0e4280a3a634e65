package org.untoc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the normal forms of names. */
class NameKeyPropertiesTest {
  /** Text of Latin, Greek, Cyrillic, Arabic and Chinese letters, marks, spaces, dashes and compatibility forms. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withCharRange('\u0000', '\u007F').withCharRange('\u00A0', '\u024F')
        .withCharRange('\u0300', '\u036F').withCharRange('\u0370', '\u03FF').withCharRange('\u0400', '\u04FF')
        .withCharRange('\u0600', '\u06FF').withCharRange('\u1E00', '\u1EFF').withCharRange('\u2010', '\u2033')
        .withCharRange('\u3000', '\u3003').withCharRange('\u4E00', '\u4E2F').withCharRange('\uFB00', '\uFB06')
        .withCharRange('\uFF01', '\uFF5E').ofMaxLength(12);
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void aNormalFormIsItsOwnNormalForm(@ForAll("texts") String text) {
    String key = NameKey.of(text);
    assertEquals(key, NameKey.of(key));
    String withoutMarks = NameKey.ofIgnoringMarks(text);
    assertEquals(withoutMarks, NameKey.ofIgnoringMarks(withoutMarks));
    assertEquals(withoutMarks, NameKey.ofIgnoringMarks(key));
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void plainAsciiTakesTheFormUnicodeWouldGiveIt(@ForAll("ascii") String text) {
    assertEquals(NameKey.viaUnicode(text), NameKey.of(text));
  }

  @Provide
  Arbitrary<String> ascii() {
    return Arbitraries.strings().withCharRange('\u0000', '\u007F').ofMaxLength(20);
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void caseDoesNotChangeTheNormalForm(@ForAll("texts") String text) {
    assertEquals(NameKey.of(text), NameKey.of(text.toUpperCase(java.util.Locale.ROOT)));
  }
}
