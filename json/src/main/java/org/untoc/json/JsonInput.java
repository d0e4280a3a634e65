package org.untoc.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.untoc.core.Provenance;

/**
 * A strict reader of the tokens of one document: every read names what it expects, and every
 * failure, including those of the underlying parser, becomes a {@link DocumentException} with
 * the JSON Pointer, line and column of the offending token. Not thread-safe.
 */
final class JsonInput {
  private static final int QUOTE_LIMIT = 60;
  private static final String DUPLICATE_KEY = "each key at most once in an object";

  /**
   * Where a value starts: its pointer, line and column. The pointer of an object's mark is
   * resolved on first use, from the parser's position right after the object (where the
   * parser's context names the object), so that reading pays nothing for marks never used.
   */
  static final class Mark {
    private final @Nullable JsonInput lazy;
    private final @Nullable String key;
    private @Nullable String pointer;
    private final int line;
    private final int column;

    Mark(String pointer, int line, int column) {
      this(null, null, pointer, line, column);
    }

    private Mark(@Nullable JsonInput lazy, @Nullable String key, @Nullable String pointer, int line, int column) {
      this.lazy = lazy;
      this.key = key;
      this.pointer = pointer;
      this.line = line;
      this.column = column;
    }

    /** Returns the mark of a key of the object this mark starts, at the key's line and column. */
    Mark key(String name, int keyLine, int keyColumn) {
      return new Mark(lazy, name, pointer == null ? null : pointer + "/" + escape(name), keyLine, keyColumn);
    }

    String pointer() {
      if (pointer == null) {
        String object = lazy == null ? "" : lazy.pointer();
        pointer = key == null ? object : object + "/" + escape(key);
      }
      return pointer;
    }

    int line() {
      return line;
    }

    int column() {
      return column;
    }

    private static String escape(String key) {
      return key.replace("~", "~0").replace("/", "~1");
    }
  }

  /** Reads one value, the parser being on its first token. */
  @FunctionalInterface
  interface ValueReader<T> {
    T read(JsonInput in) throws IOException;
  }

  /** Reads the value of one key, the parser being on its first token. */
  @FunctionalInterface
  interface FieldReader {
    void read(String key) throws IOException;
  }

  private final JsonParser p;
  /** The parser, where it is one of Jackson's own, which tell where a token is without making a location. */
  private final @Nullable ParserBase base;
  private final boolean lenient;
  private final String limits;
  private int keyLine;
  private int keyColumn;
  /** The ids read so far, so that each id is one object however often the document names it. */
  private final Map<String, Object> ids = new HashMap<>();
  /**
   * Values read lately, by hash, each slot keeping the last value that fell in it: a document
   * that cites one source for many entities, names and relations then holds it once.
   */
  private @Nullable Object @Nullable [] recent;
  private @Nullable Provenance lastProvenance;

  /**
   * Creates an input.
   *
   * @param p the parser, not null
   * @param lenient true to skip unknown keys instead of rejecting them
   * @param limits the limits of the parser, for messages
   */
  JsonInput(JsonParser p, boolean lenient, String limits) {
    this.p = p;
    this.base = p instanceof ParserBase b ? b : null;
    this.lenient = lenient;
    this.limits = limits;
  }

  boolean lenient() {
    return lenient;
  }

  JsonParser parser() {
    return p;
  }

  @Nullable JsonToken token() {
    return p.currentToken();
  }

  /** Advances to the next token; the parser's own errors become document errors. */
  @Nullable JsonToken next() throws IOException {
    try {
      return p.nextToken();
    } catch (JsonProcessingException | CharConversionException e) {
      throw parserError(e);
    }
  }

