package org.untoc.json;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.IntegrityException;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.Rule;
import org.untoc.core.Violation;
import org.jspecify.annotations.Nullable;
import org.untoc.json.JsonInput.Keys;
import org.untoc.json.JsonInput.Mark;

/**
 * Reads and writes a whole {@link Registry} as a registry document, the versioned JSON form in
 * which untoc data is exchanged.
 *
 * <pre>{@code
 * RegistryJson json = RegistryJson.strict();
 * json.write(Untoc.reference(), Path.of("untoc.json"));
 * Registry registry = json.read(Path.of("untoc.json"));   // DocumentException if it is bad
 * }</pre>
 *
 * <h2>The document</h2>
 *
 * <pre>{@code
 * {"format": "untoc-registry", "version": 1, "editions": [...], "entities": [...], "relations": [...]}
 * }</pre>
 *
 * <ul>
 *   <li>An edition is {@code {"id", "title", "date"?, "source", "description"?}}, in order,
 *       oldest first.
 *   <li>An entity is {@code {"id", "kind", "<kind>Type"?, "editions"?, "names", ...,
 *       "identifiers"?, "provenance"}}: {@code kind} is a label of {@link
 *       org.untoc.core.EntityKind} ({@code unit}, {@code counterpart-type}); units, instruments,
 *       bodies, programmes and services carry their type ({@code "unitType": "section"}); units
 *       carry {@code contacts}, instruments {@code adopted}, {@code openedForSignature} and {@code
 *       entryIntoForce}, programmes {@code started} and {@code ended}, mandates {@code services}
 *       (strings).
 *   <li>A relation is {@code {"kind", "from", "to", "editions"?, "provenance"}}: {@code kind} is
 *       a label of {@link org.untoc.core.RelationKind} ({@code part-of}); {@code from} and {@code
 *       to} are entity ids.
 *   <li>A name is {@code {"type", "text", "editions"?, "provenance"}} with type {@code
 *       official}, {@code acronym} or {@code alias}; an identifier {@code {"scheme", "value",
 *       "note"?, "provenance"}}; a dated fact {@code {"date", "note"?, "provenance"}}; a contact
 *       {@code {"editions"?, "address"?, "phone"?, "fax"?, "email"?, "web"?, "provenance"}}.
 *   <li>A provenance is {@code {"basis", "source", "quote"?, "rationale"?}}: basis {@code
 *       stated} with a quote, {@code public-record}, or {@code inferred} with a rationale.
 *   <li>{@code editions} lists edition ids; left out, the thing holds in every edition. Dates
 *       are partial ISO dates, {@code 2000}, {@code 2000-11} or {@code 2000-11-15}. Enum values
 *       are written by their labels: the constant's name in lower case, {@code _} as {@code -}.
 * </ul>
 *
 * <p>Writing is deterministic: keys in the order above, optional keys and empty lists left out,
 * editions as the registry orders them, entities sorted by id, relations by kind, from, to and
 * editions, two-space indentation, {@code \n} line ends, UTF-8. Writing then reading gives an
 * equal registry; writing what was read gives the same bytes.
 *
 * <h2>Reading</h2>
 *
 * <p>Reading streams the document into a {@link Registry.Builder}, so every integrity rule of
 * the registry applies. It is strict: unknown keys, duplicate keys, {@code null} anywhere, a
 * value of the wrong type, an unknown kind or label, an unsupported format or version, anything
 * after the document, and JSON extensions (comments, single quotes, trailing commas, ...) are
 * each rejected with a {@link DocumentException} that gives the JSON Pointer, line and column,
 * what was found and what was expected; integrity violations are mapped to the pointer of the
 * offending edition, entity or relation. The only tolerance, {@link Builder#lenient(boolean)},
 * is for unknown keys. Limits on nesting depth, string length and document length are tighter
 * than Jackson's defaults and configurable.
 *
 * <p>A document of {@linkplain Builder#parallelFrom(long) 256 KiB or more} given as bytes is read
 * on two threads, where the machine has two processors: the calling thread reads it from the
 * start while a thread of the {@linkplain java.util.concurrent.ForkJoinPool#commonPool() common
 * pool} reads it from an entity (or relation) near the middle to the end. The calling thread
 * takes what the other read once it reaches that entity, and only if it finds one starting
 * exactly there; otherwise, or if the second half found anything wrong, it reads on alone. The
 * registry read, and every error reported, is the same as on one thread: a document that breaks
 * an integrity rule is read again on one thread, so that each violation has its line and
 * column. Streams, readers, files and text are read on the calling thread alone.
 *
 * <p>Documents cite the same sources and editions again and again. A provenance, a list of
 * provenance or a set of editions equal to one read lately in the same document is read as that
 * one value (a set only where it gives the editions in the same order), so that the registry
 * read holds each once: a registry read from a document takes about the document's size in
 * heap, or less.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegistryJson {
  /** The value of the {@code format} key of a registry document. */
  public static final String FORMAT = "untoc-registry";
  /** The version of the document format this class reads and writes. */
  public static final int VERSION = 1;
  /** The class path resource of the JSON Schema (draft 2020-12) of the document. */
  public static final String SCHEMA_RESOURCE = "/org/untoc/json/untoc-registry.schema.json";
  /** The class path resource of the reference registry as a document. */
  public static final String REFERENCE_RESOURCE = "/org/untoc/json/untoc-reference.json";

  /** The default maximum nesting depth of objects and arrays. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 16;
  /** The default maximum length of a string value, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
  /** The default maximum length of a document, in bytes or characters: 1 GiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 1L << 30;
  /**
   * The default length from which a document given as bytes is read on two threads: 256 KiB, a
   * few hundred entities, from which it measured faster than one thread.
   */
  public static final long DEFAULT_PARALLEL_FROM = 1L << 18;
  /** The maximum length of a key, in characters. */
  static final int MAX_NAME_LENGTH = 200;
  /** The maximum length of a number, in characters. */
  static final int MAX_NUMBER_LENGTH = 20;

  private static final Keys TOP = new Keys("a registry document",
      "a registry document: an object with format, version, editions, entities and relations",
      ImmutableSet.of("format", "version", "editions", "entities", "relations"),
      "format", "version", "editions", "entities", "relations");
  private static final RegistryJson STRICT = builder().build();

  private final boolean lenient;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final long maxDocumentLength;
  private final long parallelFrom;
  private final JsonFactory factory;
  private final String limits;

  private RegistryJson(Builder b) {
    this.lenient = b.lenient;
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxDocumentLength = b.maxDocumentLength;
    this.parallelFrom = b.parallelFrom;
    this.factory = factory(StreamReadConstraints.builder()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxDocumentLength(maxDocumentLength)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .build());
    this.limits = "nesting depth " + maxNestingDepth + ", strings of " + maxStringLength
        + " characters, " + maxDocumentLength + " bytes in all, keys of " + MAX_NAME_LENGTH
        + " characters, numbers of " + MAX_NUMBER_LENGTH + " digits";
  }

  /** Creates the strict factory of documents: every read feature set explicitly. */
  static JsonFactory factory(StreamReadConstraints constraints) {
    return JsonFactory.builder()
        .streamReadConstraints(constraints)
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
        .disable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
        .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
        .disable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
        .disable(JsonReadFeature.ALLOW_RS_CONTROL_CHAR)
        .disable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_MISSING_VALUES)
        .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.IGNORE_UNDEFINED)
        // duplicate keys are detected by the reader, which knows the keys of each object
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.CLEAR_CURRENT_TOKEN_ON_CLOSE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
        .disable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        .enable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
        .enable(JsonFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
        .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .build();
  }

  /** Returns the strict reader and writer with the default limits. */
  public static RegistryJson strict() {
    return STRICT;
  }

  /** Returns a builder, set to strict reading with the default limits. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns true if unknown keys are skipped rather than rejected. */
  public boolean isLenient() {
    return lenient;
  }

  /** Returns the maximum nesting depth of objects and arrays. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** Returns the maximum length of a string value, in characters. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** Returns the length from which a document given as bytes is read on two threads. */
  public long parallelFrom() {
    return parallelFrom;
  }

  /** Returns the maximum length of a document, in bytes (or characters, for text input). */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  // ------------------------------------------------------------------ reading

  /**
   * Reads a registry document from bytes in UTF-8. A document of {@link #parallelFrom()} bytes
   * or more is read on two threads (see the class description), with the same result.
   *
   * @param document the document, not null
   * @return the registry, not null
   * @throws DocumentException if the document cannot be read or breaks an integrity rule
   */
  public Registry read(byte[] document) {
    checkLength(document.length);
    boolean halves = document.length >= parallelFrom && Runtime.getRuntime().availableProcessors() > 1;
    SecondHalf half = halves ? secondHalf(document) : null;
    return read(document, half == null ? null : half.fork());
  }

  /** Returns the second half of a document, not yet read, or null if none is found. */
  @Nullable SecondHalf secondHalf(byte[] document) {
    return SecondHalf.of(document, factory::createParser, lenient, limits);
  }

  /** Reads a document of which the second half, if not null, is read meanwhile or was read. */
  Registry read(byte[] document, @Nullable SecondHalf half) {
    try {
      if (half != null) {
        try {
          return readWith(() -> factory.createParser(document), half);
        } catch (SecondHalf.Redo e) {
          // an integrity error, read again on one thread, which knows where each item is; or
          // the heap ran out, which one thread may not do
        } finally {
          half.cancel();
        }
      }
      return readWith(() -> factory.createParser(document), null);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /**
   * Reads a registry document from text.
   *
   * @param document the document, not null
   * @return the registry, not null
   * @throws DocumentException if the document cannot be read or breaks an integrity rule
   */
  public Registry read(String document) {
    checkLength(document.length());
    try {
      return readWith(() -> factory.createParser(document), null);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /**
   * Reads a registry document from a stream of bytes in UTF-8; the stream is not closed.
   *
   * @param in the stream, not null
   * @return the registry, not null
   * @throws DocumentException if the document cannot be read or breaks an integrity rule
   * @throws IOException if the stream cannot be read
   */
  public Registry read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return readWith(() -> factory.createParser(new LimitedInputStream(in)), null);
  }

  /**
   * Reads a registry document from a stream of characters; the reader is not closed.
   *
   * @param in the reader, not null
   * @return the registry, not null
   * @throws DocumentException if the document cannot be read or breaks an integrity rule
   * @throws IOException if the reader cannot be read
   */
  public Registry read(Reader in) throws IOException {
    Objects.requireNonNull(in, "in");
    return readWith(() -> factory.createParser(new LimitedReader(in)), null);
  }

  /**
   * Reads a registry document from a file in UTF-8.
   *
   * @param file the file, not null
   * @return the registry, not null
   * @throws DocumentException if the document cannot be read or breaks an integrity rule
   * @throws IOException if the file cannot be read
   */
  public Registry read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** Opens a parser on the input of a document. */
  @FunctionalInterface
  private interface Source {
    JsonParser open() throws IOException;
  }

  /** Reads a document; opening the parser detects the encoding, which may fail on bad bytes. */
  private Registry readWith(Source source, @Nullable SecondHalf half) throws IOException {
    JsonParser parser;
    try {
      parser = source.open();
    } catch (TooLongException e) {
      throw tooLongError();
    } catch (CharConversionException | JsonProcessingException e) {
      throw unreadable(e);
    }
    try (JsonParser p = parser) {
      return read(p, half);
    } catch (OutOfMemoryError e) {
      // What the reader built is unreachable once this frame unwinds; report, do not crash.
      if (half != null) {
        // two halves at once may need more heap than one thread reading on alone
        half.cancel();
        throw new SecondHalf.Redo();
      }
      throw JsonInput.error(new Mark("", 1, 1), "a document too large for this heap ("
              + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)",
          "a document that fits in memory: a larger heap (-Xmx), or a smaller maximum document length"
              + " (now " + maxDocumentLength + " bytes)");
    }
  }

  private void checkLength(long length) {
    if (length > maxDocumentLength) {
      throw tooLongError();
    }
  }

  private DocumentException tooLongError() {
    return JsonInput.error(new Mark("", 1, 1), tooLong(), "a document within the limits (" + limits + ")");
  }

  private String tooLong() {
    return "a document longer than " + maxDocumentLength + " bytes";
  }

  /** Thrown by the limited streams: the parser passes it on, the input reports it as a limit. */
  static final class TooLongException extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;

    TooLongException(String message) {
      super(message);
    }
  }

  /** Counts what a stream has read and fails once it is more than the maximum document length. */
  private final class Budget {
    private long count;

    int spend(int result, int n) throws TooLongException {
      if (n > 0) {
        count += n;
        if (count > maxDocumentLength) {
          throw new TooLongException(tooLong());
        }
      }
      return result;
    }
  }

  /** A stream that fails once more than the maximum document length has been read from it. */
  private final class LimitedInputStream extends FilterInputStream {
    private final Budget budget = new Budget();

    LimitedInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      return budget.spend(b, b < 0 ? 0 : 1);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      return budget.spend(n, n);
    }
  }

  /** A reader that fails once more than the maximum document length has been read from it. */
  private final class LimitedReader extends FilterReader {
    private final Budget budget = new Budget();

    LimitedReader(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      return budget.spend(c, c < 0 ? 0 : 1);
    }

    @Override
    public int read(char[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      return budget.spend(n, n);
    }
  }

  private static DocumentException unreadable(IOException e) {
    return new DocumentException(ImmutableList.of(new DocumentProblem("", 1, 1,
        "bytes that cannot be read as JSON text (" + e.getMessage() + ")", "a registry document in UTF-8",
        null)), e);
  }

  /** Positions of the items of one array of the document, for integrity messages. */
  private static final class Positions {
    private int[] lines = new int[16];
    private int[] columns = new int[16];
    private int size;

    void add(int line, int column) {
      if (size == lines.length) {
        lines = Arrays.copyOf(lines, size * 2);
        columns = Arrays.copyOf(columns, size * 2);
      }
      lines[size] = line;
      columns[size++] = column;
    }

    int line(int i) {
      return i < size ? lines[i] : 0;
    }

    int column(int i) {
      return i < size ? columns[i] : 0;
    }
  }

  @FunctionalInterface
  private interface ItemReader {
    void read(JsonInput in) throws IOException;
  }

  /** What each top-level array expects, by the number of its key. */
  private static final String[] ARRAYS = {"", "", "an array of editions", "an array of entities",
      "an array of relations"};

  /**
   * Reads the items of one of the document's arrays, the input being on the array's start. Where
   * the second half of the document is being read meanwhile and this array reaches its start,
   * returns what that half read instead of reading on; otherwise returns null at the array's end.
   */
  private static SecondHalf.@Nullable Part items(JsonInput in, int key, @Nullable Positions positions,
      ItemReader item, @Nullable SecondHalf half, long seen) throws IOException {
    if (in.token() != JsonToken.START_ARRAY) {
      throw in.unexpected(ARRAYS[key]);
    }
    while (in.next() != JsonToken.END_ARRAY) {
      if (half != null && in.roughOffset() >= half.due()) {
        SecondHalf.Part rest = half.takeOver(key, in.token() == JsonToken.START_OBJECT ? in.offset() : -1,
            seen, TOP.required());
        if (rest != null) {
          return rest;
        }
      }
      if (positions != null) {
        positions.add(in.line(), in.column());
      }
      item.read(in);
    }
    return null;
  }

  private static void format(JsonInput in) throws IOException {
    if (!FORMAT.equals(in.string("\"" + FORMAT + "\""))) {
      throw in.unexpected("\"" + FORMAT + "\"");
    }
  }

  private static void version(JsonInput in) throws IOException {
    String expected = VERSION + ", the version of the format this reader supports";
    if (in.intValue(expected) != VERSION) {
      throw in.unexpected(expected);
    }
  }

  /** Reads a whole document with a parser that has not yet read a token. */
  Registry read(JsonParser p) throws IOException {
    return read(p, null);
  }

  /** Reads a whole document, of which another thread may be reading the second half meanwhile. */
  private Registry read(JsonParser p, @Nullable SecondHalf half) throws IOException {
    JsonInput in = new JsonInput(p, lenient, limits);
    in.next();
    Registry registry = readDocument(in, half);
    if ((half == null || !half.taken()) && in.next() != null) {
      throw in.unexpected("the end of the document");
    }
    return registry;
  }

  /** Reads a document, the input being on its first token. */
  static Registry readDocument(JsonInput in) throws IOException {
    return readDocument(in, null);
  }

  /**
   * Reads a document, the input being on its first token. Where another thread reads the second
   * half meanwhile and this thread reaches its start, what it read is added instead.
   *
   * @throws SecondHalf.Redo if the registry breaks an integrity rule and a second half was
   *     added, whose positions this thread does not know
   */
  private static Registry readDocument(JsonInput in, @Nullable SecondHalf half) throws IOException {
    Registry.Builder b = Registry.builder();
    Positions editions = new Positions();
    Positions entities = new Positions();
    Positions relations = new Positions();
    long at = in.begin(TOP);
    long seen = 0;
    SecondHalf.@Nullable Part rest = null;
    for (int k = -1; rest == null && (k = in.key(TOP, seen, k)) >= 0; ) {
      seen |= 1L << k;
      switch (k) {
        case 0 -> format(in);
        case 1 -> version(in);
        case 2 -> rest = items(in, k, editions, i -> b.addEdition(Codec.edition(i)), half, seen);
        case 3 -> rest = items(in, k, entities, i -> b.add(Codec.entity(i)), half, seen);
        default -> rest = items(in, k, relations, i -> b.relate(Codec.relation(i)), half, seen);
      }
    }
    if (rest == null) {
      if (half != null) {
        half.cancel(); // not taken over: whatever it still reads is of no use
      }
      in.require(at, TOP, seen);
    } else {
      rest.editions().forEach(b::addEdition);
      b.addAll(rest.entities()).relateAll(rest.relations());
    }
    List<String> keys = TOP.names().asList();
    try {
      return b.build();
    } catch (IntegrityException e) {
      if (rest != null) {
        throw new SecondHalf.Redo();
      }
      List<Violation> sorted = new ArrayList<>(e.violations());
      sorted.sort(Comparator.comparing(Violation::target).thenComparingInt(Violation::index));
      ImmutableList.Builder<DocumentProblem> problems = ImmutableList.builder();
      for (Violation v : sorted) {
        Positions pos = switch (v.target()) {
          case EDITION -> editions;
          case ENTITY -> entities;
          case RELATION -> relations;
        };
        String pointer = "/" + keys.get(v.target().ordinal() + 2) + "/" + v.index()
            + (v.field().isEmpty() ? "" : "/" + v.field());
        problems.add(new DocumentProblem(pointer, pos.line(v.index()), pos.column(v.index()),
            v.message(), expectation(v.rule()), v.rule()));
      }
      throw new DocumentException(problems.build(), e);
    }
  }

  /**
   * Reads the second half of a document, from the start of an item of the array of the given
   * key on: the input is on a prefix that opens the document and that array, {@code {"":[}.
   * Returns what it read, or throws at the first thing a whole read would reject; the first half
   * decides whether what it read may stand (see {@link SecondHalf}).
   */
  static SecondHalf.Part readSecondHalf(JsonInput in, int key, SecondHalf half) throws IOException {
    List<Edition> editions = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    ItemReader[] readers = {null, null,
        i -> editions.add(Codec.edition(half.at(i))),
        i -> entities.add(Codec.entity(half.at(i))),
        i -> relations.add(Codec.relation(half.at(i)))};
    if (in.next() != JsonToken.START_OBJECT || in.next() != JsonToken.FIELD_NAME
        || in.next() != JsonToken.START_ARRAY) {
      throw in.unexpected("the prefix of a second half");
    }
    items(in, key, null, readers[key], null, 0);
    long seen = 0;
    for (int k = key; (k = in.key(TOP, seen, k)) >= 0; ) {
      seen |= 1L << k;
      switch (k) {
        case 0 -> format(in);
        case 1 -> version(in);
        default -> items(in, k, null, readers[k], null, 0);
      }
    }
    if (in.next() != null) {
      throw in.unexpected("the end of the document");
    }
    return new SecondHalf.Part(editions, entities, relations, seen);
  }

  /** Returns what a document must do to keep a rule. */
  static String expectation(Rule rule) {
    return switch (rule) {
      case DUPLICATE_EDITION -> "an edition id that no other edition has";
      case DUPLICATE_ID -> "an entity id that no other entity has";
      case UNKNOWN_EDITION -> "only the ids of editions listed under /editions";
      case DANGLING_REFERENCE -> "the id of an entity listed under /entities";
      case KIND_MISMATCH -> "entities of the kinds the relation kind joins";
      case SELF_RELATION -> "a relation between two different entities";
      case DUPLICATE_RELATION -> "each relation of a kind between two entities at most once per edition";
      case OUTSIDE_EDITION -> "only editions in which the entities exist";
      case PART_OF_CYCLE -> "part-of relations without a cycle";
      case MULTIPLE_PARENTS -> "at most one part-of relation from an entity per edition";
      case MULTIPLE_OWNERS -> "at most one unit that runs a programme per edition";
    };
  }

  // ------------------------------------------------------------------ writing

  /**
   * Writes a registry as a document to a stream in UTF-8; the stream is flushed, not closed.
   *
   * @param registry the registry, not null
   * @param out the stream, not null
   * @throws IOException if the stream cannot be written
   */
  public void write(Registry registry, OutputStream out) throws IOException {
    try (JsonGenerator g = factory.createGenerator(Objects.requireNonNull(out, "out"), JsonEncoding.UTF8)) {
      writePretty(registry, g);
    }
  }

  /**
   * Writes a registry as a document to a writer; the writer is flushed, not closed.
   *
   * @param registry the registry, not null
   * @param out the writer, not null
   * @throws IOException if the writer cannot be written
   */
  public void write(Registry registry, Writer out) throws IOException {
    try (JsonGenerator g = factory.createGenerator(Objects.requireNonNull(out, "out"))) {
      writePretty(registry, g);
    }
  }

  /**
   * Writes a registry as a document to a file in UTF-8, replacing the file.
   *
   * @param registry the registry, not null
   * @param file the file, not null
   * @throws IOException if the file cannot be written
   */
  public void write(Registry registry, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(registry, out);
    }
  }

  /**
   * Writes a registry as a document in UTF-8.
   *
   * @param registry the registry, not null
   * @return the document, not null
   */
  public byte[] writeBytes(Registry registry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(registry, out);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory failed", e);
    }
    return out.toByteArray();
  }

  /**
   * Writes a registry as a document.
   *
   * @param registry the registry, not null
   * @return the document, not null
   */
  public String writeString(Registry registry) {
    return new String(writeBytes(registry), StandardCharsets.UTF_8);
  }

  private static void writePretty(Registry registry, JsonGenerator g) throws IOException {
    g.setPrettyPrinter(prettyPrinter());
    writeDocument(registry, g);
    g.writeRaw('\n');
  }

  /** Returns the printer of the documents: two-space indentation, {@code \n} line ends. */
  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /** Returns the factory of this reader and writer. */
  JsonFactory factory() {
    return factory;
  }

  /** Writes a registry as a document with the given generator. */
  static void writeDocument(Registry registry, JsonGenerator g) throws IOException {
    Map<EditionId, Integer> index = new HashMap<>();
    registry.editions().forEach(e -> index.put(e.id(), index.size()));
    Codec.EditionOrder order = set -> set.stream()
        .sorted(Comparator.comparing(id -> index.getOrDefault(id, Integer.MAX_VALUE)))
        .toList();
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeNumberField("version", VERSION);
    g.writeArrayFieldStart("editions");
    for (var e : registry.editions()) {
      Codec.write(g, e);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("entities");
    List<Entity> entities = new ArrayList<>(registry.entities());
    entities.sort(Comparator.comparing(Entity::id));
    for (Entity e : entities) {
      Codec.write(g, e, order);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("relations");
    List<Relation> relations = new ArrayList<>(registry.relations());
    relations.sort(Comparator.comparing((Relation r) -> r.kind().label())
        .thenComparing(Relation::from)
        .thenComparing(Relation::to)
        .thenComparing((a, b) -> compareEditions(a.editions(), b.editions(), index)));
    for (Relation r : relations) {
      Codec.write(g, r, order);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static int compareEditions(Set<EditionId> a, Set<EditionId> b, Map<EditionId, Integer> index) {
    int[] x = a.stream().mapToInt(id -> index.getOrDefault(id, Integer.MAX_VALUE)).sorted().toArray();
    int[] y = b.stream().mapToInt(id -> index.getOrDefault(id, Integer.MAX_VALUE)).sorted().toArray();
    return Arrays.compare(x, y);
  }

  /**
   * Collects the options of a {@link RegistryJson}: leniency and limits.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder {
    private boolean lenient;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private long parallelFrom = DEFAULT_PARALLEL_FROM;

    private Builder() {}

    /**
     * Sets whether unknown keys are skipped rather than rejected; every other check stays.
     *
     * @param lenient true to skip unknown keys
     * @return this builder
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /**
     * Sets the maximum nesting depth of objects and arrays.
     *
     * @param depth the depth, at least 8 (a document nests 6 deep)
     * @return this builder
     * @throws IllegalArgumentException if the depth is less than 8
     */
    public Builder maxNestingDepth(int depth) {
      checkArgument(depth >= 8, "the nesting depth must be at least 8, found %s", depth);
      this.maxNestingDepth = depth;
      return this;
    }

    /**
     * Sets the maximum length of a string value.
     *
     * @param length the length in characters, at least 100
     * @return this builder
     * @throws IllegalArgumentException if the length is less than 100
     */
    public Builder maxStringLength(int length) {
      checkArgument(length >= 100, "the string length must be at least 100, found %s", length);
      this.maxStringLength = length;
      return this;
    }

    /**
     * Sets the maximum length of a document.
     *
     * @param length the length in bytes (or characters, for text input), at least 1024
     * @return this builder
     * @throws IllegalArgumentException if the length is less than 1024
     */
    public Builder maxDocumentLength(long length) {
      checkArgument(length >= 1024, "the document length must be at least 1024, found %s", length);
      this.maxDocumentLength = length;
      return this;
    }

    /**
     * Sets the length from which a document given as bytes ({@link RegistryJson#read(byte[])})
     * is read on two threads: this one and one of the {@linkplain
     * java.util.concurrent.ForkJoinPool#commonPool() common pool}, which reads the second half
     * meanwhile, where the machine has two processors. What is read, and every error reported,
     * is the same as on one thread. The default is {@link #DEFAULT_PARALLEL_FROM} (256 KiB);
     * {@link Long#MAX_VALUE} reads every document on the calling thread alone.
     *
     * @param length the length in bytes, at least 1024
     * @return this builder
     * @throws IllegalArgumentException if the length is less than 1024
     */
    public Builder parallelFrom(long length) {
      checkArgument(length >= 1024, "the length must be at least 1024, found %s", length);
      this.parallelFrom = length;
      return this;
    }

    /** Builds the reader and writer. */
    public RegistryJson build() {
      return new RegistryJson(this);
    }
  }
}
