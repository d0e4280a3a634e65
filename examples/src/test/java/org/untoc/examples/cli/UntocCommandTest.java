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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untoc.core.Untoc;
import org.untoc.core.chart.OrgChart;
import org.untoc.json.export.SssomExport;

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
    assertEquals("untoc: no command 'chart'\nTry 'untoc --help' for more information.\n", err());
    err.getBuffer().setLength(0);
    assertEquals(2, run("shwo", "ISS"));
    assertEquals("untoc: no command 'shwo'; did you mean show?\nTry 'untoc --help' for more information.\n", err());
    err.getBuffer().setLength(0);
    assertEquals(2, run("e"));
    assertEquals("untoc: no command 'e'\nTry 'untoc --help' for more information.\n", err());
    err.getBuffer().setLength(0);
    assertEquals(2, run("ed"));
    assertEquals("untoc: no command 'ed'; did you mean editions?\nTry 'untoc --help' for more information.\n", err());
    err.getBuffer().setLength(0);
    assertEquals(2, run("tree", "--format", "svg"));
    assertEquals("untoc: Invalid value for option '--format': expected one of [text, mermaid, dot, json] "
        + "(case-insensitive) but was 'svg'\nTry 'untoc tree --help' for more information.\n", err());
  }

  @Test
  void closeCommandsAreWithinTwoEditsOrStartWithWhatWasTyped() {
    List<String> commands = List.of("tree", "show", "find", "list", "editions", "diff", "validate", "migrate",
        "export", "completion", "help");
    assertEquals(List.of("show"), UntocCommand.closeCommands("shwo", commands));
    assertEquals(List.of("tree"), UntocCommand.closeCommands("TRE", commands));
    assertEquals(List.of("diff"), UntocCommand.closeCommands("fiff", commands));
    assertEquals(List.of("validate"), UntocCommand.closeCommands("val", commands));
    assertEquals(List.of("export"), UntocCommand.closeCommands("exprot", commands));
    assertEquals(List.of(), UntocCommand.closeCommands("chart", commands));
  }

  @Test
  void noCommandPrintsTheUsageOnStandardErrorAndIsAUsageError() {
    assertEquals(2, run());
    assertEquals("", out());
    assertTrue(err().startsWith("Usage: untoc [-hV] [--data=FILE] [--edition=ID] [--format=FORMAT] [COMMAND]\n"),
        err());
  }

  @Test
  void theHelpShowsEachCommandsDescriptionWholeWithContinuationLinesIndented() {
    assertEquals(0, run("--help"));
    assertTrue(out().contains("\n  export      Write the registry, or an edition of it, in another form: json,\n"
        + "                the registry document (every edition; --edition is not\n"
        + "                allowed); turtle, nquads or jsonld, linked data (W3C\n"), out());
    assertTrue(out().contains(" as Graphviz DOT.\n  completion  "), out());
    assertTrue(out().contains("\n  help        When no COMMAND is given, the usage help for the main command is\n"),
        out());
    assertTrue(out().lines().allMatch(l -> l.length() <= 80), out());
  }

  @Test
  void optionsCommonToEveryCommandComeBeforeItsNameToo() throws IOException {
    assertEquals(0, run("--edition", "ocb-brochure", "--format", "dot", "tree"));
    assertEquals(OrgChart.of(Untoc.reference(), Untoc.OCB_BROCHURE).toDot(), out());
    out.getBuffer().setLength(0);
    assertEquals(0, run("--format", "JSON", "editions"));
    assertEquals("ocb-overview", new ObjectMapper().readTree(out()).get("latest").asText());
    assertEquals(2, run("--edition", "ocb-brochure", "diff", "ocb-brochure", "latest"));
    assertEquals("untoc: --edition does not apply to untoc diff\nTry 'untoc diff --help' for more information.\n",
        err());
    err.getBuffer().setLength(0);
    assertEquals(2, run("--edition", "latest", "tree", "--edition", "latest"));
    assertEquals("untoc: --edition is given both before and after 'tree'; give it once\n"
        + "Try 'untoc tree --help' for more information.\n", err());
    err.getBuffer().setLength(0);
    assertEquals(2, run("--format", "json", "migrate", "x.csv", "--to", "latest"));
    assertEquals("untoc: --format does not apply to untoc migrate\nTry 'untoc migrate --help' for more information.\n",
        err());
    err.getBuffer().setLength(0);
    assertEquals(2, run("--format", "yaml", "show", "CMLS"));
    assertEquals("untoc: Invalid value for option '--format': expected one of [text, json] (case-insensitive) but"
        + " was 'yaml'\nTry 'untoc show --help' for more information.\n", err());
  }

  @Test
  void versionAndHelpAnswer() {
    assertEquals(0, run("--version"));
    assertTrue(out().matches("untoc \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), out());
    for (String command : List.of("tree", "show", "find", "list", "editions", "diff", "history", "validate",
        "migrate", "export")) {
      out.getBuffer().setLength(0);
      assertEquals(0, run(command, "--help"), command);
      assertTrue(out().startsWith("Usage: untoc " + command), out());
      assertTrue(out().contains("--data=FILE"), command);
      assertEquals(List.of("tree", "show", "find", "list", "validate").contains(command),
          out().contains("--as-of=DATE"), command);
    }
    out.getBuffer().setLength(0);
    assertEquals(0, run("--help"));
    assertTrue(out().contains("\n  history "), out());
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
  void showSuggestsCloseMatchesOfEveryEdition() {
    assertEquals(2, run("show", "CMSL"));
    assertEquals("untoc: no entity 'CMSL' in any edition; did you mean CMLS (Cybercrime and Money "
        + "Laundering Section)?\n", err());
  }

  @Test
  void showFindsAnEntityOfAnOlderEditionAndSaysSo() {
    assertEquals(0, run("show", "iss"));
    assertTrue(out().startsWith("ISS  Implementation Support Section\n"
        + "  shown as of ocb-brochure, the latest edition it is in; it is not in ocb-overview\n"
        + "  id: iss    kind: unit (section)\n  editions: ocb-brochure\n"), out());
    assertTrue(out().contains("\n  relations in ocb-brochure:\n    part of                     OCB (Organized Crime "
        + "Branch)  [STATED]\n"), out());
    out.getBuffer().setLength(0);
    assertEquals(0, run("show", "Comprehensive Study on Cybercrime"));
    assertTrue(out().startsWith("Comprehensive Study on Cybercrime\n  shown as of ocb-brochure,"), out());
    out.getBuffer().setLength(0);
    assertEquals(0, run("show", "HMTSS"));
    assertTrue(out().startsWith("HTMSS  Human Trafficking and Migrant Smuggling Section\n  id: htmss"), out());
  }

  @Test
  void showInAnEditionWithoutTheEntitySaysWhereItIsAndHowToAsk() {
    assertEquals(2, run("show", "ISS", "--edition", "latest"));
    assertEquals("untoc: no entity 'ISS' in edition ocb-overview; it names unit ISS (Implementation Support Section) "
        + "in edition ocb-brochure; ask with --edition ocb-brochure\n", err());
    err.getBuffer().setLength(0);
    assertEquals(2, run("--edition", "ocb-brochure", "show", "CMLS"));
    assertEquals("untoc: no entity 'CMLS' in edition ocb-brochure; it names unit CMLS (Cybercrime and Money Laundering "
        + "Section) in edition ocb-overview; ask with --edition ocb-overview\n", err());
    assertEquals(0, run("show", "ISS", "--edition", "ocb-brochure"));
  }

  @Test
  void showWritesJson() throws IOException {
    assertEquals(0, run("show", "GPTOC", "--format", "json"));
    JsonNode doc = new ObjectMapper().readTree(out());
    assertEquals("ocb-brochure", doc.get("edition").asText());
    assertEquals("ocb-overview", doc.get("latestEdition").asText());
    assertEquals("gptoc", doc.get("id").asText());
    assertEquals("programme", doc.get("kind").asText());
    assertEquals("global-programme", doc.get("type").asText());
    assertEquals("GPTOC", doc.get("acronym").asText());
    assertEquals("[\"ocb-brochure\"]", doc.get("editions").toString());
    assertEquals("{\"kind\":\"runs\",\"direction\":\"incoming\",\"verb\":\"run by\",\"entity\":\"iss\","
        + "\"label\":\"ISS (Implementation Support Section)\",\"qualifier\":\"currently has oversight and"
        + " responsibility for\",\"basis\":\"stated\"}", doc.get("relations").get(1).toString());
  }

  @Test
  void findListsMatchesAcrossKindsAndEditionsWithTheEditionsOfEachHit() {
    assertEquals(0, run("find", "HMTSS"));
    assertEquals("htmss\tunit\tHMTSS (Human Trafficking and Migrant Smuggling Section)\tocb-brochure\n", out());
    out.getBuffer().setLength(0);
    assertEquals(0, run("find", "firearms"));
    assertEquals(List.of("fts", "firearms-protocol", "wg-firearms", "gfp", "firearms-trafficking"),
        out().lines().map(l -> l.substring(0, l.indexOf('\t'))).toList());
    out.getBuffer().setLength(0);
    assertEquals(0, run("find", "Organized Crime Branch"));
    assertEquals("ocb\tunit\tOCB (Organized Crime Branch)\tocb-brochure\n", out());
    assertEquals(1, run("find", "piracy"));
    assertEquals("untoc: nothing matches 'piracy'\n", err());
  }

  @Test
  void findTreatsHyphensAndSpacesAlikeAndTakesAKind() {
    assertEquals(0, run("find", "money laundering"));
    String spaced = out();
    out.getBuffer().setLength(0);
    assertEquals(0, run("find", "MONEY-LAUNDERING"));
    assertEquals(spaced, out());
    out.getBuffer().setLength(0);
    assertEquals(0, run("find", "money", "laundering"));
    assertEquals(spaced, out());
    assertEquals(List.of("money-laundering", "cmls", "gpml"),
        out().lines().map(l -> l.substring(0, l.indexOf('\t'))).toList());
    out.getBuffer().setLength(0);
    assertEquals(0, run("find", "money\u2013laundering", "--kind", "Programme"));
    assertEquals("gpml\tprogramme\tGPML (Global Programme against Money-Laundering, Proceeds of Crime and the "
        + "Financing of Terrorism)\tocb-brochure,ocb-overview\n", out());
    assertEquals(1, run("find", "cmsl", "--kind", "unit"));
    assertEquals("untoc: nothing matches 'cmsl' among units; did you mean CMLS (Cybercrime and Money Laundering "
        + "Section)?\n", err());
    err.getBuffer().setLength(0);
    assertEquals(2, run("find", "--kind", "office", "x"));
    assertTrue(err().startsWith("untoc: Invalid value for option '--kind': unknown entity kind 'office': expected one"
        + " of [unit, instrument, body, programme, mandate, service, topic, counterpart-type, strategy-area]"), err());
  }

  @Test
  void showOrHistoryOfAnEmptyNameIsAUsageError() {
    for (String command : List.of("show", "history")) {
      err.getBuffer().setLength(0);
      assertEquals(2, run(command, " "), command);
      assertEquals("untoc: NAME is empty: give an id, acronym, official name or alias\n"
          + "Try 'untoc " + command + " --help' for more information.\n", err());
    }
  }

  @Test
  void findWithAnEmptyTextIsAUsageError() {
    for (String empty : List.of("", "  ", "-")) {
      err.getBuffer().setLength(0);
      assertEquals(2, run("find", empty), empty);
      assertEquals("untoc: TEXT is empty: give a name, or a part of one, to look for\n"
          + "Try 'untoc find --help' for more information.\n", err());
    }
  }

  @Test
  void listListsEveryEntityOrThoseOfAKindAndEdition() {
    assertEquals(0, run("list"));
    assertEquals(Untoc.reference().size(), out().lines().count());
    assertTrue(out().startsWith("unodc\tunit\tUNODC (United Nations Office on Drugs and Crime)\t"
        + "ocb-brochure,ocb-overview\n"), out());
    out.getBuffer().setLength(0);
    assertEquals(0, run("list", "--kind", "unit", "--edition", "ocb-brochure"));
    assertEquals(List.of("unodc", "dta", "ocb", "css", "iss", "htmss"),
        out().lines().map(l -> l.substring(0, l.indexOf('\t'))).toList());
    assertTrue(out().contains("\nhtmss\tunit\tHMTSS (Human Trafficking and Migrant Smuggling Section)\t"
        + "ocb-brochure,ocb-overview\n"), out());
  }

  @Test
  void editionsAreListedOldestFirst() {
    assertEquals(0, run("editions"));
    assertEquals("ocb-brochure\tundated\tdescribes 2011 to 2015\tOrganized Crime Branch brochure\tOrganized Crime Branch\n"
        + "ocb-overview\tundated\tdescribes 2021 on\tOrganized Crime and Illicit Trafficking Branch: overview and organizational "
        + "chart\tOverview and organizational chart\t(latest)\n", out());
  }

  @Test
  void diffCountsEachTypeFirstAndGroupsTheRelationsAfterTheEntities() {
    assertEquals(0, run("diff", "ocb-brochure", "latest"));
    List<String> lines = out().lines().toList();
    assertEquals("Changes from ocb-brochure to ocb-overview: 181 changes", lines.get(0));
    assertEquals("  created 36, dissolved 43, renamed 7, moved 4, split 1, linked 69, unlinked 21", lines.get(1));
    assertEquals("Entities:", lines.get(2));
    assertEquals("  created   unit OCB Front Office  [STATED]", lines.get(3));
    assertEquals("  split     unit ISS: its programmes went to FTS, CMLS, Border Management Branch  [silence; "
        + "earlier INFERRED]", lines.get(93));
    assertEquals("Relations:", lines.get(94));
    assertEquals(95 + 90, lines.size());
    assertTrue(lines.subList(95, lines.size()).stream().allMatch(l -> l.startsWith("  linked ")
        || l.startsWith("  unlinked ")), out());
    assertTrue(out().contains("  renamed   unit ocb: \"Organized Crime Branch\" -> \"Organized Crime and Illicit "
        + "Trafficking Branch\"  [STATED]\n"), out());
    assertTrue(out().contains("  dissolved unit ISS  [silence; earlier STATED]\n"), out());
  }

  @Test
  void diffTakesOnlyAndKind() {
    assertEquals(0, run("diff", "ocb-brochure", "latest", "--only", "MOVED,dissolved", "--kind", "programme"));
    assertEquals("Changes from ocb-brochure to ocb-overview: 8 of 181 changes\n"
        + "  dissolved 4, moved 4\n"
        + "Entities:\n"
        + "  dissolved programme Support for the work of the Conference of the Parties to the Organized Crime"
        + " Convention  [silence; earlier STATED]\n"
        + "  dissolved programme Comprehensive Study on Cybercrime  [silence; earlier STATED]\n"
        + "  dissolved programme GPTOC  [silence; earlier STATED]\n"
        + "  dissolved programme GLO.ACT  [silence; earlier PUBLIC_RECORD]\n"
        + "  moved     programme Global Programme on Cybercrime: run by CSS -> CMLS  [INFERRED]\n"
        + "  moved     programme CCP: run by ISS -> Border Management Branch  [INFERRED]\n"
        + "  moved     programme GPML: run by ISS -> CMLS  [INFERRED]\n"
        + "  moved     programme GFP: run by ISS -> FTS  [INFERRED]\n", out());
    out.getBuffer().setLength(0);
    assertEquals(0, run("diff", "ocb-brochure", "latest", "--only", "unlinked", "--kind", "unit"));
    assertEquals("Changes from ocb-brochure to ocb-overview: 19 of 181 changes", out().lines().findFirst().orElseThrow());
    assertEquals("Relations:", out().lines().skip(2).findFirst().orElseThrow());
    assertEquals(2, run("diff", "ocb-brochure", "latest", "--only", "moved,renamd"));
    assertTrue(err().startsWith("untoc: Invalid value for option '--only' (TYPE): unknown type 'renamd': expected one "
        + "of [created, dissolved, renamed, moved, merged, split, linked, unlinked]"), err());
  }

  // ---------------------------------------------------------------- as of a day, history

  @Test
  void showAsOfADayBeforeAnEntityWasEstablishedSaysWhenItWas() {
    assertEquals(2, run("show", "Ad Hoc Committee", "--as-of", "2019-06-01"));
    assertEquals("", out());
    assertEquals("untoc: 'Ad Hoc Committee' (body ad-hoc-committee) did not exist yet on 2019-06-01: established"
        + " 27 December 2019 (General Assembly resolution 74/247) [PUBLIC_RECORD]\n", err());
  }

  @Test
  void showAsOfADayInAnEditionsPeriodShowsTheEntityThere() {
    assertEquals(0, run("show", "Ad Hoc Committee", "--as-of", "2022-01-01"));
    assertEquals(List.of("Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use"
        + " of Information and Communications Technologies for Criminal Purposes",
        "  shown as of 2022-01-01, in edition ocb-overview, which describes 2021 on"),
        out().lines().limit(2).toList());
    assertEquals(0, run("show", "ISS", "--as-of", "2014-01-01"));
    assertTrue(out().contains("\n  shown as of 2014-01-01, in edition ocb-brochure, which describes 2011 to 2015\n"),
        out());
  }

  @Test
  void showAsOfADaySaysWhereTheEntitysDatesLeaveItUndecidedAndWhetherAnInstrumentIsInForce() throws IOException {
    org.untoc.core.Provenance src = org.untoc.core.Provenance.publicRecord("a test record");
    org.untoc.core.Registry r = Untoc.reference().toBuilder()
        .add(org.untoc.core.Instrument.builder().id(org.untoc.core.EntityId.of("test-treaty"))
            .instrumentType(org.untoc.core.InstrumentType.CONVENTION)
            .addName(org.untoc.core.Name.official("Test Treaty", src)).addProvenance(src)
            .adopted(org.untoc.core.DatedFact.of(org.untoc.core.PartialDate.of(2013, 5, 1), src))
            .entryIntoForce(org.untoc.core.DatedFact.of(org.untoc.core.PartialDate.of(2016, 1, 1), src)).build())
        .add(org.untoc.core.Body.builder().id(org.untoc.core.EntityId.of("test-group"))
            .bodyType(org.untoc.core.BodyType.WORKING_GROUP)
            .addName(org.untoc.core.Name.official("Test Group", src)).addProvenance(src)
            .established(org.untoc.core.DatedFact.of(org.untoc.core.PartialDate.ofYear(2014), src)).build())
        .build();
    Path doc = dir.resolve("dated.json");
    try (var w = Files.newBufferedWriter(doc, UTF_8)) {
      org.untoc.json.RegistryJson.strict().write(r, w);
    }
    assertEquals(0, run("show", "Test Group", "--as-of", "2014-06-01", "--data", doc.toString()));
    assertEquals(List.of("Test Group", "  shown as of 2014-06-01, in edition ocb-brochure, which describes 2011 to 2015",
        "  its dates leave 2014-06-01 undecided: established 2014 [PUBLIC_RECORD]"), out().lines().limit(3).toList());
    out.getBuffer().setLength(0);
    assertEquals(0, run("show", "Test Treaty", "--as-of", "2014-06-01", "--data", doc.toString()));
    assertEquals("  not in force on 2014-06-01: entry into force 1 January 2016 [PUBLIC_RECORD]", out().lines().toList().get(2));
    out.getBuffer().setLength(0);
    assertEquals(0, run("show", "Test Treaty", "--as-of", "2014-06-01", "--data", doc.toString(), "--format", "json"));
    JsonNode json = new ObjectMapper().readTree(out());
    assertEquals(false, json.get("inForce").asBoolean());
    assertEquals(false, json.get("uncertain").asBoolean());
    assertEquals(2, run("show", "Test Treaty", "--as-of", "2012-06-01", "--data", doc.toString()));
    assertEquals("untoc: 'Test Treaty' (instrument test-treaty) did not exist yet on 2012-06-01: adopted 1 May 2013"
        + " [PUBLIC_RECORD]\n", err());
  }

  @Test
  void aDayNoEditionDescribesIsExitTwoWithTheGap() {
    for (List<String> args : List.of(List.of("show", "ISS"), List.of("tree"), List.of("list"), List.of("find", "ISS"))) {
      err.getBuffer().setLength(0);
      List<String> all = new java.util.ArrayList<>(args);
      all.addAll(List.of("--as-of", "2018-06-01"));
      assertEquals(2, run(all.toArray(String[]::new)), args.toString());
      assertEquals("untoc: no edition describes 2018-06-01: ocb-brochure describes 2011 to 2015, ocb-overview 2021"
          + " on; no edition describes the time between them\n", err(), args.toString());
    }
  }

  @Test
  void asOfWithAnEditionOrAMalformedDayIsAUsageError() {
    assertEquals(2, run("tree", "--as-of", "2014-01-01", "--edition", "ocb-brochure"));
    assertEquals("untoc: --as-of and --edition both choose the edition; give one (--as-of 2014-01-01 chooses the"
        + " edition whose period covers that day)\nTry 'untoc tree --help' for more information.\n", err());
    err.getBuffer().setLength(0);
    assertEquals(2, run("--edition", "latest", "list", "--as-of", "2014-01-01"));
    assertTrue(err().startsWith("untoc: --as-of and --edition both choose the edition; give one"), err());
    err.getBuffer().setLength(0);
    assertEquals(2, run("show", "ISS", "--as-of", "1 June 2019"));
    assertEquals("untoc: Invalid value for option '--as-of': '1 June 2019' is not a day; expected yyyy-MM-dd, such as"
        + " 2019-06-01\nTry 'untoc show --help' for more information.\n", err());
  }

  @Test
  void treeListAndFindAsOfADayUseTheEditionThatCoversIt() {
    assertEquals(0, run("tree", "--as-of", "2014-01-01"));
    assertEquals(List.of("As of 2014-01-01: edition ocb-brochure, which describes 2011 to 2015",
        "Edition ocb-brochure: Organized Crime Branch brochure"), out().lines().limit(2).toList());
    assertEquals(OrgChart.of(Untoc.reference().asOf(java.time.LocalDate.of(2014, 1, 1))).toText(),
        out().substring(out().indexOf('\n') + 1));
    out.getBuffer().setLength(0);
    assertEquals(0, run("list", "--kind", "body", "--as-of", "2022-06-02"));
    assertTrue(out().contains("\nad-hoc-committee\tbody\t"), out());
    out.getBuffer().setLength(0);
    assertEquals(0, run("list", "--kind", "unit", "--as-of", "2014-01-01"));
    assertEquals(List.of("unodc", "dta", "ocb", "css", "iss", "htmss"),
        out().lines().map(l -> l.substring(0, l.indexOf('\t'))).toList());
    out.getBuffer().setLength(0);
    assertEquals(1, run("find", "Ad Hoc Committee", "--as-of", "2014-01-01"));
    assertEquals("", out());
    assertEquals(0, run("find", "Ad Hoc Committee", "--as-of", "2021-01-01"));
    assertTrue(out().startsWith("ad-hoc-committee\tbody\t"), out());
  }

  @Test
  void historyPrintsTheTimelineOfAnEntity() {
    assertEquals(0, run("history", "Ad Hoc Committee"));
    assertEquals(Untoc.reference().history("ad-hoc-committee").toText(), out());
    assertEquals(List.of("  2011 to 2015   ocb-brochure: Organized Crime Branch brochure; not in this edition  [period INFERRED]",
        "  2019-12-27     established: General Assembly resolution 74/247  [PUBLIC_RECORD]"),
        out().lines().skip(1).limit(2).toList());
    out.getBuffer().setLength(0);
    assertEquals(2, run("history", "ISSS"));
    assertTrue(err().startsWith("untoc: no entity 'ISSS' in any edition; did you mean"), err());
    assertEquals(2, run("histroy", "ISS"));
    assertTrue(err().contains("untoc: no command 'histroy'; did you mean history?\n"), err());
  }

  @Test
  void theCompletionScriptCompletesHistoryAndAsOf() {
    assertEquals(0, run("completion", "bash"));
    assertTrue(out().contains("history"), "history is completed");
    assertTrue(out().contains("--as-of"), "--as-of is completed");
  }

  @Test
  void aMappingFileWithADateColumnIsJudgedRowByRowAsOfEachDate() throws IOException {
    Path dated = file("dated.csv", "programme,unit,date\nGPML,ISS,2014-01-01\nGPML,CMLS,2022-03-01\n"
        + "GPML,CMLS,2018-06-01\nGPML,CMLS,2022-02-30\n");
    assertEquals(2, run("validate", dated.toString()));
    assertEquals("""
        line 2     CONFIRMED         GPML -> ISS  [ocb-brochure]
            as of 2014-01-01, in edition ocb-brochure: GPML (Global Programme against Money-Laundering, Proceeds of \
        Crime and the Financing of Terrorism) run by ISS (Implementation Support Section) in ocb-brochure: STATED, \
        Organized Crime Branch
            latest: GPML was run by ISS in ocb-brochure; in ocb-overview CMLS runs it (INFERRED)
        line 3     CONSISTENT        GPML -> CMLS  [ocb-overview]
        """, out().substring(0, out().indexOf("    as of 2022-03-01")));
    assertTrue(out().contains("""
        line 4     UNKNOWN_EDITION   GPML -> CMLS  [2018-06-01]
            no edition describes 2018-06-01: ocb-brochure describes 2011 to 2015, ocb-overview 2021 on; no edition \
        describes the time between them
        line 5     MALFORMED         GPML -> CMLS  [?]
            date '2022-02-30' is not a day: expected yyyy-MM-dd, such as 2022-03-01
        4 rows: CONFIRMED 1, CONSISTENT 1, UNKNOWN_EDITION 1, MALFORMED 1
        """), out());
    out.getBuffer().setLength(0);
    assertEquals(1, run("validate", SAMPLE.toString(), "--as-of", "2014-01-01"));
    assertTrue(out().endsWith("10 rows: CONFIRMED 3, NOT_IN_EDITION 5, UNKNOWN_PROGRAMME 1, UNKNOWN_UNIT 1\n"), out());
    assertTrue(out().contains("\nline 9     NOT_IN_EDITION    GLO.ACT -> HMTSS  [ocb-brochure]  {team=people}\n    as of 2014-01-01, in"
        + " edition ocb-brochure: programme 'GLO.ACT' (glo-act) did not exist yet on 2014-01-01: started 2015 (EU-UNODC,"
        + " 2015-2019, with IOM and UNICEF; a later phase in Asia and the Middle East) [PUBLIC_RECORD]\n"), out());
    out.getBuffer().setLength(0);
    stdin = "programme;unit;date\nCCP;BMB;2025-06-01\n";
    assertEquals(1, run("validate", "-"));
    assertEquals("line 2     NOT_IN_EDITION    CCP -> BMB  [ocb-overview]\n    as of 2025-06-01, in edition ocb-overview:"
        + " programme 'CCP' (ccp) no longer existed on 2025-06-01: ended January 2025 (merged with AIRCOP into the"
        + " Passenger and Cargo Control Programme (PCCP), within the Border Management Branch) [PUBLIC_RECORD]\n"
        + "1 row: NOT_IN_EDITION 1\n", out());
    out.getBuffer().setLength(0);
    Path both = file("both.csv", "programme,unit,edition,date\nGPML,ISS,ocb-brochure,2014-01-01\n");
    assertEquals(2, run("validate", both.toString()));
    assertEquals("line 2     MALFORMED         GPML -> ISS  [ocb-brochure]\n    both an edition (ocb-brochure) and a date"
        + " (2014-01-01); give one\n1 row: MALFORMED 1\n", out());
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
    assertEquals("/0", first.get("pointer").asText());
    assertEquals("CONFIRMED", first.get("status").asText());
    assertEquals("iss", first.get("expected").asText());
    assertEquals("MOVED", first.get("latest").get("status").asText());
    assertEquals("cmls", first.get("latest").get("unit").asText());
    assertEquals("[1,2]", first.get("extra").get("ticket").toString());
    JsonNode second = doc.get("rows").get(1);
    assertEquals("/1", second.get("pointer").asText());
    assertEquals("MISMATCH", second.get("status").asText());
    assertEquals("ocb-overview", second.get("edition").asText());
    assertEquals("fts", second.get("expected").asText());
    assertEquals(2, doc.get("summary").get("total").asInt());
    assertEquals(1, doc.get("summary").get("MISMATCH").asInt());
    assertEquals(0, doc.get("summary").get("UNMAPPED").asInt());
  }

  @Test
  void validatesTheSssomExportAndWritesItsVerdictsAsSssom() throws IOException {
    Path f = file("set.sssom.tsv", SssomExport.of(Untoc.reference()).toString(Optional.of(Untoc.OCB_OVERVIEW)));
    assertEquals(0, run("validate", f.toString()));
    assertTrue(out().contains("CONSISTENT        gpml -> cmls  [ocb-overview]  {predicate_id=untoc:runBy, "), out());
    out.getBuffer().setLength(0);
    Path mine = file("mine.sssom.tsv", "#mapping_set_id: \"urn:x:mine\"\n"
        + "subject_label\tobject_label\tobject_source_version\nGPML\tCMLS\tocb-overview\nGPML\tFTS\tocb-overview\n");
    assertEquals(1, run("validate", "--format", "sssom", mine.toString()));
    List<String> lines = out().lines().filter(l -> !l.startsWith("#")).toList();
    assertEquals("subject_id\tsubject_label\tpredicate_id\tpredicate_modifier\tobject_id\tobject_label"
        + "\tmapping_justification\tobject_source_version\tvalidation_status\tcomment", lines.get(0));
    assertTrue(lines.get(1).startsWith("untocid:gpml\tGlobal Programme against Money-Laundering, Proceeds of Crime and the Financing of Terrorism"
        + "\tuntoc:runBy\t\tuntocid:cmls\tCybercrime and Money Laundering Section\tsemapv:MappingReview"
        + "\tocb-overview\tCONSISTENT\t"), lines.get(1));
    assertTrue(lines.get(2).startsWith("untocid:gpml\tGlobal Programme against Money-Laundering, Proceeds of Crime and the Financing of Terrorism"
        + "\tuntoc:runBy\tNot\tuntocid:fts\tFirearms Trafficking Section\tsemapv:MappingReview"
        + "\tocb-overview\tMISMATCH\t"), lines.get(2));
    assertEquals(3, lines.size());
    assertTrue(out().contains("#  - slot_name: validation_status\n"), out());
  }

  @Test
  void sssomVerdictsNameEveryEntityFoundDenyMismatchesAndEchoTheOtherColumns() throws IOException {
    Path f = file("m.csv", "programme,unit,edition,team\nCCP,ISS,,borders\nGFP,CMLS,,arms\nGPMX,CMSL,,typo\n");
    assertEquals(1, run("validate", "--format", "sssom", f.toString()));
    List<String> lines = out().lines().filter(l -> !l.startsWith("#")).toList();
    assertEquals("subject_id\tsubject_label\tpredicate_id\tpredicate_modifier\tobject_id\tobject_label"
        + "\tmapping_justification\tobject_source_version\tvalidation_status\tcomment\tteam", lines.get(0));
    List<List<String>> rows = lines.stream().skip(1).map(l -> List.of(l.split("\t", -1))).toList();
    // CCP -> ISS: the unit is not in the edition, but both are known: both ids are written
    assertEquals(List.of("untocid:ccp", "", "untocid:iss", "NOT_IN_EDITION", "borders"), pick(rows.get(0)));
    assertEquals(List.of("untocid:gfp", "Not", "untocid:cmls", "MISMATCH", "arms"), pick(rows.get(1)));
    assertEquals(List.of("sssom:NoTermFound", "", "sssom:NoTermFound", "UNKNOWN_PROGRAMME", "typo"), pick(rows.get(2)));
    assertEquals("GPMX", rows.get(2).get(1));
    assertEquals("CMSL", rows.get(2).get(5));
    assertTrue(out().contains("#  sssom: \"https://w3id.org/sssom/\"\n"), out());
    assertTrue(out().contains("#  - slot_name: validation_status\n#    property: \"urn:untoc:vocab:validationStatus\"\n"
        + "#  - slot_name: team\n#    property: \"urn:untoc:vocab:column/team\"\n"), out());
  }

  /** Returns the subject id, predicate modifier, object id, status and last cell of an SSSOM verdict. */
  private static List<String> pick(List<String> row) {
    return List.of(row.get(0), row.get(3), row.get(4), row.get(8), row.get(row.size() - 1));
  }

  @Test
  void sssomIdsOfUndeclaredPrefixesOtherNamespacesOrOtherEntitiesThanTheirLabelsAreMalformed() throws IOException {
    Path f = file("ids.sssom.tsv", "#curie_map:\n#  untocid: \"urn:untoc:id/\"\n"
        + "subject_id\tsubject_label\tobject_id\tobject_source_version\n"
        + "foo:gpml\t\tuntocid:cmls\tocb-overview\n"
        + "https://other.org/id/gfp\t\tuntocid:fts\tocb-overview\n"
        + "untocid:\t\tuntocid:cmls\tocb-overview\n"
        + "untocid:gpml\tGlobal Firearms Programme\tuntocid:cmls\tocb-overview\n"
        + "urn:untoc:id/gfp\tGFP\turn:untoc:id/fts\tocb-overview\n");
    assertEquals(2, run("validate", f.toString()));
    List<String> messages = out().lines().filter(l -> l.startsWith("    ")).map(String::strip).toList();
    assertEquals("subject_id 'foo:gpml': the prefix foo is not declared in the curie_map", messages.get(0));
    assertEquals("subject_id 'https://other.org/id/gfp' is not an id of untoc: expected an IRI under urn:untoc:id/"
        + " (untocid:)", messages.get(1));
    assertEquals("empty id in subject_id 'untocid:': expected such as untocid:gpml", messages.get(2));
    assertEquals("subject_id names gpml but subject_label 'Global Firearms Programme' names gfp", messages.get(3));
    assertTrue(messages.get(4).startsWith("GFP (Global Firearms Programme) run by FTS"), messages.get(4));
    assertTrue(out().endsWith("5 rows: CONSISTENT 1, MALFORMED 4\n"), out());
  }

  @Test
  void brokenSssomMetadataIsUnreadableWithItsLineAndColumn() throws IOException {
    String block = " expected a metadata block of '#' lines, each a slot 'name: value' or an indented line of the slot"
        + " above";
    assertEquals("line 2, column 13: the quoted value of the slot is not closed:" + block,
        unreadable("#curie_map:\n#  untocid: \"urn:untoc:id/\nsubject_id\tobject_id\n"));
    assertEquals("line 1, column 18: the value [x opens a bracket it does not close on its line:" + block,
        unreadable("#mapping_set_id: [x\nsubject_id\tobject_id\n"));
    assertEquals("line 3, column 8: the metadata block is not YAML: mapping values are not allowed here",
        unreadable("#curie_map:\n#  a: \"x\"\n#  b: x: y\nsubject_id\tobject_id\n"));
    assertEquals("line 3, column 1: the SSSOM table has a metadata block but no header row: expected one naming"
        + " subject_id or subject_label, and object_id or object_label",
        unreadable("#mapping_set_id: \"x\"\n#license: \"y\"\n"));
  }

  /** Validates an SSSOM table, expecting exit 2, and returns its error after the file's name. */
  private String unreadable(String text) throws IOException {
    Path f = file("broken.sssom.tsv", text);
    err.getBuffer().setLength(0);
    assertEquals(2, run("validate", f.toString()));
    String prefix = "untoc: " + f + ", ";
    assertTrue(err().startsWith(prefix) && err().endsWith("\n"), err());
    return err().substring(prefix.length(), err().length() - 1);
  }

  @Test
  void malformedSssomIsUnreadableWithItsLineAndColumn() throws IOException {
    Path f = file("bad.sssom.tsv", "#curie_map:\n#  x: \"y\"\n#mapping_set_id \"urn:x\"\nsubject_id\tobject_id\n");
    assertEquals(2, run("validate", f.toString()));
    assertEquals("untoc: " + f + ", line 3, column 16: expected a metadata block of '#' lines, each a slot 'name:"
        + " value' or an indented line of the slot above, found 'mapping_set_id \"urn:x\"'\n", err());
  }

  @Test
  void aCsvWithoutTheRequiredColumnsIsUnreadable() throws IOException {
    Path f = file("bad.csv", "programme,section\nGPML,CMLS\n");
    assertEquals(2, run("validate", f.toString()));
    assertEquals("untoc: " + f + ", line 1: the header row must name the columns programme and unit (and "
        + "optionally edition); missing unit, found [programme, section]\n", err());
  }

  @Test
  void aMalformedRowGetsItsOwnVerdictAndTheOthersAreJudged() throws IOException {
    Path f = file("ragged.csv", "programme,unit\nGPML,CMLS\nGFP,FTS,extra\nGPML,\nGFP,FTS\n");
    assertEquals(2, run("validate", f.toString()));
    assertEquals(List.of("line 2     CONSISTENT        GPML -> CMLS  [ocb-overview]",
        "line 3     MALFORMED         GFP -> FTS  [?]", "    3 cells where the header row names 2 columns",
        "line 4     MALFORMED         GPML ->   [?]", "    empty unit cell",
        "line 5     CONSISTENT        GFP -> FTS  [ocb-overview]",
        "4 rows: CONSISTENT 2, MALFORMED 2"),
        out().lines().filter(l -> !l.contains("inferred,")).toList());
    assertEquals("", err());
  }

  @Test
  void rowsOfAJsonArrayAreNamedByTheirPointer() throws IOException {
    Path f = file("bad.json", "[{\"programme\": \"GPML\", \"unit\": \"CMLS\"}, {\"programme\": 7, \"unit\": \"x\"},"
        + " {\"programme\": \"GPML\"}, {\"programme\": \"GFP\", \"unit\": \"CMLS\"}]");
    assertEquals(2, run("validate", f.toString()));
    assertEquals(List.of("/0         CONSISTENT        GPML -> CMLS  [ocb-overview]",
        "/1         MALFORMED          -> x  [?]", "    \"programme\" is a number, not a string",
        "/2         MALFORMED         GPML ->   [?]", "    missing \"unit\"",
        "/3         MISMATCH          GFP -> CMLS  [ocb-overview]"),
        out().lines().filter(l -> !l.contains("inferred,") && !l.contains(" run by ") && !l.startsWith("4 rows"))
            .toList());
    out.getBuffer().setLength(0);
    assertEquals(2, run("validate", f.toString(), "--format", "json"));
    JsonNode rows = new ObjectMapper().readTree(out()).get("rows");
    assertEquals("/3", rows.get(3).get("pointer").asText());
    assertTrue(!rows.get(3).has("line"), rows.toString());
    err.getBuffer().setLength(0);
    Path g = file("cut.json", "[{\"programme\": \"GPML\", \"unit\": \"CMLS\"");
    assertEquals(2, run("validate", g.toString()));
    assertTrue(err().startsWith("untoc: " + g + ", line 1, column "), err());
    assertTrue(err().contains(", at /0: malformed JSON: Unexpected end-of-input"), err());
  }

  @Test
  void aUnitThatContainsTheOneThatRunsTheProgrammeIsWithinAndAgrees() throws IOException {
    assertEquals(0, run("validate", file("branches.csv", "programme,unit\nGPML,OCB\nGFP,Organized Crime Branch\n")
        .toString()));
    assertTrue(out().startsWith("line 2     WITHIN            GPML -> OCB  [ocb-overview]\n    GPML (Global Programme "
        + "against Money-Laundering, Proceeds of Crime and the Financing of Terrorism) run by OCB (Organized Crime and "
        + "Illicit Trafficking Branch) in ocb-overview: within it, CMLS (Cybercrime and Money Laundering Section) runs "
        + "it (INFERRED)\n"), out());
    assertTrue(out().endsWith("2 rows: WITHIN 2\n"), out());
  }

  @Test
  void theDelimiterIsFoundOrGiven() throws IOException {
    assertEquals(0, run("validate", file("semi.csv", "programme;unit;team\nGPML;CMLS;a,b\n").toString()));
    assertTrue(out().startsWith("line 2     CONSISTENT        GPML -> CMLS  [ocb-overview]  {team=a,b}\n"), out());
    out.getBuffer().setLength(0);
    assertEquals(0, run("validate", file("tab.csv", "programme\tunit\nGPML\tCMLS\n").toString()));
    out.getBuffer().setLength(0);
    assertEquals(0, run("validate", "--delimiter", "|", file("bar.csv", "programme|unit\nGPML|CMLS\n").toString()));
    assertEquals(0, run("validate", "--delimiter", "tab", file("tab2.csv", "programme\tunit\nGPML\tCMLS\n").toString()));
    assertEquals(2, run("validate", "--delimiter", ";;", file("x.csv", "programme,unit\n").toString()));
    assertEquals("untoc: --delimiter takes one character other than a quote, or 'tab'; found ';;'\n", err());
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
    assertEquals("GPTOC,ISS,crime,ocb-brochure,DISSOLVED,GPTOC was run by ISS in ocb-brochure; it no longer "
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
    Path f = file("mixed.csv", "programme,unit,edition,status,Note\nGPML,CSS,ocb-brochure,approved,keep me\n"
        + "GFP,ISS,ocb-brochure,draft,x\n");
    assertEquals(1, run("migrate", f.toString(), "--to", "latest"));
    List<String> lines = out().lines().toList();
    assertEquals("programme,unit,edition,status,Note,migrate_status,migrate_message", lines.get(0));
    assertTrue(lines.get(1).startsWith("GPML,CSS,ocb-brochure,approved,keep me,MISMATCH,\"GPML (Global Programme "),
        lines.get(1));
    assertTrue(lines.get(2).startsWith("GFP,FTS,ocb-overview,draft,x,MOVED,GFP was run by ISS in ocb-brochure"),
        lines.get(2));
  }

  @Test
  void migratingAgainReplacesTheEarlierMigrationsColumns() throws IOException {
    Path f = file("again.csv", "programme,unit,edition,migrate_status,migrate_message\nGFP,FTS,ocb-overview,MOVED,old\n");
    assertEquals(0, run("migrate", f.toString(), "--to", "latest"));
    assertEquals(List.of("programme,unit,edition,migrate_status,migrate_message",
        "GFP,FTS,ocb-overview,UNCHANGED,GFP is run by FTS in ocb-overview (INFERRED)"),
        out().lines().toList());
  }

  @Test
  void migrateRenamesAUnitGivenByAFormerNameAndWritesTheHeaderOfATableWithoutRows() throws IOException {
    stdin = "programme;unit;team\ngp-som;HMTSS;a\ngp-tip;Human Trafficking and Migrant Smuggling Section;b\n"
        + "GPML;iss;c\nGPML;ISS;d\nGFP;Organized Crime Branch;e\nGFP;;f\n";
    assertEquals(2, run("migrate", "-", "--edition", "ocb-brochure", "--to", "latest"));
    assertEquals(List.of("programme;unit;team;edition;migrate_status;migrate_message",
        "gp-som;HTMSS;a;ocb-overview;UNCHANGED;\"Global Programme against the Smuggling of Migrants was run by HMTSS"
            + " in ocb-brochure; in ocb-overview HTMSS still runs it (INFERRED)\"",
        "gp-tip;Human Trafficking and Migrant Smuggling Section;b;ocb-overview;UNCHANGED;\"Global Programme against"
            + " Trafficking in Persons was run by HMTSS in ocb-brochure; in ocb-overview HTMSS still runs it (INFERRED)\"",
        "GPML;cmls;c;ocb-overview;MOVED;\"GPML was run by ISS in ocb-brochure; in ocb-overview CMLS runs it (INFERRED)\"",
        "GPML;CMLS;d;ocb-overview;MOVED;\"GPML was run by ISS in ocb-brochure; in ocb-overview CMLS runs it (INFERRED)\"",
        "GFP;Organized Crime and Illicit Trafficking Branch;e;ocb-overview;UNCHANGED;\"GFP was run by ISS, within OCB,"
            + " in ocb-brochure; in ocb-overview FTS, within OCB, still runs it (INFERRED)\"",
        "GFP;;f;;MALFORMED;empty unit cell"), out().lines().toList());
    out.getBuffer().setLength(0);
    stdin = "programme,unit,team\n";
    assertEquals(0, run("migrate", "-", "--to", "latest"));
    assertEquals("programme,unit,team,edition,migrate_status,migrate_message\n", out());
  }

  @Test
  void migrateGivesADatedRowThatHoldsTheEditionInPlaceOfItsDate() throws IOException {
    Path dated = file("dated.csv", "programme,unit,date\nGPML,ISS,2014-01-01\nGPML,CMLS,2018-06-01\n");
    assertEquals(1, run("migrate", dated.toString(), "--to", "latest"));
    assertEquals("""
        programme,unit,date,edition,migrate_status,migrate_message
        GPML,CMLS,,ocb-overview,MOVED,GPML was run by ISS in ocb-brochure; in ocb-overview CMLS runs it (INFERRED)
        GPML,CMLS,2018-06-01,,UNKNOWN_EDITION,"no edition describes 2018-06-01: ocb-brochure describes 2011 to 2015, \
        ocb-overview 2021 on; no edition describes the time between them"
        """, out());
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
  void textThatIsNotUtf8IsUnreadableAndNamedWithItsLineAndByteOffset() throws IOException {
    Path f = dir.resolve("latin1.csv");
    Files.write(f, "programme,unit,note\nGPML,CMLS,caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertEquals(2, run("validate", f.toString()));
    assertEquals("untoc: " + f + ", line 2: not UTF-8 text: the byte 0xE9 at byte offset 33 is not part of a UTF-8 "
        + "character\n", err());
  }

  @Test
  void utf16WithAByteOrderMarkIsRead() throws IOException {
    Path f = dir.resolve("utf16.csv");
    Files.write(f, "\uFEFFprogramme,unit\nGPML,CMLS\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    assertEquals(0, run("validate", f.toString()));
    assertTrue(out().startsWith("line 2     CONSISTENT        GPML -> CMLS"), out());
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
    assertEquals(0, run("export", "--format", "turtle", "--base", "https://data.example.org/untoc/"));
    assertTrue(out().contains("@prefix id: <https://data.example.org/untoc/id/> .\n"), out());
    assertTrue(out().contains("\nrelation:cmls_runs_gpml a untoc:Relation, rdf:Statement;\n"), out());
    out.getBuffer().setLength(0);
    assertEquals(0, run("export", "--format", "nquads", "--edition", "ocb-brochure"));
    assertTrue(out().contains("<urn:untoc:id/iss> <urn:untoc:vocab:runs> <urn:untoc:id/gpml> .\n"), out());
    out.getBuffer().setLength(0);
    assertEquals(0, run("export", "--format", "sssom", "--edition", "ocb-overview"));
    assertEquals(SssomExport.of(Untoc.reference()).toString(Optional.of(Untoc.OCB_OVERVIEW)), out());
    out.getBuffer().setLength(0);
    assertEquals(0, run("export", "--format", "mermaid", "--edition", "ocb-brochure"));
    assertEquals(OrgChart.of(Untoc.reference(), Untoc.OCB_BROCHURE).toMermaid(), out());
    out.getBuffer().setLength(0);
    assertEquals(0, run("export", "--format", "dot"));
    assertEquals(OrgChart.of(Untoc.reference(), Untoc.OCB_OVERVIEW).toDot(), out());
  }

  @Test
  void rejectsABaseThatIsNoNamespaceOrForAnotherFormat() {
    assertEquals(2, run("export", "--format", "turtle", "--base", "data/"));
    assertEquals("untoc: --base: the base 'data/' is not fit for IRIs: it is not absolute: it needs a scheme, such as"
        + " https: or urn:\n", err());
    err.getBuffer().setLength(0);
    assertEquals(2, run("export", "--format", "csv", "--base", "urn:x:"));
    assertEquals("untoc: --base is for linked data: --format turtle, nquads, jsonld or sssom\n", err());
    for (String format : List.of("json", "csv", "turtle", "sssom")) {
      err.getBuffer().setLength(0);
      assertEquals(2, run("export", "--format", format, "--lang", "fr"), format);
      assertEquals("untoc: --lang is for the charts: --format mermaid or dot\n", err(), format);
    }
  }

  @Test
  void writesToAFileWholeOrNotAtAll() throws IOException {
    Path report = file("report.txt", "the previous report\n");
    assertEquals(1, run("validate", SAMPLE.toString(), "-o", report.toString()));
    assertEquals("", out());
    assertTrue(Files.readString(report).endsWith("10 rows: CONFIRMED 2, CONSISTENT 2, MISMATCH 1, NOT_IN_EDITION 3, "
        + "UNKNOWN_PROGRAMME 1, UNKNOWN_UNIT 1\n"), Files.readString(report));
    Path cut = file("cut.json", "[{\"programme\": \"GPML\", \"unit\": \"CMLS\"},");
    assertEquals(2, run("validate", cut.toString(), "--output", report.toString()));
    assertTrue(Files.readString(report).endsWith("UNKNOWN_UNIT 1\n"), "the previous report stays");
    try (var files = Files.list(dir)) {
      assertEquals(List.of("cut.json", "report.txt"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertEquals(0, run("tree", "-o", dir.resolve("tree.txt").toString()));
    assertEquals(OrgChart.of(Untoc.reference(), Untoc.OCB_OVERVIEW).toText(), Files.readString(dir.resolve("tree.txt")));
    assertEquals(0, run("export", "--format", "csv", "-o", dir.resolve("m.csv").toString()));
    assertTrue(Files.readString(dir.resolve("m.csv")).startsWith("edition,"), Files.readString(dir.resolve("m.csv")));
    err.getBuffer().setLength(0);
    assertEquals(2, run("tree", "-o", dir.resolve("no/such/tree.txt").toString()));
    assertEquals("untoc: " + dir.resolve("no/such/tree.txt") + ": no such folder as " + dir.resolve("no/such") + "\n",
        err());
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
  void aRegistryWithoutEditionsIsListedAndOtherwiseRefusedInOneLine() throws IOException {
    Path doc = file("no-editions.json", "{\"format\": \"untoc-registry\", \"version\": 1, \"editions\": [],"
        + " \"entities\": [{\"id\": \"t1\", \"kind\": \"topic\", \"names\": [{\"type\": \"official\", \"text\":"
        + " \"Topic one\", \"provenance\": {\"basis\": \"public-record\", \"source\": \"x\"}}], \"provenance\":"
        + " [{\"basis\": \"public-record\", \"source\": \"x\"}]}], \"relations\": []}");
    assertEquals(0, run("--data", doc.toString(), "list"));
    assertEquals("t1\ttopic\tTopic one\t\n", out());
    out.getBuffer().setLength(0);
    assertEquals(0, run("--data", doc.toString(), "list", "--format", "json"));
    assertEquals("{\"entities\":[{\"id\":\"t1\",\"kind\":\"topic\",\"label\":\"Topic one\",\"name\":\"Topic one\","
        + "\"editions\":[]}]}", new ObjectMapper().readTree(out()).toString());
    out.getBuffer().setLength(0);
    assertEquals(0, run("--data", doc.toString(), "editions", "--format", "json"));
    assertEquals("{\"editions\":[]}", new ObjectMapper().readTree(out()).toString());
    assertEquals(2, run("--data", doc.toString(), "tree"));
    assertEquals("untoc: no edition 'latest': expected one of [] or latest\n", err());
  }

  @Test
  void aBrokenRegistryDocumentIsUnreadable() throws IOException {
    Path doc = file("broken.json", "{\"format\": \"untoc-registry\", \"version\": 9}");
    assertEquals(2, run("editions", "--data", doc.toString()));
    assertTrue(err().startsWith("untoc: " + doc + ": not a valid registry document: "), err());
    assertTrue(!err().contains("\tat "), "no stack trace");
  }
}
