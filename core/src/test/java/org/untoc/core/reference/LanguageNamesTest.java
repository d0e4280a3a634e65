package org.untoc.core.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.untoc.core.Basis;
import org.untoc.core.Body;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.Name;
import org.untoc.core.NameType;
import org.untoc.core.Registry;
import org.untoc.core.Unit;
import org.untoc.core.Untoc;

/**
 * The names of the reference data in languages other than English are those the public record's
 * table "Names in the official languages" gives, each for its entity and language, of the type
 * the table gives it (the part in brackets an acronym; a short form an alias), PUBLIC_RECORD with
 * the row's citation; every name the table gives is there; and nothing the table marks UNVERIFIED
 * is, nor what its notes leave out.
 */
class LanguageNamesTest {
  private static final Registry REGISTRY = Untoc.reference();
  private static final String SECTION = "## Names in the official languages";

  /** The entities of the table's first column. */
  private static final Map<String, List<String>> ENTITIES = Map.of(
      "UNODC", List.of("unodc"),
      "UNTOC", List.of("untoc"),
      "Trafficking Protocol", List.of("trafficking-protocol"),
      "Smuggling Protocol", List.of("smuggling-protocol"),
      "Firearms Protocol", List.of("firearms-protocol"),
      "Protocols", List.of("trafficking-protocol", "smuggling-protocol", "firearms-protocol"),
      "Conference of the Parties", List.of("cop"),
      "Review Mechanism", List.of("review-mechanism"));

  /** One name the table gives: its entity, language, type and text, and the cell of its citation. */
  record Given(String entity, String language, NameType type, String text, String citation) {}

  /** A row of the table, cut into its cells. */
  record Row(String entity, List<String> languages, String name, String citation) {
    boolean unverified() {
      return name.startsWith("UNVERIFIED");
    }
  }

  static List<Row> rows() {
    String text = PublicRecord.text();
    int start = text.indexOf(SECTION);
    assertTrue(start >= 0, "the public record has no section " + SECTION);
    String section = text.substring(start, text.indexOf("\n## ", start + SECTION.length()));
    List<Row> rows = new ArrayList<>();
    for (String line : section.split("\n")) {
      if (!line.startsWith("| ") || line.startsWith("| entity ") || line.startsWith("|---")) {
        continue;
      }
      String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
      assertEquals(4, cells.length, line);
      rows.add(new Row(cells[0].strip(), List.of(cells[1].strip().split(",\\s*")), cells[2].strip(),
          cells[3].strip()));
    }
    return rows;
  }

  /** The names a row gives: the name, an official name or (a short form) an alias, and the acronym in brackets. */
  static List<Given> given(Row row) {
    List<Given> out = new ArrayList<>();
    String name = row.name();
    boolean shortForm = name.endsWith(" (short form)") || row.citation().contains("(short form");
    name = name.replaceFirst(" \\(short form\\)$", "");
    Matcher m = Pattern.compile("^(.*) \\(([^()]+)\\)$").matcher(name);
    String acronym = null;
    if (m.matches()) {
      name = m.group(1);
      acronym = m.group(2);
    }
    for (String entity : entities(row)) {
      for (String language : row.languages()) {
        out.add(new Given(entity, language, shortForm ? NameType.ALIAS : NameType.OFFICIAL, name, row.citation()));
        if (acronym != null) {
          out.add(new Given(entity, language, NameType.ACRONYM, acronym, row.citation()));
        }
      }
    }
    return out;
  }

  private static List<String> entities(Row row) {
    List<String> ids = ENTITIES.get(row.entity());
    assertTrue(ids != null, "the table names an entity this test does not know: " + row.entity());
    return ids;
  }

  private static List<Name> nonEnglish(Entity e) {
    return e.names().stream().filter(n -> !n.language().equals(Name.ENGLISH)).toList();
  }

  /** Returns the names in languages other than English that the table does not give so, one a line. */
  static List<String> notGiven(Registry registry) {
    List<Given> given = rows().stream().filter(r -> !r.unverified()).flatMap(r -> given(r).stream()).toList();
    List<String> wrong = new ArrayList<>();
    for (Entity e : registry.entities()) {
      for (Name n : nonEnglish(e)) {
        boolean ok = n.provenance().basis() == Basis.PUBLIC_RECORD
            && given.stream().anyMatch(g -> g.entity().equals(e.id().toString()) && g.language().equals(n.language())
                && g.type() == n.type() && g.text().equals(n.text()) && g.citation().contains(n.provenance().source()));
        if (!ok) {
          wrong.add(e.id() + " " + n.language() + " " + n.type() + " '" + n.text() + "' " + n.provenance());
        }
      }
    }
    return wrong;
  }

  @Test
  void everyNameInAnotherLanguageIsOneTheTableGivesWithItsCitation() {
    List<String> wrong = notGiven(REGISTRY);
    assertEquals(List.of(), wrong, () -> String.join("\n", wrong));
    assertEquals(24, REGISTRY.entities().stream().mapToLong(e -> nonEnglish(e).size()).sum());
  }

