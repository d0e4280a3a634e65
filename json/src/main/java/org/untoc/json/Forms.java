package org.untoc.json;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.untoc.core.Basis;
import org.untoc.core.Body;
import org.untoc.core.BodyType;
import org.untoc.core.Contact;
import org.untoc.core.CounterpartType;
import org.untoc.core.DatedFact;
import org.untoc.core.Description;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.EntityKind;
import org.untoc.core.Identifier;
import org.untoc.core.Instrument;
import org.untoc.core.InstrumentType;
import org.untoc.core.Labelled;
import org.untoc.core.Link;
import org.untoc.core.LookupException;
import org.untoc.core.Mandate;
import org.untoc.core.Name;
import org.untoc.core.NameType;
import org.untoc.core.PartialDate;
import org.untoc.core.Period;
import org.untoc.core.Programme;
import org.untoc.core.ProgrammeType;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;
import org.untoc.core.Rule;
import org.untoc.core.Service;
import org.untoc.core.ServiceType;
import org.untoc.core.Source;
import org.untoc.core.SourceKind;
import org.untoc.core.StrategyArea;
import org.untoc.core.Topic;
import org.untoc.core.Unit;
import org.untoc.core.UnitType;
import org.untoc.core.Violation;
import org.untoc.core.change.Change;
import org.untoc.core.change.History;
import org.untoc.core.change.Migration;
import org.untoc.core.mapping.MappingRow;
import org.untoc.core.mapping.MappingStatus;
import org.untoc.core.mapping.MappingVerdict;
import org.untoc.json.Form.EditionOrder;

/**
 * The form of each value type of untoc-core in the registry document, and of the values they
 * are made of: strings, ids, dates, labels, lists. Each key is named once, with what a message
 * expects of its value; the order of the keys is the order in which they are written.
 */
final class Forms {
  private Forms() {}

  // ------------------------------------------------------------------ scalars and lists

  /** Returns the form of a string: {@code what} is, for messages, {@code "a note"}. */
  static Form<String> string(String what) {
    return Form.of((p, in) -> ValueReader.string(p, what + ": a string"), (g, v, order) -> g.writeString(v));
  }

  /** Returns the form of a string that is not blank. */
  static Form<String> text(String what) {
    return Form.of((p, in) -> ValueReader.text(p, what + ": a non-blank string"), (g, v, order) -> g.writeString(v));
  }

  /** Returns the form of a whole number from 0 to {@code max}. */
  static Form<Long> whole(String what, long max) {
    String expected = what + ": a whole number from 0";
    return Form.of((p, in) -> ValueReader.wholeNumber(p, expected, max), (g, v, order) -> g.writeNumber(v));
  }

  static final Form<Boolean> BOOLEAN = Form.of((p, in) -> {
    if (!p.currentToken().isBoolean()) {
      throw ValueReader.unexpected(p, "true or false");
    }
    return p.getBooleanValue();
  }, (g, v, order) -> g.writeBoolean(v));

  /**
   * Returns the form of the constants of an enum, each written as its label and read from exactly
   * that label.
   */
  static <E extends Enum<E> & Labelled> Form<E> label(Class<E> type, String what) {
    ImmutableMap<String, E> byLabel = Arrays.stream(type.getEnumConstants())
        .collect(ImmutableMap.toImmutableMap(Labelled::label, e -> e));
    String expected = what + ": one of " + byLabel.keySet();
    return Form.of((p, in) -> {
      E value = p.currentToken() == VALUE_STRING ? byLabel.get(p.getText()) : null;
      if (value == null) {
        throw ValueReader.unexpected(p, expected);
      }
      return value;
    }, (g, v, order) -> g.writeString(v.label()));
  }

  static final Form<EntityId> ENTITY_ID =
      Form.of((p, in) -> in.entityId(p), (g, v, order) -> g.writeString(v.toString()));
  static final Form<EditionId> EDITION_ID =
      Form.of((p, in) -> in.editionId(p), (g, v, order) -> g.writeString(v.toString()));
  static final Form<PartialDate> PARTIAL_DATE = Form.of(
      (p, in) -> ValueReader.parsed(p, ValueReader.PARTIAL_DATE, PartialDate::parse),
      (g, v, order) -> g.writeString(v.toString()));
  static final Form<LocalDate> DAY = Form.of(
      (p, in) -> ValueReader.parsed(p, "a day: yyyy-MM-dd", Forms::day),
      (g, v, order) -> g.writeString(v.toString()));

  /** Returns the day of a text {@code yyyy-MM-dd}; throws IllegalArgumentException for any other. */
  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Editions, written on one line, for people: edition ids are slugs and need no escaping. */
  static final Form<ImmutableSet<EditionId>> EDITIONS = Form.of((p, in) -> in.editions(p), (g, v, order) -> {
    StringBuilder sb = new StringBuilder("[");
    for (EditionId e : order.order(v)) {
      sb.append(sb.length() == 1 ? "\"" : ", \"").append(e).append('"');
    }
    g.writeRawValue(sb.append(']').toString());
  });

