package org.untoc.json.mapping;

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
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.untoc.core.mapping.MappingRow;

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
 * {@code edition}, in any order and any case; cells are trimmed and blank lines skipped. JSON is
 * an array of objects with the string fields {@code programme}, {@code unit} and optionally
 * {@code edition} (a string or null). Other columns and fields are kept in each {@link
 * MappingRecord}. {@link #open} and {@link #read(InputStream, String)} read UTF-8, with or
 * without a byte-order mark, and take a table whose first character other than white space is
 * {@code [} or <code>{</code> for JSON, any other for CSV.
 *
 * <p>Rows stream: the table holds one at a time. Its start (the header row, or the opening of
 * the JSON array) is read when it is opened. A table that breaks its format throws a {@link
 * MappingTableException}: when opened, for a fault of its start; from the stream, for a fault of
 * a row. Reading that fails once the table is open throws an {@link UncheckedIOException}.
 *
 * <p>A table is not thread-safe, and its rows can be read once. Closing it closes what it reads.
 */
public final class MappingTable implements AutoCloseable {
  /** The formats of a mapping table. */
  public enum Format {
    /** Comma-separated values with a header row. */
    CSV,
    /** A JSON array of objects. */
    JSON
  }

  /** The column of the programme. */
  public static final String PROGRAMME = "programme";
  /** The column of the unit. */
  public static final String UNIT = "unit";
  /** The optional column of the edition. */
  public static final String EDITION = "edition";

  private static final String TABLE = "CSV with a header row naming the columns programme and unit (and"
      + " optionally edition), or a JSON array";
  private static final String OBJECT = "an object with programme, unit and edition";
  private static final ImmutableList<String> FIELDS = ImmutableList.of(PROGRAMME, UNIT, EDITION);
  /** How much of the start of a table is read to tell JSON from CSV. */
  private static final int HEAD = 4096;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS, CsvParser.Feature.TRIM_SPACES,
          CsvParser.Feature.SKIP_EMPTY_LINES)
      .disable(CsvParser.Feature.IGNORE_TRAILING_UNMAPPABLE)
      .build();

  private final String name;
  private final Format format;
  private final Reader reader;
  private final JsonParser parser;
  private final ImmutableList<String> columns;
  /** JSON: the index of the row being read; -1 before the array. */
  private int index = -1;
  /** CSV: whether the parser stands on the first row, reached with the header. */
  private boolean held;
  private boolean taken;

  private MappingTable(String name, Format format, Reader reader) throws IOException {
    this.name = Objects.requireNonNull(name, "name");
    this.format = Objects.requireNonNull(format, "format");
    this.reader = reader;
    try {
      if (format == Format.CSV) {
        CsvParser csv = CSV.getFactory().createParser(reader);
        csv.setSchema(CsvSchema.emptySchema().withHeader());
        parser = csv;
        held = csv.nextToken() != null;
        columns = ImmutableList.copyOf(csv.getSchema().getColumnNames());
        checkHeader();
      } else {
        parser = JSON.getFactory().createParser(reader).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        columns = FIELDS;
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
   * Opens a table file, CSV or JSON, in UTF-8.
   *
   * @param file the file, not null
   * @return the table, not null
   * @throws IOException if the file cannot be opened or its start cannot be read
   * @throws MappingTableException if the table is empty or its start breaks the format
   */
  public static MappingTable open(Path file) throws IOException {
    // A FileInputStream, not a channel: a channel cannot read pipes and process substitutions.
    InputStream in = file.getFileSystem() == FileSystems.getDefault()
        ? new FileInputStream(file.toFile()) : Files.newInputStream(file);
    try {
      return read(in, file.toString());
    } catch (IOException | RuntimeException e) {
      try (in) { // closes the stream; a failure to close is suppressed in e
        throw e;
      }
    }
  }

  /**
   * Reads a table, CSV or JSON, from UTF-8 bytes. Closing the table closes the stream.
   *
   * @param in the bytes, not null
   * @param name the table's name in messages, such as its file, not null
   * @return the table, not null
   * @throws IOException if the start of the stream cannot be read
   * @throws MappingTableException if the table is empty or its start breaks the format
   */
  public static MappingTable read(InputStream in, String name) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(Objects.requireNonNull(in, "in"), 1 << 16);
    buffered.mark(HEAD);
    byte[] head = buffered.readNBytes(HEAD);
    buffered.reset();
    int bom = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
        && (head[2] & 0xff) == 0xBF ? 3 : 0;
    buffered.skipNBytes(bom);
    String start = new String(head, bom, head.length - bom, UTF_8).stripLeading();
    if (start.isEmpty() && head.length < HEAD) {
      throw new MappingTableException(name, 1, 0, null, "an empty file", TABLE,
          "the file is empty: expected " + TABLE, null);
    }
    Format format = start.startsWith("[") || start.startsWith("{") ? Format.JSON : Format.CSV;
    return new MappingTable(name, format, new InputStreamReader(buffered, UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /**
   * Reads a table in a given format from text, skipping a byte-order mark. Closing the table
   * closes the reader.
   *
   * @param reader the text, not null
   * @param format the format, not null
   * @param name the table's name in messages, such as its file, not null
   * @return the table, not null
   * @throws IOException if the start of the text cannot be read
   * @throws MappingTableException if the start of the table breaks the format
   */
  public static MappingTable read(Reader reader, Format format, String name) throws IOException {
    PushbackReader in = new PushbackReader(Objects.requireNonNull(reader, "reader"));
    int first = in.read();
    if (first >= 0 && first != '\uFEFF') {
      in.unread(first);
    }
    return new MappingTable(name, format, in);
  }

  /** Returns the table's name in messages. */
  public String name() {
    return name;
  }

  /** Returns the format of the table. */
  public Format format() {
    return format;
  }

  /**
   * Returns the columns: for CSV, those the header row names, in its order and spelling; for
   * JSON, {@code programme}, {@code unit} and {@code edition} (other fields vary by row).
   */
  public ImmutableList<String> columns() {
    return columns;
  }

  /**
   * Returns the rows, read as the stream is consumed.
   *
   * @return the rows, not null
   * @throws IllegalStateException if the rows or records have been asked for already
   */
  public Stream<MappingRow> rows() {
    return records().map(MappingRecord::row);
  }

  /**
   * Returns the rows with the table's other columns, read as the stream is consumed.
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
          MappingRecord r = format == Format.CSV ? csvRecord() : jsonRecord();
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
    if (!held && parser.nextToken() == null) {
      return null;
    }
    held = false;
    // The row's own line is that of its first cell; the row token stands where the last ended.
    long line = -1;
    String[] cells = {"", "", ""};
    ImmutableMap.Builder<String, String> extras = ImmutableMap.builder();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String column = parser.currentName();
      parser.nextToken();
      line = line < 0 ? line() : line;
      int at = FIELDS.indexOf(column.strip().toLowerCase(Locale.ROOT));
      if (at < 0) {
        extras.put(column, parser.getText());
      } else {
        cells[at] = parser.getText();
      }
    }
    return record(line < 0 ? line() : line, cells, extras.build());
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
    long line = line();
    if (t != JsonToken.START_OBJECT) {
      throw problem(line, pointer, describe(t), OBJECT, "expected " + OBJECT + ", found " + describe(t));
    }
    @Nullable String[] cells = {null, null, ""};
    ImmutableMap.Builder<String, String> extras = ImmutableMap.builder();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      int at = FIELDS.indexOf(field);
      if (at < 0) {
        extras.put(field, JSON.readTree(parser).toString());
      } else if (value == JsonToken.VALUE_STRING) {
        cells[at] = parser.getText();
      } else if (!(value == JsonToken.VALUE_NULL && field.equals(EDITION))) {
        throw problem(line(), pointer + "/" + field, describe(value), "a string",
            "expected a string, found " + describe(value));
      }
    }
    for (int i = 0; i < 2; i++) {
      if (cells[i] == null) {
        throw problem(line, pointer, "an object without \"" + FIELDS.get(i) + "\"", OBJECT,
            "missing \"" + FIELDS.get(i) + "\"");
      }
    }
    index++;
    return record(line, cells, extras.build());
  }

  /** Returns a record of the programme, unit and edition cells, none of them null by now. */
  private static MappingRecord record(long line, @Nullable String[] cells, ImmutableMap<String, String> extras) {
    String edition = Objects.requireNonNull(cells[2]).strip();
    return new MappingRecord(MappingRow.of(line, Objects.requireNonNull(cells[0]).strip(),
        Objects.requireNonNull(cells[1]).strip(), edition.isEmpty() ? Optional.empty() : Optional.of(edition)),
        extras);
  }

  private void checkHeader() {
    List<String> keys = columns.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
    List<String> twice = keys.stream().filter(c -> keys.indexOf(c) != keys.lastIndexOf(c)).distinct().toList();
    if (!twice.isEmpty()) {
      String found = "the column" + (twice.size() > 1 ? "s " : " ") + String.join(" and ", twice) + " more than once";
      throw problem(1, null, found, "each column named once", "the header row names " + found
          + " (names are compared ignoring case)");
    }
    List<String> missing = Stream.of(PROGRAMME, UNIT).filter(c -> !keys.contains(c)).toList();
    if (!missing.isEmpty()) {
      String expected = "the columns programme and unit (and optionally edition)";
      throw problem(1, null, columns.isEmpty() ? "no header row" : columns.toString(),
          "a header row naming " + expected, "the header row must name " + expected + "; missing "
              + String.join(" and ", missing) + (columns.isEmpty() ? " (the file is empty)" : ", found " + columns));
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
   * the line (and for JSON the column and the row's pointer); an {@link UncheckedIOException}
   * otherwise. Text is decoded a buffer ahead of the parser, so a decoding error has no line.
   */
  private RuntimeException unreadable(IOException e) {
    if (e instanceof JsonProcessingException j) {
      JsonLocation at = j.getLocation();
      String malformed = "malformed " + format + ": " + j.getOriginalMessage();
      return new MappingTableException(name, at == null ? 0 : Math.max(0, at.getLineNr()),
          at == null || format == Format.CSV ? 0 : Math.max(0, at.getColumnNr()),
          format == Format.CSV ? null : index < 0 ? "" : "/" + index, j.getOriginalMessage(),
          "well-formed " + format, malformed, e);
    }
    if (e instanceof CharacterCodingException) {
      return new MappingTableException(name, 0, 0, null, "text that is not UTF-8 (" + e.getMessage() + ")",
          "UTF-8 text", "not UTF-8 text (" + e.getMessage() + ")", e);
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
