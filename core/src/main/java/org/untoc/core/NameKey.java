package org.untoc.core;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normal forms in which lookups compare names with what is asked for.
 *
 * <p>{@link #of(String)} is the normal form of a name or query:
 *
 * <ol>
 *   <li>Unicode normalisation NFKC: compatibility forms become their plain letters (full-width
 *       {@code ＵＮＯＤＣ} is {@code UNODC}, the ligature {@code ﬁ} is {@code fi}, Arabic
 *       presentation forms are the letters they present), and a letter with a diacritic written
 *       as two code points is the same as the one precomposed;
 *   <li>full case folding, done as lower case, upper case, then lower case again in the root
 *       locale: {@code ß}, {@code ẞ}, {@code SS} and {@code ss} are alike, so are a Greek final sigma {@code ς} and {@code σ}
 *       (both end a word as {@code ς}, inside one as {@code σ}), and the Turkish dotted capital
 *       {@code İ} is {@code i} with a combining dot, as Unicode's full case folding has it;
 *       unlike that folding, the dotless {@code ı} is {@code i}, so a name typed without a Turkish
 *       keyboard is found; no locale's own rules apply, so the same text has the same form
 *       everywhere; then NFKC again;
 *   <li>white space trimmed and each run of it one space; typographic dashes (U+2010 to U+2015,
 *       the minus sign U+2212) the hyphen-minus, typographic single and double quotes the plain
 *       ones.
 * </ol>
 *
 * <p>{@link #ofIgnoringMarks(String)} is that form without diacritics: the text is decomposed
 * (NFD), every nonspacing mark (Unicode general category Mn) is dropped, and what is left is
 * composed again (NFC). So {@code criminalité} is {@code criminalite}, {@code Straße} is {@code
 * strasse}, the Arabic short vowels and other harakat (fatha, damma, kasra, shadda, sukun, the
 * hamza written above or below a letter) go, so {@code أ} is {@code ا}; Chinese, which has no
 * marks, is unchanged.
 *
 * <p>Plain ASCII text is already NFKC and has no marks: it is only lower-cased and its white space
 * collapsed, without the tables of Unicode, which keeps lookups by the usual names fast.
 *
 * <p>This class is a set of functions; it has no instances.
 */
public final class NameKey {
  private NameKey() {}

  /**
   * Returns the normal form of a name or query, as the class description gives it.
   *
   * @param text the text, not null
   * @return the normal form, not null; empty where the text is only white space
   */
  public static String of(String text) {
    return collapse(isAscii(text) ? text : fold(text));
  }

  /**
   * Returns the normal form of a name or query without diacritics: {@link #of} with every
   * nonspacing mark dropped, as the class description gives it.
   *
   * @param text the text, or its normal form, not null
   * @return the normal form without marks, not null
   */
  public static String ofIgnoringMarks(String text) {
    return withoutMarks(of(text));
  }

  /** Returns a normal form ({@link #of}) without its nonspacing marks; ASCII as it is. */
  static String withoutMarks(String key) {
    if (isAscii(key)) {
      return key;
    }
    String decomposed = Normalizer.normalize(key, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        sb.append(c);
      }
    }
    return collapse(Normalizer.normalize(sb, Normalizer.Form.NFC));
  }

  /** Returns the normal form as the Unicode route makes it, for any text; for tests of the ASCII one. */
  static String viaUnicode(String text) {
    return collapse(fold(text));
  }

  /** Returns true if every character of the text is plain ASCII. */
  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Returns the text after NFKC and full case folding (lower, upper, lower), then NFKC again. */
  private static String fold(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    String folded = nfkc.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    return Normalizer.normalize(folded, Normalizer.Form.NFKC);
  }

  /**
   * Returns the text with its white space trimmed and collapsed, typographic dashes and quotes
   * made plain, and ASCII capitals made small (the rest is folded already).
   */
  private static String collapse(String text) {
    int n = text.length();
    StringBuilder sb = new StringBuilder(n);
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80 ? c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F'
          : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c < 0x80 ? c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c : plain(c));
    }
    return sb.toString();
  }

  private static char plain(char c) {
    switch (c) {
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
        return '-';
      case '\u2018', '\u2019', '\u201B', '\u2032':
        return '\'';
      case '\u201C', '\u201D', '\u201F', '\u2033':
        return '"';
      default:
        return c;
    }
  }

  /**
   * Returns the optimal string alignment distance between two texts (edits: insert, delete,
   * substitute, swap two neighbours), or {@code limit + 1} once it is sure to exceed {@code
   * limit}.
   */
  static int distance(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > limit) {
      return limit + 1;
    }
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = i;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = before;
      before = previous;
      previous = current;
      current = t;
    }
    return Math.min(previous[m], limit + 1);
  }
}
