package org.untoc.core;

/**
 * The normal form in which names are compared: lower case, white space trimmed and collapsed
 * to single spaces, typographic dashes and quotes replaced by their plain forms.
 */
final class NameKey {
  private NameKey() {}

  /**
   * Returns the normal form of a name or query; the text itself where it is already normal.
   *
   * @param text the text, not null
   */
  static String of(String text) {
    switch (shape(text)) {
      case NORMAL:
        return text;
      case UPPER_CASE:
        return text.toLowerCase(java.util.Locale.ROOT);
      default:
        break;
    }
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(plain(c));
    }
    return sb.toString();
  }

  /**
   * Returns {@code of(text).hashCode()}, without making the normal form where the text is
   * printable ASCII with single inner spaces.
   *
   * @param text the text, not null
   */
  static int hash(String text) {
    int n = text.length();
    if (n == 0) {
      return 0;
    }
    if (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
      return of(text).hashCode();
    }
    int h = 0;
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (previous == ' ') {
          return of(text).hashCode();
        }
      } else if (c < ' ' || c >= 127) {
        return of(text).hashCode();
      }
      previous = c;
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return h;
  }

  /**
   * Returns true if two texts have the same normal form: {@code of(a).equals(of(b))}, without
   * making either where they differ at most in the case of ASCII letters.
   *
   * @param a a text, not null
   * @param b a text, not null
   */
  static boolean sameKey(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int n = a.length();
    if (n == b.length()) {
      int i = 0;
      while (i < n && sameLetter(a.charAt(i), b.charAt(i))) {
        i++;
      }
      if (i == n) {
        return true;
      }
    }
    return of(a).equals(of(b));
  }

  /**
   * Returns false where the normal form of a text cannot be an id: where the text holds an ASCII
   * character other than letters, digits, '-', '.' and white space, or white space between two
   * other characters. Cheap: it stops at the first such character. True for text with other
   * characters, some of which turn into a letter or '-' in the normal form.
   *
   * @param text the text, not null
   */
  static boolean mayBeSlug(String text) {
    boolean seen = false;
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return true;
      }
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.') {
        if (gap) {
          return false;
        }
        seen = true;
      } else if (Character.isWhitespace(c) || c == ' ') {
        gap = seen;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean sameLetter(char a, char b) {
    if (a == b) {
      return true;
    }
    char lower = (char) (a | 0x20);
    return lower == (b | 0x20) && lower >= 'a' && lower <= 'z';
  }

  private static final int NORMAL = 0;
  private static final int UPPER_CASE = 1;
  private static final int OTHER = 2;

  /**
   * Returns NORMAL for text already in normal form, UPPER_CASE for printable ASCII text with
   * single inner spaces that only needs lower-casing, OTHER for anything else; in one pass.
   */
  private static int shape(String text) {
    int n = text.length();
    if (n == 0) {
      return NORMAL;
    }
    if (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
      return OTHER;
    }
    int shape = NORMAL;
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (previous == ' ') {
          return OTHER;
        }
      } else if (c <= ' ' || c >= 127) {
        return OTHER;
      } else if (c >= 'A' && c <= 'Z') {
        shape = UPPER_CASE;
      }
      previous = c;
    }
    return shape;
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
        return Character.toLowerCase(c);
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
