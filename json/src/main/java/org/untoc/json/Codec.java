package org.untoc.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.untoc.core.Basis;
import org.untoc.core.Body;
import org.untoc.core.BodyType;
import org.untoc.core.Contact;
import org.untoc.core.CounterpartType;
import org.untoc.core.DatedFact;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.EntityKind;
import org.untoc.core.Identifier;
import org.untoc.core.Instrument;
import org.untoc.core.InstrumentType;
import org.untoc.core.Link;
import org.untoc.core.Mandate;
import org.untoc.core.Name;
import org.untoc.core.NameType;
import org.untoc.core.PartialDate;
import org.untoc.core.Programme;
import org.untoc.core.ProgrammeType;
import org.untoc.core.Provenance;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;
import org.untoc.core.Rule;
import org.untoc.core.Service;
import org.untoc.core.ServiceType;
import org.untoc.core.StrategyArea;
import org.untoc.core.Topic;
import org.untoc.core.Unit;
import org.untoc.core.UnitType;
import org.untoc.core.Violation;
import org.untoc.core.change.Change;
import org.untoc.core.change.Migration;
import org.untoc.core.mapping.MappingRow;
import org.untoc.core.mapping.MappingStatus;
import org.untoc.core.mapping.MappingVerdict;
import org.untoc.json.JsonInput.Keys;
import org.untoc.json.JsonInput.Labels;

/**
 * Reads and writes each value type of untoc-core in the form of the registry document. One
 * implementation serves both {@link RegistryJson} and {@link UntocModule}.
 */
final class Codec {
  private Codec() {}

  /** Orders a set of editions for writing. */
  @FunctionalInterface
  interface EditionOrder {
    /** Keeps the order of the set. */
    EditionOrder AS_GIVEN = ImmutableList::copyOf;

    List<EditionId> order(Set<EditionId> editions);
  }

  static final Labels<EntityKind> ENTITY_KINDS = Labels.of(EntityKind.class);
  static final Labels<RelationKind> RELATION_KINDS = Labels.of(RelationKind.class);
  static final Labels<NameType> NAME_TYPES = Labels.of(NameType.class);
  static final Labels<Basis> BASES = Labels.of(Basis.class);
  static final Labels<UnitType> UNIT_TYPES = Labels.of(UnitType.class);
  static final Labels<InstrumentType> INSTRUMENT_TYPES = Labels.of(InstrumentType.class);
  static final Labels<BodyType> BODY_TYPES = Labels.of(BodyType.class);
  static final Labels<ProgrammeType> PROGRAMME_TYPES = Labels.of(ProgrammeType.class);
  static final Labels<ServiceType> SERVICE_TYPES = Labels.of(ServiceType.class);
  static final Labels<Rule> RULES = Labels.of(Rule.class);
  static final Labels<Violation.Target> TARGETS = Labels.of(Violation.Target.class);

  static final String ENTITY_ID = "an entity id: 1 to 100 characters from a-z, 0-9, '-' and '.',"
      + " starting and ending with a letter or digit";
  static final String EDITION_ID = "an edition id: 1 to 100 characters from a-z, 0-9, '-' and '.',"
      + " starting and ending with a letter or digit";
  static final String EDITIONS = "an array of edition ids";
  static final String PARTIAL_DATE = "a partial date: yyyy, yyyy-MM or yyyy-MM-dd";

