package org.untoc.json;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.FIELD_NAME;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.untoc.core.EditionId;
import org.untoc.core.EntityId;
import org.untoc.core.Mandate;

/**
 * What reading a value takes besides its form ({@link Form}): whether unknown keys are skipped,
 * the ids read so far, the strict reads of tokens over Jackson's public parser API, the one
 * reader of objects ({@link #object}), and the errors. Every value that is not what its form says
 * is a {@link DocumentException} with the JSON Pointer (from the parser's context), line and
 * column of the offending token, what was found and what was expected; the parser's own errors
 * are passed on as they are.
 *
 * <p>A document is read with a reader of its own ({@link #forDocument}), which keeps a map from
 * the text of each id read to the id, so that the relations of a registry share the ids of its
 * entities; it is not thread-safe. {@link #STRICT} and {@link #LENIENT} read single values and
 * keep nothing, so that any number of threads share them.
 */
final class ValueReader {
  /** Reads single values, rejecting unknown keys. */
  static final ValueReader STRICT = new ValueReader(false, null, null);
  /** Reads single values, skipping unknown keys. */
  static final ValueReader LENIENT = new ValueReader(true, null, null);

  private static final int QUOTE_LIMIT = 60;
  static final String ENTITY_ID = "an entity id: 1 to 100 characters from a-z, 0-9, '-' and '.',"
      + " starting and ending with a letter or digit";
  static final String EDITION_ID = "an edition id: 1 to 100 characters from a-z, 0-9, '-' and '.',"
      + " starting and ending with a letter or digit";
  static final String PARTIAL_DATE = "a partial date: yyyy, yyyy-MM or yyyy-MM-dd";

  private final boolean lenient;
  private final @Nullable Map<String, EntityId> entityIds;
  private final @Nullable Map<String, EditionId> editionIds;
  /** The services of mandates read from a document of version 1, in the order read. */
  private final List<LegacyServices> legacyServices = new ArrayList<>();

  /**
   * The services a mandate of a version 1 document lists as strings, with the mandate's
   * provenance and where the key is; a version 2 document has them as entities.
   */
  record LegacyServices(Mandate mandate, List<String> services, long position) {}

  private ValueReader(boolean lenient, @Nullable Map<String, EntityId> entityIds,
      @Nullable Map<String, EditionId> editionIds) {
    this.lenient = lenient;
    this.entityIds = entityIds;
    this.editionIds = editionIds;
  }

  /** Returns a reader for one document, which reads each id once. */
  static ValueReader forDocument(boolean lenient) {
    return new ValueReader(lenient, new HashMap<>(), new HashMap<>());
  }

  /** Returns true if unknown keys are skipped. */
  boolean lenient() {
    return lenient;
  }

  /**
   * Keeps the services a mandate of a version 1 document lists; a reader of single values has
   * no document to add them to, and rejects them.
   */
  void legacyServices(JsonParser p, LegacyServices services) {
    if (entityIds == null) {
      throw error(pointer(p) + "/services", services.position(), "the key \"services\" of a version 1 document",
          "a mandate without services: its services are entities of their own, which it offers");
    }
    legacyServices.add(services);
  }

  /** Returns the services of mandates read from a document of version 1. */
  List<LegacyServices> legacyServices() {
    return legacyServices;
  }

  // ------------------------------------------------------------------ errors

  /** Returns where the current token starts, as its line in the high half and its column in the low. */
  static long position(JsonParser p) {
    JsonLocation at = p.currentTokenLocation();
    return (long) Math.max(at.getLineNr(), 1) << 32 | Math.max(at.getColumnNr(), 1);
  }

  /** Returns an error at the current token: it found that token and expected {@code expected}. */
  static DocumentException unexpected(JsonParser p, String expected) throws IOException {
    return error(pointer(p), position(p), found(p), expected);
  }

  /** Returns an error at the JSON Pointer of the parser's context and at a position. */
  static DocumentException error(JsonParser p, long at, String found, String expected) {
    return error(pointer(p), at, found, expected);
  }

  static DocumentException error(String pointer, long at, String found, String expected) {
    return new DocumentException(new DocumentProblem(pointer, (int) (at >>> 32), (int) at, found, expected, null));
  }