  /** Returns the form of an array of values of a form. */
  static <T> Form<ImmutableList<T>> list(Form<T> element, String expected) {
    return Form.of((p, in) -> {
      if (p.currentToken() != START_ARRAY) {
        throw ValueReader.unexpected(p, expected);
      }
      ImmutableList.Builder<T> out = ImmutableList.builder();
      while (p.nextToken() != END_ARRAY) {
        out.add(element.read(p, in));
      }
      return out.build();
    }, (g, v, order) -> {
      g.writeStartArray();
      for (T t : v) {
        element.write(g, t, order);
      }
      g.writeEndArray();
    });
  }

  // ------------------------------------------------------------------ the values of a document

  static final Form<Basis> BASIS = label(Basis.class, "a basis");
  static final Form<NameType> NAME_TYPE = label(NameType.class, "a name type");
  static final Form<RelationKind> RELATION_KIND = label(RelationKind.class, "a relation kind");
  static final Form<EntityKind> ENTITY_KIND = label(EntityKind.class, "an entity kind");
  static final Form<UnitType> UNIT_TYPE = label(UnitType.class, "a unit type");
  static final Form<InstrumentType> INSTRUMENT_TYPE = label(InstrumentType.class, "an instrument type");
  static final Form<BodyType> BODY_TYPE = label(BodyType.class, "a body type");
  static final Form<ProgrammeType> PROGRAMME_TYPE = label(ProgrammeType.class, "a programme type");
  static final Form<ServiceType> SERVICE_TYPE = label(ServiceType.class, "a service type");
  static final Form<SourceKind> SOURCE_KIND = label(SourceKind.class, "a source kind");

  static final Form<Provenance> PROVENANCE = ObjectForm.of("a provenance",
          "a provenance: an object with basis, source and a quote or rationale", Provenance::builder,
          Provenance.Builder::build)
      .required("basis", BASIS, Provenance::basis, Provenance.Builder::basis)
      .required("source", text("a source"), Provenance::source, Provenance.Builder::source)
      .optional("quote", text("a quote"), Provenance::quote, Provenance.Builder::quote)
      .optional("rationale", text("a rationale"), Provenance::rationale, Provenance.Builder::rationale);
  static final Form<ImmutableList<Provenance>> PROVENANCE_LIST = list(PROVENANCE, "an array of provenance");

  static final Form<Source> SOURCE = ObjectForm.of("a source",
          "a source: an object with id, title, kind and reference", Source::builder, Source.Builder::build)
      .required("id", text("a source id"), Source::id, Source.Builder::id)
      .required("title", text("a title"), Source::title, Source.Builder::title)
      .required("kind", SOURCE_KIND, Source::kind, Source.Builder::kind)
      .required("reference", text("a reference"), Source::reference, Source.Builder::reference);

  static final Form<Description> DESCRIPTION = ObjectForm.of("a description",
          "a description: an object with text, provenance and optionally editions", Description::builder,
          Description.Builder::build)
      .required("text", string("a description"), Description::text, Description.Builder::text)
      .many("editions", EDITIONS, Description::editions, Description.Builder::editions)
      .required("provenance", PROVENANCE, Description::provenance, Description.Builder::provenance);

  /** The language of a name: a BCP 47 tag, read in its normal form ({@code FR} as {@code fr}). */
  static final Form<String> LANGUAGE = Form.of(
      (p, in) -> ValueReader.parsed(p, "a language: a BCP 47 tag, such as fr or zh-Hans", Name::parseLanguage),
      (g, v, order) -> g.writeString(v));

  /** A name; its language is written where it is not English, and read as English where it is left out. */
  static final Form<Name> NAME = ObjectForm.of("a name",
          "a name: an object with type, text, provenance and optionally language and editions", Name::builder,
          Name.Builder::build)
      .required("type", NAME_TYPE, Name::type, Name.Builder::type)
      .required("text", string("a name"), Name::text, Name.Builder::text)
      .optional("language", LANGUAGE, n -> Optional.of(n.language()).filter(l -> !l.equals(Name.ENGLISH)),
          Name.Builder::language)
      .many("editions", EDITIONS, Name::editions, Name.Builder::editions)
      .required("provenance", PROVENANCE, Name::provenance, Name.Builder::provenance);

