package org.untoc.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.untoc.core.OrgChart;
import org.untoc.core.Untoc;

class UntocCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return UntocCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  @Test
  void treePrintsTheLatestChart() {
    assertEquals(0, run("tree"));
    assertEquals(OrgChart.of(Untoc.reference(), Untoc.OCB_OVERVIEW).toText(), out.toString());
    assertTrue(out.toString().contains("      CMLS  Cybercrime and Money Laundering Section [section]\n"));
    assertEquals("", err.toString());
  }

  @Test
  void treePrintsAnotherEdition() {
    assertEquals(0, run("tree", "--edition", "ocb-brochure"));
    assertTrue(out.toString().startsWith("Edition ocb-brochure: Organized Crime Branch brochure\n"));
    assertTrue(out.toString().contains("      ISS  Implementation Support Section [section]\n"));
  }

  @Test
  void anUnknownEditionIsAUsageErrorWithTheChoices() {
    assertEquals(2, run("tree", "--edition", "ocb-2099"));
    assertEquals("untoc: no edition 'ocb-2099': expected one of [ocb-brochure, ocb-overview] or latest\n",
        err.toString().replace(System.lineSeparator(), "\n"));
    assertEquals("", out.toString());
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    assertEquals(2, run("chart"));
    assertTrue(err.toString().startsWith("untoc: Unmatched argument at index 0: 'chart'"), err.toString());
  }

  @Test
  void versionAndHelpAnswer() {
    assertEquals(0, run("--version"));
    assertTrue(out.toString().matches("untoc \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), out.toString());
    out.getBuffer().setLength(0);
    assertEquals(0, run("tree", "--help"));
    assertTrue(out.toString().contains("--edition=ID"), out.toString());
  }
}
