package org.untoc.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.function.Function;
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
import org.untoc.core.LookupException;
import org.untoc.core.Mandate;
import org.untoc.core.Name;
import org.untoc.core.NameType;
import org.untoc.core.PartialDate;
import org.untoc.core.Programme;
import org.untoc.core.ProgrammeType;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
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
import org.untoc.json.Codec.EditionOrder;

/**
 * The Jackson module of untoc: serialisers and deserialisers for every public value type of
 * untoc-core, in the form of the registry document (see {@link RegistryJson}).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();   // or registerModule(new UntocModule())
 * String json = mapper.writeValueAsString(Untoc.reference().get(EntityId.of("cmls")));
 * Entity cmls = mapper.readValue(json, Entity.class);
 * }</pre>
 *
 * <p>Besides the values of the document (ids, dates, provenance, editions, names, identifiers,
 * dated facts, contacts, relations, entities, registries and the enums), it maps what queries
 * and validation return: {@link Link}, {@link Change}, {@link Migration}, {@link MappingRow} and
 * {@link MappingVerdict}, each an object of its accessors by name, optional ones left out when
 * empty ({@code {"type": "renamed", "subject": "branch", "fromEdition": ..., "provenance": [...]}}),
 * and the violations of a registry that breaks a rule.
 *
 * <p>Entities are read by their {@code kind}, a label from the closed set of {@link EntityKind}:
 * never by class name, and the module enables no default typing. Values are read as strictly as
 * by {@link RegistryJson}: {@code null} for a required value, a wrong type or an unknown label
 * is an error; unknown keys are an error unless the mapper disables {@link
 * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}. Errors are thrown as {@link
 * JsonMappingException}s whose cause is a {@link DocumentException} with the JSON Pointer, line
 * and column. A {@link Registry} is written and read as a whole registry document, with its
 * integrity checked; the stream limits are those of the mapper's factory, so for untrusted
 * input prefer {@link RegistryJson}, whose limits are tighter.
 *
 * <p>The module is registered through {@code META-INF/services} and the {@code provides} clause
 * of the module {@code org.untoc.json}, so {@code ObjectMapper.findAndRegisterModules()} finds it
 * on the class path and on the module path.
 *
 * <p>This class is immutable and thread-safe once registered.
 */
