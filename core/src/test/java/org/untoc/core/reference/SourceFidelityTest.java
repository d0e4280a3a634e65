package org.untoc.core.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.untoc.core.Basis;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.EntityKind;
import org.untoc.core.Instrument;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;
import org.untoc.core.Source;
import org.untoc.core.SourceKind;
import org.untoc.core.Untoc;
import org.untoc.core.reference.RegistryFacts.Fact;

/**
 * Guards of the reference data against the classes of defect that make a fact say more, or
 * other, than its source: each test fails on any fact of the class, not on a list of known ones.
 */
class SourceFidelityTest {
  private static final Registry REGISTRY = Untoc.reference();
  private static final List<Fact> FACTS = RegistryFacts.of(REGISTRY);

  private static String squash(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /**
   * True if the words are in the quote as it writes them. The one allowance: a quote written
   * wholly in capitals (a heading, such as the brochure's "CONFERENCE SUPPORT SECTION (CSS)")
   * gives its words in any case.
   */
  static boolean wordForWord(String words, String quote) {
    String w = squash(words);
    String q = squash(quote);
    if (q.contains(w)) {
      return true;
    }
    return q.equals(q.toUpperCase(Locale.ROOT)) && q.toLowerCase(Locale.ROOT).contains(w.toLowerCase(Locale.ROOT));
  }

  /** (a) Every stated name and description, and every qualifier of a stated relation, is its quote's words. */
  @Test
  void everyStatedNameDescriptionAndQualifierIsWordForWordInItsQuote() {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Fact f : FACTS) {
      if (f.provenance().basis() != Basis.STATED) {
        continue;
      }
      String quote = f.provenance().quote().orElseThrow();
      for (Optional<String> words : List.of(f.text(), f.qualifier())) {
        if (words.isPresent()) {
          checked++;
          if (!wordForWord(words.get(), quote)) {
            wrong.add(f.key() + ": '" + words.get() + "' is not in \"" + quote + "\"");
          }
        }
      }
      // Word for word: the quote, line breaks and all, stands in the document as it is written.
      assertTrue(Seeds.text(f.provenance().source()).contains(quote), f::toString);
    }
    assertEquals(List.of(), wrong);
    assertTrue(checked > 150, "checked " + checked);
  }

