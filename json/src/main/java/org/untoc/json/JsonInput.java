package org.untoc.json;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.untoc.core.EntityId;
import org.untoc.core.Provenance;

/**
 * A strict reader of the tokens of one document: every read names what it expects, and every
 * failure, including those of the underlying parser, becomes a {@link DocumentException} with
 * the JSON Pointer, line and column of the offending token. Not thread-safe.
 */
final class JsonInput {
  private static final int QUOTE_LIMIT = 60;
  /** The number of lanes of entity ids: see {@link #entityId(String, int)}. */
  static final int LANES = 3;
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

  /**
   * The keys an object may have, numbered by their place in the list, with the ones it must
   * have. Reading an object of these keys returns each key's number, so that a reader switches
   * on numbers and marks the keys it has read in a {@code long}, bit {@code i} for key {@code i}.
   *
   * <p>Each key also remembers, as a hint, the key read after it last time: documents give the
   * keys of their objects in the same order again and again, and the parser can match an
   * expected key on its bytes. The hint is shared, and any value it holds is a valid one, so
   * reading from many threads at once is safe.
   */
  static final class Keys {
    private final String what;
    private final String expected;
    private final ImmutableSet<String> names;
    private final String[] keys;
    private final SerializedString[] serialized;
    private final long required;
    private final long placed;
    /** For key {@code i}, at {@code i + 1}, the key read after it last time; at 0, the first. */
    private final byte[] successor;

    /**
     * Creates the keys of an object.
     *
     * @param what the object, for messages: {@code "a name"}
     * @param expected the object, with its keys, for messages
     * @param names the keys, as they are listed in messages; at most 64
     * @param required the keys the object must have
     */
    Keys(String what, String expected, ImmutableSet<String> names, String... required) {
      this(what, expected, names, names.asList(), required);
    }

    /**
     * Creates the keys of an object, numbered in the order {@code order} gives them rather than
     * in the order of their list.
     */
    Keys(String what, String expected, ImmutableSet<String> names, List<String> order, String... required) {
      checkArgument(names.size() <= 64 && names.size() == order.size() && names.containsAll(order),
          "at most 64 keys, each numbered once");
      this.what = what;
      this.expected = expected;
      this.names = names;
      this.keys = order.stream().map(String::intern).toArray(String[]::new);
      this.serialized = order.stream().map(SerializedString::new).toArray(SerializedString[]::new);
      this.required = mask(required);
      this.successor = new byte[keys.length + 1];
      for (int i = 0; i < successor.length; i++) {
        successor[i] = (byte) (i < keys.length ? i : 0);
      }
      this.placed = 0;
    }

    private Keys(Keys keys, long placed) {
      this.what = keys.what;
      this.expected = keys.expected;
      this.names = keys.names;
      this.keys = keys.keys;
      this.serialized = keys.serialized;
      this.required = keys.required;
      this.successor = keys.successor.clone();
      this.placed = placed;
    }

    /** Returns the keys an object must have, bit {@code i} for key {@code i}. */
    long required() {
      return required;
    }

    /**
     * Returns these keys, keeping the line and column ({@link #keyLine}, {@link #keyColumn}) of
     * the given ones when they are read, for messages made after the object is read.
     */
    Keys placing(String... placed) {
      return new Keys(this, mask(placed));
    }

    /** Returns a mask of keys: bit {@code i} for key {@code i}. */
    long mask(String... of) {
      long mask = 0;
      for (String key : of) {
        int i = indexOf(key);
        checkArgument(i >= 0, "no key %s", key);
        mask |= 1L << i;
      }
      return mask;
    }

    /** Returns the key numbered {@code i}. */
    String get(int i) {
      return keys[i];
    }

    /** Returns the keys, in the order messages list them. */
    ImmutableSet<String> names() {
      return names;
    }

    /** Returns the object, with its keys, for messages. */
    String expected() {
      return expected;
    }

