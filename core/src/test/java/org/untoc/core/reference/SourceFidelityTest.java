package org.untoc.core.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.untoc.core.Basis;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
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
      assertTrue(squash(Seeds.text(f.provenance().source())).contains(squash(quote)), f::toString);
    }
    assertEquals(List.of(), wrong);
    assertTrue(checked > 150, "checked " + checked);
  }

  /**
   * (b) A stated fact that holds in an edition quotes that edition's document: an entity's
   * existence in each of its editions, a name, description, identifier, contact or relation in
   * each edition in which it holds. Only a timeless fact (no editions, of entities that have none)
   * may quote either document.
   */
  @Test
  void everyStatedFactOfAnEditionQuotesThatEditionsDocument() {
    Map<EditionId, String> documentOf = new HashMap<>();
    for (Edition e : REGISTRY.editions()) {
      documentOf.put(e.id(), e.source());
    }
    List<String> wrong = new ArrayList<>();
    for (Fact f : FACTS) {
      if (f.provenance().basis() != Basis.STATED || !f.bound()) {
        continue;
      }
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
    // An entity bound to editions rests, in each of them, on that edition's document or on
    // something other than a quote (the public record, an inference).
    for (Entity e : REGISTRY.entities()) {
      for (EditionId edition : e.editions()) {
        boolean rests = e.provenance().stream().anyMatch(p -> p.basis() != Basis.STATED
            || p.source().equals(documentOf.get(edition)));
        if (!rests) {
          wrong.add(e.id() + " exists in " + edition + " but nothing of that edition names it");
        }
      }
    }
    assertEquals(List.of(), wrong);
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
