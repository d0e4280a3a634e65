package org.untoc.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.function.Function;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.EntityKind;
import org.untoc.core.Link;
import org.untoc.core.Registry;
import org.untoc.core.change.Change;
import org.untoc.core.change.Migration;
import org.untoc.core.mapping.MappingRow;
import org.untoc.core.mapping.MappingVerdict;
import org.untoc.json.Form.EditionOrder;

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
 * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}. A value not of its form is a {@link
 * JsonMappingException} whose cause is a {@link DocumentException} with the JSON Pointer (within
 * the whole input), line and column, and so is malformed JSON. Each type has a deserialiser of
 * its own, which reads from the mapper's parser. A {@link Registry} is written
 * and read as a whole registry document, with its
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
    for (Forms.Typed<?> typed : Forms.ALL) {
      add(typed);
    }
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

  private <T> void add(Forms.Typed<T> typed) {
    addSerializer(typed.type(), new Serializer<>(typed.type(), typed.form()));
    addDeserializer(typed.type(), new Deserializer<>(typed.type(), typed.form()));
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

  /** Writes one type of value. */
  private static final class Serializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    @SuppressWarnings("serial") // the module is not serialised with its serialisers
    private final Form<T> form;

    Serializer(Class<T> type, Form<T> form) {
      super(type);
      this.form = form;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      form.write(g, value, EditionOrder.AS_GIVEN);
    }
  }

  /**
   * Reads one type of value, strictly, or skipping unknown keys where the mapper does not fail
   * on them; an error is a {@link JsonMappingException} whose cause is a {@link DocumentException}.
   */
  private static final class Deserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    @SuppressWarnings("serial") // the module is not serialised with its deserialisers
    private final Form<T> form;

    Deserializer(Class<T> type, Form<T> form) {
      super(type);
      this.form = form;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      ValueReader in = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          ? ValueReader.STRICT : ValueReader.LENIENT;
      try {
        return form.read(p, in);
      } catch (DocumentException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      } catch (JsonProcessingException | CharConversionException e) {
        // the parser's own: malformed JSON, or a limit of the mapper's factory broken
        DocumentException d = ValueReader.parserError(p, e, "the limits of the mapper");
        throw JsonMappingException.from(p, d.getMessage(), d);
      }
    }
  }
}
