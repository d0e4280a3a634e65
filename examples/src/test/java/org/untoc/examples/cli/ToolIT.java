package org.untoc.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged tool, {@code target/untoc.jar} and the launcher beside it, run as a user runs
 * them: each behaviour through a process of its own, its exit code, standard output and
 * standard error.
 */
class ToolIT {
  private static final Path JAR = Path.of("target/untoc.jar").toAbsolutePath();
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  @TempDir
  Path dir;

  /** What a run of the tool left: its exit code, standard output and standard error. */
  record Result(int code, String out, String err) {
    /** Returns the lines of standard output. */
    List<String> lines() {
      return out.lines().toList();
    }
  }

  private static Result run(String... args) throws IOException, InterruptedException {
    return run("", List.of(), args);
  }

  private static Result runWith(String stdin, String... args) throws IOException, InterruptedException {
    return run(stdin, List.of(), args);
  }

  /** Runs the jar with JVM options, standard input and arguments. */
  private static Result run(String stdin, List<String> jvm, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA.toString()));
    command.addAll(jvm);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    return exec(new ProcessBuilder(command), stdin);
  }

  private static Result exec(ProcessBuilder pb, String stdin) throws IOException, InterruptedException {
    Process p = pb.start();
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
    try (OutputStream in = p.getOutputStream()) {
      in.write(stdin.getBytes(UTF_8));
    }
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the tool ends");
    return new Result(p.exitValue(), new String(out.join(), UTF_8), new String(err.join(), UTF_8));
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }

  /** Checks a document against the schema untoc-json ships for a command's output, and returns it. */
  private static JsonNode valid(String command, String document) throws IOException {
    JsonNode doc = JSON.readTree(document);
    try (InputStream in = ToolIT.class.getResourceAsStream("/org/untoc/json/untoc-" + command + ".schema.json")) {
      JsonSchema schema = SCHEMAS.getSchema(JSON.readTree(in));
      Set<ValidationMessage> problems = schema.validate(doc);
      assertEquals(Set.of(), problems, document);
    }
    return doc;
  }

  // ---------------------------------------------------------------- finding things in any edition

  @Test
  void showFindsAnEntityOfAnyEditionAndSaysWhichEditionItShows() throws Exception {
    for (String name : List.of("ISS", "iss", "Implementation Support Section")) {
      Result r = run("show", name);
      assertEquals(0, r.code(), r.err());
      assertEquals(List.of("ISS  Implementation Support Section",
          "  shown as of ocb-brochure, the latest edition it is in; it is not in ocb-overview",
          "  id: iss    kind: unit (section)", "  editions: ocb-brochure"), r.lines().subList(0, 4));
    }
    Result gptoc = run("show", "GPTOC");
    assertEquals(0, gptoc.code(), gptoc.err());
    assertTrue(gptoc.out().startsWith("GPTOC  Global Programme for Strengthening the Capacities of Member States to"
        + " Prevent and Combat Organized and Serious Crimes\n  shown as of ocb-brochure"), gptoc.out());
    Result study = run("show", "Comprehensive Study on Cybercrime");
    assertEquals(0, study.code(), study.err());
    assertEquals("  shown as of ocb-brochure, the latest edition it is in; it is not in ocb-overview", study.lines().get(1));
    Result cmls = run("show", "CMLS");
    assertEquals("  id: cmls    kind: unit (section)", cmls.lines().get(1));
  }

  @Test
  void showInAnEditionWithoutTheEntitySaysWhereItIsAndHowToAsk() throws Exception {
    Result r = run("show", "ISS", "--edition", "ocb-overview");
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertEquals("untoc: no entity 'ISS' in edition ocb-overview; it names unit ISS (Implementation Support Section) in"
        + " edition ocb-brochure; ask with --edition ocb-brochure\n", r.err());
    Result gptoc = run("--edition", "latest", "show", "GPTOC");
    assertEquals(2, gptoc.code());
    assertTrue(gptoc.err().endsWith(" in edition ocb-brochure; ask with --edition ocb-brochure\n"), gptoc.err());
    Result there = run("show", "ISS", "--edition", "ocb-brochure");
    assertEquals(0, there.code(), there.err());
    Result unknown = run("show", "ISSX");
    assertEquals(2, unknown.code());
    assertEquals("untoc: no entity 'ISSX' in any edition; did you mean ISS (Implementation Support Section)?\n",
        unknown.err());
  }

  @Test
  void findTreatsHyphensAndSpacesAlikeMarksTheEditionsOfEachHitAndTakesAKind() throws Exception {
    Result spaced = run("find", "money laundering");
    Result hyphened = run("find", "money-laundering");
    assertEquals(0, spaced.code(), spaced.err());
    assertEquals(spaced.out(), hyphened.out());
    assertEquals(List.of("money-laundering\ttopic\tmoney-laundering\tocb-brochure,ocb-overview",
        "cmls\tunit\tCMLS (Cybercrime and Money Laundering Section)\tocb-overview",
        "gpml\tprogramme\tGPML (Global Programme against Money-Laundering, Proceeds of Crime and the Financing of"
            + " Terrorism)\tocb-brochure,ocb-overview"), spaced.lines());
    Result former = run("find", "HMTSS");
    assertEquals("htmss\tunit\tHMTSS (Human Trafficking and Migrant Smuggling Section)\tocb-brochure\n", former.out());
    Result kind = run("find", "--kind", "unit", "section");
    assertEquals(List.of("css", "iss", "htmss", "fts", "cmls"),
        kind.lines().stream().map(l -> l.substring(0, l.indexOf('\t'))).toList());
    Result none = run("find", "piracy");
    assertEquals(1, none.code());
    assertEquals("untoc: nothing matches 'piracy'\n", none.err());
    Result empty = run("find", "");
    assertEquals(2, empty.code());
    assertEquals("untoc: TEXT is empty: give a name, or a part of one, to look for\n"
        + "Try 'untoc find --help' for more information.\n", empty.err());
  }

  // ---------------------------------------------------------------- names in languages

  private static final String UNODC_AR = "مكتب الأمم المتحدة المعني بالمخدرات والجريمة";
  private static final String UNODC_ZH = "联合国毒品和犯罪问题办公室";

  @Test
  void showFindsAnArabicOrChineseNameAndNamesInTheLanguageAsked() throws Exception {
    Result ar = run("show", UNODC_AR);
    assertEquals(0, ar.code(), ar.err());
    assertEquals("UNODC  United Nations Office on Drugs and Crime", ar.lines().get(0));
    assertTrue(ar.lines().contains("    official  ar  " + UNODC_AR + "  [PUBLIC_RECORD]"), ar.out());
    Result zh = run("show", UNODC_ZH, "--lang", "zh");
    assertEquals(0, zh.code(), zh.err());
    assertEquals("UNODC  " + UNODC_ZH, zh.lines().get(0));
    Result arabic = run("show", "UNODC", "--lang", "AR");
    assertEquals("UNODC  " + UNODC_AR, arabic.lines().get(0));
    JsonNode json = valid("show", run("show", "ONUDC", "--lang", "fr", "--format", "json").out());
    assertEquals("Office des Nations Unies contre la drogue et le crime", json.get("name").asText());
    assertEquals("ONUDC", json.get("acronym").asText());
    assertEquals("{\"type\":\"official\",\"text\":\"" + UNODC_ZH + "\",\"language\":\"zh\",\"basis\":\"public-record\"}",
        json.get("names").get(json.get("names").size() - 1).toString());
  }

  @Test
  void treeListFindAndTheChartExportsNameInTheLanguageAsked() throws Exception {
    Result tree = run("tree", "--lang", "ar");
    assertEquals(0, tree.code(), tree.err());
    assertEquals("UNODC  " + UNODC_AR + " [office]", tree.lines().get(1));
    assertEquals("  DTA  Division for Treaty Affairs [division]", tree.lines().get(2));
    JsonNode json = valid("tree", run("tree", "--lang", "zh", "--format", "json").out());
    assertEquals(UNODC_ZH, json.get("units").get(0).get("name").asText());
    Result mermaid = run("export", "--format", "mermaid", "--lang", "zh");
    assertTrue(mermaid.out().contains("  n_unodc[\"UNODC<br/>" + UNODC_ZH + "\"]\n"), mermaid.out());
    Result dot = run("export", "--format", "dot", "--lang", "ar");
    assertTrue(dot.out().contains("  \"unodc\" [label=\"UNODC\\n" + UNODC_AR + "\"];\n"), dot.out());
    Result list = run("list", "--kind", "instrument", "--lang", "es");
    assertTrue(list.lines().contains("untoc\tinstrument\tUNTOC (Convención de las Naciones Unidas contra la"
        + " Delincuencia Organizada Transnacional)\tocb-brochure,ocb-overview"), list.out());
    valid("list", run("list", "--lang", "fr", "--format", "json").out());
    Result find = run("find", "criminalite", "transnationale", "organisee", "--lang", "fr");
    assertEquals(0, find.code(), find.err());
    assertTrue(find.lines().get(0).startsWith("untoc\tinstrument\tUNTOC (Convention des Nations Unies contre la"
        + " criminalité transnationale organisée)\t"), find.out());
    JsonNode found = valid("find", run("find", "الجريمة", "--format", "json").out());
    assertEquals("ar", found.get("hits").get(0).get("matches").get(0).get("language").asText());
  }

  @Test
  void anIllFormedLanguageIsAUsageErrorNamingIt() throws Exception {
    for (String command : List.of("tree", "show", "find", "list", "export")) {
      Result r = command.equals("export") ? run("export", "--format", "dot", "--lang", "en_GB")
          : command.equals("tree") || command.equals("list") ? run(command, "--lang", "en_GB")
          : run(command, "UNODC", "--lang", "en_GB");
      assertEquals(2, r.code(), command + ": " + r.err());
      assertTrue(r.err().lines().findFirst().orElseThrow().contains("en_GB"), r.err());
      assertTrue(!r.err().contains("Exception"), r.err());
    }
  }

  @Test
  void listListsEveryEntityOrThoseOfAKindAndAnEditionOneALine() throws Exception {
    Result all = run("list");
    assertEquals(0, all.code(), all.err());
    assertEquals(115, all.lines().size());
    Result units = run("list", "--kind", "unit", "--edition", "ocb-brochure");
    assertEquals(List.of("unodc\tunit\tUNODC (United Nations Office on Drugs and Crime)\tocb-brochure,ocb-overview",
        "dta\tunit\tDivision for Treaty Affairs\tocb-brochure,ocb-overview",
        "ocb\tunit\tOCB (Organized Crime Branch)\tocb-brochure,ocb-overview",
        "css\tunit\tCSS (Conference Support Section)\tocb-brochure,ocb-overview",
        "iss\tunit\tISS (Implementation Support Section)\tocb-brochure",
        "htmss\tunit\tHMTSS (Human Trafficking and Migrant Smuggling Section)\tocb-brochure,ocb-overview"),
        units.lines());
  }

  // ---------------------------------------------------------------- output a script can read

  @Test
  void everyJsonOutputMatchesItsSchema() throws Exception {
    JsonNode show = valid("show", run("show", "GPTOC", "--format", "json").out());
    assertEquals("ocb-brochure", show.get("edition").asText());
    assertEquals("iss", show.get("relations").get(1).get("entity").asText());
    JsonNode untoc = valid("show", run("show", "Palermo Convention", "--format", "JSON").out());
    assertEquals("2000-11-15", untoc.get("dates").get("adopted").asText());
    valid("show", run("--format", "json", "show", "ocb").out());
    valid("show", run("show", "mandate-cop-secretariat", "--format", "json").out());
    JsonNode find = valid("find", run("find", "HMTSS", "--format", "json").out());
    assertEquals("[\"ocb-brochure\"]", find.get("hits").get(0).get("editions").toString());
    assertEquals("{\"type\":\"acronym\",\"text\":\"HMTSS\",\"language\":\"en\",\"editions\":[\"ocb-brochure\"]}",
        find.get("hits").get(0).get("matches").get(0).toString());
    valid("find", run("find", "firearms", "--kind", "programme", "--format", "json").out());
    JsonNode list = valid("list", run("list", "--format", "json", "--kind", "unit", "--edition", "ocb-brochure").out());
    assertEquals(6, list.get("entities").size());
    assertEquals("HMTSS", list.get("entities").get(5).get("acronym").asText());
    valid("list", run("list", "--format", "json").out());
    JsonNode editions = valid("editions", run("editions", "--format", "Json").out());
    assertEquals("ocb-overview", editions.get("latest").asText());
    JsonNode diff = valid("diff", run("diff", "ocb-brochure", "latest", "--format", "json").out());
    assertEquals(181, diff.get("total").asInt());
    assertEquals("{\"created\":36,\"dissolved\":43,\"renamed\":7,\"moved\":4,\"split\":1,\"linked\":69,\"unlinked\":21}",
        diff.get("counts").toString());
    JsonNode moved = valid("diff", run("--format", "json", "diff", "ocb-brochure", "latest", "--only", "moved",
        "--kind", "programme").out());
    assertEquals(4, moved.get("changes").size());
    assertEquals("{\"type\":\"moved\",\"subject\":\"gpml\",\"kind\":\"programme\",\"description\":\"programme GPML:"
        + " run by ISS -> CMLS\",\"basis\":\"inferred\",\"evidence\":\"facts\",\"was\":\"iss\",\"now\":\"cmls\",\"oldRelation\":{\"kind\":"
        + "\"runs\",\"from\":\"iss\",\"to\":\"gpml\"},\"newRelation\":{\"kind\":\"runs\",\"from\":\"cmls\",\"to\":\"gpml\"}}",
        moved.get("changes").get(2).toString());
    JsonNode tree = valid("tree", run("tree", "--format", "json", "--edition", "ocb-brochure").out());
    JsonNode ocb = tree.get("units").get(0).get("parts").get(0).get("parts").get(0);
    assertEquals("Organized Crime Branch", ocb.get("name").asText());
    assertEquals(List.of("css", "iss", "htmss"),
        List.of(ocb.get("parts").get(0).get("id").asText(), ocb.get("parts").get(1).get("id").asText(),
            ocb.get("parts").get(2).get("id").asText()));
    valid("tree", run("tree", "--format", "json").out());
    JsonNode report = valid("validate", run("validate", UntocCommandTest.SAMPLE.toString(), "--format", "json").out());
    assertEquals(10, report.get("summary").get("total").asInt());
    Path json = file("rows.json", "[{\"programme\": \"GPML\", \"unit\": \"OCB\"}, 7, {\"programme\": \"GFP\"}]");
    JsonNode rows = valid("validate", run("validate", json.toString(), "--format", "json").out());
    assertEquals("/1", rows.get("rows").get(1).get("pointer").asText());
    assertEquals("WITHIN", rows.get("rows").get(0).get("status").asText());
    assertEquals(2, rows.get("summary").get("MALFORMED").asInt());
  }

  @Test
  void jsonOutputAsOfADayAndHistoriesMatchTheirSchemas() throws Exception {
    JsonNode show = valid("show", run("show", "Ad Hoc Committee", "--as-of", "2022-01-01", "--format", "json").out());
    assertEquals("2022-01-01", show.get("asOf").asText());
    assertEquals("ocb-overview", show.get("edition").asText());
    JsonNode tree = valid("tree", run("tree", "--as-of", "2014-01-01", "--format", "json").out());
    assertEquals("2014-01-01", tree.get("asOf").asText());
    assertEquals("ocb-brochure", tree.get("edition").get("id").asText());
    JsonNode list = valid("list", run("list", "--as-of", "2014-01-01", "--kind", "unit", "--format", "json").out());
    assertEquals("2014-01-01", list.get("asOf").asText());
    assertEquals("ocb-brochure", list.get("edition").asText());
    assertEquals(6, list.get("entities").size());
    JsonNode find = valid("find", run("find", "committee", "--as-of", "2022-01-01", "--format", "json").out());
    assertEquals("2022-01-01", find.get("asOf").asText());
    assertEquals("ocb-overview", find.get("edition").asText());
    assertEquals("ad-hoc-committee", find.get("hits").get(0).get("id").asText());
    Path dated = file("dated.json", "[{\"programme\": \"GPML\", \"unit\": \"ISS\", \"date\": \"2014-01-01\"}]");
    JsonNode rows = valid("validate", run("validate", dated.toString(), "--format", "json").out());
    assertEquals("2014-01-01", rows.get("rows").get(0).get("date").asText());
    assertEquals("ocb-brochure", rows.get("rows").get(0).get("edition").asText());
    assertEquals("CONFIRMED", rows.get("rows").get(0).get("status").asText());
    JsonNode ahc = valid("history", run("history", "Ad Hoc Committee", "--format", "json").out());
    assertEquals("{\"event\":\"established\",\"date\":\"2019-12-27\",\"note\":\"General Assembly resolution 74/247\","
        + "\"basis\":\"public-record\"}", ahc.get("dates").get(0).toString());
    assertEquals(false, ahc.get("editions").get(0).get("exists").asBoolean());
    assertEquals(true, ahc.get("editions").get(1).get("exists").asBoolean());
    JsonNode gfp = valid("history", run("history", "GFP", "--format", "json").out());
    assertEquals("{\"id\":\"iss\",\"label\":\"ISS (Implementation Support Section)\",\"since\":\"2011\","
        + "\"basis\":\"stated\"}", gfp.get("editions").get(0).get("units").get(0).toString());
    assertEquals("2011", gfp.get("editions").get(0).get("period").get("from").get("date").asText());
    valid("history", run("history", "untoc", "--format", "json").out());
    valid("history", run("--format", "json", "history", "ISS").out());
  }

  @Test
  void theSchemasAreValidJsonSchemas() throws Exception {
    JsonSchema meta = SCHEMAS.getSchema(java.net.URI.create("https://json-schema.org/draft/2020-12/schema"));
    for (String command : List.of("show", "find", "list", "editions", "diff", "tree", "validate", "history")) {
      try (InputStream in = ToolIT.class.getResourceAsStream("/org/untoc/json/untoc-" + command + ".schema.json")) {
        assertEquals(Set.of(), meta.validate(JSON.readTree(in)), command);
      }
    }
  }

  // ---------------------------------------------------------------- exit codes and failures

  @Test
  void aFailedWriteIsExitTwoWithAOneLineMessage() throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "a device that is always full");
    for (List<String> args : List.of(List.of("tree"), List.of("export", "--format", "json"),
        List.of("list", "--format", "json"), List.of("validate", UntocCommandTest.SAMPLE.toString()),
        List.of("--help"))) {
      List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar", JAR.toString()));
      command.addAll(args);
      Result r = exec(new ProcessBuilder(command).redirectOutput(full.toFile()), "");
      assertEquals(2, r.code(), args.toString());
      assertEquals("untoc: cannot write standard output: No space left on device\n", r.err(), args.toString());
    }
  }

  @Test
  void aClosedPipeEndsQuietly() throws Exception {
    Path rows = dir.resolve("rows.csv");
    try (BufferedWriter w = Files.newBufferedWriter(rows, UTF_8)) {
      w.write("programme,unit\n");
      for (int i = 0; i < 20_000; i++) {
        w.write("GPML,CMLS\n");
      }
    }
    for (List<String> args : List.of(List.of("export", "--format", "json"), List.of("validate", rows.toString()))) {
      List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar", JAR.toString()));
      command.addAll(args);
      Process p = new ProcessBuilder(command).start();
      CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
      p.getOutputStream().close();
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), UTF_8));
      assertTrue(out.readLine() != null, "a first line");
      out.close(); // as head does, with more to come
      assertTrue(p.waitFor(2, TimeUnit.MINUTES));
      assertEquals(0, p.exitValue(), args.toString());
      assertEquals("", new String(err.join(), UTF_8), args.toString());
    }
  }

  @Test
  void writingToAFileIsWholeOrNotAtAll() throws Exception {
    Path out = file("out.txt", "the previous output\n");
    assertEquals(0, run("tree", "-o", out.toString()).code());
    assertTrue(Files.readString(out).startsWith("Edition ocb-overview: "), Files.readString(out));
    assertEquals(0, run("export", "--format", "csv", "--output", out.toString()).code());
    assertTrue(Files.readString(out).startsWith("edition,"), Files.readString(out));
    assertEquals(1, run("validate", UntocCommandTest.SAMPLE.toString(), "-o", out.toString()).code());
    String report = Files.readString(out);
    assertTrue(report.endsWith("UNKNOWN_PROGRAMME 1, UNKNOWN_UNIT 1\n"), report);
    Path old = file("old.csv", "programme,unit\nGPML,ISS\n");
    assertEquals(0, run("migrate", old.toString(), "--edition", "ocb-brochure", "--to", "latest", "-o",
        dir.resolve("new.csv").toString()).code());
    assertEquals("programme,unit,edition,migrate_status,migrate_message\nGPML,CMLS,ocb-overview,MOVED,GPML was run by"
        + " ISS in ocb-brochure; in ocb-overview CMLS runs it (INFERRED)\n", Files.readString(dir.resolve("new.csv")));
    // a table that turns out unreadable half-way: the report is not written, the previous one stays
    StringBuilder rows = new StringBuilder("programme,unit\n");
    for (int i = 0; i < 20_000; i++) {
      rows.append("GPML,CMLS\n");
    }
    Path bad = dir.resolve("bad.csv");
    byte[] tail = "GPML,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(bad, rows.toString().getBytes(UTF_8));
    Files.write(bad, tail, java.nio.file.StandardOpenOption.APPEND);
    Result r = run("validate", bad.toString(), "-o", out.toString());
    assertEquals(2, r.code());
    assertEquals("untoc: " + bad + ", line 20002: not UTF-8 text: the byte 0xE9 at byte offset " + (Files.size(bad) - 2)
        + " is not part of a UTF-8 character\n", r.err());
    assertEquals(report, Files.readString(out));
    try (var files = Files.list(dir)) {
      assertEquals(List.of("bad.csv", "new.csv", "old.csv", "out.txt"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void dashOWritesThroughALinkAndIntoANamedPipeWithoutReplacingThem() throws Exception {
    Path real = Files.writeString(dir.resolve("real.txt"), "before");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("real.txt"));
    assertEquals(0, run("tree", "-o", link.toString()).code());
    assertTrue(Files.isSymbolicLink(link), "the link stays a link");
    assertEquals(run("tree").out(), Files.readString(real));

    Path fifo = dir.resolve("fifo");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo makes a named pipe");
    java.util.concurrent.CompletableFuture<String> read =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
          try {
            return Files.readString(fifo);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    assertEquals(0, run("tree", "-o", fifo.toString()).code());
    assertEquals(run("tree").out(), read.get(60, java.util.concurrent.TimeUnit.SECONDS));
    assertTrue(!Files.isRegularFile(fifo), "the named pipe is still a named pipe");
  }

  @Test
  void noCommandOrAMistypedOneIsAUsageError() throws Exception {
    Result none = run();
    assertEquals(2, none.code());
    assertEquals("", none.out());
    assertTrue(none.err().startsWith("Usage: untoc [-hV] [--data=FILE] [--edition=ID] [--format=FORMAT] [COMMAND]\n"),
        none.err());
    Result typo = run("shwo", "ISS");
    assertEquals(2, typo.code());
    assertEquals("untoc: no command 'shwo'; did you mean show?\nTry 'untoc --help' for more information.\n",
        typo.err());
  }

  @Test
  void commonOptionsComeBeforeTheCommandToo() throws Exception {
    Path doc = dir.resolve("reference.json");
    assertEquals(0, run("export", "--format", "json", "-o", doc.toString()).code());
    Result before = run("--data", doc.toString(), "--edition", "ocb-brochure", "--format", "json", "tree");
    Result after = run("tree", "--data", doc.toString(), "--edition", "ocb-brochure", "--format", "json");
    assertEquals(0, before.code(), before.err());
    assertEquals(after.out(), before.out());
    valid("tree", before.out());
    Result wrong = run("--edition", "latest", "diff", "ocb-brochure", "latest");
    assertEquals(2, wrong.code());
    assertEquals("untoc: --edition does not apply to untoc diff\nTry 'untoc diff --help' for more information.\n",
        wrong.err());
  }

  @Test
  void runningOutOfMemoryIsAOneLineMessage() throws Exception {
    Path doc = dir.resolve("large.json");
    try (BufferedWriter w = Files.newBufferedWriter(doc, UTF_8)) {
      w.write("{\"format\": \"untoc-registry\", \"version\": 1, \"editions\": [{\"id\": \"e\", \"title\": \"E\","
          + " \"source\": \"s\"}], \"entities\": [\n");
      for (int i = 0; i < 300_000; i++) {
        w.write((i == 0 ? "" : ",\n") + "{\"id\": \"t" + i + "\", \"kind\": \"topic\", \"names\": [{\"type\":"
            + " \"official\", \"text\": \"Topic number " + i + "\", \"provenance\": {\"basis\": \"public-record\","
            + " \"source\": \"source " + i + "\"}}], \"provenance\": [{\"basis\": \"public-record\", \"source\":"
            + " \"source " + i + "\"}]}");
      }
      w.write("], \"relations\": []}\n");
    }
    Result r = run("", List.of("-Xmx32m"), "--data", doc.toString(), "editions");
    assertEquals(2, r.code(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("untoc: " + doc + ": "), r.err());
    Path cell = dir.resolve("cell.csv");
    try (BufferedWriter w = Files.newBufferedWriter(cell, UTF_8)) {
      w.write("programme,unit,note\nGPML,CMLS,");
      char[] chunk = new char[1 << 20];
      java.util.Arrays.fill(chunk, 'x');
      for (int i = 0; i < 64; i++) {
        w.write(chunk);
      }
      w.write("\n");
    }
    Result big = run("", List.of("-Xmx32m"), "validate", cell.toString());
    assertEquals(2, big.code(), big.err());
    assertEquals("untoc: " + cell + ": too large for the memory Java was given (at most 32 MB); give it more with java"
        + " -Xmx, such as java -Xmx4g -jar untoc.jar\n", big.err());
  }

  // ---------------------------------------------------------------- tables as integration teams have them

  @Test
  void tablesWithSemicolonsTabsOrAGivenDelimiterAreRead() throws Exception {
    Result semi = run("validate", file("semi.csv", "programme;unit;team\nGPML;CMLS;a,b\n").toString());
    assertEquals(0, semi.code(), semi.err());
    assertEquals("line 2     CONSISTENT        GPML -> CMLS  [ocb-overview]  {team=a,b}", semi.lines().get(0));
    Result tab = run("validate", file("tab.tsv", "programme\tunit\nGPML\tCMLS\n").toString());
    assertEquals(0, tab.code(), tab.err());
    Result given = run("validate", "--delimiter", "|", file("bar.csv", "programme|unit\nGPML|CMLS\n").toString());
    assertEquals(0, given.code(), given.err());
  }

  @Test
  void textNotInItsEncodingIsNamedWithItsLineAndByteOffsetAndUtf16IsRead() throws Exception {
    Path latin = dir.resolve("latin1.csv");
    Files.write(latin, "programme,unit,note\nGPML,CMLS,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Result r = run("validate", latin.toString());
    assertEquals(2, r.code());
    assertEquals("untoc: " + latin + ", line 2: not UTF-8 text: the byte 0xE9 at byte offset 33 is not part of a UTF-8"
        + " character\n", r.err());
    for (java.nio.charset.Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Path f = dir.resolve("utf16.csv");
      Files.write(f, "\uFEFFprogramme;unit;note\nGPML;CMLS;caf\u00e9\n".getBytes(utf16));
      Result ok = run("validate", f.toString());
      assertEquals(0, ok.code(), ok.err());
      assertEquals("line 2     CONSISTENT        GPML -> CMLS  [ocb-overview]  {note=caf\u00e9}", ok.lines().get(0));
    }
  }

  @Test
  void aMalformedRowHasItsOwnVerdictTheOthersAreJudgedAndTheExitCodeIsTwo() throws Exception {
    Path f = file("rows.csv", "programme,unit,edition\nGPML,CMLS,\nGFP,FTS,,extra\nGPML,,\n,CMLS,\nGFP,CMLS,\n");
    Result r = run("validate", f.toString());
    assertEquals(2, r.code(), r.err());
    assertEquals("", r.err());
    List<String> lines = r.lines().stream().filter(l -> !l.startsWith("    GPML (") && !l.startsWith("    GFP (")).toList();
    assertEquals(List.of("line 2     CONSISTENT        GPML -> CMLS  [ocb-overview]",
        "line 3     MALFORMED         GFP -> FTS  [?]", "    4 cells where the header row names 3 columns",
        "line 4     MALFORMED         GPML ->   [?]", "    empty unit cell",
        "line 5     MALFORMED          -> CMLS  [?]", "    empty programme cell",
        "line 6     MISMATCH          GFP -> CMLS  [ocb-overview]",
        "5 rows: CONSISTENT 1, MISMATCH 1, MALFORMED 3"), lines);
  }

  @Test
  void rowsOfAJsonArrayAreNamedByTheirPointer() throws Exception {
    Path f = file("rows.json", "[{\"programme\": \"GPML\", \"unit\": \"CMLS\"}, {\"programme\": \"GFP\", \"unit\":"
        + " \"CMLS\"}, {\"programme\": \"GPML\", \"unit\": 3}, {\"programme\": \"GPMX\", \"unit\": \"CMLS\"}]");
    Result r = run("validate", f.toString());
    assertEquals(2, r.code(), r.err());
    assertEquals(List.of("/0", "/1", "/2", "/3", "4"),
        r.lines().stream().filter(l -> !l.startsWith(" ")).map(l -> l.substring(0, l.indexOf(' '))).toList());
    assertTrue(r.out().contains("\n/2         MALFORMED         GPML ->   [?]\n    \"unit\" is a number, not a string\n"),
        r.out());
  }

  @Test
  void aUnitThatContainsTheOneThatRunsTheProgrammeIsWithinAndNamesIt() throws Exception {
    Result r = run("validate", file("branches.csv", "programme,unit,edition\nGPML,OCB,\nGPML,OCB,ocb-brochure\n")
        .toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("line 2     WITHIN            GPML -> OCB  [ocb-overview]",
        "    GPML (Global Programme against Money-Laundering, Proceeds of Crime and the Financing of Terrorism) run by"
            + " OCB (Organized Crime and Illicit Trafficking Branch) in ocb-overview: within it, CMLS (Cybercrime and"
            + " Money Laundering Section) runs it (INFERRED)",
        "line 3     WITHIN            GPML -> OCB  [ocb-brochure]",
        "    GPML (Global Programme against Money-Laundering, Proceeds of Crime and the Financing of Terrorism) run by"
            + " OCB (Organized Crime Branch) in ocb-brochure: within it, ISS (Implementation Support Section) runs it"
            + " (STATED)",
        "    latest: GPML was run by ISS, within OCB, in ocb-brochure; in ocb-overview CMLS, within OCB, still runs it"
            + " (INFERRED)",
        "2 rows: WITHIN 2"), r.lines());
  }

  @Test
  void migrateWritesItsHeaderRenamesFormerNamesKeepsADissolvedRowsEditionAndSpeaksPlainly() throws Exception {
    Result empty = runWith("programme,unit,team\n", "migrate", "-", "--to", "latest");
    assertEquals(0, empty.code(), empty.err());
    assertEquals("programme,unit,team,edition,migrate_status,migrate_message\n", empty.out());
    Result r = runWith("programme,unit\ngp-som,HMTSS\nGPTOC,ISS\nGFP,ISS\n", "migrate", "-", "--edition",
        "ocb-brochure", "--to", "latest");
    assertEquals(1, r.code(), r.err());
    assertEquals(List.of("programme,unit,edition,migrate_status,migrate_message",
        "gp-som,HTMSS,ocb-overview,UNCHANGED,Global Programme against the Smuggling of Migrants was run by HMTSS in"
            + " ocb-brochure; in ocb-overview HTMSS still runs it (INFERRED)",
        "GPTOC,ISS,ocb-brochure,DISSOLVED,GPTOC was run by ISS in ocb-brochure; it no longer exists in ocb-overview",
        "GFP,FTS,ocb-overview,MOVED,GFP was run by ISS in ocb-brochure; in ocb-overview FTS runs it (INFERRED)"),
        r.lines());
    Result same = runWith("programme,unit\nGFP,FTS\n", "migrate", "-", "--to", "latest");
    assertEquals(0, same.code(), same.err());
    assertEquals("GFP,FTS,ocb-overview,UNCHANGED,GFP is run by FTS in ocb-overview (INFERRED)", same.lines().get(1));
  }

  // ---------------------------------------------------------------- everyday comfort

  @Test
  void completionPrintsAScriptThatCompletesCommandsAndValues() throws Exception {
    Result bash = run("completion", "bash");
    assertEquals(0, bash.code(), bash.err());
    assertTrue(bash.out().contains("\ncomplete -F _complete_untoc -o default untoc untoc.sh untoc.bash\n"), bash.out());
    Result zsh = run("completion", "zsh");
    assertEquals(bash.out(), zsh.out());
    assertTrue(zsh.out().contains("elif [ -n \"$ZSH_VERSION\" ]; then"), zsh.out());
    Path script = file("untoc.bash", bash.out());
    Result completed = exec(new ProcessBuilder("bash", "-c", "source " + script + "; "
        + "COMP_WORDS=(untoc sh); COMP_CWORD=1; _complete_untoc 2>/dev/null; echo \"${COMPREPLY[@]}\"; "
        + "COMP_WORDS=(untoc list --kind co); COMP_CWORD=3; _complete_untoc 2>/dev/null; echo \"${COMPREPLY[@]}\""), "");
    assertEquals("show\ncounterpart-type\n", completed.out(), completed.err());
    assertEquals(2, run("completion", "fish").code());
  }

  @Test
  void theHelpShowsEachCommandsDescriptionWhole() throws Exception {
    Result r = run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("\n  export      Write the registry, or an edition of it, in another form: json,\n"
        + "                the registry document (every edition; --edition is not\n"), r.out());
    assertTrue(r.out().contains(" as Graphviz DOT.\n  completion  "), r.out());
  }

  @Test
  void theLauncherRunsTheJarFromAnyFolderAndThroughALink() throws Exception {
    Path launcher = Path.of("target/untoc").toAbsolutePath();
    assertTrue(Files.isRegularFile(launcher), "the build leaves target/untoc beside the jar");
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(launcher);
    assertTrue(permissions.contains(PosixFilePermission.OWNER_EXECUTE), permissions.toString());
    Result direct = exec(new ProcessBuilder(launcher.toString(), "editions").directory(dir.toFile()), "");
    assertEquals(0, direct.code(), direct.err());
    assertEquals(2, direct.lines().size());
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("untoc"), launcher);
    ProcessBuilder onPath = new ProcessBuilder("sh", "-c", "untoc show ISS").directory(dir.toFile());
    Map<String, String> env = onPath.environment();
    env.put("PATH", bin + java.io.File.pathSeparator + env.getOrDefault("PATH", ""));
    env.put("JAVA_HOME", System.getProperty("java.home"));
    Result linked = exec(onPath, "");
    assertEquals(0, linked.code(), linked.err());
    assertEquals("ISS  Implementation Support Section", linked.lines().get(0));
  }
}
