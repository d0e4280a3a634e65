package org.untoc.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens JShell on the packaged tool with the load file {@code untoc.jsh}, as README says, runs a
 * script in it and reads what it prints.
 */
class JShellIT {
  @TempDir
  Path dir;

  @Test
  void theLoadFileGivesTheRegistryAndItsHelpers() throws IOException, InterruptedException {
    Path script = Files.writeString(dir.resolve("script.jsh"), String.join("\n",
        "System.out.println(get(\"HMTSS\").id());",
        "System.out.println(get(\"Palermo Convention\").name());",
        "System.out.println(programmes(\"CMLS\").stream().map(p -> p.id().toString()).toList());",
        "System.out.println(check(\"GPML\", \"ISS\", \"ocb-brochure\").status());",
        "System.out.println(brochure.childrenOf(get(\"OCB\").id()).size());",
        "System.out.println(get(\"ISS\").id() + \" \" + get(\"HMTSS\", \"ocb-brochure\").acronymIn(brochure.editionId()).get());",
        "System.out.println(programmes(\"ISS\").stream().map(p -> p.id().toString()).toList());",
        "System.out.println(programmes(\"OCB\", \"ocb-brochure\").size());",
        "try { get(\"ISS\", \"latest\"); } catch (LookupException e) { System.out.println(e.getMessage()); }",
        "System.out.println(name(\"UNODC\", \"ar\"));",
        "System.out.println(names(\"Conference of the Parties\", \"es\").stream().map(Name::text).toList());",
        "tree(\"latest\", \"zh\");",
        "tree(\"ocb-brochure\");",
        "/exit", ""), UTF_8);
    List<String> lines = jshell(script);
    assertEquals("untoc: Registry[2 editions, 115 entities, 218 relations, latest ocb-overview]. Try tree(), "
        + "get(\"CMLS\"), programmes(\"OCB\"), diff(), check(\"GPML\", \"CMLS\").", lines.get(0));
    assertEquals("htmss", lines.get(1));
    assertEquals("United Nations Convention against Transnational Organized Crime", lines.get(2));
    assertEquals("[gp-cybercrime, gpml]", lines.get(3));
    assertEquals("CONFIRMED", lines.get(4));
    assertEquals("3", lines.get(5));
    assertEquals("iss HMTSS", lines.get(6));
    assertEquals("[gptoc, ccp, gpml, gfp]", lines.get(7));
    assertEquals("10", lines.get(8));
    assertEquals("no entity 'ISS' in edition ocb-overview; it names unit ISS (Implementation Support Section) in "
        + "edition ocb-brochure", lines.get(9));
    assertEquals("UNODC (مكتب الأمم المتحدة المعني بالمخدرات والجريمة)", lines.get(10));
    assertEquals("[Conferencia de las Partes, CdP]", lines.get(11));
    assertEquals("UNODC  联合国毒品和犯罪问题办公室 [office]", lines.get(13));
    assertTrue(lines.contains("Edition ocb-brochure: Organized Crime Branch brochure"), String.join("\n", lines));
    assertEquals("      HMTSS  Human Trafficking and Migrant Smuggling Section [section]", lines.get(lines.size() - 4));
  }

  @Test
  void theHelpersTakeADayAndPrintAHistory() throws IOException, InterruptedException {
    Path script = Files.writeString(dir.resolve("dates.jsh"), String.join("\n",
        "System.out.println(asOf(\"2022-01-01\").get(\"Ad Hoc Committee\").id());",
        "System.out.println(asOf(\"2014-01-01\").editionId());",
        "try { asOf(\"2018-06-01\"); } catch (NoEditionException e) { System.out.println(e.getMessage()); }",
        "System.out.println(checkAsOf(\"GPML\", \"ISS\", \"2014-01-01\").status());",
        "history(\"Ad Hoc Committee\");",
        "treeAsOf(\"2014-01-01\");",
        "/exit", ""), UTF_8);
    List<String> lines = jshell(script);
    assertEquals("ad-hoc-committee", lines.get(1));
    assertEquals("ocb-brochure", lines.get(2));
    assertEquals("no edition describes 2018-06-01: ocb-brochure describes 2011 to 2015, ocb-overview 2021 on; no"
        + " edition describes the time between them", lines.get(3));
    assertEquals("CONFIRMED", lines.get(4));
    assertEquals("Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of"
        + " Information and Communications Technologies for Criminal Purposes, body ad-hoc-committee", lines.get(5));
    assertEquals("  2019-12-27     established: General Assembly resolution 74/247  [PUBLIC_RECORD]", lines.get(7));
    assertTrue(lines.contains("Edition ocb-brochure: Organized Crime Branch brochure"), String.join("\n", lines));
  }

  /** Runs JShell on the packaged tool with the load file and a script, and returns its lines. */
  private static List<String> jshell(Path script) throws IOException, InterruptedException {
    Path jar = Path.of("target/untoc.jar");
    assertTrue(Files.isRegularFile(jar), "the tool is packaged before this test runs");
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    Process p = new ProcessBuilder(jshell.toString(), "--class-path", jar.toString(), "--feedback", "concise",
        "untoc.jsh", script.toString())
        .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    p.getOutputStream().close();
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "JShell ends");
    List<String> lines = new String(p.getInputStream().readAllBytes(), UTF_8).lines()
        .filter(l -> !l.startsWith("INFO:") && !l.contains("java.util.prefs")).toList();
    assertEquals(0, p.exitValue(), String.join("\n", lines));
    return lines;
  }
}
