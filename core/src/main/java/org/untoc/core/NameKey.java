package org.untoc.core;

/**
 * The normal form in which names are compared: lower case, white space trimmed and collapsed
 * to single spaces, typographic dashes and quotes replaced by their plain forms.
 */
final class NameKey {
  private NameKey() {}

  /**
   * Returns the normal form of a name or query. Characters of plain ASCII are read without the
   * lookups of Unicode's tables: they are most of what is looked up.
   */
  static String of(String text) {
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