  /**
   * Turns an error of the parser into a document error at the parser's location; {@code limits}
   * describes the limits of the parser, for a message on a limit broken.
   */
  static DocumentException parserError(JsonParser p, IOException e, String limits) {
    String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    m = m == null ? "malformed JSON" : m.lines().findFirst().orElse(m);
    String found = m;
    String expected = "well-formed JSON (RFC 8259)";
    if (e instanceof StreamConstraintsException) {
      expected = "a document within the limits (" + limits + ")";
    } else if (e instanceof CharConversionException) {
      found = "bytes that are not UTF-8 (" + m + ")";
      expected = "text in UTF-8";
    }
    JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
    if (at == null || at.getLineNr() <= 0) {
      at = p.currentLocation();
    }
    return new DocumentException(ImmutableList.of(new DocumentProblem(pointer(p),
        Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1), found, expected, null)), e);
  }

  /** Returns the JSON Pointer of the current token or, right after an object, of the object. */
  static String pointer(JsonParser p) {
    return p.getParsingContext().pathAsPointer().toString();
  }

  /** Describes the current token for a message: {@code the string "x"}, {@code an array}. */
  static String found(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    return t == null ? "the end of the document" : switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case END_OBJECT -> "the end of an object";
      case END_ARRAY -> "the end of an array";
      case FIELD_NAME -> "the key " + quote(p.currentName());
      case VALUE_STRING -> "the string " + quote(p.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + clip(p.getText());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> "a value that is not JSON";
    };
  }

  /** Quotes text for a message, JSON-style, clipped to a readable length. */
  static String quote(String text) {
    StringBuilder sb = new StringBuilder("\"");
    String s = clip(text);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean lone = Character.isHighSurrogate(c) ? i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
          : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || lone) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static String clip(String text) {
    if (text.length() <= QUOTE_LIMIT) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(QUOTE_LIMIT - 4)) ? QUOTE_LIMIT - 4 : QUOTE_LIMIT - 3;
    return text.substring(0, end) + "...";
  }

  /** Builds a value; the failure of one of its checks is an error at the object that starts at {@code at}. */
  static <T> T build(JsonParser p, long at, String what, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw error(p, at, "an invalid " + what + " (" + e.getMessage() + ")", "a valid " + what);
    }
  }

  // ------------------------------------------------------------------ tokens

  /** Returns the current string; fails on any other token. */
  static String string(JsonParser p, String expected) throws IOException {
    if (p.currentToken() != VALUE_STRING) {
      throw unexpected(p, expected);
    }
    return p.getText();
  }

  /** Returns the current string, which must not be blank. */
  static String text(JsonParser p, String expected) throws IOException {
    String s = string(p, expected);
    if (s.isBlank()) {
      throw unexpected(p, expected);
    }
    return s;
  }

  /** Returns the current string parsed; a string that does not parse is an error at that string. */
  static <T> T parsed(JsonParser p, String expected, Function<String, T> parse) throws IOException {
    String s = string(p, expected);
    try {
      return parse.apply(s);
    } catch (IllegalArgumentException e) {
      throw unexpected(p, expected);
    }
  }

  /** Returns the current value as a whole number from 0 to {@code max}; fails on any other token. */
  static long wholeNumber(JsonParser p, String expected, long max) throws IOException {
    NumberType type = p.currentToken() == VALUE_NUMBER_INT ? p.getNumberType() : null;
    long value = type == NumberType.INT || type == NumberType.LONG ? p.getLongValue() : -1;
    if (value < 0 || value > max) {
      throw unexpected(p, expected);
    }
    return value;
  }

  /** The keys an object may have (at most 64), in the order messages list them, and those it must have. */
  record Keys(String what, String expected, List<String> names, List<String> required) {
    static Keys of(String what, String expected, List<String> names, String... required) {
      return new Keys(what, expected, names, List.of(required));
    }
  }

  /** Reads the value of each key of an object. */
  @FunctionalInterface
  interface KeyReader {
    /** Reads the value of a key, the parser being on the value's first token. */
    void read(String key) throws IOException;

    /** Sees a key before its value is read, the parser being on the key; does nothing by default. */
    default void key(String key, JsonParser p) throws IOException {}
  }

  /**
   * Reads the current object, which must be one, giving each key's value to {@code each}. A key
   * not among {@code keys} is an error, or is skipped with its value by a lenient reader; so is a
   * key given twice, and an object without one of the keys it must have. Returns where the object
   * starts, for errors found once it is read.
   */
  long object(JsonParser p, Keys keys, KeyReader each) throws IOException {
    if (p.currentToken() != START_OBJECT) {
      throw unexpected(p, keys.expected());
    }
    long at = position(p);
    long seen = 0;
    while (p.nextToken() == FIELD_NAME) {
      String key = p.currentName();
      int i = keys.names().indexOf(key);
      if (i < 0 && lenient) {
        p.nextToken();
        p.skipChildren();
        continue;
      } else if (i < 0) {
        throw unexpected(p, "one of the keys " + keys.names());
      } else if ((seen & 1L << i) != 0) {
        throw error(p, position(p), "the key " + quote(key) + " a second time", "each key at most once in an object");
      }
      seen |= 1L << i;
      each.key(key, p);
      p.nextToken();
      each.read(key);
    }
    for (String key : keys.required()) {
      if ((seen & 1L << keys.names().indexOf(key)) == 0) {
        throw error(p, at, keys.what() + " without the key \"" + key + "\"", "the key \"" + key + "\"");
      }
    }
    return at;
  }

  // ------------------------------------------------------------------ scalars

  EntityId entityId(JsonParser p) throws IOException {
    return id(p, ENTITY_ID, entityIds, EntityId::of);
  }

  EditionId editionId(JsonParser p) throws IOException {
    return id(p, EDITION_ID, editionIds, EditionId::of);
  }

  /** Returns the current string as an id: the one read before with that text, if ids are kept. */
  private static <T> T id(JsonParser p, String expected, @Nullable Map<String, T> ids, Function<String, T> parse)
      throws IOException {
    T id = ids == null ? null : ids.get(string(p, expected));
    if (id == null) {
      id = parsed(p, expected, parse);
      if (ids != null) {
        ids.put(id.toString(), id);
      }
    }
    return id;
  }

  /** Reads the current array as a set of edition ids; an id given twice is an error at the second. */
  ImmutableSet<EditionId> editions(JsonParser p) throws IOException {
    if (p.currentToken() != START_ARRAY) {
      throw unexpected(p, "an array of edition ids");
    }
    Set<EditionId> out = new LinkedHashSet<>();
    while (p.nextToken() != END_ARRAY) {
      EditionId id = editionId(p);
      if (!out.add(id)) {
        throw error(p, position(p), "the value " + quote(id.toString()) + " a second time",
            "each value at most once in the list");
      }
    }
    return ImmutableSet.copyOf(out);
  }
}
