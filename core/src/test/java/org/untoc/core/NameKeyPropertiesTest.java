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

  /**
   * Upper case does not change the normal form of text in canonical order (NFD), the order in
   * which Unicode defines caseless matching: out of that order, the upper case of U+0345 (a mark)
   * before U+0300 is a letter (U+0399) that the grave accent then joins, while the text itself
   * puts the accent first.
   */
  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void caseDoesNotChangeTheNormalForm(@ForAll("texts") String text) {
    String ordered = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
    assertEquals(NameKey.of(ordered), NameKey.of(ordered.toUpperCase(java.util.Locale.ROOT)));
  }

  @org.junit.jupiter.api.Test
  void theUpperCaseOfAnIotaSubscriptBeforeAnAccentIsCompared() {
    assertEquals(NameKey.of("\u0300\u0345"), NameKey.of("\u0345\u0300"));
    assertEquals(NameKey.of("\u0300\u0345"), NameKey.of("\u0300\u0399"));
  }
}