  /**
   * (b) A stated fact that holds in an edition quotes that edition's document: an entity's
   * existence in each of its editions, a name, description, identifier, contact or relation in
   * each edition in which it holds. A fact with no editions holds in every edition where its
   * entities exist, and an entity with no editions exists in every edition: so a stated name of an
   * instrument with no editions, or a stated relation between two such instruments, must be bound
   * to the edition of its quote like any other.
   */
  @Test
  void everyStatedFactOfAnEditionQuotesThatEditionsDocument() {
    Map<EditionId, String> documentOf = documents();
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Fact f : FACTS) {
      if (f.provenance().basis() != Basis.STATED) {
        continue;
      }
      checked++;
      if (f.holds().isEmpty()) {
        wrong.add(f + ": holds in no edition");
      }
      if (f.key().startsWith("entity ")) {
        // One of the sources that name an entity: the document of one of its editions.
        if (f.holds().stream().noneMatch(e -> documentOf.get(e).equals(f.provenance().source()))) {
          wrong.add(f.key() + " exists in " + f.holds() + " but quotes " + REGISTRY.titleOf(f.provenance()));
        }
        continue;
      }
      for (EditionId e : f.holds()) {
        if (!documentOf.get(e).equals(f.provenance().source())) {
          wrong.add(f.key() + " holds in " + e + " but quotes " + REGISTRY.titleOf(f.provenance()));
        }
      }
    }
    // An entity rests, in each edition in which it exists (every edition, if it has none), on
    // that edition's document or on something other than a quote (the public record, an inference).
    for (Entity e : REGISTRY.entities()) {
      for (EditionId edition : e.editions().isEmpty() ? documentOf.keySet() : e.editions()) {
        boolean rests = e.provenance().stream().anyMatch(p -> p.basis() != Basis.STATED
            || p.source().equals(documentOf.get(edition)));
        if (!rests) {
          wrong.add(e.id() + " exists in " + edition + " but nothing of that edition names it");
        }
      }
    }
    assertEquals(List.of(), wrong, () -> String.join("\n", wrong));
    assertTrue(checked > 250, "checked " + checked);
  }

  private static Map<EditionId, String> documents() {
    Map<EditionId, String> documentOf = new LinkedHashMap<>();
    for (Edition e : REGISTRY.editions()) {
      documentOf.put(e.id(), e.source());
    }
    return documentOf;
  }

  /**
   * (b2) A service, topic or counterpart type exists in exactly the editions whose document names
   * it: those whose document one of its stated provenances (its own, or a name's) quotes.
   */
  @Test
  void servicesTopicsAndCounterpartTypesExistInTheEditionsWhoseDocumentNamesThem() {
    Map<EditionId, String> documentOf = documents();
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Entity e : REGISTRY.entities()) {
      if (!Set.of(EntityKind.SERVICE, EntityKind.TOPIC, EntityKind.COUNTERPART_TYPE).contains(e.kind())) {
        continue;
      }
      checked++;
      Set<EditionId> naming = new LinkedHashSet<>();
      for (Provenance p : Seeds.allProvenance(e)) {
        documentOf.forEach((edition, document) -> {
          if (p.basis() == Basis.STATED && p.source().equals(document)) {
            naming.add(edition);
          }
        });
      }
      if (e.editions().isEmpty() || !e.editions().equals(naming)) {
        wrong.add(e.id() + " exists in " + (e.editions().isEmpty() ? "every edition" : e.editions())
            + " but is named by the documents of " + naming);
      }
    }
    assertEquals(List.of(), wrong, () -> String.join("\n", wrong));
    assertTrue(checked > 60, "checked " + checked);
  }

  /**
   * (b3) An instrument the public record dates before both periods (before 2011) has no
   * editions; one it dates after the brochure's period (after 2015) belongs to the overview only.
   */
  @Test
  void instrumentsAreBoundToEditionsByTheirDates() {
    List<String> wrong = new ArrayList<>();
    for (Instrument i : REGISTRY.entities(Instrument.class)) {
      Optional<Integer> year = i.adopted().map(d -> d.date().year().getValue());
      if (year.isPresent() && year.get() < 2011 && !i.editions().isEmpty()) {
        wrong.add(i.id() + ": adopted " + year.get() + " but bound to " + i.editions());
      }
      if (year.isPresent() && year.get() > 2015 && !i.editions().equals(Set.of(ReferenceData.OVERVIEW))) {
        wrong.add(i.id() + ": adopted " + year.get() + " but in " + (i.editions().isEmpty() ? "every edition"
            : i.editions()));
      }
    }
    assertEquals(List.of(), wrong);
  }

  /**
   * (c) An entity is named by one of the two documents, or rests on a fact the public record
   * gives with a citation: what neither document names and only an uncited statement of the public
   * record supports is left out, not entered as an inference.
   */
  @Test
  void everyEntityIsNamedByADocumentOrACitedPublicRecordFact() {
    List<String> wrong = new ArrayList<>();
    for (Entity e : REGISTRY.entities()) {
      boolean named = Seeds.allProvenance(e).stream()
          .anyMatch(p -> p.basis() == Basis.STATED || p.basis() == Basis.PUBLIC_RECORD);
      if (!named) {
        wrong.add(e.id() + " rests only on inferences: " + e.provenance());
      }
    }
    assertEquals(List.of(), wrong);
  }

  /**
   * (e) A unit runs a programme, as a stated fact, only where the quote says the unit is
   * responsible for it: that a unit's assistance is delivered through a programme, or any weaker
   * link, does not state that it runs the programme. Such a link is recorded as an inference that
   * quotes, in its rationale, the words of the document that it rests on.
   */
  @Test
  void aStatedRunsRelationQuotesWordsOfResponsibility() {
    List<String> wrong = new ArrayList<>();
    int stated = 0;
    for (Relation r : REGISTRY.relations()) {
      if (r.kind() != RelationKind.RUNS) {
        continue;
      }
      Provenance p = r.provenance();
      if (p.basis() == Basis.STATED) {
        stated++;
        String quote = p.quote().orElseThrow().toLowerCase(Locale.ROOT);
        if (!(quote.contains("responsible for") || quote.contains("responsibility for"))) {
          wrong.add(r + ": \"" + p.quote().orElseThrow() + "\" does not say the unit is responsible for it");
        }
      } else if (p.basis() == Basis.INFERRED && namesTheProgramme(p.source(), REGISTRY.get(r.to()))
          && quotesIn(p.rationale().orElseThrow()).isEmpty()) {
        wrong.add(r + ": an inference from a document that names the programme quotes none of its words");
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(stated >= 7, "stated " + stated);
  }

  /** True if the document states something of the programme: then what it says of its unit is quoted. */
  private static boolean namesTheProgramme(String document, Entity programme) {
    return Seeds.allProvenance(programme).stream()
        .anyMatch(p -> p.basis() == Basis.STATED && p.source().equals(document));
  }

  /** The phrases a text quotes between typographic quotation marks. */
  static List<String> quotesIn(String text) {
    List<String> quotes = new ArrayList<>();
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      quotes.add(m.group(1));
    }
    return quotes;
  }

  private static final Pattern QUOTED = Pattern.compile("\u201c([^\u201d]+)\u201d");

  /**
   * (f) What a rationale quotes is word for word in the source its inference starts from: a
   * document, or the public record for an inference that starts from a public document.
   */
  @Test
  void whatARationaleQuotesIsWordForWordInItsSource() {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Fact f : FACTS) {
      Provenance p = f.provenance();
      if (p.basis() != Basis.INFERRED) {
        continue;
      }
      Source source = REGISTRY.findSource(p.source()).orElseThrow();
      String text = squash(source.kind() == SourceKind.DOCUMENT ? Seeds.text(source.reference()) : PublicRecord.text());
      for (String quote : quotesIn(p.rationale().orElseThrow())) {
        checked++;
        if (!text.contains(squash(quote))) {
          wrong.add(f.key() + ": \u201c" + quote + "\u201d is not in " + source.title());
        }
      }
    }
    assertEquals(List.of(), wrong, () -> String.join("\n", wrong));
    assertTrue(checked > 10, "checked " + checked);
  }

  /**
   * (d) What users read (names, descriptions, qualifiers, rationales, the titles and descriptions
   * of sources and editions) names no document by file or number, and every source a provenance
   * names, and every edition's document, is a registered source of the right kind.
   */
  @Test
  void userFacingTextNamesDocumentsByTitleAndEverySourceIsRegistered() {
    List<String> texts = new ArrayList<>();
    for (Source s : REGISTRY.sources()) {
      texts.add(s.title());
    }
    for (Edition e : REGISTRY.editions()) {
      texts.add(e.title());
      e.description().ifPresent(texts::add);
    }
    for (Fact f : FACTS) {
      f.text().ifPresent(texts::add);
      f.qualifier().ifPresent(texts::add);
      f.provenance().rationale().ifPresent(texts::add);
    }
    List<String> wrong = new ArrayList<>();
    for (String t : texts) {
      String lower = t.toLowerCase(Locale.ROOT);
      if (lower.contains("seed") || t.contains("000") || t.contains("001") || lower.contains(".txt")) {
        wrong.add(t);
      }
    }
    for (Fact f : FACTS) {
      Provenance p = f.provenance();
      Optional<Source> source = REGISTRY.findSource(p.source());
      if (source.isEmpty()) {
        wrong.add(f + ": no registered source");
      } else if (p.basis() == Basis.STATED && source.get().kind() != SourceKind.DOCUMENT
          || p.basis() == Basis.PUBLIC_RECORD && source.get().kind() != SourceKind.PUBLIC_RECORD) {
        wrong.add(f + ": a " + p.basis() + " fact cites a source of kind " + source.get().kind());
      }
    }
    for (Edition e : REGISTRY.editions()) {
      if (REGISTRY.findSource(e.source()).map(Source::kind).orElse(null) != SourceKind.DOCUMENT) {
        wrong.add("edition " + e.id() + ": its document is not a registered source");
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(texts.size() > 250, "read " + texts.size());
  }

  @Test
  void theHeadingAllowanceIsOnlyForQuotesInCapitals() {
    assertTrue(wordForWord("Conference Support Section", "CONFERENCE SUPPORT SECTION (CSS)"));
    assertTrue(!wordForWord("Bureau of the COP", "the bureau of the COP"));
    assertTrue(!wordForWord("Conference of the Parties to the Convention", "the Conference of the Parties (COP)"));
  }
}
