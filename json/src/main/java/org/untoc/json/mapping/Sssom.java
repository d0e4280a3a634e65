package org.untoc.json.mapping;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.untoc.json.export.RdfExport;

/**
 * What a mapping table needs of SSSOM's TSV form: telling it from CSV, reading its metadata
 * block (YAML) and checking its header row, and reading an id or label cell as the programme or
 * unit it names.
 */
final class Sssom {
  /** A top-level slot of the metadata block: a name, a colon, and a value or nothing. */
  private static final Pattern SLOT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*:( .*)?");
  /** The start of a CURIE or IRI: a prefix or scheme and its colon. */
  private static final Pattern PREFIX = Pattern.compile("([A-Za-z_][A-Za-z0-9_.+-]*):(.*)");
  /** The prefix of the ids of entities. */
  static final String ID_PREFIX = "untocid";
  /** The namespace of the ids of entities under the default base. */
  static final String ID_NAMESPACE = RdfExport.DEFAULT_BASE + "id/";
  private static final String METADATA = "a metadata block of '#' lines, each a slot 'name: value' or an"
      + " indented line of the slot above";
  private static final YAMLMapper YAML = new YAMLMapper();

  private Sssom() {}

  /** Returns whether the start of a table is SSSOM: a metadata block, or a header row naming subject_id or subject_label. */
  static boolean isSssom(String start) {
    String first = start.lines().findFirst().orElse("");
    return first.startsWith("#") || (first.contains("\t")
        && (first.startsWith("subject_id\t") || first.startsWith("subject_label\t")));
  }

  /**
   * Reads the metadata block at the start of a table (its whole lines, as far as the start
   * reaches) and returns
   * its {@code curie_map}: every line that starts with {@code #} is a slot or an indented line
   * under a slot without a value, a quoted value closes its quote, a flow value ({@code [..]} or
   * <code>{..}</code>) closes its bracket on its line, and the block without its {@code #}s is
   * YAML: a mapping whose {@code curie_map}, if any, maps prefixes to strings.
   *
   * @return the prefixes the block declares, with what they expand to
   * @throws MappingTableException with the line and column of the first fault
   */
  static ImmutableMap<String, String> readMetadata(String name, String start) {
    List<String> lines = start.lines().toList();
    if (!start.isEmpty() && !start.endsWith("\n") && !start.endsWith("\r")
        && lines.stream().allMatch(l -> l.startsWith("#"))) {
      // the start ends inside the block, in a line it may cut short: read the lines before it
      lines = lines.subList(0, lines.size() - 1);
    }
    boolean open = false;
    StringBuilder yaml = new StringBuilder();
    int i = 0;
    for (; i < lines.size() && lines.get(i).startsWith("#"); i++) {
      String text = lines.get(i).substring(1);
      yaml.append(text).append('\n');
      long line = i + 1;
      if (text.isBlank()) {
        continue;
      }
      if (text.startsWith(" ")) {
        if (!open) {
          throw problem(name, line, 2, "an indented line under no slot", "the line is indented, but the slot above"
              + " it has a value of its own: expected " + METADATA);
        }
        int colon = text.indexOf(": ");
        checkValue(name, line, text, colon < 0 ? text.length() : colon + 1);
        continue;
      }
      if (!SLOT.matcher(text).matches()) {
        int column = 2 + indexOfBreak(text);
        throw problem(name, line, column, "'" + text + "'", "expected " + METADATA + ", found '" + text + "'");
      }
      int colon = text.indexOf(':');
      checkValue(name, line, text, colon + 1);
      open = text.substring(colon + 1).isBlank();
    }
    if (i == 0) {
      return ImmutableMap.of();
    }
    JsonNode block;
    try {
      block = YAML.readTree(yaml.toString());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      long line = at == null ? 1 : Math.max(1, at.getLineNr());
      int column = at == null ? 0 : 1 + Math.max(1, at.getColumnNr());
      String first = e.getOriginalMessage().lines().findFirst().orElse("");
      throw problem(name, line, column, e.getOriginalMessage(), "the metadata block is not YAML: " + first);
    }
    if (block == null || block.isMissingNode() || block.isNull()) {
      return ImmutableMap.of();
    }
    JsonNode curies = block.path("curie_map");
    if (curies.isMissingNode()) {
      return ImmutableMap.of();
    }
    long at = lineOf(lines, "curie_map:");
    if (!curies.isObject()) {
      throw problem(name, at, 2, "curie_map", "curie_map must map prefixes to IRIs");
    }
    ImmutableMap.Builder<String, String> map = ImmutableMap.builder();
    for (Map.Entry<String, JsonNode> e : curies.properties()) {
      if (!e.getValue().isTextual()) {
        throw problem(name, at, 2, e.getKey(), "the prefix " + e.getKey() + " of curie_map must map to an IRI, a"
            + " string");
      }
      map.put(e.getKey(), e.getValue().asText());
    }
    return map.buildKeepingLast();
  }

