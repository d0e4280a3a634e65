package org.untoc.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.AbstractIterator;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.untoc.core.mapping.MappingRow;

/**
 * Reads a mapping file row by row: CSV with a header row naming the columns {@code programme},
 * {@code unit} and optionally {@code edition} (in any order, any case; other columns are kept
 * and echoed back), or a JSON array of objects with those fields. A file whose first character,
 * after white space and a byte-order mark, is {@code [} or <code>{</code> is JSON; anything else is CSV. {@code -}
 * reads standard input.
 *
 * <p>Rows stream: one row is held at a time. A file that cannot be read throws an {@link
 * InputException} naming the file, the line and, for JSON, the JSON Pointer.
 */
final class MappingFile implements AutoCloseable {
  /** The format of a mapping file. */
  enum Format {
    CSV,
    JSON
  }

  static final String PROGRAMME = "programme";
  static final String UNIT = "unit";
  static final String EDITION = "edition";

  /** Reads the echoed fields of JSON rows, one value at a time. */
  static final ObjectMapper MAPPER = new ObjectMapper();

  /** How much of the start of a file is read to tell JSON from CSV. */
  private static final int HEAD = 4096;

  private final String name;
  private final Format format;
  private final Reader reader;
  private final List<String> columns = new ArrayList<>();

  private MappingFile(String name, Format format, Reader reader) {
    this.name = name;
    this.format = format;
    this.reader = reader;
  }

