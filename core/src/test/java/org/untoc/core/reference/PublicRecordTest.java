package org.untoc.core.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.untoc.core.Basis;
import org.untoc.core.DatedFact;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.Identifier;
import org.untoc.core.Instrument;
import org.untoc.core.Name;
import org.untoc.core.Programme;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.RelationKind;
import org.untoc.core.Source;
import org.untoc.core.Untoc;
import org.untoc.core.reference.PublicRecord.Item;
import org.untoc.core.reference.RegistryFacts.Fact;

/**
 * Every fact the reference data presents as the public record's is given by an item of the public
 * record (a table row, a bullet, a paragraph) that names the document the fact cites. A fact the
 * public record gives without a citation, or under another citation, fails; so does one the item
 * does not give:
 *
 * <ul>
 *   <li>a name: each of its words is in the item, its section's heading or the table's header,
 *       or in another name of the entity the public record gives;
 *   <li>an identifier: its value is in the item; a date: its year is;
 *   <li>an entity's existence: one of its names or identifiers is in the item or its heading;
 *   <li>a relation: the item names both entities, each outside the other's name and outside the
 *       citation (so a topic read off a programme's name is not given), unless an entity is itself
 *       the cited act; and its words say what kind of relation it is ("established", "adopted",
 *       "supplementing").
 * </ul>
 *
 * <p>The public record writes some names short; the data writes them out: "GA" the General
 * Assembly, "COP" the Conference of the Parties, "res." resolution; a plural ("CCPCJ resolutions
 * 22/7 and 22/8") gives each of its singulars.
 */
class PublicRecordTest {
  private static final Registry REGISTRY = Untoc.reference();
  private static final List<Fact> FACTS = RegistryFacts.of(REGISTRY);

  private static String squash(String s) {
    return s.replace("`", "").replaceAll("\\s+", " ").strip();
  }

  /** The public record's short forms written out. */
  static String expand(String text) {
    return text.replaceAll("\\bGA\\b", "General Assembly").replaceAll("\\bCOP\\b", "Conference of the Parties")
        .replaceAll("\\bres\\.", "resolution");
  }

  /**
   * The words the public record writes for a source: the longest ending of its reference, of at
   * least two words (or the whole of a reference of one), that stands in the record.
   */
  static Optional<String> citation(Source source) {
    String record = squash(PublicRecord.text());
    String[] words = source.reference().split(" ");
    for (int k = 0; k == 0 || k + 2 <= words.length; k++) {
      String ending = String.join(" ", Arrays.asList(words).subList(k, words.length));
      if (record.contains(ending)) {
        return Optional.of(ending);
      }
    }
    return Optional.empty();
  }

  private static boolean names(String text, String name) {
    if (name.isBlank()) {
      return false;
    }
    Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return p.matcher(text).find() || p.matcher(expand(text)).find();
  }

  private static String without(String text, List<String> phrases) {
    String t = expand(text);
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort((a, b) -> b.length() - a.length());
    for (String phrase : sorted) {
      if (!phrase.isBlank()) {
        t = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(t).replaceAll(" | ");
      }
    }
    return t;
  }