  /** Returns the line (from 1) of the first metadata line that starts with the text after its '#'. */
  private static long lineOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("#" + text)) {
        return i + 1;
      }
    }
    return 1;
  }

  /** Checks that a quoted or flow value, from the index after its colon, closes on its line. */
  private static void checkValue(String name, long line, String text, int from) {
    String value = text.substring(Math.min(from, text.length())).strip();
    int column = 2 + text.indexOf(value.isEmpty() ? " " : value.substring(0, 1), from);
    if (value.startsWith("\"") && (value.length() < 2 || !value.endsWith("\""))) {
      throw problem(name, line, column, "a quote that is not closed",
          "the quoted value of the slot is not closed: expected " + METADATA);
    }
    if ((value.startsWith("[") && !value.endsWith("]")) || (value.startsWith("{") && !value.endsWith("}"))) {
      throw problem(name, line, column, "a bracket that is not closed", "the value " + value
          + " opens a bracket it does not close on its line: expected " + METADATA);
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

  /** Returns the number of lines of the metadata block at the start of a table. */
  static long metadataLines(String start) {
    return start.lines().takeWhile(l -> l.startsWith("#")).count();
  }

  /** Checks that the header row names the subject and the object, by id or by label. */
  static void checkHeader(String name, long line, List<String> keys, List<String> columns, long metadataLines) {
    if (columns.isEmpty()) {
      throw problem(name, metadataLines + 1, 1, "no header row", "the SSSOM table has a metadata block but no"
          + " header row: expected one naming subject_id or subject_label, and object_id or object_label");
    }
    boolean subject = keys.contains("subject_id") || keys.contains("subject_label");
    boolean object = keys.contains("object_id") || keys.contains("object_label");
    if (!subject || !object) {
      throw problem(name, line, 1, columns.toString(), "the SSSOM header row must name subject_id or"
          + " subject_label, and object_id or object_label; found " + columns);
    }
  }

  /**
   * What a row's id and label cells name: the text to look up, and a problem if the id is not
   * an id of untoc.
   *
   * @param text the id's local part, or the label where the id is empty
   * @param problem what is wrong with the id, or null
   */
  record Named(String text, @Nullable String problem) {}

  /**
   * Reads a row's id cell, or its label where the id is empty: a CURIE whose prefix the
   * curie_map declares, or an IRI, that expands to an IRI under the namespace of entities
   * ({@code urn:untoc:id/}, or what the curie_map gives {@code untocid}), names the entity whose
   * id is the rest ({@code untocid:gpml} names {@code gpml}). A CURIE of an undeclared prefix, an
   * IRI under another namespace and an empty local part are problems.
   *
   * @param column the id's column, such as subject_id
   */
  static Named name(String column, String id, String label, Map<String, String> prefixes) {
    String s = id.strip();
    if (s.isEmpty()) {
      return new Named(label, null);
    }
    Matcher m = PREFIX.matcher(s);
    if (!m.matches()) {
      return new Named(s, column + " '" + s + "' is not a CURIE or IRI: expected such as untocid:gpml");
    }
    String prefix = m.group(1);
    String iri;
    if (prefixes.containsKey(prefix)) {
      iri = prefixes.get(prefix) + m.group(2);
    } else if (m.group(2).startsWith("//") || prefix.equalsIgnoreCase("urn")) {
      iri = s;
    } else {
      return new Named(s, column + " '" + s + "': the prefix " + prefix + " is not declared in the curie_map");
    }
    String namespace = iri.startsWith(ID_NAMESPACE) ? ID_NAMESPACE
        : prefixes.containsKey(ID_PREFIX) && iri.startsWith(prefixes.get(ID_PREFIX)) ? prefixes.get(ID_PREFIX) : null;
    if (namespace == null) {
      String own = prefixes.getOrDefault(ID_PREFIX, ID_NAMESPACE);
      return new Named(s, column + " '" + s + "' is not an id of untoc: expected an IRI under " + ID_NAMESPACE
          + (own.equals(ID_NAMESPACE) ? "" : " or " + own) + " (untocid:)");
    }
    String local = iri.substring(namespace.length());
    if (local.isBlank()) {
      return new Named("", "empty id in " + column + " '" + s + "': expected such as untocid:gpml");
    }
    return new Named(local, null);
  }

  private static MappingTableException problem(String name, long line, int column, String found, String detail) {
    return new MappingTableException(name, line, column, null, found, "well-formed SSSOM", detail, null);
  }
}
