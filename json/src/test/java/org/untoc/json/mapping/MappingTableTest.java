package org.untoc.json.mapping;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untoc.core.mapping.MappingRow;

class MappingTableTest {
  @TempDir
  Path dir;

  private static MappingTable table(String text) throws IOException {
    return MappingTable.read(new ByteArrayInputStream(text.getBytes(UTF_8)), "t");
  }

  private static List<MappingRecord> records(String text) throws IOException {
    try (MappingTable t = table(text)) {
      return t.records().toList();
    }
  }

  /** Returns the problem a table has, whether found when it is opened or when its rows are read. */
  private static MappingTableException problem(String text) {
    return assertThrows(MappingTableException.class, () -> records(text));
  }

  private static MappingRow row(long line, String programme, String unit, String edition) {
    return MappingRow.of(line, programme, unit, edition.isEmpty() ? Optional.empty() : Optional.of(edition));
  }

  // ---------------------------------------------------------------- good tables

  @Test
  void csvRowsHaveTheirLinesTrimmedCellsAndOtherColumns() throws IOException {
    try (MappingTable t = table("Programme,UNIT,edition,Team\n GPML , CMLS ,,finance\n\n  \n"
        + "GFP,FTS,ocb-overview,\"arms, small\"\n")) {
      assertEquals(MappingTable.Format.CSV, t.format());
      assertEquals(List.of("Programme", "UNIT", "edition", "Team"), t.columns());
      assertEquals(List.of(
          new MappingRecord(row(2, "GPML", "CMLS", ""), ImmutableMap.of("Team", "finance")),
          new MappingRecord(row(5, "GFP", "FTS", "ocb-overview"), ImmutableMap.of("Team", "arms, small"))),
          t.records().toList());
    }
  }

  @Test
  void jsonRowsHaveTheirLinesAndOtherFieldsAsJsonText() throws IOException {
    try (MappingTable t = table(" [{\"programme\": \"GPML\", \"unit\": \"CMLS\", \"edition\": null, "
        + "\"n\": [1, {\"a\": \"x\"}]},\n"
        + "{\"ticket\": \"T-1\", \"unit\": \" ISS \", \"programme\": \"GPML\", \"edition\": \"ocb-brochure\"}]")) {
      assertEquals(MappingTable.Format.JSON, t.format());
      assertEquals(List.of(
          new MappingRecord(row(1, "GPML", "CMLS", ""), ImmutableMap.of("n", "[1,{\"a\":\"x\"}]")),
          new MappingRecord(row(2, "GPML", "ISS", "ocb-brochure"), ImmutableMap.of("ticket", "\"T-1\""))),
          t.records().toList());
    }
  }

  @Test
  void aFileWithAByteOrderMarkIsRead() throws IOException {
    Path csv = Files.write(dir.resolve("bom.csv"), "\uFEFFprogramme,unit\nGPML,CMLS\n".getBytes(UTF_8));
    try (MappingTable t = MappingTable.open(csv)) {
      assertEquals(List.of(row(2, "GPML", "CMLS", "")), t.rows().toList());
      assertEquals(csv.toString(), t.name());
    }
    Path json = Files.write(dir.resolve("bom.json"),
        "\uFEFF\n [{\"programme\": \"GPML\", \"unit\": \"CMLS\"}]".getBytes(UTF_8));
    try (MappingTable t = MappingTable.open(json)) {
      assertEquals(List.of(row(2, "GPML", "CMLS", "")), t.rows().toList());
    }
  }

  @Test
  void textIsReadInTheFormatGiven() throws IOException {
    try (MappingTable t = MappingTable.read(new StringReader("\uFEFFunit,programme\nCMLS,GPML\n"),
        MappingTable.Format.CSV, "text")) {
      assertEquals(List.of(row(2, "GPML", "CMLS", "")), t.rows().toList());
    }
    MappingTableException e = assertThrows(MappingTableException.class,
        () -> MappingTable.read(new StringReader("programme,unit\n"), MappingTable.Format.JSON, "text"));
    assertEquals("text, line 1, column 10: malformed JSON: Unrecognized token 'programme': was expecting (JSON String, "
        + "Number, Array, Object or token 'null', 'true' or 'false')", e.getMessage());
  }

  @Test
  void aHeaderWithoutRowsHasNoRows() throws IOException {
    try (MappingTable t = table("programme,unit,note\n")) {
      assertEquals(List.of("programme", "unit", "note"), t.columns());
      assertEquals(0, t.rows().count());
    }
    assertEquals(List.of(), records("[ ]"));
  }

  @Test
  void rowsStreamAndAreReadOnce() throws IOException {
    try (MappingTable t = table("programme,unit\nGPML,CMLS\nGFP,FTS,extra\n")) {
      Iterator<MappingRow> rows = t.rows().iterator();
      assertEquals(row(2, "GPML", "CMLS", ""), rows.next());
      MappingTableException e = assertThrows(MappingTableException.class, rows::next);
      assertEquals(3, e.line());
      assertThrows(IllegalStateException.class, t::records);
    }
  }

