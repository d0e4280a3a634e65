package org.untoc.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.ArrayList;
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
import org.untoc.core.ImmutableBody;
import org.untoc.core.ImmutableContact;
import org.untoc.core.ImmutableCounterpartType;
import org.untoc.core.ImmutableDatedFact;
import org.untoc.core.ImmutableIdentifier;
import org.untoc.core.ImmutableInstrument;
import org.untoc.core.ImmutableMandate;
import org.untoc.core.ImmutableName;
import org.untoc.core.ImmutableProgramme;
import org.untoc.core.ImmutableProvenance;
import org.untoc.core.ImmutableRelation;
import org.untoc.core.ImmutableService;
import org.untoc.core.ImmutableStrategyArea;
import org.untoc.core.ImmutableTopic;
import org.untoc.core.ImmutableUnit;
import org.untoc.core.ImmutableViolation;
import org.untoc.core.Instrument;
import org.untoc.core.InstrumentType;
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
import org.untoc.json.JsonInput.Mark;

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

  static final ImmutableMap<String, EntityKind> ENTITY_KINDS = JsonInput.labels(EntityKind.class);
  static final ImmutableMap<String, RelationKind> RELATION_KINDS = JsonInput.labels(RelationKind.class);
  static final ImmutableMap<String, NameType> NAME_TYPES = JsonInput.labels(NameType.class);
  static final ImmutableMap<String, Basis> BASES = JsonInput.labels(Basis.class);
  static final ImmutableMap<String, UnitType> UNIT_TYPES = JsonInput.labels(UnitType.class);
  static final ImmutableMap<String, InstrumentType> INSTRUMENT_TYPES = JsonInput.labels(InstrumentType.class);
  static final ImmutableMap<String, BodyType> BODY_TYPES = JsonInput.labels(BodyType.class);
  static final ImmutableMap<String, ProgrammeType> PROGRAMME_TYPES = JsonInput.labels(ProgrammeType.class);
  static final ImmutableMap<String, ServiceType> SERVICE_TYPES = JsonInput.labels(ServiceType.class);
  static final ImmutableMap<String, Rule> RULES = JsonInput.labels(Rule.class);
  static final ImmutableMap<String, Violation.Target> TARGETS = JsonInput.labels(Violation.Target.class);

  static final String ENTITY_ID = "an entity id: 1 to 100 characters from a-z, 0-9, '-' and '.',"
      + " starting and ending with a letter or digit";
  static final String EDITION_ID = "an edition id: 1 to 100 characters from a-z, 0-9, '-' and '.',"
      + " starting and ending with a letter or digit";
  static final String EDITIONS = "an array of edition ids";
  static final String PARTIAL_DATE = "a partial date: yyyy, yyyy-MM or yyyy-MM-dd";

  /** Builds a value, turning the failure of one of its checks into a document error. */
  static <T> T build(Mark at, String what, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw JsonInput.error(at, "an invalid " + what + " (" + e.getMessage() + ")", "a valid " + what);
    }
  }

  // ------------------------------------------------------------------ scalars

  static EntityId entityId(JsonInput in) {
    return in.id(ENTITY_ID, EntityId.class, EntityId::of);
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

  static List<EditionId> editions(JsonInput in) throws IOException {
    return in.distinct(EDITIONS, Codec::editionId);
  }

  static List<String> strings(JsonInput in, String expected, String element) throws IOException {
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

  static final ImmutableSet<String> PROVENANCE_KEYS = ImmutableSet.of("basis", "source", "quote", "rationale");

  static Provenance provenance(JsonInput in) throws IOException {
    // Documents often give one provenance many times over: its strings are then taken from the
    // last provenance read, and where all its fields are the same, so is the value.
    Provenance last = in.lastProvenance();
    ImmutableProvenance.Builder b = ImmutableProvenance.builder();
    Object[] seen = new Object[4];
    Mark at = in.object("a provenance: an object with basis, source and a quote or rationale",
        PROVENANCE_KEYS, key -> {
          switch (key) {
            case "basis" -> b.basis((Basis) (seen[0] = in.label(BASES, "a basis")));
            case "source" -> b.source((String) (seen[1] = in.text("a source: a non-blank string",
                last == null ? null : last.source())));
            case "quote" -> b.quote((String) (seen[2] = in.text("a quote: a non-blank string",
                last == null ? null : last.quote().orElse(null))));
            default -> b.rationale((String) (seen[3] = in.text("a rationale: a non-blank string",
                last == null ? null : last.rationale().orElse(null))));
          }
        });
    JsonInput.requireAll(at, "a provenance", seen, "basis", "source");
    if (last != null && seen[0] == last.basis() && seen[1] == last.source()
        && seen[2] == last.quote().orElse(null) && seen[3] == last.rationale().orElse(null)) {
      return last;
    }
    Provenance read = in.shared(build(at, "provenance", b::build));
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

  static final ImmutableSet<String> EDITION_KEYS = ImmutableSet.of("id", "title", "date", "source", "description");

  static Edition edition(JsonInput in) throws IOException {
    var b = Edition.builder();
    Object[] seen = new Object[3];
    Mark at = in.object("an edition: an object with id, title, source and optionally date and description",
        EDITION_KEYS, key -> {
          switch (key) {
            case "id" -> seen[0] = b.id(editionId(in));
            case "title" -> seen[1] = b.title(in.text("a title: a non-blank string"));
            case "source" -> seen[2] = b.source(in.text("a source: a non-blank string"));
            case "date" -> b.date(partialDate(in));
            default -> b.description(in.string("a description: a string"));
          }
        });
    JsonInput.requireAll(at, "an edition", seen, "id", "title", "source");
    return build(at, "edition", b::build);
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

  static final ImmutableSet<String> NAME_KEYS = ImmutableSet.of("type", "text", "editions", "provenance");

  static Name name(JsonInput in) throws IOException {
    ImmutableName.Builder b = ImmutableName.builder();
    Object[] seen = new Object[3];
    Mark at = in.object("a name: an object with type, text, provenance and optionally editions",
        NAME_KEYS, key -> {
          switch (key) {
            case "type" -> seen[0] = b.type(in.label(NAME_TYPES, "a name type"));
            case "text" -> seen[1] = b.text(in.string("a name: a string"));
            case "editions" -> b.editions(editions(in));
            default -> seen[2] = b.provenance(provenance(in));
          }
        });
    JsonInput.requireAll(at, "a name", seen, "type", "text", "provenance");
    return build(at, "name", b::build);
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

  static final ImmutableSet<String> IDENTIFIER_KEYS = ImmutableSet.of("scheme", "value", "note", "provenance");

  static Identifier identifier(JsonInput in) throws IOException {
    ImmutableIdentifier.Builder b = ImmutableIdentifier.builder();
    Object[] seen = new Object[3];
    Mark at = in.object("an identifier: an object with scheme, value, provenance and optionally note",
        IDENTIFIER_KEYS, key -> {
          switch (key) {
            case "scheme" -> seen[0] = b.scheme(in.text("a scheme: a non-blank string"));
            case "value" -> seen[1] = b.value(in.text("an identifier: a non-blank string"));
            case "note" -> b.note(in.string("a note: a string"));
            default -> seen[2] = b.provenance(provenance(in));
          }
        });
    JsonInput.requireAll(at, "an identifier", seen, "scheme", "value", "provenance");
    return build(at, "identifier", b::build);
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

  static final ImmutableSet<String> DATED_FACT_KEYS = ImmutableSet.of("date", "note", "provenance");

  static DatedFact datedFact(JsonInput in) throws IOException {
    ImmutableDatedFact.Builder b = ImmutableDatedFact.builder();
    Object[] seen = new Object[2];
    Mark at = in.object("a dated fact: an object with date, provenance and optionally note",
        DATED_FACT_KEYS, key -> {
          switch (key) {
            case "date" -> seen[0] = b.date(partialDate(in));
            case "note" -> b.note(in.string("a note: a string"));
            default -> seen[1] = b.provenance(provenance(in));
          }
        });
    JsonInput.requireAll(at, "a dated fact", seen, "date", "provenance");
    return build(at, "dated fact", b::build);
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

  static final ImmutableSet<String> CONTACT_KEYS =
      ImmutableSet.of("editions", "address", "phone", "fax", "email", "web", "provenance");

  static Contact contact(JsonInput in) throws IOException {
    ImmutableContact.Builder b = ImmutableContact.builder();
    Object[] seen = new Object[1];
    Mark at = in.object("a contact: an object with provenance and at least one of address, phone, fax,"
        + " email or web", CONTACT_KEYS, key -> {
          switch (key) {
            case "editions" -> b.editions(editions(in));
            case "address" -> b.address(strings(in, "address lines: an array of strings", "an address line: a non-blank string"));
            case "phone" -> b.phone(in.text("a phone number: a non-blank string"));
            case "fax" -> b.fax(in.text("a fax number: a non-blank string"));
            case "email" -> b.email(in.text("an e-mail address: a non-blank string"));
            case "web" -> b.web(in.text("a web address: a non-blank string"));
            default -> seen[0] = b.provenance(provenance(in));
          }
        });
    JsonInput.requireAll(at, "a contact", seen, "provenance");
    return build(at, "contact", b::build);
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

  static final ImmutableSet<String> RELATION_KEYS = ImmutableSet.of("kind", "from", "to", "editions", "provenance");

  static Relation relation(JsonInput in) throws IOException {
    ImmutableRelation.Builder b = ImmutableRelation.builder();
    Object[] seen = new Object[4];
    Mark at = in.object("a relation: an object with kind, from, to, provenance and optionally editions",
        RELATION_KEYS, key -> {
          switch (key) {
            case "kind" -> seen[0] = b.kind(in.label(RELATION_KINDS, "a relation kind"));
            case "from" -> seen[1] = b.from(entityId(in));
            case "to" -> seen[2] = b.to(entityId(in));
            case "editions" -> b.editions(editions(in));
            default -> seen[3] = b.provenance(provenance(in));
          }
        });
    JsonInput.requireAll(at, "a relation", seen, "kind", "from", "to", "provenance");
    return build(at, "relation", b::build);
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
  static final ImmutableSet<String> ENTITY_KEYS = ImmutableSet.<String>builder()
      .addAll(COMMON_KEYS).addAll(KIND_KEYS.values().stream().flatMap(Set::stream).toList()).build();

  /** The fields of an entity as read, before its kind is known to be consistent with them. */
  private static final class EntityFields {
    @Nullable EntityId id;
    @Nullable EntityKind kind;
    List<EditionId> editions = List.of();
    @Nullable List<Name> names;
    List<Identifier> identifiers = List.of();
    @Nullable List<Provenance> provenance;
    final List<String> kindKeys = new ArrayList<>(4);
    final List<int[]> kindKeyPlaces = new ArrayList<>(4);
    final java.util.Map<String, Enum<?>> types = new java.util.HashMap<>(2);
    List<Contact> contacts = List.of();
    @Nullable DatedFact adopted;
    @Nullable DatedFact openedForSignature;
    @Nullable DatedFact entryIntoForce;
    @Nullable DatedFact started;
    @Nullable DatedFact ended;
    List<String> services = List.of();
  }

  static Entity entity(JsonInput in) throws IOException {
    EntityFields f = new EntityFields();
    Mark at = in.object("an entity: an object with id, kind, names, provenance and the keys of its kind",
        ENTITY_KEYS, COMMON_KEYS.size(), key -> {
          switch (key) {
            case "id" -> f.id = entityId(in);
            case "kind" -> f.kind = in.label(ENTITY_KINDS, "an entity kind");
            case "editions" -> f.editions = editions(in);
            case "names" -> f.names = in.array("an array of names", Codec::name);
            case "identifiers" -> f.identifiers = in.array("an array of identifiers", Codec::identifier);
            case "provenance" -> f.provenance = in.array("an array of provenance", Codec::provenance);
            default -> {
              f.kindKeys.add(key);
              f.kindKeyPlaces.add(new int[] {in.keyLine(), in.keyColumn()});
              kindField(in, key, f);
            }
          }
        });
    JsonInput.requireAll(at, "an entity", new Object[] {f.id, f.kind, f.names, f.provenance},
        "id", "kind", "names", "provenance");
    EntityKind kind = f.kind;
    ImmutableSet<String> allowed = KIND_KEYS.get(kind);
    for (int i = 0; i < f.kindKeys.size(); i++) {
      if (!allowed.contains(f.kindKeys.get(i)) && !in.lenient()) {
        int[] place = f.kindKeyPlaces.get(i);
        throw JsonInput.error(at.key(f.kindKeys.get(i), place[0], place[1]), "the key " + JsonInput.quote(f.kindKeys.get(i))
            + " in an entity of kind " + kind.label(), "one of the keys " + ImmutableSet.builder()
                .addAll(COMMON_KEYS).addAll(allowed).build() + " of a " + kind.label());
      }
    }
    String typeKey = typeKey(kind);
    if (typeKey != null && !f.types.containsKey(typeKey)) {
      throw JsonInput.error(at, "a " + kind.label() + " without the key \"" + typeKey + "\"",
          "the key \"" + typeKey + "\"");
    }
    return build(at, kind.label(), () -> newEntity(f, typeKey == null ? null : f.types.get(typeKey)));
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

  private static void kindField(JsonInput in, String key, EntityFields f) throws IOException {
    switch (key) {
      case "unitType" -> f.types.put(key, in.label(UNIT_TYPES, "a unit type"));
      case "instrumentType" -> f.types.put(key, in.label(INSTRUMENT_TYPES, "an instrument type"));
      case "bodyType" -> f.types.put(key, in.label(BODY_TYPES, "a body type"));
      case "programmeType" -> f.types.put(key, in.label(PROGRAMME_TYPES, "a programme type"));
      case "serviceType" -> f.types.put(key, in.label(SERVICE_TYPES, "a service type"));
      case "contacts" -> f.contacts = in.array("an array of contacts", Codec::contact);
      case "adopted" -> f.adopted = datedFact(in);
      case "openedForSignature" -> f.openedForSignature = datedFact(in);
      case "entryIntoForce" -> f.entryIntoForce = datedFact(in);
      case "started" -> f.started = datedFact(in);
      case "ended" -> f.ended = datedFact(in);
      default -> f.services = strings(in, "services: an array of strings", "a service: a non-blank string");
    }
  }

  /** Builds the entity; the caller has checked that id, kind, names and provenance are set. */
  @SuppressWarnings("nullness")
  private static Entity newEntity(EntityFields f, @Nullable Enum<?> type) {
    EntityId id = f.id;
    List<Name> names = f.names;
    List<Provenance> prov = f.provenance;
    return switch (f.kind) {
      case UNIT -> ImmutableUnit.builder().id(id).editions(f.editions).names(names)
          .identifiers(f.identifiers).provenance(prov)
          .unitType((UnitType) type).contacts(f.contacts).build();
      case INSTRUMENT -> ImmutableInstrument.builder().id(id).editions(f.editions).names(names)
          .identifiers(f.identifiers).provenance(prov)
          .instrumentType((InstrumentType) type).adopted(Optional.ofNullable(f.adopted))
          .openedForSignature(Optional.ofNullable(f.openedForSignature))
          .entryIntoForce(Optional.ofNullable(f.entryIntoForce)).build();
      case BODY -> ImmutableBody.builder().id(id).editions(f.editions).names(names)
          .identifiers(f.identifiers).provenance(prov).bodyType((BodyType) type).build();
      case PROGRAMME -> ImmutableProgramme.builder().id(id).editions(f.editions).names(names)
          .identifiers(f.identifiers).provenance(prov).programmeType((ProgrammeType) type)
          .started(Optional.ofNullable(f.started)).ended(Optional.ofNullable(f.ended)).build();
      case MANDATE -> ImmutableMandate.builder().id(id).editions(f.editions).names(names)
          .identifiers(f.identifiers).provenance(prov).services(f.services).build();
      case SERVICE -> ImmutableService.builder().id(id).editions(f.editions).names(names)
          .identifiers(f.identifiers).provenance(prov).serviceType((ServiceType) type).build();
      case TOPIC -> ImmutableTopic.builder().id(id).editions(f.editions).names(names)
          .identifiers(f.identifiers).provenance(prov).build();
      case COUNTERPART_TYPE -> ImmutableCounterpartType.builder().id(id).editions(f.editions)
          .names(names).identifiers(f.identifiers).provenance(prov).build();
      case STRATEGY_AREA -> ImmutableStrategyArea.builder().id(id).editions(f.editions).names(names)
          .identifiers(f.identifiers).provenance(prov).build();
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
    g.writeArrayFieldStart("provenance");
    for (Provenance p : e.provenance()) {
      write(g, p);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ violation

  static final ImmutableSet<String> VIOLATION_KEYS =
      ImmutableSet.of("rule", "target", "index", "subject", "field", "message");

  static Violation violation(JsonInput in) throws IOException {
    ImmutableViolation.Builder b = ImmutableViolation.builder();
    Mark at = in.object("a violation: an object with rule, target, index, subject, field and message",
        VIOLATION_KEYS, key -> {
          switch (key) {
            case "rule" -> b.rule(in.label(RULES, "a rule"));
            case "target" -> b.target(in.label(TARGETS, "a target"));
            case "index" -> b.index(in.index("an index: a whole number from 0"));
            case "subject" -> b.subject(in.string("a subject: a string"));
            case "field" -> b.field(in.string("a field: a string"));
            default -> b.message(in.string("a message: a string"));
          }
        });
    return build(at, "violation", b::build);
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
}
