package org.untoc.json.mapping;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.AbstractIterator;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.untoc.core.mapping.MappingRow;
import org.untoc.core.mapping.MappingStatus;

/**
 * A mapping table, read row by row: claims that "programme P is run by unit U", as CSV or JSON.
 *
 * <pre>{@code
 * try (MappingTable table = MappingTable.open(Path.of("mappings.csv"))) {
 *   MappingSummary summary = MappingValidator.of(Untoc.reference()).validate(table.rows(), v -> {});
 * }
 * }</pre>
 *
 * <p>CSV has a header row naming the columns {@code programme}, {@code unit} and optionally
 * {@code edition} or {@code date}, in any order and any case; cells are trimmed and blank lines skipped. Its
 * delimiter is a comma, a semicolon or a tab, whichever the header row holds most of outside
 * quotes (a comma where none), unless one is given. JSON is an array of objects with the string
 * fields {@code programme}, {@code unit} and optionally {@code edition} or {@code date} (a string
 * or null). A date is a day, {@code yyyy-MM-dd}, and stands in for the edition: the row is judged
 * as of that day ({@link MappingRow#date()}). Other columns and fields are kept in each {@link
 * MappingRecord}.
 *
 * <p>{@link #open} and {@link #read(InputStream, String)} read UTF-8, with or without a
 * byte-order mark, or UTF-16 that starts with its byte-order mark; bytes that are not text in
 * that encoding are a {@link MappingTableException} naming their line and byte offset. A table
 * whose first character other than white space is {@code [} or <code>{</code> is JSON, any
 * other CSV.
 *
 * <p>Rows stream: the table holds one at a time. Its start (the header row, or the opening of
 * the JSON array) is read when it is opened. A row that breaks the format on its own (a CSV row
 * with more or fewer cells than the header names columns; a date that is not a day; a JSON element that is not an object,
 * lacks {@code programme} or {@code unit}, gives a field twice or a value of the wrong type)
 * comes with its {@linkplain MappingRow#problem() problem} and whatever cells could be read, and
 * validates as {@link MappingStatus#MALFORMED}: the rows after it are still read. A fault of the
 * table as a whole (an empty file, a header without the required columns, JSON or CSV that
 * cannot be parsed further, text that is not in its encoding) throws a {@link
 * MappingTableException}: when the table is opened, for a fault of its start; from the stream,
 * for one further on. Reading that fails once the table is open throws an {@link
 * UncheckedIOException}.
 *
 * <p>Each row of a JSON table carries its {@linkplain MappingRow#pointer() JSON Pointer}
 * ({@code /3}) as well as the line it starts on.
 *
 * <p>A table is not thread-safe, and its rows can be read once. Closing it closes what it reads.
 */
public final class MappingTable implements AutoCloseable {
  /** The formats of a mapping table. */
  public enum Format {
    /** Delimiter-separated values with a header row. */
    CSV,
    /** A JSON array of objects. */
    JSON,
    /**
     * An SSSOM mapping set in TSV: a metadata block of {@code #} lines, then a header row naming
     * {@code subject_id} (or {@code subject_label}), {@code object_id} (or {@code object_label})
     * and optionally {@code object_source_version}, cells delimited by tabs, without quotes.
     */
    SSSOM
  }

  /** The column of the programme. */
  public static final String PROGRAMME = "programme";
  /** The column of the unit. */
  public static final String UNIT = "unit";
  /** The optional column of the edition. */
  public static final String EDITION = "edition";
  /** The optional column of the day a row holds on, in place of the edition. */
  public static final String DATE = "date";

