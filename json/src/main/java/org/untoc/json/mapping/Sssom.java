package org.untoc.json.mapping;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a mapping table needs of SSSOM's TSV form: telling it from CSV, checking its metadata
 * block and header row, and reading an id or label cell as the programme or unit it names.
 */
final class Sssom {
  /** A top-level slot of the metadata block: a name, a colon, and a value or nothing. */
  private static final Pattern SLOT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*:( .*)?");
  private static final String METADATA = "a metadata block of '#' lines, each a slot 'name: value' or an"
      + " indented line of the slot above";

  private Sssom() {}

  /** Returns whether the start of a table is SSSOM: a metadata block, or a header row naming subject_id or subject_label. */
  static boolean isSssom(String start) {
    String first = start.lines().findFirst().orElse("");
    return first.startsWith("#") || (first.contains("\t")
        && (first.startsWith("subject_id\t") || first.startsWith("subject_label\t")));
  }

  /**
   * Checks the metadata block at the start of a table (as far as the start reaches): every line
   * that starts with {@code #} is a slot or an indented line under a slot without a value, and a
   * quoted value closes its quote.
   */
  static void checkMetadata(String name, String start) {
    List<String> lines = start.lines().toList();
    boolean open = false;
    for (int i = 0; i < lines.size() && lines.get(i).startsWith("#"); i++) {
      String text = lines.get(i).substring(1);
      long line = i + 1;
      if (text.isBlank()) {
        continue;
      }
      if (text.startsWith(" ")) {
        if (!open) {
          throw problem(name, line, 2, "an indented line under no slot", "the line is indented, but the slot above"
              + " it has a value of its own: expected " + METADATA);
        }
        continue;
      }
      if (!SLOT.matcher(text).matches()) {
        int column = 2 + indexOfBreak(text);
        throw problem(name, line, column, "'" + text + "'", "expected " + METADATA + ", found '" + text + "'");
      }
      String value = text.substring(text.indexOf(':') + 1).strip();
      if (value.startsWith("\"") && (value.length() < 2 || !value.endsWith("\""))) {
        throw problem(name, line, 2 + text.indexOf('"'), "a quote that is not closed",
            "the quoted value of the slot is not closed: expected " + METADATA);
      }
      open = value.isEmpty();
    }
  }

  /** Returns where a line stops being a slot name and its colon, from 0. */
  private static int indexOfBreak(String text) {
    int i = 0;
    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
      i++;
    }
    return i;
  }

  /** Checks that the header row names the subject and the object, by id or by label. */
  static void checkHeader(String name, long line, List<String> keys, List<String> columns) {
    boolean subject = keys.contains("subject_id") || keys.contains("subject_label");
    boolean object = keys.contains("object_id") || keys.contains("object_label");
    if (!subject || !object) {
      throw problem(name, line, 1, columns.toString(), "the SSSOM header row must name subject_id or"
          + " subject_label, and object_id or object_label; found " + columns);
    }
  }

  /**
   * Returns what a row's id cell names: the local part of a CURIE or IRI ({@code untocid:gpml}
   * names {@code gpml}); the label where the id is empty.
   */
  static String idOrLabel(String id, String label) {
    String s = id.strip();
    if (s.isEmpty()) {
      return label;
    }
    int cut = Math.max(s.lastIndexOf(':'), Math.max(s.lastIndexOf('/'), s.lastIndexOf('#')));
    return s.substring(cut + 1);
  }

  private static MappingTableException problem(String name, long line, int column, String found, String detail) {
    return new MappingTableException(name, line, column, null, found, "well-formed SSSOM", detail, null);
  }
}