  @Test
  void closingTheTableClosesTheStream() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream("programme,unit\n".getBytes(UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    MappingTable.read(in, "t").close();
    assertTrue(closed[0]);
  }

  // ---------------------------------------------------------------- tables that break the format

  @Test
  void anEmptyTableIsNeitherCsvNorJson() {
    MappingTableException e = problem(" \n\n");
    assertEquals("t, line 1: the file is empty: expected CSV with a header row naming the columns programme and unit "
        + "(and optionally edition), or a JSON array", e.getMessage());
    assertEquals("an empty file", e.found());
  }

  @Test
  void aHeaderMustNameProgrammeAndUnitOnce() {
    MappingTableException missing = problem("programme,section\nGPML,CMLS\n");
    assertEquals("t, line 1: the header row must name the columns programme and unit (and optionally edition); "
        + "missing unit, found [programme, section]", missing.getMessage());
    assertEquals(1, missing.line());
    assertEquals(Optional.empty(), missing.pointer());
    assertEquals("[programme, section]", missing.found());
    assertEquals("a header row naming the columns programme and unit (and optionally edition)", missing.expected());
    assertEquals("t, line 1: the header row names the columns unit and programme more than once (names are compared "
        + "ignoring case)", problem("unit,programme,Unit, PROGRAMME\n").getMessage());
  }

  @Test
  void aRaggedRowIsMalformedCsvOnItsLine() {
    MappingTableException e = problem("programme,unit\nGPML,CMLS\n\nGFP\n");
    assertEquals(4, e.line());
    assertTrue(e.getMessage().startsWith("t, line 4: malformed CSV: Not enough column values: expected 2, found 1"),
        e.getMessage());
    assertEquals("well-formed CSV", e.expected());
  }

  @Test
  void textThatIsNotUtf8IsNamedSo() {
    MappingTableException e = assertThrows(MappingTableException.class, () -> {
      try (MappingTable t = MappingTable.read(new ByteArrayInputStream(
          "programme,unit,note\nGPML,CMLS,caf\u00e9\n".getBytes(ISO_8859_1)), "latin1.csv")) {
        t.rows().count();
      }
    });
    assertEquals("latin1.csv: not UTF-8 text (Input length = 1)", e.getMessage());
    assertEquals(0, e.line());
  }

  @Test
  void jsonThatIsNotAnArrayOfObjectsNamesThePointer() {
    MappingTableException root = problem("{\"programme\": \"GPML\"}");
    assertEquals("t, line 1: expected an array of objects with programme, unit and edition, found an object",
        root.getMessage());
    assertEquals(Optional.of(""), root.pointer());
    MappingTableException element = problem("[{\"programme\": \"GPML\", \"unit\": \"CMLS\"},\n 7]");
    assertEquals("t, line 2, at /1: expected an object with programme, unit and edition, found a number",
        element.getMessage());
    assertEquals(Optional.of("/1"), element.pointer());
    assertEquals("a number", element.found());
  }

  @Test
  void aFieldOfTheWrongTypeOrAMissingFieldNamesItsPointer() {
    MappingTableException type = problem("[{\"programme\": \"GPML\", \"unit\": \"CMLS\"},\n"
        + " {\"programme\": 7, \"unit\": \"x\"}]");
    assertEquals("t, line 2, at /1/programme: expected a string, found a number", type.getMessage());
    assertEquals(Optional.of("/1/programme"), type.pointer());
    assertEquals("a string", type.expected());
    assertEquals("t, line 1, at /0/edition: expected a string, found an array",
        problem("[{\"programme\": \"GPML\", \"unit\": \"CMLS\", \"edition\": []}]").getMessage());
    MappingTableException missing = problem("[{\"programme\": \"GPML\"}]");
    assertEquals("t, line 1, at /0: missing \"unit\"", missing.getMessage());
    assertEquals("an object without \"unit\"", missing.found());
  }

  @Test
  void malformedJsonNamesItsLineColumnAndRow() {
    MappingTableException cut = problem("[{\"programme\": \"GPML\", \"unit\": \"CMLS\"},\n{\"programme\": \"GFP\"");
    assertTrue(cut.getMessage().startsWith("t, line 2, column 20, at /1: malformed JSON: Unexpected end-of-input"),
        cut.getMessage());
    assertEquals(2, cut.line());
    assertEquals(20, cut.column());
    String twice = problem("[{\"programme\": \"GPML\", \"unit\": \"CMLS\", \"unit\": \"ISS\"}]").getMessage();
    assertTrue(twice.startsWith("t, line 1, column 46, at /0: malformed JSON: Duplicate field 'unit'"), twice);
    assertEquals("t, line 1: unexpected content after the array",
        problem("[{\"programme\": \"GPML\", \"unit\": \"CMLS\"}] {}").getMessage());
  }

  @Test
  void aFailureToReadARowIsAnUncheckedIoException() throws IOException {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    byte[] start = ("programme,unit\n" + "GPML,CMLS\n".repeat(2000)).getBytes(UTF_8);
    try (MappingTable t = MappingTable.read(new SequenceInputStream(new ByteArrayInputStream(start), failing), "t")) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> t.rows().count());
      assertEquals("disk gone", e.getCause().getMessage());
    }
  }
}