    /**
     * Returns the number of a key, or -1. Jackson's parsers intern the keys they read, as these
     * keys are, so that a match is usually found by identity.
     */
    int indexOf(String key) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == key) {
          return i;
        }
      }
      for (int i = 0; i < keys.length; i++) {
        if (keys[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }
  }

  /** A closed set of labels, each naming one value, such as the constants of an enum. */
  static final class Labels<T> {
    private final String[] texts;
    private final Object[] values;
    private final String description;

    private Labels(ImmutableMap<String, T> labels) {
      this.texts = labels.keySet().toArray(new String[0]);
      this.values = labels.values().toArray();
      this.description = labels.keySet().toString();
    }

    /** Returns the labels of an enum: each constant's name in lower case, '_' as '-'. */
    static <E extends Enum<E>> Labels<E> of(Class<E> type) {
      ImmutableMap.Builder<String, E> b = ImmutableMap.builder();
      for (E e : type.getEnumConstants()) {
        b.put(label(e), e);
      }
      return new Labels<>(b.buildOrThrow());
    }

    /** Returns the labels, as a list for messages: {@code [a, b]}. */
    @Override
    public String toString() {
      return description;
    }
  }

  private final JsonParser p;
  /** The parser, where it is one of Jackson's own, which tell where a token is without making a location. */
  private final @Nullable ParserBase base;
  private final boolean lenient;
  private final String limits;
  private int keyLine;
  private int keyColumn;
  /** The edition ids read so far, so that each is one object however often the document names it. */
  private final Map<String, Object> ids = new HashMap<>();
  /** The entity ids read so far, likewise. */
  private final EntityIds entityIds = new EntityIds(LANES);
  /**
   * Values read lately, by hash, each slot keeping the last value that fell in it: a document
   * that cites one source for many entities, names and relations then holds it once.
   */
  private @Nullable Object @Nullable [] recent;
  private @Nullable Provenance lastProvenance;
  private @Nullable String lastSource;
  private @Nullable String lastQuote;
  private @Nullable String lastRationale;
  private @Nullable Object scratch;
  /** The second half this input reads, which may be cancelled while it skips a value. */
  private @Nullable SecondHalf half;
  /** The set of values {@link #distinct} returned last, and its values in order. */
  private ImmutableSet<?> lastSet = ImmutableSet.of();
  private Object[] lastSetValues = new Object[0];

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

  /** Makes this input the one of a second half, so that skipping stops if it is cancelled. */
  void watch(SecondHalf half) {
    this.half = half;
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

  /**
   * Returns about where the current token starts, in bytes or characters from the start of the
   * input, without making a location: exactly for the start of an object or an array, and no
   * earlier than {@link #offset} for any other token.
   */
  long roughOffset() {
    // Jackson's parsers keep the offset just past a one-character token
    return base != null ? base.getTokenCharacterOffset() - 1 : offset();
  }

  /** Returns where the current token starts, in bytes or characters from the start of the input. */
  long offset() {
    JsonLocation loc = p.currentTokenLocation();
    return loc.getByteOffset() >= 0 ? loc.getByteOffset() : loc.getCharOffset();
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

  /**
   * Returns the current string parsed as an entity id, the same object for the same text within
   * one document.
   */
  EntityId entityId(String expected) {
    return entityId(expected, 0);
  }

  /**
   * Returns the current string parsed as the id an entity declares, a new object that later
   * reads of the same id return: see {@link EntityIds#add}.
   */
  EntityId declaredEntityId(String expected) {
    try {
      String s = string(expected);
      EntityId id = EntityId.of(s);
      entityIds.add(0, id);
      return id;
    } catch (IllegalArgumentException e) {
      throw unexpected(expected);
    }
  }

  /**
   * Returns the current string parsed as an entity id, like {@link #entityId(String)}, looked up
   * first where the last id of its lane was found.
   *
   * @param lane where in a document the id is, from 0 to {@link #LANES} - 1; ids that follow
   *     each other in the order of the document's entities are best in one lane
   */
  EntityId entityId(String expected, int lane) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw unexpected(expected);
    }
    try {
      char[] chars = p.getTextCharacters();
      int offset = p.getTextOffset();
      int length = p.getTextLength();
      EntityId id = entityIds.find(lane, chars, offset, length);
      if (id == null) {
        try {
          id = EntityId.of(new String(chars, offset, length));
        } catch (IllegalArgumentException e) {
          throw unexpected(expected);
        }
        entityIds.add(lane, id);
      }
      return id;
    } catch (IOException e) {
      throw parserError(e);
    }
  }

  /**
   * Returns this input's object of a type, made on first use: room for a reader of values that
   * do not nest to keep what it reads.
   */
  <T> T scratch(Class<T> type, Supplier<T> make) {
    Object s = scratch;
    if (!type.isInstance(s)) {
      s = make.get();
      scratch = s;
    }
    return type.cast(s);
  }

  /** Returns the provenance read last, or null. */
  @Nullable Provenance lastProvenance() {
    return lastProvenance;
  }

  /** Returns the source of the provenance read last, or null. */
  @Nullable String lastSource() {
    return lastSource;
  }

  /** Returns the quote of the provenance read last, or null. */
  @Nullable String lastQuote() {
    return lastQuote;
  }

  /** Returns the rationale of the provenance read last, or null. */
  @Nullable String lastRationale() {
    return lastRationale;
  }

  void lastProvenance(Provenance provenance) {
    lastProvenance = provenance;
    lastSource = provenance.source();
    lastQuote = provenance.quote().orElse(null);
    lastRationale = provenance.rationale().orElse(null);
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

  /** Returns the current value as a whole number from 0 to {@code Long.MAX_VALUE}. */
  long wholeNumber(String expected) {
    try {
      JsonParser.NumberType type = p.currentToken() == JsonToken.VALUE_NUMBER_INT ? p.getNumberType() : null;
      long value = type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG ? p.getLongValue() : -1;
      if (value < 0) {
        throw unexpected(expected);
      }
      return value;
    } catch (IOException e) {
      throw parserError(e);
    }
  }

  /** Returns the current value as a boolean; fails on any other token. */
  boolean bool(String expected) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    throw unexpected(expected);
  }

  private static boolean sameText(String text, char[] chars, int offset, int length) {
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** Returns the current value as a value of a closed set of labels. */
  <T> T label(Labels<T> labels, String what) {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      try {
        // the parser's characters in place, fetched once for all the labels
        int length = p.getTextLength();
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        String[] texts = labels.texts;
        for (int i = 0; i < texts.length; i++) {
          if (texts[i].length() == length && sameText(texts[i], chars, offset, length)) {
            @SuppressWarnings("unchecked") // the values are Ts
            T value = (T) labels.values[i];
            return value;
          }
        }
      } catch (IOException e) {
        throw parserError(e);
      }
    }
    throw unexpected(what + ": one of " + labels);
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
      return length == text.length() && sameText(text, p.getTextCharacters(), p.getTextOffset(), length);
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

  /** Returns the label of an enum constant: its name in lower case, '_' as '-'. */
  static String label(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Reads the current array, each element with {@code element}, which returns no null. */
  <T> ImmutableList<T> array(String expected, ValueReader<T> element) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw unexpected(expected);
    }
    if (next() == JsonToken.END_ARRAY) {
      return ImmutableList.of();
    }
    T first = element.read(this);
    if (next() == JsonToken.END_ARRAY) {
      return ImmutableList.of(first);
    }
    ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(4);
    out.add(first);
    do {
      out.add(element.read(this));
    } while (next() != JsonToken.END_ARRAY);
    return out.build();
  }

  /**
   * Reads the current array as a set of distinct values, in the order given; {@code element}
   * returns no null. A value given twice is an error at the second. The set is the one read
   * last, or one read lately, where that holds the same values in the same order: documents
   * give the same few sets of editions again and again, and each is then held once.
   */
  <T> ImmutableSet<T> distinct(String expected, ValueReader<T> element) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw unexpected(expected);
    }
    if (next() == JsonToken.END_ARRAY) {
      return ImmutableSet.of();
    }
    T first = element.read(this);
    if (next() == JsonToken.END_ARRAY) {
      Object[] last = lastSetValues;
      if (last.length == 1 && first.equals(last[0])) {
        @SuppressWarnings("unchecked") // holds first, a T, and nothing else
        ImmutableSet<T> same = (ImmutableSet<T>) lastSet;
        return same;
      }
      return remember(ImmutableSet.of(first));
    }
    List<T> out = new ArrayList<>(4);
    out.add(first);
    Set<T> seen = null;
    do {
      T value = element.read(this);
      // lists are short: a set only for long ones
      if (seen == null && out.size() == 8) {
        seen = new HashSet<>(out);
      }
      if (seen == null ? out.contains(value) : !seen.add(value)) {
        throw error(mark(), "the value " + quote(String.valueOf(value)) + " a second time",
            "each value at most once in the list");
      }
      out.add(value);
    } while (next() != JsonToken.END_ARRAY);
    if (Arrays.asList(lastSetValues).equals(out)) {
      @SuppressWarnings("unchecked") // holds the values of out, Ts
      ImmutableSet<T> same = (ImmutableSet<T>) lastSet;
      return same;
    }
    return remember(ImmutableSet.copyOf(out));
  }

  /** Returns an equal set read lately, where it holds its values in the same order, or the set itself. */
  private <T> ImmutableSet<T> remember(ImmutableSet<T> set) {
    ImmutableSet<T> shared = shared(set);
    if (shared != set && !shared.asList().equals(set.asList())) {
      shared = set;
    }
    lastSet = shared;
    lastSetValues = shared.toArray();
    return shared;
  }

  /**
   * Starts reading the current object, which must be one, with {@link #key}; returns where it
   * starts, for {@link #at} and {@link #require}.
   *
   * @param keys the keys of the object, with its description for the message if it is not one
   */
  long begin(Keys keys) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw unexpected(keys.expected());
    }
    return (long) line() << 32 | column();
  }

  /**
   * Reads the next key of the object being read and moves onto its value, returning the key's
   * number among {@code keys}; returns -1 at the end of the object. A key read before is an
   * error; so is one not among {@code keys}, unless this input is lenient, which skips it and
   * its value.
   *
   * <pre>{@code
   * long at = in.begin(KEYS);
   * long seen = 0;
   * for (int k = -1; (k = in.key(KEYS, seen, k)) >= 0; ) {
   *   seen |= 1L << k;
   *   switch (k) { ... }
   * }
   * in.require(at, KEYS, seen);
   * }</pre>
   *
   * @param keys the keys of the object
   * @param seen the keys read so far, bit {@code i} for key {@code i}
   * @param previous the number of the key read last, or -1 for none
   */
  int key(Keys keys, long seen, int previous) throws IOException {
    int guess = keys.successor[previous + 1];
    while (true) {
      int i;
      boolean matched;
      try {
        matched = p.nextFieldName(keys.serialized[guess]);
      } catch (JsonProcessingException | CharConversionException e) {
        throw parserError(e);
      }
      if (matched) {
        i = guess;
      } else if (p.currentToken() == JsonToken.FIELD_NAME) {
        i = keys.indexOf(p.currentName());
        if (i >= 0) {
          keys.successor[previous + 1] = (byte) i;
        }
      } else {
        return -1;
      }
      if (i < 0) {
        if (!lenient) {
          throw unexpected("one of the keys " + keys.names());
        }
        next();
        skip();
        continue;
      }
      if ((seen & 1L << i) != 0) {
        throw error(mark(), "the key " + quote(keys.get(i)) + " a second time", DUPLICATE_KEY);
      }
      if ((keys.placed & 1L << i) != 0) {
        keyLine = line();
        keyColumn = column();
      }
      next();
      return i;
    }
  }

  /**
   * Returns where an object starts, from {@link #begin}: a mark whose pointer must be used, if
   * at all, right after the object ends, while the parser's context still names it.
   */
  Mark at(long start) {
    return new Mark(this, null, null, (int) (start >>> 32), (int) start);
  }

  /** Fails if the object that starts at {@code start} lacks one of the keys it must have. */
  void require(long start, Keys keys, long seen) {
    long missing = keys.required & ~seen;
    if (missing != 0) {
      String key = keys.get(Long.numberOfTrailingZeros(missing));
      throw error(at(start), keys.what + " without the key \"" + key + "\"", "the key \"" + key + "\"");
    }
  }

  /** Skips the current value and its children, iteratively. */
  void skip() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      if (half != null) {
        half.live(this);
      }
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
}