  static final Form<Identifier> IDENTIFIER = ObjectForm.of("an identifier",
          "an identifier: an object with scheme, value, provenance and optionally note", Identifier::builder,
          Identifier.Builder::build)
      .required("scheme", text("a scheme"), Identifier::scheme, Identifier.Builder::scheme)
      .required("value", text("an identifier"), Identifier::value, Identifier.Builder::value)
      .optional("note", string("a note"), Identifier::note, Identifier.Builder::note)
      .required("provenance", PROVENANCE, Identifier::provenance, Identifier.Builder::provenance);

  static final Form<DatedFact> DATED_FACT = ObjectForm.of("a dated fact",
          "a dated fact: an object with date, provenance and optionally note", DatedFact::builder,
          DatedFact.Builder::build)
      .required("date", PARTIAL_DATE, DatedFact::date, DatedFact.Builder::date)
      .optional("note", string("a note"), DatedFact::note, DatedFact.Builder::note)
      .required("provenance", PROVENANCE, DatedFact::provenance, DatedFact.Builder::provenance);

  static final Form<Period> PERIOD = ObjectForm.of("a period",
          "a period: an object with optionally from and to", Period::builder, Period.Builder::build)
      .optional("from", DATED_FACT, Period::from, Period.Builder::from)
      .optional("to", DATED_FACT, Period::to, Period.Builder::to);

  static final Form<Edition> EDITION = ObjectForm.of("an edition",
          "an edition: an object with id, title, source and optionally date, period and description",
          Edition::builder, Edition.Builder::build)
      .required("id", EDITION_ID, Edition::id, Edition.Builder::id)
      .required("title", text("a title"), Edition::title, Edition.Builder::title)
      .optional("date", PARTIAL_DATE, Edition::date, Edition.Builder::date)
      // written where the period is bounded; read as unbounded where left out
      .optional("period", PERIOD, e -> Optional.of(e.period()).filter(p -> !p.isUnbounded()), Edition.Builder::period)
      .required("source", text("a source"), Edition::source, Edition.Builder::source)
      .optional("description", string("a description"), Edition::description, Edition.Builder::description);

  static final Form<Contact> CONTACT = ObjectForm.of("a contact",
          "a contact: an object with provenance and at least one of address, phone, fax, email or web",
          Contact::builder, Contact.Builder::build)
      .many("editions", EDITIONS, Contact::editions, Contact.Builder::editions)
      .many("address", list(text("an address line"), "address lines: an array of strings"), Contact::address,
          Contact.Builder::address)
      .optional("phone", text("a phone number"), Contact::phone, Contact.Builder::phone)
      .optional("fax", text("a fax number"), Contact::fax, Contact.Builder::fax)
      .optional("email", text("an e-mail address"), Contact::email, Contact.Builder::email)
      .optional("web", text("a web address"), Contact::web, Contact.Builder::web)
      .required("provenance", PROVENANCE, Contact::provenance, Contact.Builder::provenance);

  static final Form<Relation> RELATION = ObjectForm.of("a relation",
          "a relation: an object with kind, from, to, provenance and optionally qualifier, since, until and editions",
          Relation::builder, Relation.Builder::build)
      .required("kind", RELATION_KIND, Relation::kind, Relation.Builder::kind)
      .required("from", ENTITY_ID, Relation::from, Relation.Builder::from)
      .required("to", ENTITY_ID, Relation::to, Relation.Builder::to)
      .optional("qualifier", text("a qualifier"), Relation::qualifier, Relation.Builder::qualifier)
      .optional("since", DATED_FACT, Relation::since, Relation.Builder::since)
      .optional("until", DATED_FACT, Relation::until, Relation.Builder::until)
      .many("editions", EDITIONS, Relation::editions, Relation.Builder::editions)
      .required("provenance", PROVENANCE, Relation::provenance, Relation.Builder::provenance);

  // ------------------------------------------------------------------ entity

