package org.untoc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shortcuts the name index takes agree with the normal form they stand for, over texts
 * made of letters of both cases, white space of several kinds, typographic punctuation and
 * letters whose case mapping leaves ASCII (the Kelvin sign, dotless i, long s, dotted capital I).
 */
class NameKeyProperties {

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars("aAbBkKiIsSzZ09 -.'@`[{")
        .withChars(' ', ' ', '\t', '\n', '\r', '\u00A0', '\u2003')
        .withChars('\u2013', '\u2019', '\u201C', '\u212A', '\u0131', '\u017F', '\u0130', '\u00E9', '\u00C9', '\u00DF')
        .ofMaxLength(12);
  }

  /**
   * Pairs of texts that often share a normal form: the second changes the case or spacing of
   * the first, or flips the bit that tells ASCII capitals from small letters in one character.
   */
  @Provide
  Arbitrary<String[]> pairs() {
    return texts().filter(a -> !a.isEmpty()).flatMap(a -> Arbitraries.integers().between(0, a.length() - 1)
        .flatMap(i -> Arbitraries.of(
            a, a.toUpperCase(java.util.Locale.ROOT), a.toLowerCase(java.util.Locale.ROOT), " " + a, a + "  ",
            a.replace(' ', '\t'), a.replace('k', '\u212A'), a.replace('i', '\u0131'), a.replace('-', '\u2013'),
            a.substring(0, i) + (char) (a.charAt(i) ^ 0x20) + a.substring(i + 1)))
        .map(b -> new String[] {a, b}));
  }

  @Property(tries = 3000)
  void hashIsTheHashOfTheNormalForm(@ForAll("texts") String text) {
    assertEquals(NameKey.of(text).hashCode(), NameKey.hash(text));
  }

  @Property(tries = 3000)
  void sameKeyIsEqualityOfNormalForms(@ForAll("pairs") String[] pair) {
    assertEquals(NameKey.of(pair[0]).equals(NameKey.of(pair[1])), NameKey.sameKey(pair[0], pair[1]),
        () -> "'" + pair[0] + "' and '" + pair[1] + "'");
  }

  @Property(tries = 3000)
  void sameKeyIsEqualityOfNormalFormsForAnyTwoTexts(@ForAll("texts") String a, @ForAll("texts") String b) {
    assertEquals(NameKey.of(a).equals(NameKey.of(b)), NameKey.sameKey(a, b));
  }

  @Property(tries = 3000)
  void aTextThatCannotBeAnIdHasANormalFormThatIsNoId(@ForAll("texts") String text) {
    if (!NameKey.mayBeSlug(text)) {
      assertFalse(Identity.isSlug(NameKey.of(text)), () -> "'" + text + "'");
    }
  }

  @Property(tries = 1000)
  void aTextThatIsAnIdAroundWhiteSpaceMayBeAnId(
      @ForAll("ids") String id, @ForAll("space") String before, @ForAll("space") String after) {
    assertTrue(NameKey.mayBeSlug(before + id.toUpperCase(java.util.Locale.ROOT) + after));
  }

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.strings().withChars("abz09-.").ofMinLength(1).ofMaxLength(10).filter(Identity::isSlug);
  }

  @Provide
  Arbitrary<String> space() {
    return Arbitraries.strings().withChars(' ', '\t', '\n', '\u00A0').ofMaxLength(3);
  }
}
