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
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untoc.core.Untoc;
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

  private static MappingRow jsonRow(long line, int index, String programme, String unit, String edition) {
    return MappingRow.builder().from(row(line, programme, unit, edition)).pointer("/" + index).build();
  }

  private static MappingRow malformed(MappingRow row, String problem) {
    return MappingRow.builder().from(row).problem(problem).build();
  }

  // ---------------------------------------------------------------- SSSOM

  private static final String SSSOM_HEAD = "#curie_map:\n#  untocid: \"urn:untoc:id/\"\n#mapping_set_id: \"urn:x:set\"\n";

  @Test
  void sssomRowsNameTheProgrammeAndUnitByIdOrLabel() throws IOException {
    try (MappingTable t = table(SSSOM_HEAD + "subject_id\tsubject_label\tpredicate_id\tobject_id\tobject_label"
        + "\tmapping_justification\tobject_source_version\tcomment\n"
        + "untocid:gpml\tGPML\tuntoc:runBy\tuntocid:cmls\tCMLS\tsemapv:ManualMappingCuration\tocb-overview\t\"as is\"\n"
        + "\tGlobal Firearms Programme\tuntoc:runBy\t\tFTS\tsemapv:ManualMappingCuration\t\tx\n")) {
      assertEquals(MappingTable.Format.SSSOM, t.format());
      assertEquals('\t', t.delimiter());
      List<MappingRecord> rows = t.records().toList();
      assertEquals(List.of(row(5, "gpml", "cmls", "ocb-overview"), row(6, "Global Firearms Programme", "FTS", "")),
          rows.stream().map(MappingRecord::row).toList());
      assertEquals("\"as is\"", rows.get(0).extras().get("comment"));
    }
  }

  @Test
  void sssomWithoutTheSubjectOrObjectIsRejectedAtItsHeaderRow() {
    MappingTableException e = problem(SSSOM_HEAD + "subject_id\tpredicate_id\n" + "untocid:gpml\tuntoc:runBy\n");
    assertEquals("t, line 4, column 1: the SSSOM header row must name subject_id or subject_label, and object_id or"
        + " object_label; found [subject_id, predicate_id]", e.getMessage());
  }

  @Test
  void malformedSssomMetadataIsRejectedWithItsLineAndColumn() {
    assertEquals("t, line 2, column 5: expected a metadata block of '#' lines, each a slot 'name: value' or an"
            + " indented line of the slot above, found 'bad slot: 1'",
        problem("#curie_map:\n#bad slot: 1\nsubject_id\tobject_id\n").getMessage());
    assertEquals("t, line 1, column 18: the quoted value of the slot is not closed: expected a metadata block of"
            + " '#' lines, each a slot 'name: value' or an indented line of the slot above",
        problem("#mapping_set_id: \"urn:x\nsubject_id\tobject_id\n").getMessage());
    MappingTableException e = problem("#license: \"x\"\n#  indented: 1\nsubject_id\tobject_id\n");
    assertEquals(2, e.line());
    assertEquals(2, e.column());
  }

  @Test
  void brokenSssomMetadataIsRejectedWithItsLineAndColumn() {
    MappingTableException quote = problem("#curie_map:\n#  untocid: \"urn:untoc:id/\nsubject_id\tobject_id\n");
    assertEquals(List.of(2L, 13), List.of(quote.line(), quote.column()));
    MappingTableException bracket = problem("#mapping_set_id: [x\nsubject_id\tobject_id\n");
    assertEquals(List.of(1L, 18), List.of(bracket.line(), bracket.column()));
    assertEquals("t, line 3, column 8: the metadata block is not YAML: mapping values are not allowed here",
        problem("#curie_map:\n#  a: \"x\"\n#  b: x: y\nsubject_id\tobject_id\n").getMessage());
    assertEquals("t, line 2, column 2: curie_map must map prefixes to IRIs",
        problem("#license: \"x\"\n#curie_map: [a, b]\nsubject_id\tobject_id\n").getMessage());
    assertEquals("t, line 3, column 1: the SSSOM table has a metadata block but no header row: expected one naming"
        + " subject_id or subject_label, and object_id or object_label",
        problem("#mapping_set_id: \"x\"\n#license: \"y\"\n").getMessage());
  }

  @Test
  void aLongSssomMetadataBlockIsReadInWholeLines() throws IOException {
    // a block longer than the start of the table read when it is opened: no line is cut in the middle
    String comment = "#" + "x".repeat(60) + ": \"" + "y".repeat(60) + "\"\n";
    List<MappingRecord> rows = records(SSSOM_HEAD + comment.repeat(40)
        + "subject_id\tobject_id\nuntocid:gpml\tuntocid:cmls\n");
    assertEquals(List.of(row(45, "gpml", "cmls", "")), rows.stream().map(MappingRecord::row).toList());
  }

  @Test
  void sssomIdsMustBeDeclaredCuriesOrIrisOfUntoc() throws IOException {
    List<MappingRecord> rows = records(SSSOM_HEAD.replace("#mapping_set_id", "#  other: \"https://other.org/id/\"\n"
        + "#mapping_set_id") + "subject_id\tobject_id\n"
        + "foo:gpml\tuntocid:cmls\nhttps://other.org/id/gfp\tother:fts\nuntocid:\turn:untoc:id/cmls\n"
        + "gpml\tuntocid:cmls\n"
        + "urn:untoc:id/gfp\tuntocid:fts\n");
    assertEquals(List.of(
            Optional.of("subject_id 'foo:gpml': the prefix foo is not declared in the curie_map"),
            Optional.of("subject_id 'https://other.org/id/gfp' is not an id of untoc: expected an IRI under"
                + " urn:untoc:id/ (untocid:); object_id 'other:fts' is not an id of untoc: expected an IRI under"
                + " urn:untoc:id/ (untocid:)"),
            Optional.of("empty id in subject_id 'untocid:': expected such as untocid:gpml"),
            Optional.of("subject_id 'gpml' is not a CURIE or IRI: expected such as untocid:gpml"),
            Optional.<String>empty()),
        rows.stream().map(r -> r.row().problem()).toList());
    assertEquals(List.of("", "cmls"), List.of(rows.get(2).row().programme(), rows.get(2).row().unit()));
    assertEquals(List.of("gfp", "fts"), List.of(rows.get(4).row().programme(), rows.get(4).row().unit()));
  }

  @Test
  void anSssomIdAndALabelOfAnotherEntityMakeTheRowMalformed() throws IOException {
    List<MappingRecord> rows = records(SSSOM_HEAD + "subject_id\tsubject_label\tobject_id\tobject_label\n"
        + "untocid:gpml\tGlobal Firearms Programme\tuntocid:cmls\tFTS\n"
        + "untocid:gfp\tGlobal Firearms Programme\tuntocid:fts\tno such unit\n");
    assertEquals(Optional.of("Global Firearms Programme"), rows.get(0).programmeLabel());
    assertEquals(Optional.of("subject_id names gpml but subject_label 'Global Firearms Programme' names gfp;"
        + " object_id names cmls but object_label 'FTS' names fts"),
        rows.get(0).withLabelsCheckedIn(Untoc.reference()).row().problem());
    assertEquals(rows.get(1), rows.get(1).withLabelsCheckedIn(Untoc.reference()));
  }

  @Test
  void anSssomRowWithTooFewCellsIsMalformedAtItsColumn() throws IOException {
    List<MappingRecord> rows = records(SSSOM_HEAD + "subject_id\tobject_id\tcomment\nuntocid:gpml\n");
    assertEquals("column 2: 1 cell where the header row names 3 columns", rows.get(0).row().problem().orElseThrow());
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
          new MappingRecord(jsonRow(1, 0, "GPML", "CMLS", ""), ImmutableMap.of("n", "[1,{\"a\":\"x\"}]")),
          new MappingRecord(jsonRow(2, 1, "GPML", "ISS", "ocb-brochure"), ImmutableMap.of("ticket", "\"T-1\""))),
          t.records().toList());
    }
  }

  @Test
  void aDateColumnGivesTheDayOfEachRowAndAMalformedDateIsTheRowsProblem() throws IOException {
    MappingRow day = MappingRow.builder().line(2).programme("GPML").unit("ISS").date(LocalDate.of(2014, 1, 1)).build();
    assertEquals(List.of(day, row(3, "GPML", "CMLS", ""),
        malformed(row(4, "GFP", "FTS", ""), "date '2014-13-01' is not a day: expected yyyy-MM-dd, such as 2022-03-01"),
        malformed(row(5, "GFP", "FTS", ""), "4 cells where the header row names 3 columns; date 'x' is not a day:"
            + " expected yyyy-MM-dd, such as 2022-03-01")),
        records("programme;unit;Date\nGPML;ISS;2014-01-01\nGPML;CMLS;\nGFP;FTS;2014-13-01\nGFP;FTS;x;y\n").stream()
            .map(MappingRecord::row).toList());
    assertEquals(List.of(MappingRow.builder().from(jsonRow(1, 0, "GPML", "ISS", "")).date(LocalDate.of(2014, 1, 1))
            .build(), jsonRow(1, 1, "GPML", "CMLS", ""),
        malformed(jsonRow(2, 2, "GFP", "FTS", ""), "date '1 May 2022' is not a day: expected yyyy-MM-dd, such as"
            + " 2022-03-01"),
        malformed(jsonRow(2, 3, "GFP", "FTS", ""), "\"date\" is a number, not a string")),
        records("[{\"programme\": \"GPML\", \"unit\": \"ISS\", \"date\": \"2014-01-01\"},"
            + " {\"programme\": \"GPML\", \"unit\": \"CMLS\", \"date\": null},\n"
            + " {\"programme\": \"GFP\", \"unit\": \"FTS\", \"date\": \"1 May 2022\"},"
            + " {\"programme\": \"GFP\", \"unit\": \"FTS\", \"date\": 2022}]").stream()
            .map(MappingRecord::row).toList());
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
      assertEquals(List.of(jsonRow(2, 0, "GPML", "CMLS", "")), t.rows().toList());
    }
  }

  @Test
  void utf16WithAByteOrderMarkIsRead() throws IOException {
    String text = "\uFEFFprogramme;unit;note\nGPML;CMLS;caf\u00e9\n";
    for (java.nio.charset.Charset utf16 : List.of(java.nio.charset.StandardCharsets.UTF_16BE,
        java.nio.charset.StandardCharsets.UTF_16LE)) {
      try (MappingTable t = MappingTable.read(new ByteArrayInputStream(text.getBytes(utf16)), "t")) {
        assertEquals(';', t.delimiter());
        assertEquals(List.of(new MappingRecord(row(2, "GPML", "CMLS", ""), ImmutableMap.of("note", "caf\u00e9"))),
            t.records().toList());
      }
    }
    byte[] json = "\uFEFF[{\"programme\": \"GPML\", \"unit\": \"CMLS\"}]".getBytes(
        java.nio.charset.StandardCharsets.UTF_16LE);
    try (MappingTable t = MappingTable.read(new ByteArrayInputStream(json), "t")) {
      assertEquals(MappingTable.Format.JSON, t.format());
      assertEquals(List.of(jsonRow(1, 0, "GPML", "CMLS", "")), t.rows().toList());
    }
  }

  @Test
  void theDelimiterIsFoundInTheHeaderRowOrGiven() throws IOException {
    try (MappingTable t = table("programme;unit;team\n\"GPML, the programme\";CMLS;a,b\n")) {
      assertEquals(';', t.delimiter());
      assertEquals(List.of(new MappingRecord(row(2, "GPML, the programme", "CMLS", ""),
          ImmutableMap.of("team", "a,b"))), t.records().toList());
    }
    try (MappingTable t = table("programme\tunit\tedition\nGPML\tISS\tocb-brochure\n")) {
      assertEquals('\t', t.delimiter());
      assertEquals(List.of(row(2, "GPML", "ISS", "ocb-brochure")), t.rows().toList());
    }
    try (MappingTable t = table("\"team;x\",programme,unit\nA;1,GPML,CMLS\n")) {
      assertEquals(',', t.delimiter());
      assertEquals(List.of("team;x", "programme", "unit"), t.columns());
    }
    try (MappingTable t = MappingTable.read(new ByteArrayInputStream("programme|unit\nGPML|CMLS\n".getBytes(UTF_8)),
        "t", '|')) {
      assertEquals(List.of(row(2, "GPML", "CMLS", "")), t.rows().toList());
    }
    MappingTableException wrong = assertThrows(MappingTableException.class,
        () -> MappingTable.read(new ByteArrayInputStream("programme,unit\n".getBytes(UTF_8)), "t", ';'));
    assertEquals("t, line 1: the header row must name the columns programme and unit (and optionally edition); "
        + "missing programme and unit, found [programme,unit] (cells delimited by ';')", wrong.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> MappingTable.read(new ByteArrayInputStream(new byte[0]), "t", '"'));
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
    try (MappingTable t = table("programme,unit\nGPML,CMLS\nGFP,FTS\n")) {
      Iterator<MappingRow> rows = t.rows().iterator();
      assertEquals(row(2, "GPML", "CMLS", ""), rows.next());
      assertEquals(row(3, "GFP", "FTS", ""), rows.next());
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
  void aRaggedRowComesWithItsProblemAndTheRowsAfterItAreRead() throws IOException {
    assertEquals(List.of(
        new MappingRecord(row(2, "GPML", "CMLS", ""), ImmutableMap.of("team", "x")),
        new MappingRecord(malformed(row(4, "GFP", "", ""), "1 cell where the header row names 3 columns"),
            ImmutableMap.of("team", "")),
        new MappingRecord(malformed(row(5, "GFP", "FTS", ""), "4 cells where the header row names 3 columns"),
            ImmutableMap.of("team", "y")),
        new MappingRecord(row(6, "CCP", "BMB", ""), ImmutableMap.of("team", "z"))),
        records("programme,unit,team\nGPML,CMLS,x\n\nGFP\nGFP,FTS,y,extra\nCCP,BMB,z\n"));
  }

  @Test
  void anUnclosedQuoteIsMalformedCsvOnItsLine() {
    MappingTableException e = problem("programme,unit\nGPML,CMLS\n\"GFP,FTS\n");
    assertTrue(e.getMessage().startsWith("t, line 4: malformed CSV: Missing closing quote"), e.getMessage());
    assertEquals("well-formed CSV", e.expected());
  }

  @Test
  void textThatIsNotUtf8IsNamedWithItsLineAndByteOffset() throws IOException {
    List<MappingRow> read = new java.util.ArrayList<>();
    MappingTableException e = assertThrows(MappingTableException.class, () -> {
      try (MappingTable t = MappingTable.read(new ByteArrayInputStream(
          "programme,unit,note\nGPML,CMLS,cafe\nGPML,CMLS,caf\u00e9\n".getBytes(ISO_8859_1)), "latin1.csv")) {
        t.rows().forEach(read::add);
      }
    });
    assertEquals("latin1.csv, line 3: not UTF-8 text: the byte 0xE9 at byte offset 48 is not part of a UTF-8"
        + " character", e.getMessage());
    assertEquals(3, e.line());
    assertEquals(java.util.OptionalLong.of(48), e.offset());
    assertEquals(List.of(row(2, "GPML", "CMLS", "")), read);
    StringBuilder far = new StringBuilder("programme,unit\r\n");
    for (int i = 0; i < 20_000; i++) {
      far.append("GPML,CMLS\r\n");
    }
    byte[] bytes = (far + "GFP,\u00c9\r\n").getBytes(ISO_8859_1);
    long[] before = {0};
    MappingTableException latin = assertThrows(MappingTableException.class, () -> {
      try (MappingTable t = MappingTable.read(new ByteArrayInputStream(bytes), "far.csv")) {
        t.rows().forEach(r -> before[0]++);
      }
    });
    assertEquals(20_000, before[0]);
    assertTrue(latin.getMessage().startsWith("far.csv, line 20002: not UTF-8 text: the byte 0xC9 at byte offset "
        + (bytes.length - 3) + " "), latin.getMessage());
    byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 'p', 0, ',', 0, 'u', 0, '\n', 0, 0x00, (byte) 0xDC, '\n', 0};
    MappingTableException surrogate = problem16(utf16);
    assertEquals("t, line 2: not UTF-16LE text: the bytes 0x00 0xDC at byte offset 10 are not part of a UTF-16LE"
        + " character", surrogate.getMessage());
  }

  private static MappingTableException problem16(byte[] bytes) {
    return assertThrows(MappingTableException.class, () -> {
      try (MappingTable t = MappingTable.read(new ByteArrayInputStream(bytes), "t")) {
        t.rows().count();
      }
    });
  }

  @Test
  void jsonThatIsNotAnArrayNamesTheDocument() {
    MappingTableException root = problem("{\"programme\": \"GPML\"}");
    assertEquals("t, line 1: expected an array of objects with programme, unit and edition, found an object",
        root.getMessage());
    assertEquals(Optional.of(""), root.pointer());
  }

  @Test
  void aJsonRowThatIsNotAnObjectOrHasAFieldOfTheWrongTypeComesWithItsProblem() throws IOException {
    assertEquals(List.of(
        jsonRow(1, 0, "GPML", "CMLS", ""),
        malformed(jsonRow(2, 1, "", "", ""), "expected an object with programme, unit and edition, found a number"),
        malformed(jsonRow(2, 2, "", "", ""), "expected an object with programme, unit and edition, found an array"),
        malformed(jsonRow(3, 3, "", "x", ""), "\"programme\" is a number, not a string"),
        malformed(jsonRow(4, 4, "GPML", "CMLS", ""), "\"edition\" is an array, not a string"),
        malformed(jsonRow(4, 5, "GPML", "", ""), "missing \"unit\""),
        malformed(jsonRow(5, 6, "GPML", "CMLS", ""), "\"unit\" is given twice"),
        malformed(jsonRow(5, 7, "", "", ""), "\"programme\" is null, not a string; \"unit\" is an object, not a string"),
        jsonRow(6, 8, "GFP", "FTS", "")),
        records("[{\"programme\": \"GPML\", \"unit\": \"CMLS\"},\n 7, [1, [2]],\n"
            + " {\"programme\": 7, \"unit\": \"x\"},\n"
            + " {\"programme\": \"GPML\", \"unit\": \"CMLS\", \"edition\": [\"e\"]}, {\"programme\": \"GPML\"},\n"
            + " {\"programme\": \"GPML\", \"unit\": \"CMLS\", \"unit\": \"ISS\"}, {\"programme\": null, \"unit\": {}},\n"
            + " {\"programme\": \"GFP\", \"unit\": \"FTS\"}]").stream().map(MappingRecord::row).toList());
  }

  @Test
  void malformedJsonNamesItsLineColumnAndRow() {
    MappingTableException cut = problem("[{\"programme\": \"GPML\", \"unit\": \"CMLS\"},\n{\"programme\": \"GFP\"");
    assertTrue(cut.getMessage().startsWith("t, line 2, column 20, at /1: malformed JSON: Unexpected end-of-input"),
        cut.getMessage());
    assertEquals(2, cut.line());
    assertEquals(20, cut.column());
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