  static final List<String> COMMON_KEYS =
      List.of("id", "formerIds", "kind", "editions", "names", "descriptions", "identifiers", "provenance");
  /**
   * The keys of each kind besides the common ones, the key of its type first. An instrument is
   * established by its adoption and a programme when it started: their own keys say so, in place
   * of {@code established}.
   */
  static final ImmutableMap<EntityKind, List<String>> KIND_KEYS = ImmutableMap.<EntityKind, List<String>>builder()
      .put(EntityKind.UNIT, List.of("unitType", "contacts", "established", "ended"))
      .put(EntityKind.INSTRUMENT, List.of("instrumentType", "adopted", "openedForSignature", "entryIntoForce", "ended"))
      .put(EntityKind.BODY, List.of("bodyType", "established", "ended"))
      .put(EntityKind.PROGRAMME, List.of("programmeType", "started", "ended"))
      .put(EntityKind.MANDATE, List.of("established", "ended", "services")) // services: version 1 only
      .put(EntityKind.SERVICE, List.of("serviceType", "established", "ended"))
      .put(EntityKind.TOPIC, List.of("established", "ended"))
      .put(EntityKind.COUNTERPART_TYPE, List.of("established", "ended"))
      .put(EntityKind.STRATEGY_AREA, List.of("established", "ended"))
      .buildOrThrow();
  private static final ValueReader.Keys ENTITY_KEYS = new ValueReader.Keys("an entity",
      "an entity: an object with id, kind, names, provenance and the keys of its kind",
      ImmutableList.<String>builder().addAll(COMMON_KEYS)
          .addAll(KIND_KEYS.values().stream().flatMap(List::stream).distinct().toList()).build(),
      List.of("id", "kind", "names", "provenance"));
  private static final Form<ImmutableList<EntityId>> FORMER_IDS = list(ENTITY_ID, "an array of entity ids");
  private static final Form<ImmutableList<Name>> NAMES = list(NAME, "an array of names");
  private static final Form<ImmutableList<Description>> DESCRIPTIONS = list(DESCRIPTION, "an array of descriptions");
  private static final Form<ImmutableList<Identifier>> IDENTIFIERS = list(IDENTIFIER, "an array of identifiers");
  private static final Form<ImmutableList<Contact>> CONTACTS = list(CONTACT, "an array of contacts");
  private static final Form<ImmutableList<String>> SERVICES =
      list(text("a service"), "services: an array of strings");

  /** The form of an entity: its keys depend on its kind, which may come after them. */
  static final Form<Entity> ENTITY = Form.of(Forms::readEntity, Forms::writeEntity);

  /** Returns the key of the type of an entity of a kind, or null if the kind has no type. */
  private static @Nullable String typeKey(EntityKind kind) {
    return KIND_KEYS.get(kind).stream().filter(key -> key.endsWith("Type")).findFirst().orElse(null);
  }

  private static Entity readEntity(JsonParser p, ValueReader in) throws IOException {
    EntityFields f = new EntityFields(p, in);
    long at = in.object(p, ENTITY_KEYS, f);
    @SuppressWarnings("nullness") // required
    EntityKind kind = f.kind;
    Map<String, Long> beforeKind = f.beforeKind;
    for (String key : beforeKind == null ? List.<String>of() : beforeKind.keySet()) {
      if (!KIND_KEYS.get(kind).contains(key)) {
        throw ValueReader.error(ValueReader.pointer(p) + "/" + key, beforeKind.get(key), foreign(key, kind),
            ownKeys(kind));
      }
    }
    String typeKey = typeKey(kind);
    if (typeKey != null && f.type(kind) == null) {
      throw ValueReader.error(p, at, "a " + kind.label() + " without the key \"" + typeKey + "\"",
          "the key \"" + typeKey + "\"");
    }
    Entity entity = ValueReader.build(p, at, kind.label(), f::build);
    if (entity instanceof Mandate m && !f.services.isEmpty()) {
      in.legacyServices(p, new ValueReader.LegacyServices(m, f.services, f.servicesAt));
    }
    return entity;
  }

  private static String foreign(String key, EntityKind kind) {
    return "the key " + ValueReader.quote(key) + " in an entity of kind " + kind.label();
  }

  private static String ownKeys(EntityKind kind) {
    return "one of the keys " + ImmutableList.builder().addAll(COMMON_KEYS).addAll(KIND_KEYS.get(kind)).build()
        + " of a " + kind.label();
  }

  /**
   * The fields of an entity as read. A strict reader rejects a key of another kind than the
   * entity's where it finds it or, where the kind comes after it, keeps where the key is.
   */
  private static final class EntityFields implements ValueReader.KeyReader {
    private final JsonParser p;
    private final ValueReader in;
    @Nullable EntityId id;
    @Nullable EntityKind kind;
    ImmutableList<EntityId> formerIds = ImmutableList.of();
    ImmutableSet<EditionId> editions = ImmutableSet.of();
    ImmutableList<Name> names = ImmutableList.of();
    ImmutableList<Description> descriptions = ImmutableList.of();
    ImmutableList<Identifier> identifiers = ImmutableList.of();
    ImmutableList<Provenance> provenance = ImmutableList.of();
    @Nullable UnitType unitType;
    @Nullable InstrumentType instrumentType;
    @Nullable BodyType bodyType;
    @Nullable ProgrammeType programmeType;
    @Nullable ServiceType serviceType;
    ImmutableList<Contact> contacts = ImmutableList.of();
    ImmutableList<String> services = ImmutableList.of();
    long servicesAt;
    @Nullable DatedFact adopted;
    @Nullable DatedFact openedForSignature;
    @Nullable DatedFact entryIntoForce;
    @Nullable DatedFact started;
    @Nullable DatedFact established;
    @Nullable DatedFact ended;
    /** The keys of kinds read before the kind, with where each is; null for none. */
    @Nullable Map<String, Long> beforeKind;

