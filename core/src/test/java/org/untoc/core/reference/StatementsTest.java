package org.untoc.core.reference;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.untoc.core.Basis;
import org.untoc.core.Registry;
import org.untoc.core.Source;
import org.untoc.core.SourceKind;
import org.untoc.core.Untoc;
import org.untoc.core.reference.RegistryFacts.Fact;

/**
 * Every statement of the two documents maps to facts of the data that quote it.
 *
 * <p>{@code statements.tsv} lists the documents sentence by sentence (a list item, a heading, a
 * contact block count as one; so does a list's lead-in with its items, for the facts that quote
 * the lead-in through an item): {@code id}, {@code source} (the id of the document), {@code
 * sentence} (as the document writes it, lines of a block joined by a space), {@code facts} (what
 * the data records of it, separated by {@code " | "}), {@code note}. A fact is written as {@link
 * RegistryFacts.Fact#key()} writes it: {@code rel css offers legislative-assistance}, {@code name
 * ocb ACRONYM OCB}, {@code desc ocb}, {@code entity cop}, {@code contact ocb}, {@code id
 * thematic-area-2 Thematic Area 2}; each must be a STATED fact of that document whose quote
 * stands in the sentence. {@code inferred: <fact>} names an INFERRED fact that starts from the
 * document, kept beside at least one stated fact of the sentence. {@code source <id>} says a
 * heading is the document's title. A statement deliberately not recorded has {@code -} and its
 * reason in the note.
 */
class StatementsTest {
  private static final Registry REGISTRY = Untoc.reference();
  private static final List<Fact> FACTS = RegistryFacts.of(REGISTRY);
  private static final Map<String, List<Fact>> BY_KEY = FACTS.stream().collect(Collectors.groupingBy(Fact::key));

  private record Row(int line, String id, String source, String sentence, List<String> facts, String note) {
    @Override
    public String toString() {
      return "line " + line + " (" + id + ")";
    }
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static List<Row> rows() throws IOException {
    try (InputStream in = StatementsTest.class.getResourceAsStream("statements.tsv")) {
      assertTrue(in != null, "statements.tsv is missing");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, UTF_8));
      List<Row> rows = new ArrayList<>();
      String header = r.readLine();
      assertEquals("id\tsource\tsentence\tfacts\tnote", header);
      int line = 1;
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        line++;
        String[] f = l.split("\t", -1);
        assertEquals(5, f.length, "line " + line + " has " + f.length + " columns");
        rows.add(new Row(line, f[0], f[1], f[2], List.of(f[3].split(" \\| ")), f[4]));
      }
      return rows;
    }
  }

  private static String documentOf(Row row) {
    Optional<Source> s = REGISTRY.findSource(row.source());
    assertTrue(s.isPresent() && s.get().kind() == SourceKind.DOCUMENT, row + ": no document " + row.source());
    return s.get().reference();
  }

  @Test
  void everyStatementMapsToFactsThatQuoteItsSentence() throws IOException {
    List<String> wrong = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int recorded = 0;
    int notRecorded = 0;
    for (Row row : rows()) {
      if (!ids.add(row.id())) {
        wrong.add(row + ": id used twice");
      }
      String document = documentOf(row);
      String sentence = squash(row.sentence());
      if (!squash(Seeds.text(document)).contains(sentence)) {
        wrong.add(row + ": the sentence is not in " + row.source());
      }
      if (row.facts().equals(List.of("-"))) {
        notRecorded++;
        if (row.note().isBlank()) {
          wrong.add(row + ": a statement not recorded needs its reason");
        }
        continue;
      }
      recorded++;
      int quoted = 0;
      for (String spec : row.facts()) {
        if (spec.startsWith("source ")) {
          Optional<Source> s = REGISTRY.findSource(spec.substring("source ".length()));
          if (s.isEmpty() || !s.get().title().equalsIgnoreCase(sentence) || !s.get().reference().equals(document)) {
            wrong.add(row + ": '" + spec + "' is not this document's heading");
          }
          quoted++;
          continue;
        }
        boolean inferred = spec.startsWith("inferred: ");
        String key = inferred ? spec.substring("inferred: ".length()) : spec;
        List<Fact> facts = BY_KEY.getOrDefault(key, List.of());
        boolean found = facts.stream().anyMatch(f -> inferred
            ? f.provenance().basis() == Basis.INFERRED && f.provenance().source().equals(document)
            : f.provenance().basis() == Basis.STATED && f.provenance().source().equals(document)
                && sentence.contains(squash(f.provenance().quote().orElseThrow())));
        if (!found) {
          wrong.add(row + ": no " + (inferred ? "inferred fact from this document" : "fact quoting this sentence")
              + " for '" + key + "'; found " + facts);
        } else if (!inferred) {
          quoted++;
        }
      }
      if (quoted == 0) {
        wrong.add(row + ": no fact quotes this sentence");
      }
    }
    assertEquals(List.of(), wrong, () -> String.join("\n", wrong));
    assertTrue(recorded > 240, "recorded " + recorded);
    assertTrue(notRecorded < 10, "not recorded " + notRecorded);
  }

  /** The rows cover each document: take every row's sentence out of it and no word is left. */
  @Test
  void theStatementsCoverEachDocument() throws IOException {
    List<Row> rows = rows();
    for (String document : List.of(Seeds.SEED_000, Seeds.SEED_001)) {
      String rest = " " + squash(Seeds.text(document)) + " ";
      List<String> sentences = rows.stream().filter(r -> documentOf(r).equals(document))
          .map(r -> squash(r.sentence())).distinct().sorted(Comparator.comparingInt(String::length).reversed())
          .toList();
      for (String s : sentences) {
        rest = rest.replace(s, " ");
      }
      String left = rest.replaceAll("[\\s\u25a0\u2022\\-.:]+", " ").strip();
      assertEquals("", left, document + ": not in any row");
    }
  }

  /** Every stated fact of the data quotes a sentence the table lists: nothing stated that no row reads. */
  @Test
  void everyStatedQuoteIsInASentenceOfTheTable() throws IOException {
    List<Row> rows = rows();
    List<String> wrong = new ArrayList<>();
    for (Fact f : FACTS) {
      if (f.provenance().basis() != Basis.STATED) {
        continue;
      }
      String quote = squash(f.provenance().quote().orElseThrow());
      boolean inARow = rows.stream().anyMatch(r -> documentOf(r).equals(f.provenance().source())
          && squash(r.sentence()).contains(quote));
      if (!inARow) {
        wrong.add(f.toString());
      }
    }
    assertEquals(List.of(), wrong);
  }
}