  /** Turns an error of the parser into a document error at the parser's location. */
  DocumentException parserError(IOException e) {
    String found;
    String expected = "well-formed JSON (RFC 8259)";
    String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    m = m == null ? "malformed JSON" : firstLine(m);
    if (e instanceof StreamConstraintsException) {
      found = m;
      expected = "a document within the limits (" + limits + ")";
    } else if (e instanceof JsonParseException && m.startsWith("Duplicate field '")) {
      found = "the key " + quote(m.substring("Duplicate field '".length(), m.length() - 1)) + " a second time";
      expected = DUPLICATE_KEY;
    } else if (e instanceof CharConversionException) {
      found = "bytes that are not UTF-8 (" + m + ")";
      expected = "text in UTF-8";
    } else {
      found = m;
    }
    JsonLocation loc = e instanceof JsonProcessingException j ? j.getLocation() : null;
    if (loc == null || loc.getLineNr() <= 0) {
      loc = p.currentLocation();
    }
    return new DocumentException(ImmutableList.of(new DocumentProblem(pointer(),
        Math.max(loc.getLineNr(), 1), Math.max(loc.getColumnNr(), 1), found, expected, null)), e);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Returns the JSON Pointer of the current token. */
  String pointer() {
    return p.getParsingContext().pathAsPointer().toString();
  }

  /** Returns where the current token is. */
  Mark mark() {
    JsonLocation loc = p.currentTokenLocation();
    return new Mark(pointer(), Math.max(loc.getLineNr(), 1), Math.max(loc.getColumnNr(), 1));
  }

  /**
   * Returns where the current token, the start of an object, is; its pointer is resolved when
   * first asked for, which must be right after the object ends.
   */
  Mark objectMark() {
    return new Mark(this, null, null, line(), column());
  }

  /**
   * Returns the line of the current token. Jackson's own parsers tell it without making a
   * location; the line and column they give for a key are those of its value, so keys take the
   * other way.
   */
  int line() {
    return Math.max(base != null && p.currentToken() != JsonToken.FIELD_NAME ? base.getTokenLineNr()
        : p.currentTokenLocation().getLineNr(), 1);
  }

  /** Returns the column of the current token; see {@link #line}. */
  int column() {
    // a parser's token column counts from 1 where its token location counts from 0
    return Math.max(base != null && p.currentToken() != JsonToken.FIELD_NAME ? base.getTokenColumnNr() - 1
        : p.currentTokenLocation().getColumnNr(), 1);
  }

  /** Returns the line of the key whose value is being read. */
  int keyLine() {
    return keyLine;
  }

  /** Returns the column of the key whose value is being read. */
  int keyColumn() {
    return keyColumn;
  }

  /** Returns an error at the current token: it found the current token, expected {@code expected}. */
  DocumentException unexpected(String expected) {
    return error(mark(), found(), expected);
  }

  static DocumentException error(Mark at, String found, String expected) {
    return new DocumentException(new DocumentProblem(at.pointer(), at.line(), at.column(), found, expected, null));
  }

  /** Describes the current token for a message: {@code the string "x"}, {@code an array}. */
  String found() {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the document";
    }
    try {
      return switch (t) {
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
    } catch (IOException e) {
      throw parserError(e);
    }
  }

  /** Quotes text for a message, JSON-style, clipped to a readable length. */
  static String quote(@Nullable String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder("\"");
    String s = clip(text);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !validSurrogate(s, i)) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  private static String clip(String text) {
    if (text.length() <= QUOTE_LIMIT) {
      return text;
    }
    int end = QUOTE_LIMIT - 3;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "...";
  }

  // ------------------------------------------------------------------ values

  /** Returns the current string value; fails on any other token. */
  String string(String expected) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw unexpected(expected);
    }
    try {
      return p.getText();
    } catch (IOException e) {
      throw parserError(e);
    }
  }

  /** Returns the current string value, which must not be blank. */
  String text(String expected) {
    String s = string(expected);
    if (s.isBlank()) {
      throw unexpected(expected);
    }
    return s;
  }

  /**
   * Returns the current string parsed as an id, the same object for the same text within one
   * document.
   */
  <T> T id(String expected, Class<T> type, Function<String, T> parse) {
    String s = string(expected);
    Object id = ids.get(s);
    if (!type.isInstance(id)) {
      try {
        id = parse.apply(s);
      } catch (IllegalArgumentException e) {
        throw unexpected(expected);
      }
      ids.put(s, id);
    }
    return type.cast(id);
  }

  /** Returns the provenance read last, or null. */
  @Nullable Provenance lastProvenance() {
    return lastProvenance;
  }

  void lastProvenance(Provenance provenance) {
    lastProvenance = provenance;
  }

  /**
   * Returns an equal value read lately from this document, or the value itself, which it then
   * remembers in place of another with a like hash.
   *
   * @param value an immutable value, not null
   */
  <T> T shared(T value) {
    Object[] table = recent;
    if (table == null) {
      table = new Object[1024];
      recent = table;
    }
    int h = value.hashCode();
    int slot = (h ^ h >>> 16) & (table.length - 1);
    Object earlier = table[slot];
    if (value.equals(earlier)) {
      @SuppressWarnings("unchecked") // equal to a T, and of its class
      T same = (T) earlier;
      return same;
    }
    table[slot] = value;
    return value;
  }

  /** Returns the current value as a whole number from 0 to {@code Integer.MAX_VALUE}. */
  int index(String expected) {
    int i = intValue(expected);
    if (i < 0) {
      throw unexpected(expected);
    }
    return i;
  }

  /** Returns the current value as an {@code int}; fails on any other token or a larger number. */
  int intValue(String expected) {
    try {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
        throw unexpected(expected);
      }
      return p.getIntValue();
    } catch (IOException e) {
      throw parserError(e);
    }
  }

  /** Returns the current value as a value of a closed set of labels. */
  <T> T label(ImmutableMap<String, T> labels, String what) {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      List<String> names = labels.keySet().asList();
      for (int i = 0; i < names.size(); i++) {
        if (textIs(names.get(i))) {
          return labels.values().asList().get(i);
        }
      }
    }
    throw unexpected(what + ": one of " + labels.keySet());
  }

  /**
   * Returns true if the current token is a string with the given text; reads the parser's
   * characters in place, making no string.
   */
  boolean textIs(String text) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return false;
    }
    try {
      int length = p.getTextLength();
      if (length != text.length()) {
        return false;
      }
      char[] chars = p.getTextCharacters();
      int offset = p.getTextOffset();
      for (int i = 0; i < length; i++) {
        if (chars[offset + i] != text.charAt(i)) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      throw parserError(e);
    }
  }

  /**
   * Returns the current string, which must not be blank: {@code likely} itself where the text
   * is the same, which makes no new string.
   */
  String text(String expected, @Nullable String likely) {
    return likely != null && textIs(likely) ? likely : text(expected);
  }

  /** Returns the labels of an enum: each constant's name in lower case, '_' as '-'. */
  static <E extends Enum<E>> ImmutableMap<String, E> labels(Class<E> type) {
    ImmutableMap.Builder<String, E> b = ImmutableMap.builder();
    for (E e : type.getEnumConstants()) {
      b.put(label(e), e);
    }
    return b.buildOrThrow();
  }

  /** Returns the label of an enum constant: its name in lower case, '_' as '-'. */
  static String label(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Reads the current array, each element with {@code element}. */
  <T> List<T> array(String expected, ValueReader<T> element) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw unexpected(expected);
    }
    List<T> out = new ArrayList<>();
    while (next() != JsonToken.END_ARRAY) {
      out.add(element.read(this));
    }
    return out;
  }

  /** Reads the current array as a list of distinct values. */
  <T> List<T> distinct(String expected, ValueReader<T> element) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw unexpected(expected);
    }
    List<T> out = new ArrayList<>();
    Set<T> seen = new HashSet<>();
    while (next() != JsonToken.END_ARRAY) {
      T value = element.read(this);
      if (!seen.add(value)) {
        throw error(mark(), "the value " + quote(String.valueOf(value)) + " a second time",
            "each value at most once in the list");
      }
      out.add(value);
    }
    return out;
  }

  /**
   * Reads the current object: for each key in {@code keys}, calls {@code field} with the parser
   * on the value; any other key is an error, or is skipped when lenient. Returns where the object
   * starts, a mark whose pointer must be used, if at all, right after this returns.
   */
  Mark object(String expected, ImmutableSet<String> keys, FieldReader field) throws IOException {
    return object(expected, keys, Integer.MAX_VALUE, field);
  }

  /**
   * Reads the current object like {@link #object(String, ImmutableSet, FieldReader)}, keeping
   * the line and column ({@link #keyLine}, {@link #keyColumn}) of the keys from the {@code
   * placed}-th of {@code keys} on.
   */
  Mark object(String expected, ImmutableSet<String> keys, int placed, FieldReader field) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw unexpected(expected);
    }
    Mark start = objectMark();
    List<String> known = keys.asList();
    long seen = 0;
    int expect = 0;
    while (next() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      // documents written by this library give the keys in the order they are known in
      int i = expect < known.size() && known.get(expect) == key ? expect : indexOf(known, key);
      expect = i + 1;
      if (i >= 0) {
        if ((seen & 1L << i) != 0) {
          throw error(mark(), "the key " + quote(key) + " a second time", DUPLICATE_KEY);
        }
        seen |= 1L << i;
        if (i >= placed) {
          keyLine = line();
          keyColumn = column();
        }
        next();
        field.read(key);
      } else if (lenient) {
        next();
        skip();
      } else {
        throw unexpected("one of the keys " + keys);
      }
    }
    return start;
  }

  /**
   * Returns the position of a key among the known keys, or -1. Jackson's parsers intern the keys
   * they read, as the known keys are, so that a match is usually found by identity.
   */
  private static int indexOf(List<String> known, String key) {
    for (int i = 0; i < known.size(); i++) {
      if (known.get(i) == key) {
        return i;
      }
    }
    return known.indexOf(key);
  }

  /** Skips the current value and its children, iteratively. */
  void skip() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      JsonToken n = next();
      if (n == JsonToken.START_OBJECT || n == JsonToken.START_ARRAY) {
        depth++;
      } else if (n == JsonToken.END_OBJECT || n == JsonToken.END_ARRAY) {
        depth--;
      } else if (n == null) {
        throw unexpected("the rest of the value");
      }
    }
  }

  /** Fails if one of the required keys was not given: {@code seen[i]} is null for {@code keys[i]}. */
  static void requireAll(Mark object, String what, @Nullable Object[] seen, String... keys) {
    for (int i = 0; i < keys.length; i++) {
      require(seen[i], object, keys[i], what);
    }
  }

  /** Fails if a required key was not given. */
  static void require(@Nullable Object value, Mark object, String key, String what) {
    if (value == null) {
      throw error(object, what + " without the key \"" + key + "\"", "the key \"" + key + "\"");
    }
  }
}