    EntityFields(JsonParser p, ValueReader in) {
      this.p = p;
      this.in = in;
    }

    @Override
    public void key(String key, JsonParser p) {
      EntityKind k = kind;
      if (in.lenient() || COMMON_KEYS.contains(key)) {
        return;
      } else if (k != null && !KIND_KEYS.get(k).contains(key)) {
        throw ValueReader.error(p, ValueReader.position(p), foreign(key, k), ownKeys(k));
      } else if (k == null) {
        if (beforeKind == null) {
          beforeKind = new LinkedHashMap<>();
        }
        beforeKind.put(key, ValueReader.position(p));
      }
    }

    @Override
    public void read(String key) throws IOException {
      switch (key) {
        case "id" -> id = in.entityId(p);
        case "formerIds" -> formerIds = FORMER_IDS.read(p, in);
        case "kind" -> kind = ENTITY_KIND.read(p, in);
        case "editions" -> editions = in.editions(p);
        case "names" -> names = NAMES.read(p, in);
        case "descriptions" -> descriptions = DESCRIPTIONS.read(p, in);
        case "identifiers" -> identifiers = IDENTIFIERS.read(p, in);
        case "provenance" -> provenance = PROVENANCE_LIST.read(p, in);
        case "unitType" -> unitType = UNIT_TYPE.read(p, in);
        case "instrumentType" -> instrumentType = INSTRUMENT_TYPE.read(p, in);
        case "bodyType" -> bodyType = BODY_TYPE.read(p, in);
        case "programmeType" -> programmeType = PROGRAMME_TYPE.read(p, in);
        case "serviceType" -> serviceType = SERVICE_TYPE.read(p, in);
        case "contacts" -> contacts = CONTACTS.read(p, in);
        case "adopted" -> adopted = DATED_FACT.read(p, in);
        case "openedForSignature" -> openedForSignature = DATED_FACT.read(p, in);
        case "entryIntoForce" -> entryIntoForce = DATED_FACT.read(p, in);
        case "started" -> started = DATED_FACT.read(p, in);
        case "established" -> established = DATED_FACT.read(p, in);
        case "ended" -> ended = DATED_FACT.read(p, in);
        case "services" -> {
          servicesAt = ValueReader.position(p);
          services = SERVICES.read(p, in);
        }
        default -> throw new IllegalStateException(key); // the keys are those of ENTITY_KEYS
      }
    }

    /** Returns the type read for an entity of a kind, or null. */
    @Nullable Labelled type(EntityKind kind) {
      return switch (kind) {
        case UNIT -> unitType;
        case INSTRUMENT -> instrumentType;
        case BODY -> bodyType;
        case PROGRAMME -> programmeType;
        case SERVICE -> serviceType;
        default -> null;
      };
    }

    /** Builds the entity, once its id, kind, names, provenance and type are known to be set. */
    @SuppressWarnings("nullness")
    Entity build() {
      Optional<DatedFact> from = Optional.ofNullable(established);
      Optional<DatedFact> to = Optional.ofNullable(ended);
      return switch (kind) {
        case UNIT -> Unit.builder().id(id).formerIds(formerIds).editions(editions).names(names).descriptions(descriptions).identifiers(identifiers)
            .provenance(provenance).unitType(unitType).contacts(contacts).established(from).ended(to).build();
        case INSTRUMENT -> Instrument.builder().id(id).formerIds(formerIds).editions(editions).names(names).descriptions(descriptions).identifiers(identifiers)
            .provenance(provenance).instrumentType(instrumentType).adopted(Optional.ofNullable(adopted))
            .openedForSignature(Optional.ofNullable(openedForSignature))
            .entryIntoForce(Optional.ofNullable(entryIntoForce)).ended(to).build();
        case BODY -> Body.builder().id(id).formerIds(formerIds).editions(editions).names(names).descriptions(descriptions).identifiers(identifiers)
            .provenance(provenance).bodyType(bodyType).established(from).ended(to).build();
        case PROGRAMME -> Programme.builder().id(id).formerIds(formerIds).editions(editions).names(names).descriptions(descriptions).identifiers(identifiers)
            .provenance(provenance).programmeType(programmeType).started(Optional.ofNullable(started))
            .ended(to).build();
        case MANDATE -> Mandate.builder().id(id).formerIds(formerIds).editions(editions).names(names).descriptions(descriptions).identifiers(identifiers)
            .provenance(provenance).established(from).ended(to).build();
        case SERVICE -> Service.builder().id(id).formerIds(formerIds).editions(editions).names(names).descriptions(descriptions).identifiers(identifiers)
            .provenance(provenance).serviceType(serviceType).established(from).ended(to).build();
        case TOPIC -> Topic.builder().id(id).formerIds(formerIds).editions(editions).names(names).descriptions(descriptions).identifiers(identifiers)
            .provenance(provenance).established(from).ended(to).build();
        case COUNTERPART_TYPE -> CounterpartType.builder().id(id).formerIds(formerIds).editions(editions).names(names).descriptions(descriptions)
            .identifiers(identifiers).provenance(provenance).established(from).ended(to).build();
        case STRATEGY_AREA -> StrategyArea.builder().id(id).formerIds(formerIds).editions(editions).names(names).descriptions(descriptions)
            .identifiers(identifiers).provenance(provenance).established(from).ended(to).build();
      };
    }
  }

