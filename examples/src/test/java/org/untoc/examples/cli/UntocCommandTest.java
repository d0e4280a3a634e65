package org.untoc.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untoc.core.Untoc;
import org.untoc.core.chart.OrgChart;

class UntocCommandTest {
  static final Path SAMPLE = Path.of("samples/mappings.csv");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private String stdin = "";

  @TempDir
  Path dir;

  private int run(String... args) {
    return UntocCommand.commandLine(new ByteArrayInputStream(stdin.getBytes(UTF_8)),
        new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  private String out() {
    return out.toString().replace(System.lineSeparator(), "\n");
  }

  private String err() {
    return err.toString().replace(System.lineSeparator(), "\n");
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }

  // ---------------------------------------------------------------- tree

  @Test
  void treePrintsTheLatestChart() {
    assertEquals(0, run("tree"));
    assertEquals(OrgChart.of(Untoc.reference(), Untoc.OCB_OVERVIEW).toText(), out());
    assertEquals("", err());
  }

  @Test
  void treePrintsAnotherEditionAndOtherFormats() {
    assertEquals(0, run("tree", "--edition", "ocb-brochure"));
    assertTrue(out().startsWith("Edition ocb-brochure: Organized Crime Branch brochure\n"));
    assertTrue(out().contains("      ISS  Implementation Support Section [section]\n"));
    out.getBuffer().setLength(0);
    assertEquals(0, run("tree", "--format", "mermaid"));
    assertEquals(OrgChart.of(Untoc.reference(), Untoc.OCB_OVERVIEW).toMermaid(), out());
    out.getBuffer().setLength(0);
    assertEquals(0, run("tree", "--format", "dot", "--edition", "ocb-brochure"));
    assertEquals(OrgChart.of(Untoc.reference(), Untoc.OCB_BROCHURE).toDot(), out());
  }

  @Test
  void anUnknownEditionIsAUsageErrorWithTheChoices() {
    assertEquals(2, run("tree", "--edition", "ocb-2099"));
    assertEquals("untoc: no edition 'ocb-2099': expected one of [ocb-brochure, ocb-overview] or latest\n", err());
    assertEquals("", out());
  }

  @Test
  void anUnknownCommandOrFormatIsAUsageError() {
    assertEquals(2, run("chart"));
    assertTrue(err().startsWith("untoc: Unmatched argument at index 0: 'chart'"), err());
    err.getBuffer().setLength(0);
    assertEquals(2, run("tree", "--format", "svg"));
    assertTrue(err().startsWith("untoc: Invalid value for option '--format': expected one of [text, mermaid, dot]"),
        err());
  }

  @Test
  void versionAndHelpAnswer() {
    assertEquals(0, run("--version"));
    assertTrue(out().matches("untoc \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), out());
    for (String command : List.of("tree", "show", "find", "editions", "diff", "validate", "migrate", "export")) {
      out.getBuffer().setLength(0);
      assertEquals(0, run(command, "--help"), command);
      assertTrue(out().startsWith("Usage: untoc " + command), out());
      assertTrue(out().contains("--data=FILE"), command);
    }
  }

  // ---------------------------------------------------------------- show, find, editions, diff

  @Test
  void showPrintsAnEntityWithItsSourcesAndRelations() {
    assertEquals(0, run("show", "cybercrime and money laundering section"));
    assertTrue(out().startsWith("CMLS  Cybercrime and Money Laundering Section\n"
        + "  id: cmls    kind: unit (section)\n  editions: ocb-overview\n"), out());
    assertTrue(out().contains("    runs                        GPML (Global Programme against Money-Laundering, "
        + "Proceeds of Crime and the Financing of Terrorism)  [INFERRED]\n"), out());
    assertTrue(out().contains("    part of                     OCB (Organized Crime and Illicit Trafficking Branch)"
        + "  [STATED]\n"), out());
  }

  @Test
  void showSuggestsCloseMatches() {
    assertEquals(2, run("show", "CMSL"));
    assertEquals("untoc: no entity 'CMSL' in edition ocb-overview; did you mean CMLS (Cybercrime and Money "
        + "Laundering Section)?\n", err());
  }

  @Test
  void findListsMatchesAcrossKindsAndEditions() {
    assertEquals(0, run("find", "HMTSS"));
    assertEquals("htmss\tunit\tHTMSS (Human Trafficking and Migrant Smuggling Section)\tocb-brochure,ocb-overview\n",
        out());
    out.getBuffer().setLength(0);
    assertEquals(0, run("find", "firearms"));
    assertEquals(List.of("fts", "firearms-protocol", "wg-firearms", "gfp", "firearms-trafficking"),
        out().lines().map(l -> l.substring(0, l.indexOf('\t'))).toList());
    assertEquals(1, run("find", "piracy"));
    assertEquals("untoc: nothing matches 'piracy'\n", err());
  }

  @Test
  void editionsAreListedOldestFirst() {
    assertEquals(0, run("editions"));
    assertEquals("ocb-brochure\tundated\tOrganized Crime Branch brochure\tseeds/001_d4002eb91bcce051.txt\n"
        + "ocb-overview\tundated\tOrganized Crime and Illicit Trafficking Branch: overview and organizational "
        + "chart\tseeds/000_561e529bf6eb8929.txt\t(latest)\n", out());
  }

  @Test
  void diffTellsWhatChanged() {
    assertEquals(0, run("diff", "ocb-brochure", "latest"));
    assertEquals(Untoc.reference().diff(Untoc.OCB_BROCHURE, Untoc.OCB_OVERVIEW).toText(), out());
    assertTrue(out().contains("  renamed   unit ocb: \"Organized Crime Branch\" -> \"Organized Crime and Illicit "
        + "Trafficking Branch\"  [STATED]\n"), out());
    assertTrue(out().contains("  dissolved unit ISS  [silence; earlier STATED]\n"), out());
  }

  // ---------------------------------------------------------------- validate

  @Test
  void validatesTheSampleFile() {
    assertEquals(1, run("validate", SAMPLE.toString()));
    List<String> statusLines = out().lines().filter(l -> l.startsWith("line ")).toList();
    assertEquals(List.of(
        "line 2     CONFIRMED         GPML -> ISS  [ocb-brochure]  {team=finance}",
        "line 3     CONFIRMED         Global Programme on Cybercrime -> CSS  [ocb-brochure]  {team=cyber}",
        "line 4     CONSISTENT        GPML -> CMLS  [ocb-overview]  {team=finance}",
        "line 5     MISMATCH          GFP -> CMLS  [ocb-overview]  {team=arms}",
        "line 6     CONSISTENT        CCP -> BMB  [ocb-overview]  {team=borders}",
        "line 7     NOT_IN_EDITION    CCP -> ISS  [ocb-overview]  {team=borders}",
        "line 8     NOT_IN_EDITION    Comprehensive Study on Cybercrime -> CMLS  [ocb-overview]  {team=cyber}",
        "line 9     NOT_IN_EDITION    GLO.ACT -> HMTSS  [ocb-overview]  {team=people}",
        "line 10    UNKNOWN_PROGRAMME GPMX -> CMLS  [ocb-overview]  {team=typo}",
        "line 11    UNKNOWN_UNIT      GPML -> CMSL  [ocb-overview]  {team=typo}"), statusLines);
    assertTrue(out().endsWith("10 rows: CONFIRMED 2, CONSISTENT 2, MISMATCH 1, NOT_IN_EDITION 3, "
        + "UNKNOWN_PROGRAMME 1, UNKNOWN_UNIT 1\n"), out());
    assertTrue(out().contains("    latest: GPML was run by ISS in ocb-brochure; in ocb-overview CMLS runs it "
        + "(INFERRED)\n"), out());
  }

  @Test
  void exitsZeroWhenEveryRowAgrees() throws IOException {
    assertEquals(0, run("validate", file("ok.csv", "unit,programme,edition\nCMLS,GPML,\nISS,GPML,ocb-brochure\n")
        .toString()));
    assertTrue(out().endsWith("2 rows: CONFIRMED 1, CONSISTENT 1\n"), out());
  }

  @Test
  void validateWritesJsonWithRowsAndSummary() throws IOException {
    stdin = "[{\"programme\": \"GPML\", \"unit\": \"ISS\", \"edition\": \"ocb-brochure\", \"ticket\": [1, 2]},\n"
        + " {\"programme\": \"GFP\", \"unit\": \"CMLS\"}]";
    assertEquals(1, run("validate", "-", "--format", "json"));
    JsonNode doc = new ObjectMapper().readTree(out());
    assertEquals(2, doc.get("rows").size());
    JsonNode first = doc.get("rows").get(0);
    assertEquals(1, first.get("line").asInt());
    assertEquals("CONFIRMED", first.get("status").asText());
    assertEquals("iss", first.get("expected").asText());
    assertEquals("MOVED", first.get("latest").get("status").asText());
    assertEquals("cmls", first.get("latest").get("unit").asText());
    assertEquals("[1,2]", first.get("extra").get("ticket").toString());
    JsonNode second = doc.get("rows").get(1);
    assertEquals(2, second.get("line").asInt());
    assertEquals("MISMATCH", second.get("status").asText());
    assertEquals("ocb-overview", second.get("edition").asText());
    assertEquals("fts", second.get("expected").asText());
    assertEquals(2, doc.get("summary").get("total").asInt());
    assertEquals(1, doc.get("summary").get("MISMATCH").asInt());
    assertEquals(0, doc.get("summary").get("UNMAPPED").asInt());
  }

  @Test
  void aCsvWithoutTheRequiredColumnsIsUnreadable() throws IOException {
    Path f = file("bad.csv", "programme,section\nGPML,CMLS\n");
    assertEquals(2, run("validate", f.toString()));
    assertEquals("untoc: " + f + ", line 1: the header row must name the columns programme and unit (and "
        + "optionally edition); missing unit, found [programme, section]\n", err());
  }

  @Test
  void aRaggedCsvRowIsUnreadableAndNamesItsLine() throws IOException {
    Path f = file("ragged.csv", "programme,unit\nGPML,CMLS\nGFP,FTS,extra\n");
    assertEquals(2, run("validate", f.toString()));
    assertTrue(err().startsWith("untoc: " + f + ", line 3: malformed CSV: Too many entries: expected at most 2"),
        err());
  }

  @Test
  void malformedJsonNamesTheLineAndPointer() throws IOException {
    Path f = file("bad.json", "[{\"programme\": \"GPML\", \"unit\": \"CMLS\"},\n {\"programme\": 7, \"unit\": \"x\"}]");
    assertEquals(2, run("validate", f.toString()));
    assertEquals("untoc: " + f + ", line 2, at /1/programme: expected a string, found a number\n", err());
    err.getBuffer().setLength(0);
    Path g = file("cut.json", "[{\"programme\": \"GPML\", \"unit\": \"CMLS\"");
    assertEquals(2, run("validate", g.toString()));
    assertTrue(err().startsWith("untoc: " + g + ", line 1, column "), err());
    assertTrue(err().contains(", at /0: malformed JSON: Unexpected end-of-input"), err());
    err.getBuffer().setLength(0);
    Path h = file("missing.json", "[{\"programme\": \"GPML\"}]");
    assertEquals(2, run("validate", h.toString()));
    assertEquals("untoc: " + h + ", line 1, at /0: missing \"unit\"\n", err());
  }

  @Test
  void aMissingFileIsUnreadable() {
    assertEquals(2, run("validate", dir.resolve("nope.csv").toString()));
    assertEquals("untoc: " + dir.resolve("nope.csv") + ": no such file\n", err());
  }

  // ---------------------------------------------------------------- migrate

  @Test
  void migratesACsvMappingToTheLatestEdition() throws IOException {
    Path f = file("old.csv", "programme,unit,team\nGPML,ISS,finance\nGPTOC,ISS,crime\nGP TIP,HMTSS,people\n");
    stdin = "";
    assertEquals(1, run("migrate", f.toString(), "--to", "latest", "--edition", "ocb-brochure"));
    List<String> lines = out().lines().toList();
    assertEquals("programme,unit,team,edition,migrate_status,migrate_message", lines.get(0));
    assertEquals("GPML,CMLS,finance,ocb-overview,MOVED,GPML was run by ISS in ocb-brochure; in ocb-overview CMLS "
        + "runs it (INFERRED)", lines.get(1));
    assertEquals("GPTOC,ISS,crime,ocb-overview,DISSOLVED,GPTOC was run by ISS in ocb-brochure; it no longer "
        + "exists in ocb-overview", lines.get(2));
    assertEquals("GP TIP,HMTSS,people,,UNKNOWN_PROGRAMME,no programme 'GP TIP' in edition "
        + "ocb-brochure; did you mean Global Programme against Trafficking in Persons?", lines.get(3));
  }

  @Test
  void migratesJsonToJson() throws IOException {
    stdin = "[{\"programme\": \"GFP\", \"unit\": \"ISS\", \"edition\": \"ocb-brochure\", \"id\": 41}]";
    assertEquals(0, run("migrate", "-", "--to", "ocb-overview"));
    JsonNode rows = new ObjectMapper().readTree(out());
    assertEquals(1, rows.size());
    assertEquals("FTS", rows.get(0).get("unit").asText());
    assertEquals("MOVED", rows.get(0).get("migrate_status").asText());
    assertEquals(41, rows.get(0).get("id").asInt());
    assertEquals("ocb-overview", rows.get(0).get("edition").asText());
  }

  @Test
  void migrateKeepsARowThatDoesNotHoldInItsOwnEditionAndTheUsersOwnColumns() throws IOException {
    Path f = file("mixed.csv", "programme,unit,edition,status,Note\nGPML,UNODC,ocb-brochure,approved,keep me\n"
        + "GFP,ISS,ocb-brochure,draft,x\n");
    assertEquals(1, run("migrate", f.toString(), "--to", "latest"));
    List<String> lines = out().lines().toList();
    assertEquals("programme,unit,edition,status,Note,migrate_status,migrate_message", lines.get(0));
    assertTrue(lines.get(1).startsWith("GPML,UNODC,ocb-brochure,approved,keep me,MISMATCH,\"GPML (Global Programme "),
        lines.get(1));
    assertTrue(lines.get(2).startsWith("GFP,FTS,ocb-overview,draft,x,MOVED,GFP was run by ISS in ocb-brochure"),
        lines.get(2));
  }

  @Test
  void migratingAgainReplacesTheEarlierMigrationsColumns() throws IOException {
    Path f = file("again.csv", "programme,unit,edition,migrate_status,migrate_message\nGFP,FTS,ocb-overview,MOVED,old\n");
    assertEquals(0, run("migrate", f.toString(), "--to", "latest"));
    assertEquals(List.of("programme,unit,edition,migrate_status,migrate_message",
        "GFP,FTS,ocb-overview,UNCHANGED,GFP was run by FTS in ocb-overview; in ocb-overview FTS still runs it (INFERRED)"),
        out().lines().toList());
  }

  // ---------------------------------------------------------------- reading mapping files

  @Test
  void readsACsvThatStartsWithAByteOrderMark() throws IOException {
    Path f = dir.resolve("bom.csv");
    Files.write(f, ("\uFEFFprogramme,unit\nGPML,CMLS\n").getBytes(UTF_8));
    assertEquals(0, run("validate", f.toString()));
    assertTrue(out().startsWith("line 2     CONSISTENT        GPML -> CMLS"), out());
    Path j = dir.resolve("bom.json");
    Files.write(j, ("\uFEFF[{\"programme\": \"GPML\", \"unit\": \"CMLS\"}]").getBytes(UTF_8));
    assertEquals(0, run("validate", j.toString()));
  }

  @Test
  void aCsvWithAHeaderAndNoRowsHasNoRows() throws IOException {
    assertEquals(0, run("validate", file("empty-rows.csv", "programme,unit\n").toString()));
    assertEquals("0 rows\n", out());
    assertEquals(2, run("validate", file("empty.csv", "").toString()));
    assertEquals("untoc: " + dir.resolve("empty.csv") + ", line 1: the file is empty: expected CSV with a header row "
        + "naming the columns programme and unit (and optionally edition), or a JSON array\n", err());
  }

  @Test
  void aColumnNamedTwiceIsUnreadable() throws IOException {
    Path f = file("twice.csv", "programme,unit,Unit\nGPML,ISS,keep\n");
    assertEquals(2, run("validate", f.toString()));
    assertEquals("untoc: " + f + ", line 1: the header row names the column unit more than once (names are "
        + "compared ignoring case)\n", err());
  }

  @Test
  void textThatIsNotUtf8IsUnreadable() throws IOException {
    Path f = dir.resolve("latin1.csv");
    Files.write(f, "programme,unit,note\nGPML,CMLS,caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertEquals(2, run("validate", f.toString()));
    assertEquals("untoc: " + f + ": not UTF-8 text (Input length = 1)\n", err());
  }

  @Test
  void aDirectoryIsNotAMappingFile() {
    assertEquals(2, run("validate", dir.toString()));
    assertEquals("untoc: " + dir + ": is a directory, not a mapping file\n", err());
  }

  @Test
  void eachVerdictQuotesItsOwnRow() throws IOException {
    assertEquals(1, run("validate", file("spelt.csv", "programme,unit\ngpml-x,CMLS\nGPML-X,cmls\n").toString()));
    assertTrue(out().contains("no programme 'gpml-x' in edition"), out());
    assertTrue(out().contains("no programme 'GPML-X' in edition"), out());
  }

  // ---------------------------------------------------------------- export

  @Test
  void exportsEveryForm() throws IOException {
    assertEquals(0, run("export", "--format", "json"));
    assertEquals(Untoc.reference().entities().size(),
        org.untoc.json.RegistryJson.strict().read(out()).entities().size());
    out.getBuffer().setLength(0);
    assertEquals(0, run("export", "--format", "csv", "--edition", "ocb-brochure"));
    assertEquals(11, out().lines().count(), out());
    assertTrue(out().lines().anyMatch(l -> l.equals("ocb-brochure,gpml,GPML,\"Global Programme against "
        + "Money-Laundering, Proceeds of Crime and the Financing of Terrorism\",iss,ISS,Implementation Support "
        + "Section,stated")), out());
    out.getBuffer().setLength(0);
    assertEquals(0, run("export", "--format", "jsonld"));
    JsonNode ld = new ObjectMapper().readTree(out());
    assertTrue(ld.has("@context") && ld.has("@graph"), out());
    out.getBuffer().setLength(0);
    assertEquals(0, run("export", "--format", "mermaid", "--edition", "ocb-brochure"));
    assertEquals(OrgChart.of(Untoc.reference(), Untoc.OCB_BROCHURE).toMermaid(), out());
    out.getBuffer().setLength(0);
    assertEquals(0, run("export", "--format", "dot"));
    assertEquals(OrgChart.of(Untoc.reference(), Untoc.OCB_OVERVIEW).toDot(), out());
  }

  @Test
  void exportOfTheWholeDocumentRefusesAnEdition() {
    assertEquals(2, run("export", "--format", "json", "--edition", "ocb-brochure"));
    assertEquals("untoc: export --format json writes every edition; leave out --edition\n", err());
  }

  // ---------------------------------------------------------------- --data

  @Test
  void readsARegistryDocumentInPlaceOfTheReferenceData() throws IOException {
    Path doc = dir.resolve("reference.json");
    try (var w = Files.newBufferedWriter(doc, UTF_8)) {
      org.untoc.json.RegistryJson.strict().write(Untoc.reference(), w);
    }
    assertEquals(0, run("tree", "--data", doc.toString()));
    // A document lists entities by id, so the chart lists parts in that order.
    assertEquals(OrgChart.of(org.untoc.json.RegistryJson.strict().read(doc), Untoc.OCB_OVERVIEW).toText(), out());
    assertTrue(out().contains("      CMLS  Cybercrime and Money Laundering Section [section]\n"), out());
  }

  @Test
  void aBrokenRegistryDocumentIsUnreadable() throws IOException {
    Path doc = file("broken.json", "{\"format\": \"untoc-registry\", \"version\": 9}");
    assertEquals(2, run("editions", "--data", doc.toString()));
    assertTrue(err().startsWith("untoc: " + doc + ": not a valid registry document: "), err());
    assertTrue(!err().contains("\tat "), "no stack trace");
  }
}