  private static final String TABLE = "CSV with a header row naming the columns programme and unit (and"
      + " optionally edition), or a JSON array";
  private static final String OBJECT = "an object with programme, unit and edition";
  private static final ImmutableList<String> FIELDS = ImmutableList.of(PROGRAMME, UNIT, EDITION, DATE);
  /**
   * The columns of an SSSOM set that make a row, by the cell each fills: the programme, the unit,
   * the edition (cells 0 to 2, as in CSV), and the labels beside the ids (cells 4 and 5).
   */
  private static final ImmutableMap<String, Integer> SSSOM_FIELDS = ImmutableMap.of("subject_id", 0, "object_id", 1,
      "object_source_version", 2, "subject_label", 4, "object_label", 5);
  /** How much of the start of a table is read to tell JSON from CSV and find the delimiter. */
  private static final int HEAD = 4096;
  /** No delimiter given: find it in the header row. */
  private static final char DETECT = 0;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvParser.Feature.TRIM_SPACES, CsvParser.Feature.SKIP_EMPTY_LINES)
      .build();

  private final String name;
  private final Format format;
  private final char delimiter;
  private final Reader reader;
  private final JsonParser parser;
  private final ImmutableList<String> columns;
  /** CSV: for each column, the field it holds (0 programme, 1 unit, 2 edition, 3 date) or -1. */
  private final int[] fields;
  /** JSON: the index of the row being read; -1 before the array. */
  private int index = -1;
  private boolean taken;
  /** SSSOM: the prefixes of the metadata block's curie_map, with what they expand to. */
  private final ImmutableMap<String, String> prefixes;
  /** SSSOM: the number of lines of the metadata block, as far as the start of the table reaches. */
  private final long metadataLines;

  private MappingTable(String name, Format format, char delimiter, Reader reader, ImmutableMap<String, String> prefixes,
      long metadataLines) throws IOException {
    this.name = Objects.requireNonNull(name, "name");
    this.prefixes = prefixes;
    this.metadataLines = metadataLines;
    this.format = Objects.requireNonNull(format, "format");
    this.delimiter = delimiter;
    this.reader = reader;
    try {
      if (format != Format.JSON) {
        CsvParser csv = CSV.getFactory().createParser(reader);
        csv.setSchema(format == Format.SSSOM
            ? CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar().withComments()
            : CsvSchema.emptySchema().withColumnSeparator(delimiter));
        parser = csv;
        List<String> header = new ArrayList<>();
        if (csv.nextToken() == JsonToken.START_ARRAY) {
          while (csv.nextToken() == JsonToken.VALUE_STRING) {
            header.add(csv.getText());
          }
        }
        columns = ImmutableList.copyOf(header);
        fields = new int[columns.size()];
        for (int i = 0; i < fields.length; i++) {
          String column = columns.get(i).strip().toLowerCase(Locale.ROOT);
          fields[i] = format == Format.SSSOM ? SSSOM_FIELDS.getOrDefault(column, -1) : FIELDS.indexOf(column);
        }
        checkHeader();
      } else {
        parser = JSON.getFactory().createParser(reader);
        columns = FIELDS;
        fields = new int[0];
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_ARRAY) {
          String expected = "an array of objects with programme, unit and edition";
          throw problem(line(), "", describe(first), expected, "expected " + expected + ", found " + describe(first));
        }
        index = 0;
      }
    } catch (IOException e) {
      if (unreadable(e) instanceof MappingTableException m) {
        throw m;
      }
      throw e;
    }
  }

  /**
   * Opens a table file, CSV or JSON, finding the delimiter of CSV in its header row.
   *
   * @param file the file, not null
   * @return the table, not null
   * @throws IOException if the file cannot be opened or its start cannot be read
   * @throws MappingTableException if the table is empty or its start breaks the format
   */
  public static MappingTable open(Path file) throws IOException {
    return open(file, DETECT);
  }

  /**
   * Opens a table file, CSV with the given delimiter or JSON.
   *
   * @param file the file, not null
   * @param delimiter the delimiter of CSV cells, such as {@code ;} or a tab
   * @return the table, not null
   * @throws IllegalArgumentException if the delimiter is a quote or a line end
   * @throws IOException if the file cannot be opened or its start cannot be read
   * @throws MappingTableException if the table is empty or its start breaks the format
   */
  public static MappingTable open(Path file, char delimiter) throws IOException {
    checkDelimiter(delimiter);
    // A FileInputStream, not a channel: a channel cannot read pipes and process substitutions.
    InputStream in = file.getFileSystem() == FileSystems.getDefault()
        ? new FileInputStream(file.toFile()) : Files.newInputStream(file);
    try {
      return read(in, file.toString(), delimiter);
    } catch (IOException | RuntimeException e) {
      try (in) { // closes the stream; a failure to close is suppressed in e
        throw e;
      }
    }
  }

  /**
   * Reads a table, CSV or JSON, from bytes, finding the delimiter of CSV in its header row.
   * Closing the table closes the stream.
   *
   * @param in the bytes, not null
   * @param name the table's name in messages, such as its file, not null
   * @return the table, not null
   * @throws IOException if the start of the stream cannot be read
   * @throws MappingTableException if the table is empty or its start breaks the format
   */
  public static MappingTable read(InputStream in, String name) throws IOException {
    return read(in, name, DETECT);
  }

  /**
   * Reads a table, CSV with the given delimiter or JSON, from bytes. Closing the table closes
   * the stream.
   *
   * @param in the bytes, not null
   * @param name the table's name in messages, such as its file, not null
   * @param delimiter the delimiter of CSV cells, such as {@code ;} or a tab
   * @return the table, not null
   * @throws IllegalArgumentException if the delimiter is a quote or a line end
   * @throws IOException if the start of the stream cannot be read
   * @throws MappingTableException if the table is empty or its start breaks the format
   */
  public static MappingTable read(InputStream in, String name, char delimiter) throws IOException {
    checkDelimiter(delimiter);
    BufferedInputStream buffered = new BufferedInputStream(Objects.requireNonNull(in, "in"), HEAD);
    buffered.mark(HEAD);
    byte[] head = buffered.readNBytes(HEAD);
    buffered.reset();
    Charset charset = UTF_8;
    int bom = 0;
    if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
      bom = 3;
    } else if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
      charset = UTF_16BE;
      bom = 2;
    } else if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
      charset = UTF_16LE;
      bom = 2;
    }
    buffered.skipNBytes(bom);
    String start = new String(head, bom, head.length - bom, charset).stripLeading();
    if (start.isEmpty() && head.length < HEAD) {
      throw new MappingTableException(name, 1, 0, null, "an empty file", TABLE,
          "the file is empty: expected " + TABLE, null);
    }
    Format format = start.startsWith("[") || start.startsWith("{") ? Format.JSON
        : Sssom.isSssom(start) ? Format.SSSOM : Format.CSV;
    ImmutableMap<String, String> prefixes = format == Format.SSSOM ? Sssom.readMetadata(name, start)
        : ImmutableMap.of();
    return new MappingTable(name, format, delimiter == DETECT ? delimiterOf(start) : delimiter,
        new TextReader(buffered, charset, bom), prefixes, Sssom.metadataLines(start));
  }

  /**
   * Reads a table in a given format from text, skipping a byte-order mark, finding the delimiter
   * of CSV in its header row. Closing the table closes the reader.
   *
   * @param reader the text, not null
   * @param format the format, not null
   * @param name the table's name in messages, such as its file, not null
   * @return the table, not null
   * @throws IOException if the start of the text cannot be read
   * @throws MappingTableException if the start of the table breaks the format
   */
  public static MappingTable read(Reader reader, Format format, String name) throws IOException {
    PushbackReader in = new PushbackReader(Objects.requireNonNull(reader, "reader"), HEAD);
    char[] head = new char[HEAD];
    int n = 0;
    for (int r; n < HEAD && (r = in.read(head, n, HEAD - n)) >= 0; ) {
      n += r;
    }
    int skip = n > 0 && head[0] == '\uFEFF' ? 1 : 0;
    if (n > skip) {
      in.unread(head, skip, n - skip);
    }
    String start = n > skip ? new String(head, skip, n - skip) : "";
    ImmutableMap<String, String> prefixes = format == Format.SSSOM ? Sssom.readMetadata(name, start)
        : ImmutableMap.of();
    return new MappingTable(name, format, delimiterOf(start.stripLeading()), in, prefixes,
        Sssom.metadataLines(start));
  }

  private static void checkDelimiter(char delimiter) {
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
      throw new IllegalArgumentException("a delimiter must not be a quote or a line end");
    }
  }

  /**
   * Returns the delimiter of a header row: a comma, a semicolon or a tab, whichever it holds
   * most of outside quotes; a comma where it holds none, or as many of another.
   */
  private static char delimiterOf(String start) {
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean quoted = false;
    for (int i = 0; i < start.length(); i++) {
      char c = start.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        comma += c == ',' ? 1 : 0;
        semicolon += c == ';' ? 1 : 0;
        tab += c == '\t' ? 1 : 0;
      }
    }
    if (semicolon > comma && semicolon >= tab) {
      return ';';
    }
    return tab > comma && tab > semicolon ? '\t' : ',';
  }

  /** Returns the table's name in messages. */
  public String name() {
    return name;
  }

  /** Returns the format of the table. */
  public Format format() {
    return format;
  }

  /** Returns the delimiter of cells: for CSV given or found in the header row; a tab for SSSOM; a comma for JSON. */
  public char delimiter() {
    return format == Format.CSV ? delimiter : format == Format.SSSOM ? '\t' : ',';
  }

  /**
   * Returns the columns: for CSV and SSSOM, those the header row names, in its order and
   * spelling; for JSON, {@code programme}, {@code unit}, {@code edition} and {@code date} (other
   * fields vary by row).
   */
  public ImmutableList<String> columns() {
    return columns;
  }

  /**
   * Returns the rows, read as the stream is consumed; a row that breaks the format comes with
   * its problem.
   *
   * @return the rows, not null
   * @throws IllegalStateException if the rows or records have been asked for already
   */
  public Stream<MappingRow> rows() {
    return records().map(MappingRecord::row);
  }

  /**
   * Returns the rows with the table's other columns, read as the stream is consumed; a row that
   * breaks the format comes with its problem.
   *
   * @return the records, not null
   * @throws IllegalStateException if the rows or records have been asked for already
   */
  public Stream<MappingRecord> records() {
    if (taken) {
      throw new IllegalStateException("the rows of " + name + " have been asked for already");
    }
    taken = true;
    Iterator<MappingRecord> it = new AbstractIterator<>() {
      @Override
      protected MappingRecord computeNext() {
        try {
          MappingRecord r = format == Format.JSON ? jsonRecord() : csvRecord();
          return r == null ? endOfData() : r;
        } catch (IOException e) {
          throw unreadable(e);
        }
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * Closes the table and what it reads.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    try (reader) {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private @Nullable MappingRecord csvRecord() throws IOException {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      return null;
    }
    // The row's own line is that of its first cell; the row token stands where the last ended.
    long line = -1;
    String[] cells = {"", "", "", "", "", ""};
    ImmutableMap.Builder<String, String> extras = ImmutableMap.builder();
    int cell = 0;
    for (; parser.nextToken() == JsonToken.VALUE_STRING; cell++) {
      line = line < 0 ? line() : line;
      if (cell < fields.length) {
        if (fields[cell] < 0) {
          extras.put(columns.get(cell), parser.getText());
        } else {
          cells[fields[cell]] = parser.getText();
        }
      }
    }
    for (int i = cell; i < fields.length; i++) {
      if (fields[i] < 0) {
        extras.put(columns.get(i), "");
      }
    }
    List<String> problems = new ArrayList<>(1);
    Optional<String> programmeLabel = Optional.empty();
    Optional<String> unitLabel = Optional.empty();
    if (format == Format.SSSOM) {
      Sssom.Named subject = Sssom.name("subject_id", cells[0], cells[4], prefixes);
      Sssom.Named object = Sssom.name("object_id", cells[1], cells[5], prefixes);
      programmeLabel = cells[0].isBlank() || cells[4].isBlank() ? Optional.empty() : Optional.of(cells[4].strip());
      unitLabel = cells[1].isBlank() || cells[5].isBlank() ? Optional.empty() : Optional.of(cells[5].strip());
      cells[0] = subject.text();
      cells[1] = object.text();
      Stream.of(subject.problem(), object.problem()).filter(Objects::nonNull).forEach(problems::add);
    }
    if (cell != fields.length) {
      problems.add((format == Format.SSSOM ? "column " + (Math.min(cell, fields.length) + 1) + ": " : "") + cell
          + (cell == 1 ? " cell" : " cells") + " where the header row names " + fields.length + " columns");
    }
    return new MappingRecord(row(line < 0 ? line() : line, cells, problems).build(), extras.build(), programmeLabel,
        unitLabel);
  }

  private @Nullable MappingRecord jsonRecord() throws IOException {
    String pointer = "/" + index;
    JsonToken t = parser.nextToken();
    if (t == JsonToken.END_ARRAY) {
      JsonToken after = parser.nextToken();
      if (after != null) {
        throw problem(line(), null, describe(after), "the end of the input", "unexpected content after the array");
      }
      return null;
    }
    if (t == null) {
      throw problem(line(), pointer, "the end of the input", OBJECT, "the array is not closed");
    }
    long line = line();
    index++;
    if (t != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return new MappingRecord(row(line, new String[] {"", "", "", ""}, List.of()).pointer(pointer)
          .problem("expected " + OBJECT + ", found " + describe(t)).build(), ImmutableMap.of());
    }
    String[] cells = {"", "", "", ""};
    boolean[] given = new boolean[4];
    List<String> problems = new ArrayList<>(1);
    Map<String, String> extras = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (!seen.add(field)) {
        problems.add("\"" + field + "\" is given twice");
        parser.skipChildren();
        continue;
      }
      int at = FIELDS.indexOf(field);
      if (at < 0) {
        extras.put(field, JSON.readTree(parser).toString());
      } else if (value == JsonToken.VALUE_STRING) {
        cells[at] = parser.getText();
        given[at] = true;
      } else if (!(value == JsonToken.VALUE_NULL && (field.equals(EDITION) || field.equals(DATE)))) {
        problems.add("\"" + field + "\" is " + describe(value) + ", not a string");
        parser.skipChildren();
      }
    }
    for (int i = 0; i < 2; i++) {
      if (!given[i] && !seen.contains(FIELDS.get(i))) {
        problems.add("missing \"" + FIELDS.get(i) + "\"");
      }
    }
    return new MappingRecord(row(line, cells, problems).pointer(pointer).build(), ImmutableMap.copyOf(extras));
  }

  /**
   * Returns a row of the programme, unit, edition and date cells, with the problems found in
   * reading it and a date that is not a day, if any.
   */
  private static MappingRow.Builder row(long line, String[] cells, List<String> problems) {
    String edition = cells[2].strip();
    String date = cells[3].strip();
    MappingRow.Builder row = MappingRow.builder().line(line).programme(cells[0].strip()).unit(cells[1].strip())
        .edition(edition.isEmpty() ? Optional.empty() : Optional.of(edition));
    @Nullable String problem = problems.isEmpty() ? null : String.join("; ", problems);
    if (!date.isEmpty()) {
      try {
        row.date(LocalDate.parse(date));
      } catch (DateTimeParseException e) {
        String bad = "date '" + date + "' is not a day: expected yyyy-MM-dd, such as 2022-03-01";
        problem = problem == null ? bad : problem + "; " + bad;
      }
    }
    if (problem != null) {
      row.problem(problem);
    }
    return row;
  }

  private void checkHeader() {
    List<String> keys = columns.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
    List<String> twice = keys.stream().filter(c -> keys.indexOf(c) != keys.lastIndexOf(c)).distinct().toList();
    if (!twice.isEmpty()) {
      String found = "the column" + (twice.size() > 1 ? "s " : " ") + String.join(" and ", twice) + " more than once";
      throw problem(1, null, found, "each column named once", "the header row names " + found
          + " (names are compared ignoring case)");
    }
    if (format == Format.SSSOM) {
      Sssom.checkHeader(name, parser.currentTokenLocation().getLineNr(), keys, columns, metadataLines);
      return;
    }
    List<String> missing = Stream.of(PROGRAMME, UNIT).filter(c -> !keys.contains(c)).toList();
    if (!missing.isEmpty()) {
      String expected = "the columns programme and unit (and optionally edition)";
      String separator = delimiter == '\t' ? "a tab" : "'" + delimiter + "'";
      throw problem(1, null, columns.isEmpty() ? "no header row" : columns.toString(),
          "a header row naming " + expected, "the header row must name " + expected + "; missing "
              + String.join(" and ", missing) + (columns.isEmpty() ? " (the file is empty)" : ", found " + columns
              + (columns.size() == 1 ? " (cells delimited by " + separator + ")" : "")));
    }
  }

  /** Returns the line of the current token. */
  private long line() {
    return parser.currentTokenLocation().getLineNr();
  }

  private MappingTableException problem(long line, @Nullable String pointer, String found, String expected,
      String detail) {
    return new MappingTableException(name, line, 0, pointer, found, expected, detail, null);
  }

  /**
   * Returns a failure to read: a {@link MappingTableException} where the text is at fault, with
   * the line (and for JSON the column and the row's pointer, for text not in its encoding the
   * byte offset); an {@link UncheckedIOException} otherwise.
   */
  private RuntimeException unreadable(IOException e) {
    if (e instanceof TextReader.NotText t) {
      return new MappingTableException(name, t.line(), 0, null, t.offset(), "bytes that are not text",
          "text in the table's encoding", t.getMessage(), e);
    }
    if (e instanceof JsonProcessingException j) {
      JsonLocation at = j.getLocation();
      String malformed = "malformed " + format + ": " + j.getOriginalMessage();
      return new MappingTableException(name, at == null ? 0 : Math.max(0, at.getLineNr()),
          at == null || format != Format.JSON ? 0 : Math.max(0, at.getColumnNr()),
          format != Format.JSON ? null : index < 0 ? "" : "/" + Math.max(0, index - 1), j.getOriginalMessage(),
          "well-formed " + format, malformed, e);
    }
    return new UncheckedIOException(e);
  }

  private static String describe(@Nullable JsonToken t) {
    return t == null ? "the end of the input" : switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }
}