  /**
   * Opens a mapping file, or standard input for {@code -}.
   *
   * @param file the path or {@code -}
   * @param stdin standard input
   */
  static MappingFile open(String file, InputStream stdin) {
    InputStream in;
    String name = file.equals("-") ? "standard input" : file;
    try {
      if (!file.equals("-")) {
        Path path = Path.of(file);
        if (!Files.exists(path)) {
          throw new InputException(name + ": no such file");
        }
        if (Files.isDirectory(path)) {
          throw new InputException(name + ": is a directory, not a mapping file");
        }
      }
      // A FileInputStream, not a channel: pipes and process substitutions cannot seek.
      in = new BufferedInputStream(file.equals("-") ? stdin : new FileInputStream(file), 1 << 16);
    } catch (IOException e) {
      throw new InputException(name + ": cannot be read: " + e.getMessage(), e);
    }
    try {
      in.mark(HEAD);
      byte[] head = in.readNBytes(HEAD);
      in.reset();
      int bom = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
          && (head[2] & 0xff) == 0xBF ? 3 : 0;
      in.skipNBytes(bom);
      String start = new String(head, bom, head.length - bom, StandardCharsets.UTF_8).stripLeading();
      Format format = start.startsWith("[") || start.startsWith("{") ? Format.JSON : Format.CSV;
      if (start.isEmpty() && head.length < HEAD) {
        throw new InputException(name + ", line 1: the file is empty: expected CSV with a header row naming the"
            + " columns programme and unit (and optionally edition), or a JSON array");
      }
      CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      return new MappingFile(name, format, new InputStreamReader(in, utf8));
    } catch (IOException e) {
      throw new InputException(name + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Turns a failure to read into the message the tool prints. Text is decoded a buffer ahead of
   * the parser, so a decoding error has no reliable line.
   */
  private InputException unreadable(IOException e) {
    if (e instanceof CharacterCodingException) {
      return new InputException(name + ": not UTF-8 text (" + e.getMessage() + ")", e);
    }
    return new InputException(name + ": cannot be read: " + e.getMessage(), e);
  }

  /** Returns the name of the file for messages. */
  String name() {
    return name;
  }

  /** Returns the format of the file. */
  Format format() {
    return format;
  }

  /** Returns the columns of a CSV file in file order, once the first row has been read. */
  List<String> columns() {
    return columns;
  }

  /** Returns the rows, read as the stream is consumed. */
  Stream<MappingRecord> rows() {
    Iterator<MappingRecord> it = format == Format.CSV ? csvRows() : jsonRows();
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- CSV

  private Iterator<MappingRecord> csvRows() {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);
    mapper.enable(CsvParser.Feature.TRIM_SPACES);
    mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    mapper.disable(CsvParser.Feature.IGNORE_TRAILING_UNMAPPABLE);
    CsvParser parser;
    try {
      parser = (CsvParser) mapper.getFactory().createParser(reader);
      parser.setSchema(CsvSchema.emptySchema().withHeader());
    } catch (IOException e) {
      throw new InputException(name + ": cannot be read: " + e.getMessage(), e);
    }
    return new AbstractIterator<>() {
      @Override
      protected MappingRecord computeNext() {
        MappingRecord r = read();
        return r == null ? endOfData() : r;
      }

      private @Nullable MappingRecord read() {
        try {
          JsonToken t = parser.nextToken();
          if (t == null) {
            if (columns.isEmpty()) {
              columns.addAll(parser.getSchema().getColumnNames());
              requireHeader(columns);
            }
            return null;
          }
          if (t != JsonToken.START_OBJECT) {
            throw new InputException(name + ", line " + parser.currentTokenLocation().getLineNr()
                + ": expected a row, found " + t);
          }
          // The row's own line is that of its first cell; the row token stands where the last ended.
          long line = -1;
          Map<String, String> cells = new LinkedHashMap<>();
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String column = parser.currentName();
            parser.nextToken();
            if (line < 0) {
              line = parser.currentTokenLocation().getLineNr();
            }
            cells.put(column, parser.getText());
          }
          if (line < 0) {
            line = parser.currentTokenLocation().getLineNr();
          }
          if (columns.isEmpty()) {
            columns.addAll(parser.getSchema().getColumnNames());
            requireHeader(columns);
          }
          return record(line, cells);
        } catch (JsonProcessingException e) {
          JsonLocation at = e.getLocation();
          throw new InputException(name + (at == null ? "" : ", line " + at.getLineNr())
              + ": malformed CSV: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
          throw unreadable(e);
        }
      }
    };
  }

  private void requireHeader(List<String> header) {
    List<String> lower = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    List<String> missing = new ArrayList<>();
    for (String required : List.of(PROGRAMME, UNIT)) {
      if (!lower.contains(required)) {
        missing.add(required);
      }
    }
    List<String> repeated = lower.stream().filter(c -> lower.indexOf(c) != lower.lastIndexOf(c)).distinct().toList();
    if (!repeated.isEmpty()) {
      throw new InputException(name + ", line 1: the header row names the column" + (repeated.size() > 1 ? "s " : " ")
          + String.join(" and ", repeated) + " more than once (names are compared ignoring case)");
    }
    if (!missing.isEmpty()) {
      throw new InputException(name + ", line 1: the header row must name the columns programme and unit"
          + " (and optionally edition); missing " + String.join(" and ", missing)
          + (header.isEmpty() ? " (the file is empty)" : ", found " + header));
    }
  }

  private MappingRecord record(long line, Map<String, String> cells) {
    String programme = null;
    String unit = null;
    String edition = null;
    Map<String, Object> extras = new LinkedHashMap<>();
    for (Map.Entry<String, String> cell : cells.entrySet()) {
      switch (cell.getKey().strip().toLowerCase(Locale.ROOT)) {
        case PROGRAMME -> programme = cell.getValue();
        case UNIT -> unit = cell.getValue();
        case EDITION -> edition = cell.getValue();
        default -> extras.put(cell.getKey(), cell.getValue());
      }
    }
    Optional<String> ed = edition == null || edition.isBlank() ? Optional.empty() : Optional.of(edition.strip());
    return new MappingRecord(MappingRow.of(line, programme == null ? "" : programme.strip(),
        unit == null ? "" : unit.strip(), ed), extras);
  }

  // ---------------------------------------------------------------- JSON

  private Iterator<MappingRecord> jsonRows() {
    JsonParser parser;
    try {
      parser = MAPPER.getFactory().createParser(reader);
      parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_ARRAY) {
        throw new InputException(name + ", line " + parser.currentTokenLocation().getLineNr()
            + ", at /: expected an array of objects with programme, unit and edition");
      }
    } catch (JsonProcessingException e) {
      throw jsonError(e, "");
    } catch (IOException e) {
      throw unreadable(e);
    }
    return new AbstractIterator<>() {
      private int index;

      @Override
      protected MappingRecord computeNext() {
        MappingRecord r = read();
        return r == null ? endOfData() : r;
      }

      private @Nullable MappingRecord read() {
        String pointer = "/" + index;
        try {
          JsonToken t = parser.nextToken();
          if (t == JsonToken.END_ARRAY) {
            JsonToken after = parser.nextToken();
            if (after != null) {
              throw new InputException(name + ", line " + parser.currentTokenLocation().getLineNr()
                  + ": unexpected content after the array");
            }
            return null;
          }
          long line = parser.currentTokenLocation().getLineNr();
          if (t != JsonToken.START_OBJECT) {
            throw new InputException(name + ", line " + line + ", at " + pointer
                + ": expected an object with programme, unit and edition, found " + describe(t));
          }
          Map<String, String> cells = new LinkedHashMap<>();
          Map<String, Object> extras = new LinkedHashMap<>();
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            String at = pointer + "/" + field;
            if (field.equals(PROGRAMME) || field.equals(UNIT) || field.equals(EDITION)) {
              if (value == JsonToken.VALUE_NULL && field.equals(EDITION)) {
                continue;
              }
              if (value != JsonToken.VALUE_STRING) {
                throw new InputException(name + ", line " + parser.currentTokenLocation().getLineNr()
                    + ", at " + at + ": expected a string, found " + describe(value));
              }
              cells.put(field, parser.getText());
            } else {
              extras.put(field, MAPPER.readTree(parser));
            }
          }
          for (String required : List.of(PROGRAMME, UNIT)) {
            if (!cells.containsKey(required)) {
              throw new InputException(name + ", line " + line + ", at " + pointer + ": missing \"" + required + "\"");
            }
          }
          index++;
          MappingRecord r = record(line, cells);
          return new MappingRecord(r.row(), extras);
        } catch (JsonProcessingException e) {
          throw jsonError(e, pointer);
        } catch (IOException e) {
          throw unreadable(e);
        }
      }
    };
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }

  private InputException jsonError(JsonProcessingException e, String pointer) {
    JsonLocation at = e.getLocation();
    return new InputException(name + (at == null ? "" : ", line " + at.getLineNr() + ", column " + at.getColumnNr())
        + (pointer.isEmpty() ? "" : ", at " + pointer) + ": malformed JSON: " + e.getOriginalMessage(), e);
  }
}