  /** Writes a value of a form under a key, if it is present. */
  private static <V> void write(JsonGenerator g, String key, Form<V> form, Optional<V> value, EditionOrder order)
      throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(key);
      form.write(g, value.get(), order);
    }
  }

  /** Writes a list of values of a form under a key, if it is not empty. */
  private static <V> void write(JsonGenerator g, String key, Form<ImmutableList<V>> form, ImmutableList<V> value,
      EditionOrder order) throws IOException {
    write(g, key, form, Optional.of(value).filter(v -> !v.isEmpty()), order);
  }

  private static void writeEntity(JsonGenerator g, Entity e, EditionOrder order) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id().toString());
    write(g, "formerIds", FORMER_IDS, e.formerIds().asList(), order);
    g.writeStringField("kind", e.kind().label());
    Labelled type = e instanceof Unit u ? u.unitType() : e instanceof Instrument i ? i.instrumentType()
        : e instanceof Body b ? b.bodyType() : e instanceof Programme p ? p.programmeType()
        : e instanceof Service s ? s.serviceType() : null;
    if (type != null) {
      g.writeStringField(typeKey(e.kind()), type.label());
    }
    write(g, "editions", EDITIONS, Optional.of(e.editions()).filter(v -> !v.isEmpty()), order);
    write(g, "names", NAMES, Optional.of(e.names()), order);
    write(g, "descriptions", DESCRIPTIONS, e.descriptions(), order);
    if (e instanceof Unit u) {
      write(g, "contacts", CONTACTS, u.contacts(), order);
    }
    if (e instanceof Instrument i) {
      write(g, "adopted", DATED_FACT, i.adopted(), order);
      write(g, "openedForSignature", DATED_FACT, i.openedForSignature(), order);
      write(g, "entryIntoForce", DATED_FACT, i.entryIntoForce(), order);
    } else if (e instanceof Programme p) {
      write(g, "started", DATED_FACT, p.started(), order);
    } else {
      write(g, "established", DATED_FACT, e.established(), order);
    }
    write(g, "ended", DATED_FACT, e.ended(), order);
    write(g, "identifiers", IDENTIFIERS, e.identifiers(), order);
    write(g, "provenance", PROVENANCE_LIST, Optional.of(e.provenance()), order);
    g.writeEndObject();
  }

  // ------------------------------------------------------------------ what queries and validation return

  /** A link, read as its entity and relation, which {@link Link#of} then checks. */
  static final Form<Link> LINK = ObjectForm.<Link, Object[]>of("a link", "a link: an object with entity and relation",
          () -> new Object[2], fields -> Link.of((Entity) fields[0], (Relation) fields[1]))
      .required("entity", ENTITY, Link::entity, (fields, e) -> fields[0] = e)
      .required("relation", RELATION, Link::relation, (fields, r) -> fields[1] = r);

  static final Form<History.Stage> STAGE = ObjectForm.of("a stage",
          "a stage: an object with edition, exists and optionally names, parents, programmes, units and evidence",
          History.Stage::builder, History.Stage.Builder::build)
      .required("edition", EDITION, History.Stage::edition, History.Stage.Builder::edition)
      .required("exists", BOOLEAN, History.Stage::exists, History.Stage.Builder::exists)
      .many("names", NAMES, History.Stage::names, History.Stage.Builder::names)
      .many("parents", list(LINK, "an array of links"), History.Stage::parents, History.Stage.Builder::parents)
      .many("programmes", list(LINK, "an array of links"), History.Stage::programmes,
          History.Stage.Builder::programmes)
      .many("units", list(LINK, "an array of links"), History.Stage::units, History.Stage.Builder::units)
      .many("evidence", PROVENANCE_LIST, History.Stage::evidence, History.Stage.Builder::evidence);

  static final Form<History> HISTORY = ObjectForm.of("a history", "a history: an object with entity and stages",
          History::builder, History.Builder::build)
      .required("entity", ENTITY, History::entity, History.Builder::entity)
      .required("stages", list(STAGE, "an array of stages"), History::stages, History.Builder::stages);

  static final Form<Rule> RULE = label(Rule.class, "a rule");
  static final Form<Violation.Target> TARGET = label(Violation.Target.class, "a target");
  static final Form<Violation> VIOLATION = ObjectForm.of("a violation",
          "a violation: an object with rule, target, index, subject, field and message", Violation::builder,
          Violation.Builder::build)
      .required("rule", RULE, Violation::rule, Violation.Builder::rule)
      .required("target", TARGET, Violation::target, Violation.Builder::target)
      .required("index", whole("an index", Integer.MAX_VALUE), v -> (long) v.index(), (b, i) -> b.index(i.intValue()))
      .required("subject", string("a subject"), Violation::subject, Violation.Builder::subject)
      .required("field", string("a field"), Violation::field, Violation.Builder::field)
      .required("message", string("a message"), Violation::message, Violation.Builder::message);

  static final Form<Change.Type> CHANGE_TYPE = label(Change.Type.class, "a change type");
  static final Form<Change> CHANGE = ObjectForm.of("a change",
          "a change: an object with type, evidence, subject, fromEdition, toEdition, provenance and optionally"
              + " oldRelation, newRelation, nameType, oldName, newName and parts", Change::builder,
          Change.Builder::build)
      .required("type", CHANGE_TYPE, Change::type, Change.Builder::type)
      .required("evidence", label(Change.Evidence.class, "an evidence"), Change::evidence, Change.Builder::evidence)
      .required("subject", ENTITY_ID, Change::subject, Change.Builder::subject)
      .required("fromEdition", EDITION_ID, Change::fromEdition, Change.Builder::fromEdition)
      .required("toEdition", EDITION_ID, Change::toEdition, Change.Builder::toEdition)
      .optional("oldRelation", RELATION, Change::oldRelation, Change.Builder::oldRelation)
      .optional("newRelation", RELATION, Change::newRelation, Change.Builder::newRelation)
      .optional("nameType", NAME_TYPE, Change::nameType, Change.Builder::nameType)
      .optional("oldName", string("a name"), Change::oldName, Change.Builder::oldName)
      .optional("newName", string("a name"), Change::newName, Change.Builder::newName)
      .many("parts", list(ENTITY_ID, "an array of entity ids"), Change::parts, Change.Builder::parts)
      .required("provenance", PROVENANCE_LIST, Change::provenance, Change.Builder::provenance);

  static final Form<Migration.Status> MIGRATION_STATUS = label(Migration.Status.class, "a migration status");
  static final Form<Migration> MIGRATION = ObjectForm.of("a migration",
          "a migration: an object with programme, mappedUnit, fromEdition, toEdition, holdsInSource, status,"
              + " message and optionally sourceUnit, unit and evidence", Migration::builder, Migration.Builder::build)
      .required("programme", ENTITY_ID, Migration::programme, Migration.Builder::programme)
      .required("mappedUnit", ENTITY_ID, Migration::mappedUnit, Migration.Builder::mappedUnit)
      .required("fromEdition", EDITION_ID, Migration::fromEdition, Migration.Builder::fromEdition)
      .required("toEdition", EDITION_ID, Migration::toEdition, Migration.Builder::toEdition)
      .required("holdsInSource", BOOLEAN, Migration::holdsInSource, Migration.Builder::holdsInSource)
      .optional("sourceUnit", ENTITY_ID, Migration::sourceUnit, Migration.Builder::sourceUnit)
      .required("status", MIGRATION_STATUS, Migration::status, Migration.Builder::status)
      .optional("unit", ENTITY_ID, Migration::unit, Migration.Builder::unit)
      .optional("evidence", RELATION, Migration::evidence, Migration.Builder::evidence)
      .required("message", string("a message"), Migration::message, Migration.Builder::message);

  static final Form<MappingRow> MAPPING_ROW = ObjectForm.of("a mapping row",
          "a mapping row: an object with programme, unit and optionally line and edition or date", MappingRow::builder,
          MappingRow.Builder::build)
      // optional in reading (0 for none), always written
      .optional("line", whole("a line number", Long.MAX_VALUE), r -> Optional.of(r.line()), MappingRow.Builder::line)
      .required("programme", string("a programme"), MappingRow::programme, MappingRow.Builder::programme)
      .required("unit", string("a unit"), MappingRow::unit, MappingRow.Builder::unit)
      .optional("edition", string("an edition"), MappingRow::edition, MappingRow.Builder::edition)
      .optional("date", DAY, MappingRow::date, MappingRow.Builder::date);

  static final Form<MappingStatus> MAPPING_STATUS = label(MappingStatus.class, "a mapping status");
  static final Form<MappingVerdict> MAPPING_VERDICT = ObjectForm.of("a mapping verdict",
          "a mapping verdict: an object with row, status, message and optionally edition, programme, unit,"
              + " expected, latest and candidates", MappingVerdict::builder, MappingVerdict.Builder::build)
      .required("row", MAPPING_ROW, MappingVerdict::row, MappingVerdict.Builder::row)
      .required("status", MAPPING_STATUS, MappingVerdict::status, MappingVerdict.Builder::status)
      .optional("edition", EDITION_ID, MappingVerdict::edition, MappingVerdict.Builder::edition)
      .optional("programme", ENTITY_ID, MappingVerdict::programme, MappingVerdict.Builder::programme)
      .optional("unit", ENTITY_ID, MappingVerdict::unit, MappingVerdict.Builder::unit)
      .optional("expected", ENTITY_ID, MappingVerdict::expected, MappingVerdict.Builder::expected)
      .optional("latest", MIGRATION, MappingVerdict::latest, MappingVerdict.Builder::latest)
      .many("candidates", list(ENTITY, "an array of entities"), MappingVerdict::candidates,
          MappingVerdict.Builder::candidates)
      .required("message", string("a message"), MappingVerdict::message, MappingVerdict.Builder::message);

  // ------------------------------------------------------------------ every type

  /** A type with its form. */
  record Typed<T>(Class<T> type, Form<T> form) {}

  /** The form of every public value type of untoc-core, with its type. */
  static final List<Typed<?>> ALL = every();

  private static List<Typed<?>> every() {
    List<Typed<?>> all = new ArrayList<>(List.of(new Typed<>(EntityId.class, ENTITY_ID),
        new Typed<>(EditionId.class, EDITION_ID), new Typed<>(PartialDate.class, PARTIAL_DATE),
        new Typed<>(Provenance.class, PROVENANCE), new Typed<>(Edition.class, EDITION), new Typed<>(Name.class, NAME),
        new Typed<>(Period.class, PERIOD), new Typed<>(History.class, HISTORY), new Typed<>(History.Stage.class, STAGE),
        new Typed<>(Source.class, SOURCE), new Typed<>(Description.class, DESCRIPTION),
        new Typed<>(SourceKind.class, SOURCE_KIND),
        new Typed<>(Change.Evidence.class, label(Change.Evidence.class, "an evidence")),
        new Typed<>(Identifier.class, IDENTIFIER), new Typed<>(DatedFact.class, DATED_FACT),
        new Typed<>(Contact.class, CONTACT), new Typed<>(Relation.class, RELATION), new Typed<>(Entity.class, ENTITY),
        // a registry is a document: read by a reader of its own, which keeps the ids it reads
        new Typed<>(Registry.class, Form.of(
            (p, in) -> RegistryJson.readDocument(p, ValueReader.forDocument(in.lenient())),
            (g, v, order) -> RegistryJson.writeDocument(v, g))),
        new Typed<>(Link.class, LINK), new Typed<>(Violation.class, VIOLATION), new Typed<>(Change.class, CHANGE),
        new Typed<>(Migration.class, MIGRATION), new Typed<>(MappingRow.class, MAPPING_ROW),
        new Typed<>(MappingVerdict.class, MAPPING_VERDICT),
        new Typed<>(Basis.class, BASIS), new Typed<>(NameType.class, NAME_TYPE),
        new Typed<>(RelationKind.class, RELATION_KIND), new Typed<>(EntityKind.class, ENTITY_KIND),
        new Typed<>(UnitType.class, UNIT_TYPE), new Typed<>(InstrumentType.class, INSTRUMENT_TYPE),
        new Typed<>(BodyType.class, BODY_TYPE), new Typed<>(ProgrammeType.class, PROGRAMME_TYPE),
        new Typed<>(ServiceType.class, SERVICE_TYPE), new Typed<>(Rule.class, RULE),
        new Typed<>(Violation.Target.class, TARGET), new Typed<>(Change.Type.class, CHANGE_TYPE),
        new Typed<>(Migration.Status.class, MIGRATION_STATUS), new Typed<>(MappingStatus.class, MAPPING_STATUS),
        new Typed<>(LookupException.Reason.class, label(LookupException.Reason.class, "a lookup failure"))));
    for (EntityKind kind : EntityKind.values()) {
      all.add(typed(kind.type(), kind));
    }
    return List.copyOf(all);
  }

  /** Returns the form of the entities of one kind: an entity of another kind is an error at it. */
  private static <T extends Entity> Typed<T> typed(Class<T> type, EntityKind kind) {
    return new Typed<>(type, Form.of((p, in) -> {
      long at = ValueReader.position(p);
      Entity e = ENTITY.read(p, in);
      if (e.kind() != kind) {
        throw ValueReader.error(p, at, "an entity of kind " + e.kind().label(), "an entity of kind " + kind.label());
      }
      return type.cast(e);
    }, ENTITY::write));
  }
}