  /**
   * Builds a value, turning the failure of one of its checks into a document error at the
   * object that starts at {@code at}.
   */
  static <T> T build(JsonInput in, long at, String what, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw invalid(in, at, what, e);
    }
  }

  /** Returns the error for a value whose checks failed, at the object that starts at {@code at}. */
  static DocumentException invalid(JsonInput in, long at, String what, RuntimeException e) {
    return JsonInput.error(in.at(at), "an invalid " + what + " (" + e.getMessage() + ")", "a valid " + what);
  }

  // ------------------------------------------------------------------ scalars

  static EntityId entityId(JsonInput in) {
    return in.entityId(ENTITY_ID);
  }

  static EditionId editionId(JsonInput in) {
    return in.id(EDITION_ID, EditionId.class, EditionId::of);
  }

  static PartialDate partialDate(JsonInput in) {
    return parsed(in, PARTIAL_DATE, PartialDate::parse);
  }

  /** Reads a string and parses it; a string that does not parse is an error at that string. */
  private static <T> T parsed(JsonInput in, String expected, java.util.function.Function<String, T> parse) {
    String s = in.string(expected);
    try {
      return parse.apply(s);
    } catch (IllegalArgumentException e) {
      throw in.unexpected(expected);
    }
  }

  static ImmutableSet<EditionId> editions(JsonInput in) throws IOException {
    return in.distinct(EDITIONS, Codec::editionId);
  }

  static ImmutableList<String> strings(JsonInput in, String expected, String element) throws IOException {
    return in.array(expected, i -> i.text(element));
  }

  private static void writeEditions(JsonGenerator g, Set<EditionId> editions, EditionOrder order)
      throws IOException {
    if (!editions.isEmpty()) {
      // on one line, for people: edition ids are slugs and need no escaping
      StringBuilder sb = new StringBuilder("[");
      for (EditionId e : order.order(editions)) {
        sb.append(sb.length() == 1 ? "\"" : ", \"").append(e).append('"');
      }
      g.writeFieldName("editions");
      g.writeRawValue(sb.append(']').toString());
    }
  }

  private static void writeOptional(JsonGenerator g, String key, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(key, value.get());
    }
  }

  static void writeStrings(JsonGenerator g, String key, Collection<String> values) throws IOException {
    if (!values.isEmpty()) {
      g.writeArrayFieldStart(key);
      for (String s : values) {
        g.writeString(s);
      }
      g.writeEndArray();
    }
  }

  // ------------------------------------------------------------------ provenance

  static final Keys PROVENANCE = new Keys("a provenance",
      "a provenance: an object with basis, source and a quote or rationale",
      ImmutableSet.of("basis", "source", "quote", "rationale"), "basis", "source");

  static Provenance provenance(JsonInput in) throws IOException {
    // Documents often give one provenance many times over: its strings are then taken from the
    // last provenance read, and where all its fields are the same, so is the value.
    Basis basis = null;
    String source = null;
    String quote = null;
    String rationale = null;
    long at = in.begin(PROVENANCE);
    long seen = 0;
    for (int k = -1; (k = in.key(PROVENANCE, seen, k)) >= 0; ) {
      seen |= 1L << k;
      switch (k) {
        case 0 -> basis = in.label(BASES, "a basis");
        case 1 -> source = in.text("a source: a non-blank string", in.lastSource());
        case 2 -> quote = in.text("a quote: a non-blank string", in.lastQuote());
        default -> rationale = in.text("a rationale: a non-blank string", in.lastRationale());
      }
    }
    in.require(at, PROVENANCE, seen);
    Provenance last = in.lastProvenance();
    if (last != null && basis == last.basis() && source == in.lastSource() && quote == in.lastQuote()
        && rationale == in.lastRationale()) {
      return last;
    }
    Provenance read;
    try {
      read = Provenance.builder().basis(basis).source(source)
          .quote(Optional.ofNullable(quote)).rationale(Optional.ofNullable(rationale)).build();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw invalid(in, at, "provenance", e);
    }
    read = in.shared(read);
    in.lastProvenance(read);
    return read;
  }

  static void write(JsonGenerator g, Provenance p) throws IOException {
    g.writeStartObject();
    g.writeStringField("basis", JsonInput.label(p.basis()));
    g.writeStringField("source", p.source());
    writeOptional(g, "quote", p.quote());
    writeOptional(g, "rationale", p.rationale());
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ edition

  static final Keys EDITION = new Keys("an edition",
      "an edition: an object with id, title, source and optionally date and description",
      ImmutableSet.of("id", "title", "date", "source", "description"), "id", "title", "source");

  static Edition edition(JsonInput in) throws IOException {
    var b = Edition.builder();
    long at = in.begin(EDITION);
    long seen = 0;
    for (int k = -1; (k = in.key(EDITION, seen, k)) >= 0; ) {
      seen |= 1L << k;
      switch (k) {
        case 0 -> b.id(editionId(in));
        case 1 -> b.title(in.text("a title: a non-blank string"));
        case 2 -> b.date(partialDate(in));
        case 3 -> b.source(in.text("a source: a non-blank string"));
        default -> b.description(in.string("a description: a string"));
      }
    }
    in.require(at, EDITION, seen);
    return build(in, at, "edition", b::build);
  }

  static void write(JsonGenerator g, Edition e) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id().toString());
    g.writeStringField("title", e.title());
    if (e.date().isPresent()) {
      g.writeStringField("date", e.date().get().toString());
    }
    g.writeStringField("source", e.source());
    writeOptional(g, "description", e.description());
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ name

  static final Keys NAME = new Keys("a name",
      "a name: an object with type, text, provenance and optionally editions",
      ImmutableSet.of("type", "text", "editions", "provenance"), "type", "text", "provenance");

  @SuppressWarnings("nullness") // type, text and provenance are required
  static Name name(JsonInput in) throws IOException {
    NameType type = null;
    String text = null;
    ImmutableSet<EditionId> editions = ImmutableSet.of();
    Provenance provenance = null;
    long at = in.begin(NAME);
    long seen = 0;
    for (int k = -1; (k = in.key(NAME, seen, k)) >= 0; ) {
      seen |= 1L << k;
      switch (k) {
        case 0 -> type = in.label(NAME_TYPES, "a name type");
        case 1 -> text = in.string("a name: a string");
        case 2 -> editions = editions(in);
        default -> provenance = provenance(in);
      }
    }
    in.require(at, NAME, seen);
    try {
      return Name.builder().type(type).text(text).editions(editions).provenance(provenance).build();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw invalid(in, at, "name", e);
    }
  }

  static void write(JsonGenerator g, Name n, EditionOrder order) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", JsonInput.label(n.type()));
    g.writeStringField("text", n.text());
    writeEditions(g, n.editions(), order);
    g.writeFieldName("provenance");
    write(g, n.provenance());
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ identifier

  static final Keys IDENTIFIER = new Keys("an identifier",
      "an identifier: an object with scheme, value, provenance and optionally note",
      ImmutableSet.of("scheme", "value", "note", "provenance"), "scheme", "value", "provenance");

  static Identifier identifier(JsonInput in) throws IOException {
    Identifier.Builder b = Identifier.builder();
    long at = in.begin(IDENTIFIER);
    long seen = 0;
    for (int k = -1; (k = in.key(IDENTIFIER, seen, k)) >= 0; ) {
      seen |= 1L << k;
      switch (k) {
        case 0 -> b.scheme(in.text("a scheme: a non-blank string"));
        case 1 -> b.value(in.text("an identifier: a non-blank string"));
        case 2 -> b.note(in.string("a note: a string"));
        default -> b.provenance(provenance(in));
      }
    }
    in.require(at, IDENTIFIER, seen);
    return build(in, at, "identifier", b::build);
  }

  static void write(JsonGenerator g, Identifier i) throws IOException {
    g.writeStartObject();
    g.writeStringField("scheme", i.scheme());
    g.writeStringField("value", i.value());
    writeOptional(g, "note", i.note());
    g.writeFieldName("provenance");
    write(g, i.provenance());
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ dated fact

  static final Keys DATED_FACT = new Keys("a dated fact",
      "a dated fact: an object with date, provenance and optionally note",
      ImmutableSet.of("date", "note", "provenance"), "date", "provenance");

  static DatedFact datedFact(JsonInput in) throws IOException {
    DatedFact.Builder b = DatedFact.builder();
    long at = in.begin(DATED_FACT);
    long seen = 0;
    for (int k = -1; (k = in.key(DATED_FACT, seen, k)) >= 0; ) {
      seen |= 1L << k;
      switch (k) {
        case 0 -> b.date(partialDate(in));
        case 1 -> b.note(in.string("a note: a string"));
        default -> b.provenance(provenance(in));
      }
    }
    in.require(at, DATED_FACT, seen);
    return build(in, at, "dated fact", b::build);
  }

  static void write(JsonGenerator g, DatedFact d) throws IOException {
    g.writeStartObject();
    g.writeStringField("date", d.date().toString());
    writeOptional(g, "note", d.note());
    g.writeFieldName("provenance");
    write(g, d.provenance());
    g.writeEndObject();
  }

  private static void writeDated(JsonGenerator g, String key, Optional<DatedFact> d) throws IOException {
    if (d.isPresent()) {
      g.writeFieldName(key);
      write(g, d.get());
    }
  }

  // ------------------------------------------------------------------ contact

  static final Keys CONTACT = new Keys("a contact",
      "a contact: an object with provenance and at least one of address, phone, fax, email or web",
      ImmutableSet.of("editions", "address", "phone", "fax", "email", "web", "provenance"), "provenance");

  static Contact contact(JsonInput in) throws IOException {
    Contact.Builder b = Contact.builder();
    long at = in.begin(CONTACT);
    long seen = 0;
    for (int k = -1; (k = in.key(CONTACT, seen, k)) >= 0; ) {
      seen |= 1L << k;
      switch (k) {
        case 0 -> b.addAllEditions(editions(in));
        case 1 -> b.addAllAddress(strings(in, "address lines: an array of strings", "an address line: a non-blank string"));
        case 2 -> b.phone(in.text("a phone number: a non-blank string"));
        case 3 -> b.fax(in.text("a fax number: a non-blank string"));
        case 4 -> b.email(in.text("an e-mail address: a non-blank string"));
        case 5 -> b.web(in.text("a web address: a non-blank string"));
        default -> b.provenance(provenance(in));
      }
    }
    in.require(at, CONTACT, seen);
    return build(in, at, "contact", b::build);
  }

  static void write(JsonGenerator g, Contact c, EditionOrder order) throws IOException {
    g.writeStartObject();
    writeEditions(g, c.editions(), order);
    writeStrings(g, "address", c.address());
    writeOptional(g, "phone", c.phone());
    writeOptional(g, "fax", c.fax());
    writeOptional(g, "email", c.email());
    writeOptional(g, "web", c.web());
    g.writeFieldName("provenance");
    write(g, c.provenance());
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ relation

  static final Keys RELATION = new Keys("a relation",
      "a relation: an object with kind, from, to, provenance and optionally editions",
      ImmutableSet.of("kind", "from", "to", "editions", "provenance"), "kind", "from", "to", "provenance");

  @SuppressWarnings("nullness") // kind, from, to and provenance are required
  static Relation relation(JsonInput in) throws IOException {
    RelationKind kind = null;
    EntityId from = null;
    EntityId to = null;
    ImmutableSet<EditionId> editions = ImmutableSet.of();
    Provenance provenance = null;
    long at = in.begin(RELATION);
    long seen = 0;
    for (int k = -1; (k = in.key(RELATION, seen, k)) >= 0; ) {
      seen |= 1L << k;
      switch (k) {
        case 0 -> kind = in.label(RELATION_KINDS, "a relation kind");
        // documents written by this library give relations in the order of their from ids
        case 1 -> from = in.entityId(ENTITY_ID, 1);
        case 2 -> to = in.entityId(ENTITY_ID, 2);
        case 3 -> editions = editions(in);
        default -> provenance = provenance(in);
      }
    }
    in.require(at, RELATION, seen);
    try {
      return Relation.builder().from(from).kind(kind).to(to).editions(editions).provenance(provenance).build();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw invalid(in, at, "relation", e);
    }
  }

  static void write(JsonGenerator g, Relation r, EditionOrder order) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", r.kind().label());
    g.writeStringField("from", r.from().toString());
    g.writeStringField("to", r.to().toString());
    writeEditions(g, r.editions(), order);
    g.writeFieldName("provenance");
    write(g, r.provenance());
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ entity

  static final ImmutableSet<String> COMMON_KEYS =
      ImmutableSet.of("id", "kind", "editions", "names", "identifiers", "provenance");
  /** The keys of each kind besides the common ones. */
  static final ImmutableMap<EntityKind, ImmutableSet<String>> KIND_KEYS = ImmutableMap.<EntityKind, ImmutableSet<String>>builder()
      .put(EntityKind.UNIT, ImmutableSet.of("unitType", "contacts"))
      .put(EntityKind.INSTRUMENT, ImmutableSet.of("instrumentType", "adopted", "openedForSignature", "entryIntoForce"))
      .put(EntityKind.BODY, ImmutableSet.of("bodyType"))
      .put(EntityKind.PROGRAMME, ImmutableSet.of("programmeType", "started", "ended"))
      .put(EntityKind.MANDATE, ImmutableSet.of("services"))
      .put(EntityKind.SERVICE, ImmutableSet.of("serviceType"))
      .put(EntityKind.TOPIC, ImmutableSet.of())
      .put(EntityKind.COUNTERPART_TYPE, ImmutableSet.of())
      .put(EntityKind.STRATEGY_AREA, ImmutableSet.of())
      .buildOrThrow();
  static final Keys ENTITY = new Keys("an entity",
      "an entity: an object with id, kind, names, provenance and the keys of its kind",
      ImmutableSet.<String>builder().addAll(COMMON_KEYS)
          .addAll(KIND_KEYS.values().stream().flatMap(Set::stream).toList()).build(),
      // numbered in the order documents written by this library give them
      List.of("id", "kind", "unitType", "instrumentType", "bodyType", "programmeType", "serviceType",
          "editions", "names", "contacts", "adopted", "openedForSignature", "entryIntoForce", "started",
          "ended", "services", "identifiers", "provenance"),
      "id", "kind", "names", "provenance")
      .placing(KIND_KEYS.values().stream().flatMap(Set::stream).toArray(String[]::new));
  /** The numbers of the keys of ENTITY that belong to kinds. */
  private static final long KIND_KEY_MASK =
      ENTITY.mask(KIND_KEYS.values().stream().flatMap(Set::stream).toArray(String[]::new));
  /** For each kind, by ordinal, the numbers of the keys of ENTITY of that kind. */
  private static final long[] KIND_MASKS = Arrays.stream(EntityKind.values())
      .mapToLong(kind -> ENTITY.mask(KIND_KEYS.get(kind).toArray(String[]::new))).toArray();
  /** For each kind, by ordinal, the number of the key of ENTITY that gives its type, as a mask; 0 for none. */
  private static final long[] TYPE_MASKS = Arrays.stream(EntityKind.values())
      .mapToLong(kind -> typeKey(kind) == null ? 0 : ENTITY.mask(typeKey(kind))).toArray();

  /**
   * The fields of an entity as read, before its kind is known to be consistent with them. One
   * per input, made again for each entity by {@link #reset}: entities do not nest.
   */
  private static final class EntityFields {
    @Nullable EntityId id;
    @Nullable EntityKind kind;
    ImmutableSet<EditionId> editions;
    ImmutableList<Name> names;
    ImmutableList<Identifier> identifiers;
    ImmutableList<Provenance> provenance;
    @Nullable UnitType unitType;
    @Nullable InstrumentType instrumentType;
    @Nullable BodyType bodyType;
    @Nullable ProgrammeType programmeType;
    @Nullable ServiceType serviceType;
    ImmutableList<Contact> contacts;
    @Nullable DatedFact adopted;
    @Nullable DatedFact openedForSignature;
    @Nullable DatedFact entryIntoForce;
    @Nullable DatedFact started;
    @Nullable DatedFact ended;
    ImmutableList<String> services;
    /**
     * The keys of kinds read before the entity's kind or not of its kind, each as its number,
     * line and column, in the order read; null for none.
     */
    int @Nullable [] doubtful;
    int doubtfulSize;

    EntityFields() {
      reset();
    }

    /** Returns these fields as they are before an entity is read. */
    @SuppressWarnings("nullness") // the fields that may be null
    EntityFields reset() {
      id = null;
      kind = null;
      editions = ImmutableSet.of();
      names = ImmutableList.of();
      identifiers = ImmutableList.of();
      provenance = ImmutableList.of();
      unitType = null;
      instrumentType = null;
      bodyType = null;
      programmeType = null;
      serviceType = null;
      contacts = ImmutableList.of();
      adopted = null;
      openedForSignature = null;
      entryIntoForce = null;
      started = null;
      ended = null;
      services = ImmutableList.of();
      doubtful = null;
      doubtfulSize = 0;
      return this;
    }

    void doubt(int key, int line, int column) {
      if (doubtful == null) {
        doubtful = new int[12];
      } else if (doubtfulSize == doubtful.length) {
        doubtful = Arrays.copyOf(doubtful, doubtfulSize * 2);
      }
      doubtful[doubtfulSize++] = key;
      doubtful[doubtfulSize++] = line;
      doubtful[doubtfulSize++] = column;
    }
  }

  static Entity entity(JsonInput in) throws IOException {
    EntityFields f = in.scratch(EntityFields.class, EntityFields::new).reset();
    long at = in.begin(ENTITY);
    long seen = 0;
    for (int k = -1; (k = in.key(ENTITY, seen, k)) >= 0; ) {
      seen |= 1L << k;
      switch (k) {
        case 0 -> f.id = in.declaredEntityId(ENTITY_ID);
        case 1 -> f.kind = in.label(ENTITY_KINDS, "an entity kind");
        case 7 -> f.editions = editions(in);
        case 8 -> f.names = in.array("an array of names", Codec::name);
        case 16 -> f.identifiers = in.array("an array of identifiers", Codec::identifier);
        // entities often cite the same sources as others: an equal list read lately is held once
        case 17 -> f.provenance = in.shared(in.array("an array of provenance", Codec::provenance));
        default -> {
          EntityKind kind = f.kind;
          if (kind == null || (KIND_MASKS[kind.ordinal()] & 1L << k) == 0) {
            f.doubt(k, in.keyLine(), in.keyColumn());
          }
          kindField(in, k, f);
        }
      }
    }
    in.require(at, ENTITY, seen);
    @SuppressWarnings("nullness") // required
    EntityKind kind = f.kind;
    int[] doubtful = f.doubtful;
    for (int i = 0; doubtful != null && i < f.doubtfulSize; i += 3) {
      if ((KIND_MASKS[kind.ordinal()] & 1L << doubtful[i]) == 0 && !in.lenient()) {
        String key = ENTITY.get(doubtful[i]);
        throw JsonInput.error(in.at(at).key(key, doubtful[i + 1], doubtful[i + 2]), "the key "
            + JsonInput.quote(key) + " in an entity of kind " + kind.label(), "one of the keys "
            + ImmutableSet.builder().addAll(COMMON_KEYS).addAll(KIND_KEYS.get(kind)).build()
            + " of a " + kind.label());
      }
    }
    if ((seen & TYPE_MASKS[kind.ordinal()]) != TYPE_MASKS[kind.ordinal()]) {
      String typeKey = typeKey(kind);
      throw JsonInput.error(in.at(at), "a " + kind.label() + " without the key \"" + typeKey + "\"",
          "the key \"" + typeKey + "\"");
    }
    try {
      return newEntity(f);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw invalid(in, at, kind.label(), e);
    }
  }

  /** Returns the key of the type of an entity of a kind, if the kind has a type. */
  static @Nullable String typeKey(EntityKind kind) {
    return switch (kind) {
      case UNIT -> "unitType";
      case INSTRUMENT -> "instrumentType";
      case BODY -> "bodyType";
      case PROGRAMME -> "programmeType";
      case SERVICE -> "serviceType";
      default -> null;
    };
  }

  /** Returns the type of an entity whose kind has one. */
  private static Enum<?> type(Entity e) {
    if (e instanceof Unit u) {
      return u.unitType();
    } else if (e instanceof Instrument i) {
      return i.instrumentType();
    } else if (e instanceof Body b) {
      return b.bodyType();
    } else if (e instanceof Programme p) {
      return p.programmeType();
    }
    return ((Service) e).serviceType();
  }

  private static void kindField(JsonInput in, int key, EntityFields f) throws IOException {
    switch (key) {
      case 2 -> f.unitType = in.label(UNIT_TYPES, "a unit type");
      case 3 -> f.instrumentType = in.label(INSTRUMENT_TYPES, "an instrument type");
      case 4 -> f.bodyType = in.label(BODY_TYPES, "a body type");
      case 5 -> f.programmeType = in.label(PROGRAMME_TYPES, "a programme type");
      case 6 -> f.serviceType = in.label(SERVICE_TYPES, "a service type");
      case 9 -> f.contacts = in.array("an array of contacts", Codec::contact);
      case 10 -> f.adopted = datedFact(in);
      case 11 -> f.openedForSignature = datedFact(in);
      case 12 -> f.entryIntoForce = datedFact(in);
      case 13 -> f.started = datedFact(in);
      case 14 -> f.ended = datedFact(in);
      default -> f.services = strings(in, "services: an array of strings", "a service: a non-blank string");
    }
  }

  /** Builds the entity; the caller has checked that id, kind, names, provenance and type are set. */
  @SuppressWarnings("nullness")
  private static Entity newEntity(EntityFields f) {
    // the lists as read, which the entity keeps rather than copying
    EntityId id = f.id;
    ImmutableSet<EditionId> editions = f.editions;
    ImmutableList<Name> names = f.names;
    ImmutableList<Identifier> identifiers = f.identifiers;
    ImmutableList<Provenance> prov = f.provenance;
    return switch (f.kind) {
      case UNIT -> Unit.builder().id(id).editions(editions).names(names).identifiers(identifiers)
          .provenance(prov).unitType(f.unitType).contacts(f.contacts).build();
      case INSTRUMENT -> Instrument.builder().id(id).editions(editions).names(names).identifiers(identifiers)
          .provenance(prov).instrumentType(f.instrumentType).adopted(Optional.ofNullable(f.adopted))
          .openedForSignature(Optional.ofNullable(f.openedForSignature))
          .entryIntoForce(Optional.ofNullable(f.entryIntoForce)).build();
      case BODY -> Body.builder().id(id).editions(editions).names(names).identifiers(identifiers)
          .provenance(prov).bodyType(f.bodyType).build();
      case PROGRAMME -> Programme.builder().id(id).editions(editions).names(names).identifiers(identifiers)
          .provenance(prov).programmeType(f.programmeType).started(Optional.ofNullable(f.started))
          .ended(Optional.ofNullable(f.ended)).build();
      case MANDATE -> Mandate.builder().id(id).editions(editions).names(names).identifiers(identifiers)
          .provenance(prov).services(f.services).build();
      case SERVICE -> Service.builder().id(id).editions(editions).names(names).identifiers(identifiers)
          .provenance(prov).serviceType(f.serviceType).build();
      case TOPIC -> Topic.builder().id(id).editions(editions).names(names).identifiers(identifiers)
          .provenance(prov).build();
      case COUNTERPART_TYPE -> CounterpartType.builder().id(id).editions(editions).names(names)
          .identifiers(identifiers).provenance(prov).build();
      case STRATEGY_AREA -> StrategyArea.builder().id(id).editions(editions).names(names)
          .identifiers(identifiers).provenance(prov).build();
    };
  }

  static void write(JsonGenerator g, Entity e, EditionOrder order) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id().toString());
    g.writeStringField("kind", e.kind().label());
    String typeKey = typeKey(e.kind());
    if (typeKey != null) {
      g.writeStringField(typeKey, JsonInput.label(type(e)));
    }
    writeEditions(g, e.editions(), order);
    g.writeArrayFieldStart("names");
    for (Name n : e.names()) {
      write(g, n, order);
    }
    g.writeEndArray();
    if (e instanceof Unit u && !u.contacts().isEmpty()) {
      g.writeArrayFieldStart("contacts");
      for (Contact c : u.contacts()) {
        write(g, c, order);
      }
      g.writeEndArray();
    } else if (e instanceof Instrument i) {
      writeDated(g, "adopted", i.adopted());
      writeDated(g, "openedForSignature", i.openedForSignature());
      writeDated(g, "entryIntoForce", i.entryIntoForce());
    } else if (e instanceof Programme p) {
      writeDated(g, "started", p.started());
      writeDated(g, "ended", p.ended());
    } else if (e instanceof Mandate m) {
      writeStrings(g, "services", m.services());
    }
    if (!e.identifiers().isEmpty()) {
      g.writeArrayFieldStart("identifiers");
      for (Identifier i : e.identifiers()) {
        write(g, i);
      }
      g.writeEndArray();
    }
    writeProvenance(g, e.provenance());
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ violation

  static final Keys VIOLATION = new Keys("a violation",
      "a violation: an object with rule, target, index, subject, field and message",
      ImmutableSet.of("rule", "target", "index", "subject", "field", "message"));

  static Violation violation(JsonInput in) throws IOException {
    Violation.Builder b = Violation.builder();
    long at = in.begin(VIOLATION);
    long seen = 0;
    for (int k = -1; (k = in.key(VIOLATION, seen, k)) >= 0; ) {
      seen |= 1L << k;
      switch (k) {
        case 0 -> b.rule(in.label(RULES, "a rule"));
        case 1 -> b.target(in.label(TARGETS, "a target"));
        case 2 -> b.index(in.index("an index: a whole number from 0"));
        case 3 -> b.subject(in.string("a subject: a string"));
        case 4 -> b.field(in.string("a field: a string"));
        default -> b.message(in.string("a message: a string"));
      }
    }
    return build(in, at, "violation", b::build);
  }

  static void write(JsonGenerator g, Violation v) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", JsonInput.label(v.rule()));
    g.writeStringField("target", JsonInput.label(v.target()));
    g.writeNumberField("index", v.index());
    g.writeStringField("subject", v.subject());
    g.writeStringField("field", v.field());
    g.writeStringField("message", v.message());
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ change

  static final Labels<Change.Type> CHANGE_TYPES = Labels.of(Change.Type.class);
  static final Keys CHANGE = new Keys("a change",
      "a change: an object with type, subject, fromEdition, toEdition, provenance and optionally"
          + " oldRelation, newRelation, nameType, oldName, newName and parts",
      ImmutableSet.of("type", "subject", "fromEdition", "toEdition", "oldRelation", "newRelation", "nameType",
          "oldName", "newName", "parts", "provenance"),
      "type", "subject", "fromEdition", "toEdition", "provenance");

  static Change change(JsonInput in) throws IOException {
    Change.Builder b = Change.builder();
    long at = in.begin(CHANGE);
    long seen = 0;
    for (int k = -1; (k = in.key(CHANGE, seen, k)) >= 0; ) {
      seen |= 1L << k;
      switch (k) {
        case 0 -> b.type(in.label(CHANGE_TYPES, "a change type"));
        case 1 -> b.subject(entityId(in));
        case 2 -> b.fromEdition(editionId(in));
        case 3 -> b.toEdition(editionId(in));
        case 4 -> b.oldRelation(relation(in));
        case 5 -> b.newRelation(relation(in));
        case 6 -> b.nameType(in.label(NAME_TYPES, "a name type"));
        case 7 -> b.oldName(in.string("a name: a string"));
        case 8 -> b.newName(in.string("a name: a string"));
        case 9 -> b.addAllParts(in.array("an array of entity ids", Codec::entityId));
        default -> b.addAllProvenance(in.array("an array of provenance", Codec::provenance));
      }
    }
    in.require(at, CHANGE, seen);
    return build(in, at, "change", b::build);
  }

  static void write(JsonGenerator g, Change c) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", JsonInput.label(c.type()));
    g.writeStringField("subject", c.subject().toString());
    g.writeStringField("fromEdition", c.fromEdition().toString());
    g.writeStringField("toEdition", c.toEdition().toString());
    writeRelation(g, "oldRelation", c.oldRelation());
    writeRelation(g, "newRelation", c.newRelation());
    if (c.nameType().isPresent()) {
      g.writeStringField("nameType", JsonInput.label(c.nameType().get()));
    }
    writeOptional(g, "oldName", c.oldName());
    writeOptional(g, "newName", c.newName());
    writeIds(g, "parts", c.parts());
    writeProvenance(g, c.provenance());
    g.writeEndObject();
  }

  private static void writeProvenance(JsonGenerator g, List<Provenance> provenance) throws IOException {
    g.writeArrayFieldStart("provenance");
    for (Provenance p : provenance) {
      write(g, p);
    }
    g.writeEndArray();
  }

  private static void writeRelation(JsonGenerator g, String key, Optional<Relation> r) throws IOException {
    if (r.isPresent()) {
      g.writeFieldName(key);
      write(g, r.get(), EditionOrder.AS_GIVEN);
    }
  }

  /** Writes an id, or another value written as its text, if present. */
  private static void writeId(JsonGenerator g, String key, Optional<?> id) throws IOException {
    if (id.isPresent()) {
      g.writeStringField(key, id.get().toString());
    }
  }

  private static void writeIds(JsonGenerator g, String key, List<EntityId> ids) throws IOException {
    if (!ids.isEmpty()) {
      g.writeArrayFieldStart(key);
      for (EntityId id : ids) {
        g.writeString(id.toString());
      }
      g.writeEndArray();
    }
  }

  // ------------------------------------------------------------------ migration

  static final Labels<Migration.Status> MIGRATION_STATUSES = Labels.of(Migration.Status.class);
  static final Keys MIGRATION = new Keys("a migration",
      "a migration: an object with programme, mappedUnit, fromEdition, toEdition, holdsInSource, status,"
          + " message and optionally sourceUnit, unit and evidence",
      ImmutableSet.of("programme", "mappedUnit", "fromEdition", "toEdition", "holdsInSource", "sourceUnit",
          "status", "unit", "evidence", "message"),
      "programme", "mappedUnit", "fromEdition", "toEdition", "holdsInSource", "status", "message");

  static Migration migration(JsonInput in) throws IOException {
    Migration.Builder b = Migration.builder();
    long at = in.begin(MIGRATION);
    long seen = 0;
    for (int k = -1; (k = in.key(MIGRATION, seen, k)) >= 0; ) {
      seen |= 1L << k;
      switch (k) {
        case 0 -> b.programme(entityId(in));
        case 1 -> b.mappedUnit(entityId(in));
        case 2 -> b.fromEdition(editionId(in));
        case 3 -> b.toEdition(editionId(in));
        case 4 -> b.holdsInSource(in.bool("true or false"));
        case 5 -> b.sourceUnit(entityId(in));
        case 6 -> b.status(in.label(MIGRATION_STATUSES, "a migration status"));
        case 7 -> b.unit(entityId(in));
        case 8 -> b.evidence(relation(in));
        default -> b.message(in.string("a message: a string"));
      }
    }
    in.require(at, MIGRATION, seen);
    return build(in, at, "migration", b::build);
  }

  static void write(JsonGenerator g, Migration m) throws IOException {
    g.writeStartObject();
    g.writeStringField("programme", m.programme().toString());
    g.writeStringField("mappedUnit", m.mappedUnit().toString());
    g.writeStringField("fromEdition", m.fromEdition().toString());
    g.writeStringField("toEdition", m.toEdition().toString());
    g.writeBooleanField("holdsInSource", m.holdsInSource());
    writeId(g, "sourceUnit", m.sourceUnit());
    g.writeStringField("status", JsonInput.label(m.status()));
    writeId(g, "unit", m.unit());
    writeRelation(g, "evidence", m.evidence());
    g.writeStringField("message", m.message());
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ mapping row and verdict

  static final Keys MAPPING_ROW = new Keys("a mapping row",
      "a mapping row: an object with programme, unit and optionally line and edition",
      ImmutableSet.of("line", "programme", "unit", "edition"), "programme", "unit");

  static MappingRow mappingRow(JsonInput in) throws IOException {
    MappingRow.Builder b = MappingRow.builder();
    long at = in.begin(MAPPING_ROW);
    long seen = 0;
    for (int k = -1; (k = in.key(MAPPING_ROW, seen, k)) >= 0; ) {
      seen |= 1L << k;
      switch (k) {
        case 0 -> b.line(in.wholeNumber("a line number: a whole number from 0"));
        case 1 -> b.programme(in.string("a programme: a string"));
        case 2 -> b.unit(in.string("a unit: a string"));
        default -> b.edition(in.string("an edition: a string"));
      }
    }
    in.require(at, MAPPING_ROW, seen);
    return build(in, at, "mapping row", b::build);
  }

  static void write(JsonGenerator g, MappingRow r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("line", r.line());
    g.writeStringField("programme", r.programme());
    g.writeStringField("unit", r.unit());
    writeOptional(g, "edition", r.edition());
    g.writeEndObject();
  }

  static final Labels<MappingStatus> MAPPING_STATUSES = Labels.of(MappingStatus.class);
  static final Keys MAPPING_VERDICT = new Keys("a mapping verdict",
      "a mapping verdict: an object with row, status, message and optionally edition, programme, unit,"
          + " expected, latest and candidates",
      ImmutableSet.of("row", "status", "edition", "programme", "unit", "expected", "latest", "candidates",
          "message"),
      "row", "status", "message");

  static MappingVerdict mappingVerdict(JsonInput in) throws IOException {
    MappingVerdict.Builder b = MappingVerdict.builder();
    long at = in.begin(MAPPING_VERDICT);
    long seen = 0;
    for (int k = -1; (k = in.key(MAPPING_VERDICT, seen, k)) >= 0; ) {
      seen |= 1L << k;
      switch (k) {
        case 0 -> b.row(mappingRow(in));
        case 1 -> b.status(in.label(MAPPING_STATUSES, "a mapping status"));
        case 2 -> b.edition(editionId(in));
        case 3 -> b.programme(entityId(in));
        case 4 -> b.unit(entityId(in));
        case 5 -> b.expected(entityId(in));
        case 6 -> b.latest(migration(in));
        case 7 -> b.addAllCandidates(in.array("an array of entities", Codec::entity));
        default -> b.message(in.string("a message: a string"));
      }
    }
    in.require(at, MAPPING_VERDICT, seen);
    return build(in, at, "mapping verdict", b::build);
  }

  static void write(JsonGenerator g, MappingVerdict v) throws IOException {
    g.writeStartObject();
    g.writeFieldName("row");
    write(g, v.row());
    g.writeStringField("status", JsonInput.label(v.status()));
    writeId(g, "edition", v.edition());
    writeId(g, "programme", v.programme());
    writeId(g, "unit", v.unit());
    writeId(g, "expected", v.expected());
    if (v.latest().isPresent()) {
      g.writeFieldName("latest");
      write(g, v.latest().get());
    }
    if (!v.candidates().isEmpty()) {
      g.writeArrayFieldStart("candidates");
      for (Entity e : v.candidates()) {
        write(g, e, EditionOrder.AS_GIVEN);
      }
      g.writeEndArray();
    }
    g.writeStringField("message", v.message());
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ link

  static final Keys LINK = new Keys("a link", "a link: an object with entity and relation",
      ImmutableSet.of("entity", "relation"), "entity", "relation");

  @SuppressWarnings("nullness") // both required
  static Link link(JsonInput in) throws IOException {
    Entity entity = null;
    Relation relation = null;
    long at = in.begin(LINK);
    long seen = 0;
    for (int k = -1; (k = in.key(LINK, seen, k)) >= 0; ) {
      seen |= 1L << k;
      if (k == 0) {
        entity = entity(in);
      } else {
        relation = relation(in);
      }
    }
    in.require(at, LINK, seen);
    Entity e = entity;
    Relation r = relation;
    return build(in, at, "link", () -> Link.of(e, r));
  }

  static void write(JsonGenerator g, Link l) throws IOException {
    g.writeStartObject();
    g.writeFieldName("entity");
    write(g, l.entity(), EditionOrder.AS_GIVEN);
    g.writeFieldName("relation");
    write(g, l.relation(), EditionOrder.AS_GIVEN);
    g.writeEndObject();
  }
}
