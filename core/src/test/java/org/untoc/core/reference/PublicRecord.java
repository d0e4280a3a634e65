package org.untoc.core.reference;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The public record, the notes of public-document facts the reference data may cite, read from
 * the test resources, and cut into items: a table row, a bullet (with its continuation lines), a
 * paragraph, a heading. Each item knows the heading of its section and, for a table row, the
 * table's header row.
 */
final class PublicRecord {
  static final String RESOURCE = "reference/public-record.md";
  private static final String TEXT = read();
  private static final List<Item> ITEMS = cut(TEXT);

  private PublicRecord() {}

  /**
   * One item of the public record.
   *
   * @param text its words, spaces collapsed, code marks removed
   * @param context the heading of its section and, for a table row, the header row
   */
  record Item(String text, String context) {
    @Override
    public String toString() {
      return text;
    }
  }

  static String text() {
    return TEXT;
  }

  static List<Item> items() {
    return ITEMS;
  }

  private static String read() {
    try (InputStream in = PublicRecord.class.getResourceAsStream("/" + RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String clean(String s) {
    return s.replace("`", "").replaceAll("\\s+", " ").strip();
  }

  private static List<Item> cut(String text) {
    List<Item> items = new ArrayList<>();
    String heading = "";
    String header = "";
    StringBuilder current = null;
    for (String line : text.split("\n")) {
      boolean bullet = line.strip().startsWith("- ");
      boolean continuation = !bullet && current != null && line.startsWith("  ") && !line.isBlank();
      if (continuation) {
        current.append(' ').append(line.strip());
        continue;
      }
      if (current != null && (line.isBlank() || bullet || line.startsWith("#") || line.startsWith("|"))) {
        items.add(new Item(clean(current.toString()), heading));
        current = null;
      }
      if (line.isBlank()) {
        header = "";
      } else if (line.startsWith("#")) {
        heading = clean(line.replaceFirst("^#+", ""));
        items.add(new Item(heading, heading));
      } else if (line.startsWith("|")) {
        if (line.matches("\\|[-| ]+\\|\\s*")) {
          continue;
        }
        if (header.isEmpty()) {
          header = clean(line);
        } else {
          items.add(new Item(clean(line), heading + " " + header));
        }
      } else if (bullet) {
        current = new StringBuilder(line.strip().substring(2));
      } else if (current == null) {
        current = new StringBuilder(line);
      } else {
        current.append(' ').append(line.strip());
      }
    }
    if (current != null) {
      items.add(new Item(clean(current.toString()), heading));
    }
    return items;
  }
}
