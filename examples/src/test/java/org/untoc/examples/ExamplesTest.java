package org.untoc.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs each example and checks what it prints. */
class ExamplesTest {

  private static List<String> lines(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, UTF_8)) {
      example.accept(out);
    }
    return bytes.toString(UTF_8).lines().toList();
  }

  @Test
  void exploreChart() {
    List<String> out = lines(ExploreChart::run);
    assertEquals("CMLS (Cybercrime and Money Laundering Section)", out.get(0));
    assertEquals("path to the root: [cmls, ocb, dta, unodc]", out.get(1));
    assertEquals(2, out.stream().filter(l -> l.startsWith("runs ") && l.contains(", INFERRED: ")).count());
    assertEquals("Organized Crime and Illicit Trafficking Branch runs 5 programmes through its sections", out.get(4));
  }

  @Test
  void addYourOwnData() {
    assertEquals(List.of(
        "Registry[2 editions, 117 entities, 220 relations, latest ocb-overview]",
        "path: [cmls-desk, cmls, ocb, dta, unodc]",
        "CMLS runs below it: [gp-cybercrime, gpml, pilot]",
        "the registry breaks 1 integrity rule:",
        "  multiple-owners: relation 220 (cmls-desk runs gpml), from: in edition ocb-overview, programme 'gpml' "
            + "is already run by 'cmls' (relation 60)"), lines(AddYourOwnData::run));
  }

  @Test
  void validateMappings() {
    assertEquals(List.of(
        "1 CONFIRMED -> latest: MOVED cmls",
        "2 CONSISTENT -> latest: UNCHANGED cmls",
        "3 MISMATCH -> latest: MOVED fts",
        "4 UNKNOWN_UNIT",
        "4 rows: CONFIRMED 1, CONSISTENT 1, MISMATCH 1, UNKNOWN_UNIT 1"), lines(ValidateMappings::run));
  }

  @Test
  void validateMappingFile(@TempDir Path dir) throws IOException {
    int[] code = new int[1];
    List<String> out = lines(o -> code[0] = ValidateMappingFile.run(Path.of("samples/mappings.csv"), o));
    assertEquals(1, code[0]);
    assertEquals("line 2 CONFIRMED GPML -> ISS", out.get(0));
    assertEquals("line 11 UNKNOWN_UNIT GPML -> CMSL", out.get(9));
    assertEquals("10 rows: CONFIRMED 2, CONSISTENT 2, MISMATCH 1, NOT_IN_EDITION 3, UNKNOWN_PROGRAMME 1, "
        + "UNKNOWN_UNIT 1", out.get(10));
    Path broken = Files.writeString(dir.resolve("broken.json"),
        "[{\"programme\": \"GPML\", \"unit\": \"CMLS\"},\n {\"programme\": \"GFP\", \"unit\": 7}]", UTF_8);
    assertEquals(List.of("/0 CONSISTENT GPML -> CMLS", "/1 MALFORMED GFP -> : \"unit\" is a number, not a string",
        "2 rows: CONSISTENT 1, MALFORMED 1"), lines(o -> code[0] = ValidateMappingFile.run(broken, o)));
    assertEquals(2, code[0]);
    Path cut = Files.writeString(dir.resolve("cut.json"), "[{\"programme\": \"GPML\", \"unit\": \"CMLS\"},\n {", UTF_8);
    String cutShort = lines(o -> code[0] = ValidateMappingFile.run(cut, o)).get(1);
    assertTrue(cutShort.startsWith("line 2 at /1: found Unexpected end-of-input"), cutShort);
    assertTrue(cutShort.endsWith(", expected well-formed JSON"), cutShort);
    assertEquals(2, code[0]);
  }

  @Test
  void diffEditions() {
    assertEquals(List.of(
        "CREATED ocb-front-office [STATED]",
        "CREATED fts [STATED]",
        "CREATED cmls [STATED]",
        "CREATED bmb [STATED]",
        "DISSOLVED iss [STATED]",
        "RENAMED dta -> DTA [STATED]",
        "RENAMED ocb -> Organized Crime and Illicit Trafficking Branch [STATED]",
        "RENAMED htmss -> HTMSS [STATED]",
        "MOVED gp-cybercrime -> cmls [INFERRED]",
        "MOVED ccp -> bmb [INFERRED]",
        "MOVED gpml -> cmls [INFERRED]",
        "MOVED gfp -> fts [INFERRED]"), lines(DiffEditions::run));
  }

  @Test
  void jsonDocument() {
    List<String> out = lines(JsonDocument::run);
    assertEquals("read back: Registry[2 editions, 115 entities, 218 relations, latest ocb-overview]", out.get(0));
    assertEquals("same entities: true", out.get(1));
    assertEquals(true, out.get(2).matches("at /relations/\\d+/to \\(line \\d+, column \\d+\\): dangling-reference: "
        + "no entity with id 'cop-typo'; expected the id of an entity listed under /entities"), out.get(2));
  }
}
