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
    Path jar = Path.of("target/untoc.jar");
    assertTrue(Files.isRegularFile(jar), "the tool is packaged before this test runs");
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
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    Process p = new ProcessBuilder(jshell.toString(), "--class-path", jar.toString(), "--feedback", "concise",
        "untoc.jsh", script.toString())
        .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    p.getOutputStream().close();
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "JShell ends");
    List<String> lines = new String(p.getInputStream().readAllBytes(), UTF_8).lines()
        .filter(l -> !l.startsWith("INFO:") && !l.contains("java.util.prefs")).toList();
    assertEquals(0, p.exitValue(), String.join("\n", lines));
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
}
