package org.untoc.core.reference;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.untoc.core.Contact;
import org.untoc.core.Description;
import org.untoc.core.Entity;
import org.untoc.core.Identifier;
import org.untoc.core.Instrument;
import org.untoc.core.Name;
import org.untoc.core.Programme;
import org.untoc.core.Provenance;
import org.untoc.core.Unit;

/** The two seed documents, read from the test resources, and the provenance of every fact. */
final class Seeds {
  static final String SEED_000 = "seeds/000_561e529bf6eb8929.txt";
  static final String SEED_001 = "seeds/001_d4002eb91bcce051.txt";
  private static final Map<String, String> TEXT = Map.of(SEED_000, read(SEED_000), SEED_001, read(SEED_001));

  private Seeds() {}

  private static String read(String name) {
    try (InputStream in = Seeds.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the text of a seed, not null. */
  static String text(String seed) {
    String t = TEXT.get(seed);
    if (t == null) {
      throw new IllegalArgumentException("no seed " + seed);
    }
    return t;
  }

  /**
   * Returns the paragraph (line) of a seed that starts with the given words, after any bullet
   * mark ("■ ", "- ", "• "). A paragraph that ends with a colon introduces a list: the list's
   * lines follow it, as the seed writes them.
   */
  static String paragraph(String seed, String start) {
    List<String> found = new ArrayList<>();
    String[] lines = text(seed).split("\n");
    for (int i = 0; i < lines.length; i++) {
      String body = lines[i].strip().replaceFirst("^(\u25a0|-|\u2022)\\s+", "");
      if (body.startsWith(start)) {
        StringBuilder paragraph = new StringBuilder(body);
        if (body.endsWith(":")) {
          int j = i + 1;
          while (j < lines.length && lines[j].isBlank()) {
            j++;
          }
          for (; j < lines.length && LIST_LINE.matcher(lines[j]).lookingAt(); j++) {
            paragraph.append("\n").append(lines[j]);
          }
        }
        found.add(paragraph.toString());
      }
    }
    if (found.size() != 1) {
      throw new IllegalArgumentException(found.size() + " paragraphs of " + seed + " start with '" + start + "'");
    }
    return found.get(0);
  }

  private static final Pattern LIST_LINE = Pattern.compile("(-|\u2022) ");

  /**
   * Returns every provenance attached to an entity: its own, its names', descriptions',
   * identifiers', dates' (established, ended and an instrument's or programme's own), contacts'.
   */
  static List<Provenance> allProvenance(Entity e) {
    List<Provenance> all = new ArrayList<>(e.provenance());
    e.names().stream().map(Name::provenance).forEach(all::add);
    e.descriptions().stream().map(Description::provenance).forEach(all::add);
    e.identifiers().stream().map(Identifier::provenance).forEach(all::add);
    if (e instanceof Unit u) {
      u.contacts().stream().map(Contact::provenance).forEach(all::add);
    }
    if (e instanceof Instrument i) {
      for (var d : List.of(i.adopted(), i.openedForSignature(), i.entryIntoForce())) {
        d.ifPresent(f -> all.add(f.provenance()));
      }
    }
    if (e instanceof Programme p) {
      p.started().ifPresent(f -> all.add(f.provenance()));
    }
    if (!(e instanceof Instrument) && !(e instanceof Programme)) {
      e.established().ifPresent(f -> all.add(f.provenance()));
    }
    e.ended().ifPresent(f -> all.add(f.provenance()));
    return all;
  }
}