public final class UntocModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final Version VERSION = readVersion();

  /** Creates the module. */
  public UntocModule() {
    super("UntocModule", VERSION);
    add(EntityId.class, (g, v) -> g.writeString(v.toString()), Codec::entityId);
    add(EditionId.class, (g, v) -> g.writeString(v.toString()), Codec::editionId);
    add(PartialDate.class, (g, v) -> g.writeString(v.toString()), Codec::partialDate);
    add(Provenance.class, Codec::write, Codec::provenance);
    add(Edition.class, Codec::write, Codec::edition);
    add(Name.class, (g, v) -> Codec.write(g, v, EditionOrder.AS_GIVEN), Codec::name);
    add(Identifier.class, Codec::write, Codec::identifier);
    add(DatedFact.class, Codec::write, Codec::datedFact);
    add(Contact.class, (g, v) -> Codec.write(g, v, EditionOrder.AS_GIVEN), Codec::contact);
    add(Relation.class, (g, v) -> Codec.write(g, v, EditionOrder.AS_GIVEN), Codec::relation);
    add(Violation.class, Codec::write, Codec::violation);
    add(Entity.class, (g, v) -> Codec.write(g, v, EditionOrder.AS_GIVEN), Codec::entity);
    addKind(Unit.class, EntityKind.UNIT);
    addKind(Instrument.class, EntityKind.INSTRUMENT);
    addKind(Body.class, EntityKind.BODY);
    addKind(Programme.class, EntityKind.PROGRAMME);
    addKind(Mandate.class, EntityKind.MANDATE);
    addKind(Service.class, EntityKind.SERVICE);
    addKind(Topic.class, EntityKind.TOPIC);
    addKind(CounterpartType.class, EntityKind.COUNTERPART_TYPE);
    addKind(StrategyArea.class, EntityKind.STRATEGY_AREA);
    add(Registry.class, (g, v) -> RegistryJson.writeDocument(v, g), RegistryJson::readDocument);
    add(Link.class, Codec::write, Codec::link);
    add(Change.class, Codec::write, Codec::change);
    add(Migration.class, Codec::write, Codec::migration);
    add(MappingRow.class, Codec::write, Codec::mappingRow);
    add(MappingVerdict.class, Codec::write, Codec::mappingVerdict);
    addEnum(EntityKind.class, "an entity kind");
    addEnum(RelationKind.class, "a relation kind");
    addEnum(NameType.class, "a name type");
    addEnum(Basis.class, "a basis");
    addEnum(UnitType.class, "a unit type");
    addEnum(InstrumentType.class, "an instrument type");
    addEnum(BodyType.class, "a body type");
    addEnum(ProgrammeType.class, "a programme type");
    addEnum(ServiceType.class, "a service type");
    addEnum(Rule.class, "a rule");
    addEnum(Violation.Target.class, "a target");
    addEnum(Change.Type.class, "a change type");
    addEnum(Migration.Status.class, "a migration status");
    addEnum(MappingStatus.class, "a mapping status");
    addEnum(LookupException.Reason.class, "a lookup failure");
    addKey(EntityId.class, EntityId::of);
    addKey(EditionId.class, EditionId::of);
  }

  private static Version readVersion() {
    Properties p = new Properties();
    try (InputStream in = UntocModule.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return Version.unknownVersion();
    }
    return VersionUtil.parseVersion(p.getProperty("version"), "org.untoc", "untoc-json");
  }

  @FunctionalInterface
  private interface ValueWriter<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private <T> void add(Class<T> type, ValueWriter<? super T> writer, JsonInput.ValueReader<? extends T> reader) {
    addSerializer(type, new Writer<>(type, writer));
    addDeserializer(type, new Reader<>(type, reader));
  }

  private <T extends Entity> void addKind(Class<T> type, EntityKind kind) {
    add(type, (g, v) -> Codec.write(g, v, EditionOrder.AS_GIVEN), in -> {
      JsonInput.Mark at = in.mark();
      Entity e = Codec.entity(in);
      if (!type.isInstance(e)) {
        throw JsonInput.error(at, "an entity of kind " + e.kind().label(), "an entity of kind " + kind.label());
      }
      return type.cast(e);
    });
  }

  private <E extends Enum<E>> void addEnum(Class<E> type, String what) {
    JsonInput.Labels<E> labels = JsonInput.Labels.of(type);
    add(type, (g, v) -> g.writeString(JsonInput.label(v)), in -> in.label(labels, what));
  }

  private <T> void addKey(Class<T> type, Function<String, T> parse) {
    addKeyDeserializer(type, new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
        try {
          return parse.apply(key);
        } catch (IllegalArgumentException e) {
          return ctxt.handleWeirdKey(type, key, "%s", e.getMessage());
        }
      }
    });
  }

  /** Writes a value with a codec. */
  private static final class Writer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    @SuppressWarnings("serial") // the module is not serialised with its writers
    private final ValueWriter<? super T> writer;

    Writer(Class<T> type, ValueWriter<? super T> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      writer.write(g, value);
    }
  }

  /** Reads a value with a codec, strictly; errors carry a {@link DocumentException}. */
  private static final class Reader<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    @SuppressWarnings("serial") // the module is not serialised with its readers
    private final JsonInput.ValueReader<? extends T> reader;

    Reader(Class<T> type, JsonInput.ValueReader<? extends T> reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      boolean lenient = !ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      JsonInput in = new JsonInput(p, lenient, "the limits of the mapper");
      try {
        return reader.read(in);
      } catch (DocumentException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }
}