  /** The names and identifier values of an entity: the words by which an item can name it. */
  private static List<String> labels(Entity e) {
    List<String> labels = new ArrayList<>(e.names().stream().map(Name::text).toList());
    e.identifiers().stream().map(Identifier::value).forEach(labels::add);
    return labels;
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String w : expand(text).split("[\\s,;:()\"\u201c\u201d|]+")) {
      String word = w.replaceAll("^[.']+|[.']+$", "").toLowerCase(Locale.ROOT);
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  private static boolean givesName(Fact f, Entity e, Item item) {
    Set<String> allowed = words(item.text() + " " + item.context());
    for (Name n : e.names()) {
      if (n.provenance().basis() == Basis.PUBLIC_RECORD && !n.text().equals(f.text().orElseThrow())) {
        allowed.addAll(words(n.text()));
      }
    }
    for (String w : words(f.text().orElseThrow())) {
      if (!allowed.contains(w) && !allowed.contains(w + "s")) {
        return false;
      }
    }
    return true;
  }

  private static Optional<DatedFact> date(Entity e, String which) {
    if ("established".equals(which)) {
      return e.established();
    }
    if ("ended".equals(which)) {
      return e.ended();
    }
    if (e instanceof Instrument i) {
      return switch (which) {
        case "adopted" -> i.adopted();
        case "opened-for-signature" -> i.openedForSignature();
        case "entry-into-force" -> i.entryIntoForce();
        default -> Optional.empty();
      };
    }
    if (e instanceof Programme p) {
      return "started".equals(which) ? p.started() : "ended".equals(which) ? p.ended() : Optional.empty();
    }
    return Optional.empty();
  }

  /** The date a {@code reldate from kind to since|until} key names. */
  private static Optional<DatedFact> relationDate(String[] key) {
    return REGISTRY.relationsFrom(EntityId.of(key[1])).stream()
        .filter(r -> r.kind().label().equals(key[2]) && r.to().toString().equals(key[3]))
        .map(r -> "since".equals(key[4]) ? r.since() : r.until())
        .flatMap(Optional::stream).findFirst();
  }

  /** The words that say what kind of relation an item gives. */
  private static Optional<String> cue(RelationKind kind) {
    return switch (kind) {
      case ESTABLISHED_BY -> Optional.of("establish");
      case ADOPTED_BY -> Optional.of("adopt");
      case SUPPLEMENTS -> Optional.of("supplement");
      default -> Optional.empty();
    };
  }

  private static boolean givesRelation(Entity from, RelationKind kind, Entity to, Item item, String cited) {
    String text = item.text() + " | " + item.context();
    if (cue(kind).isEmpty() || !text.toLowerCase(Locale.ROOT).contains(cue(kind).get())) {
      return false;
    }
    return named(from, to, text, cited) && named(to, from, text, cited);
  }

  /** True if the text names an entity outside the other's names and the citation, or it is the cited act. */
  private static boolean named(Entity end, Entity other, String text, String cited) {
    if (end instanceof Instrument && end.identifiers().stream().anyMatch(i -> names(cited, i.value()))) {
      return true;
    }
    List<String> elsewhere = new ArrayList<>(labels(other));
    elsewhere.add(cited);
    String rest = without(text, elsewhere);
    return labels(end).stream().anyMatch(l -> names(rest, l));
  }

  private static boolean gives(Fact f, Item item, String cited) {
    String[] key = f.key().split(" ");
    Entity e = REGISTRY.get(EntityId.of(key[1]));
    String text = item.text() + " | " + item.context();
    return switch (key[0]) {
      case "name" -> givesName(f, e, item);
      case "entity" -> labels(e).stream().anyMatch(l -> names(text, l));
      case "id" -> names(item.text(), f.key().substring(("id " + key[1] + " ").length()));
      case "date" -> date(e, key[2]).map(d -> names(text, String.valueOf(d.date().year().getValue())))
          .orElse(false);
      case "reldate" -> relationDate(key).map(d -> names(text, String.valueOf(d.date().year().getValue())))
          .orElse(false);
      case "rel" -> givesRelation(e, RelationKind.ofLabel(key[2]), REGISTRY.get(EntityId.of(key[3])), item, cited);
      default -> false;
    };
  }

  @Test
  void everyPublicRecordFactIsGivenByAnItemThatNamesItsCitation() {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Fact f : FACTS) {
      if (f.provenance().basis() != Basis.PUBLIC_RECORD) {
        continue;
      }
      checked++;
      Source source = REGISTRY.findSource(f.provenance().source()).orElseThrow();
      Optional<String> cited = citation(source);
      if (cited.isEmpty()) {
        wrong.add(f + ": the public record does not name " + source.reference());
        continue;
      }
      boolean given = PublicRecord.items().stream()
          .anyMatch(item -> item.text().contains(cited.get()) && gives(f, item, cited.get()));
      if (!given) {
        wrong.add(f + ": no item of the public record that cites \"" + cited.get() + "\" gives it");
      }
    }
    assertEquals(List.of(), wrong, () -> String.join("\n", wrong));
    assertTrue(checked > 100, "checked " + checked);
  }

  /** The check fails on the kinds of fact it is meant to stop. */
  @Test
  void theCheckRefusesWhatThePublicRecordDoesNotGive() {
    Item gpml = item("Global Programme against Money-Laundering, Proceeds of Crime and the Financing of Terrorism |");
    Entity programme = REGISTRY.get(EntityId.of("gpml"));
    Entity topic = REGISTRY.get(EntityId.of("money-laundering"));
    // A topic read off a programme's name.
    assertTrue(!named(topic, programme, gpml.text(), "GPML mid-term evaluation (Feb 2011)"));
    // A full name the public record gives without a citation, presented as cited by the next bullet.
    Item established = item("Established by COP resolution 9/1");
    Entity mechanism = REGISTRY.get(EntityId.of("review-mechanism"));
    Fact fullName = new Fact("name review-mechanism OFFICIAL " + mechanism.name(),
        Provenance.publicRecord(Sources.COP_RESOLUTION_9_1.reference()), Optional.of(mechanism.name()),
        Optional.empty(), Set.of());
    assertTrue(!givesName(fullName, mechanism, established));
    // A programme's topic: the citation's words do not name it.
    Item cyber = item("Global Programme on Cybercrime |");
    assertTrue(!named(REGISTRY.get(EntityId.of("cybercrime")), REGISTRY.get(EntityId.of("gp-cybercrime")),
        cyber.text(), "UNODC cybercrime mandate page"));
  }

  private static Item item(String start) {
    return PublicRecord.items().stream().filter(i -> i.text().startsWith(start) || i.text().startsWith("| " + start))
        .findFirst().orElseThrow(() -> new AssertionError("no item " + start));
  }
}
