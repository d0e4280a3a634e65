package org.untoc.json;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
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
import com.google.common.primitives.ImmutableLongArray;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.IntegrityException;
import org.untoc.core.Mandate;
import org.untoc.core.Name;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;
import org.untoc.core.Rule;
import org.untoc.core.Service;
import org.untoc.core.ServiceType;
import org.untoc.core.Source;
import org.untoc.core.Violation;
import org.untoc.json.Form.EditionOrder;
import org.untoc.json.ValueReader.Keys;

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
 *   <li>A name is {@code {"type", "text", "language"?, "editions"?, "provenance"}} with type
 *       {@code official}, {@code acronym} or {@code alias}; {@code language} is a BCP 47 tag
 *       ({@code fr}, {@code zh-Hans}), written only where it is not {@code en}: a name without it
 *       is English, and so is every name of a version 1 document, which has no such key; a tag
 *       is read in its normal form ({@code FR} as {@code fr}) and an ill-formed one is an error; an identifier {@code {"scheme", "value",
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
 * <p>Reading streams the document, on the calling thread, into a {@link Registry.Builder}, so
 * every integrity rule of the registry applies; the relations read share the ids of the entities
 * read. It is strict: unknown keys, duplicate keys, {@code null} anywhere, a
 * value of the wrong type, an unknown kind or label, an unsupported format or version, anything
 * after the document, and JSON extensions (comments, single quotes, trailing commas, ...) are
 * each rejected with a {@link DocumentException} that gives the JSON Pointer, line and column,
 * what was found and what was expected; integrity violations are mapped to the pointer of the
 * offending edition, entity or relation. The only tolerance, {@link Builder#lenient(boolean)},
 * is for unknown keys. Limits on nesting depth, string length and document length are tighter
 * than Jackson's defaults and configurable.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegistryJson {
  /** The value of the {@code format} key of a registry document. */
  public static final String FORMAT = "untoc-registry";
  /** The version of the document format this class writes; it reads this one and version 1. */
  public static final int VERSION = 2;
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
  /** The maximum length of a key, in characters. */
  static final int MAX_NAME_LENGTH = 200;
  /** The maximum length of a number, in characters. */
  static final int MAX_NUMBER_LENGTH = 20;

  /** The keys of a document; the arrays in the order of {@link Violation.Target}, from the third. */
  private static final Keys TOP = Keys.of("a registry document",
      "a registry document: an object with format, version, editions, entities, relations and optionally"
          + " sources",
      List.of("format", "version", "editions", "sources", "entities", "relations"),
      "format", "version", "editions", "entities", "relations");
  private static final String FORMAT_EXPECTED = "\"" + FORMAT + "\"";
  private static final String VERSION_EXPECTED = "1 or 2, the versions of the format this reader supports";
  private static final RegistryJson STRICT = builder().build();

  private final boolean lenient;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final long maxDocumentLength;
  private final JsonFactory factory;
  private final String limits;

  private RegistryJson(Builder b) {
    this.lenient = b.lenient;
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxDocumentLength = b.maxDocumentLength;
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

  /** Returns the maximum length of a document, in bytes (or characters, for text input). */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  // ------------------------------------------------------------------ reading

  /**
   * Reads a registry document from bytes in UTF-8.
   *
   * @param document the document, not null
   * @return the registry, not null
   * @throws DocumentException if the document cannot be read or breaks an integrity rule
   */
  public Registry read(byte[] document) {
    return readInMemory(document.length, () -> factory.createParser(document));
  }

  /**
   * Reads a registry document from text.
   *
   * @param document the document, not null
   * @return the registry, not null
   * @throws DocumentException if the document cannot be read or breaks an integrity rule
   */
  public Registry read(String document) {
    return readInMemory(document.length(), () -> factory.createParser(document));
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
    return readWith(() -> factory.createParser(in));
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
    return readWith(() -> factory.createParser(in));
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
  private interface Input {
    JsonParser open() throws IOException;
  }

  /**
   * Reads a document in memory, of a length known before reading: the parser checks the length
   * of streams only.
   */
  private Registry readInMemory(long length, Input source) {
    if (length > maxDocumentLength) {
      throw ValueReader.error("", 1L << 32 | 1, "a document longer than " + maxDocumentLength + " bytes",
          "a document within the limits (" + limits + ")");
    }
    try {
      return readWith(source);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /** Reads a document; opening the parser detects the encoding, which may fail on bad bytes. */
  private Registry readWith(Input source) throws IOException {
    JsonParser parser;
    try {
      parser = source.open();
    } catch (CharConversionException | JsonProcessingException e) {
      throw unreadable(e);
    }
    try (JsonParser p = parser) {
      try {
        p.nextToken();
        Registry registry = readDocument(p, ValueReader.forDocument(lenient));
        if (p.nextToken() != null) {
          throw ValueReader.unexpected(p, "the end of the document");
        }
        return registry;
      } catch (JsonProcessingException | CharConversionException e) {
        throw ValueReader.parserError(p, e, limits);
      }
    }
  }

  private static DocumentException unreadable(IOException e) {
    return new DocumentException(ImmutableList.of(new DocumentProblem("", 1, 1,
        "bytes that cannot be read as JSON text (" + e.getMessage() + ")", "a registry document in UTF-8",
        null)), e);
  }

  /**
   * Reads a document, the parser being on its first token, into a registry; a registry that
   * breaks integrity rules is an error at the position of each offending item.
   */
  static Registry readDocument(JsonParser p, ValueReader in) throws IOException {
    Registry.Builder b = Registry.builder();
    // where each edition, source, entity and relation starts, in the order of Violation.Target
    List<ImmutableLongArray.Builder> starts = List.of(ImmutableLongArray.builder(), ImmutableLongArray.builder(),
        ImmutableLongArray.builder(), ImmutableLongArray.builder());
    long[] version = {0};
    in.object(p, TOP, key -> {
      switch (key) {
        case "format" -> {
          if (!FORMAT.equals(ValueReader.string(p, FORMAT_EXPECTED))) {
            throw ValueReader.unexpected(p, FORMAT_EXPECTED);
          }
        }
        case "version" -> {
          version[0] = ValueReader.wholeNumber(p, VERSION_EXPECTED, Integer.MAX_VALUE);
          if (version[0] != 1 && version[0] != VERSION) {
            throw ValueReader.unexpected(p, VERSION_EXPECTED);
          }
        }
        case "editions" -> items(p, in, "an array of editions", starts.get(0), Forms.EDITION, b::addEdition);
        case "sources" -> items(p, in, "an array of sources", starts.get(1), Forms.SOURCE, b::addSource);
        case "entities" -> items(p, in, "an array of entities", starts.get(2), Forms.ENTITY, b::add);
        case "relations" -> items(p, in, "an array of relations", starts.get(3), Forms.RELATION, b::relate);
      }
    });
    addLegacyServices(in, version[0], b);
    try {
      return b.build();
    } catch (IntegrityException e) {
      List<ImmutableLongArray> at = starts.stream().map(ImmutableLongArray.Builder::build).toList();
      ImmutableList.Builder<DocumentProblem> problems = ImmutableList.builder();
      for (Violation v : e.violations().stream()
          .sorted(Comparator.comparing(Violation::target).thenComparingInt(Violation::index)).toList()) {
        ImmutableLongArray of = at.get(v.target().ordinal());
        long start = v.index() < of.length() ? of.get(v.index()) : 0;
        String pointer = "/" + TOP.names().get(v.target().ordinal() + 2) + "/" + v.index()
            + (v.field().isEmpty() ? "" : "/" + v.field());
        problems.add(new DocumentProblem(pointer, (int) (start >>> 32), (int) start, v.message(),
            expectation(v.rule()), v.rule()));
      }
      throw new DocumentException(problems.build(), e);
    }
  }

  /**
   * Adds the services the mandates of a version 1 document list as strings, as the entities of a
   * version 2 document: a service of type mandate-service for each, offered by its mandate, with
   * the mandate's provenance and editions; its id is the mandate's, then "-service-" and its
   * number from 1.
   */
  private static void addLegacyServices(ValueReader in, long version, Registry.Builder b) {
    for (ValueReader.LegacyServices legacy : in.legacyServices()) {
      if (version != 1) {
        throw ValueReader.error("/entities", legacy.position(), "the key \"services\" of a version 1 document"
            + " in a document of version " + version, "a mandate without services: its services are entities"
            + " of their own, which it offers");
      }
      Mandate m = legacy.mandate();
      Provenance source = m.provenance().get(0);
      for (int i = 0; i < legacy.services().size(); i++) {
        EntityId id = EntityId.of(m.id() + "-service-" + (i + 1));
        b.add(Service.builder().id(id).serviceType(ServiceType.MANDATE_SERVICE).editions(m.editions())
            .addName(Name.official(legacy.services().get(i), source)).addAllProvenance(m.provenance()).build());
        b.relate(Relation.of(m.id(), RelationKind.OFFERS, id, source));
      }
    }
  }

  /** Reads the items of one of the document's arrays, keeping where each starts. */
  private static <T> void items(JsonParser p, ValueReader in, String expected, ImmutableLongArray.Builder starts,
      Form<T> form, Consumer<T> add) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw ValueReader.unexpected(p, expected);
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      starts.add(ValueReader.position(p));
      add.accept(form.read(p, in));
    }
  }

  /** Returns what a document must do to keep a rule. */
  static String expectation(Rule rule) {
    return switch (rule) {
      case DUPLICATE_EDITION -> "an edition id that no other edition has";
      case DUPLICATE_SOURCE -> "a source id and reference that no other source has";
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
    EditionOrder order = set -> set.stream()
        .sorted(Comparator.comparing(id -> index.getOrDefault(id, Integer.MAX_VALUE)))
        .toList();
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeNumberField("version", VERSION);
    g.writeArrayFieldStart("editions");
    for (var e : registry.editions()) {
      Forms.EDITION.write(g, e, order);
    }
    g.writeEndArray();
    if (!registry.sources().isEmpty()) {
      g.writeArrayFieldStart("sources");
      for (Source s : registry.sources()) {
        Forms.SOURCE.write(g, s, order);
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("entities");
    for (Entity e : registry.entities()) {
      Forms.ENTITY.write(g, e, order);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("relations");
    for (Relation r : registry.relations()) {
      Forms.RELATION.write(g, r, order);
    }
    g.writeEndArray();
    g.writeEndObject();
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

    /** Builds the reader and writer. */
    public RegistryJson build() {
      return new RegistryJson(this);
    }
  }
}