  @Test
  void theCheckRefusesATranslationAnUnverifiedNameAndAShortFormAsOfficial() {
    Entity unodc = REGISTRY.get(EntityId.of("unodc"));
    Entity mechanism = REGISTRY.get(EntityId.of("review-mechanism"));
    Registry wrong = REGISTRY.toBuilder()
        .replace(Unit.builder().from((Unit) unodc).addName(
            Name.official("Управление Организации Объединенных Наций по наркотикам и преступности",
                Facts.pr(Sources.UNOV_FR)).inLanguage("ru")).build())
        .replace(Body.builder().from((Body) mechanism).addName(
            Name.official("Mecanismo de Examen de la aplicación de la UNTOC", Facts.pr(Sources.CIVIL_SOCIETY_ES))
                .inLanguage("es")).build())
        .build();
    assertEquals(List.of(
        "unodc ru OFFICIAL 'Управление Организации Объединенных Наций по наркотикам и преступности' "
            + Facts.pr(Sources.UNOV_FR),
        "review-mechanism es OFFICIAL 'Mecanismo de Examen de la aplicación de la UNTOC' "
            + Facts.pr(Sources.CIVIL_SOCIETY_ES)), notGiven(wrong));
  }

  @Test
  void everyNameTheTableGivesIsInTheData() {
    List<String> missing = new ArrayList<>();
    for (Row row : rows()) {
      if (row.unverified()) {
        continue;
      }
      for (Given g : given(row)) {
        Entity e = REGISTRY.get(EntityId.of(g.entity()));
        if (e.namesIn(g.language()).stream().noneMatch(n -> n.type() == g.type() && n.text().equals(g.text()))) {
          missing.add(g.toString());
        }
      }
    }
    assertEquals(List.of(), missing, () -> String.join("\n", missing));
  }

  @Test
  void nothingTheTableMarksUnverifiedIsEntered() {
    List<String> entered = new ArrayList<>();
    int rows = 0;
    for (Row row : rows()) {
      if (!row.unverified()) {
        continue;
      }
      rows++;
      for (String id : entities(row)) {
        for (String language : row.languages()) {
          if (!REGISTRY.get(EntityId.of(id)).namesIn(language).isEmpty()) {
            entered.add(id + " " + language);
          }
        }
      }
    }
    assertEquals(List.of(), entered);
    assertEquals(3, rows);
    assertTrue(REGISTRY.get("UNODC").namesIn("ru").isEmpty());
    assertEquals("United Nations Office on Drugs and Crime", REGISTRY.get("UNODC").nameIn(Untoc.OCB_OVERVIEW, "ru"));
  }

  @Test
  void theNotesAreObeyed() {
    Entity cop = REGISTRY.get(EntityId.of("cop"));
    // The French acronyms of the Conference differ between official pages: neither is recorded.
    assertEquals(List.of(NameType.OFFICIAL), cop.namesIn("fr").stream().map(Name::type).toList());
    // No Arabic or Chinese acronym was seen for any entity.
    for (Entity e : REGISTRY.entities()) {
      for (Name n : nonEnglish(e)) {
        assertTrue(n.type() != NameType.ACRONYM || !n.language().equals("ar") && !n.language().equals("zh"),
            e.id() + " " + n);
      }
    }
    // The Convention against Cybercrime is not in the data; its French press headline is no name.
    assertTrue(REGISTRY.entities().stream().flatMap(e -> e.names().stream())
        .noneMatch(n -> n.text().toLowerCase(java.util.Locale.ROOT).contains("cybercriminalit")));
    // A short form is an alias: the Review Mechanism has no official name in French or Spanish.
    Entity mechanism = REGISTRY.get(EntityId.of("review-mechanism"));
    assertEquals(List.of(NameType.ALIAS), mechanism.namesIn("fr").stream().map(Name::type).toList());
    assertEquals(List.of(NameType.ALIAS), mechanism.namesIn("es").stream().map(Name::type).toList());
  }

  @Test
  void everyEntityHasAnOfficialNameInEnglish() {
    for (Entity e : REGISTRY.entities()) {
      assertTrue(e.namesIn(Name.ENGLISH).stream().anyMatch(n -> n.type() == NameType.OFFICIAL), e.id().toString());
    }
  }

  @Test
  void theNamesPerLanguage() {
    Map<String, Integer> count = new TreeMap<>();
    for (Entity e : REGISTRY.entities()) {
      for (Name n : nonEnglish(e)) {
        count.merge(n.language(), 1, Integer::sum);
      }
    }
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("ar", 6);
    expected.put("es", 9);
    expected.put("fr", 8);
    expected.put("zh", 1);
    assertEquals(expected, count);
  }

  /** The table is read as it is meant: the check finds what it must refuse. */
  @Test
  void theTableIsReadCellByCell() {
    List<Row> rows = rows();
    assertEquals(24, rows.size());
    Row cop = rows.stream().filter(r -> r.entity().equals("Conference of the Parties") && r.languages().equals(
        List.of("es"))).findFirst().orElseThrow();
    assertEquals(List.of(new Given("cop", "es", NameType.ALIAS, "Conferencia de las Partes", cop.citation()),
        new Given("cop", "es", NameType.ACRONYM, "CdP", cop.citation())), given(cop));
    Row unodc = rows.get(0);
    assertEquals(List.of(
        new Given("unodc", "fr", NameType.OFFICIAL, "Office des Nations Unies contre la drogue et le crime",
            unodc.citation()),
        new Given("unodc", "fr", NameType.ACRONYM, "ONUDC", unodc.citation())), given(unodc));
  }
}
