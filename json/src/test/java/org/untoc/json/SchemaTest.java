package org.untoc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.untoc.core.BodyType;
import org.untoc.core.EntityKind;
import org.untoc.core.InstrumentType;
import org.untoc.core.Labelled;
import org.untoc.core.ProgrammeType;
import org.untoc.core.RelationKind;
import org.untoc.core.ServiceType;
import org.untoc.core.SourceKind;
import org.untoc.core.UnitType;

/** Checks the JSON Schema of the document with a real validator. */
class SchemaTest {
  /** The corpus documents that are not JSON at all: the schema does not apply. */
  private static final Set<String> NOT_JSON = Set.of("01-empty", "02-not-json", "03-truncated",
      "04-trailing-comma", "05-comment", "06-single-quotes", "07-trailing-document", "08-trailing-garbage",
      "09-duplicate-top-key", "10-duplicate-entity-key", "11-invalid-utf8", "12-nan-version",
      "13-leading-zero-version", "14-unquoted-key", "64-ucs4-endianness");
  /**
   * The corpus documents the schema accepts: what is wrong needs the whole document (the
   * integrity rules), compares two dates, is a limit of the reader, or is {@code 1.0}, which JSON
   * Schema counts as the integer 1.
   */
  private static final Set<String> SCHEMA_VALID = Set.of("22-version-as-float", "50-string-too-long",
      "54-dangling-reference", "55-duplicate-id", "56-part-of-cycle", "57-two-owners", "58-unknown-edition",
      "59-kind-mismatch", "60-self-relation", "61-duplicate-edition", "62-outside-edition",
      "63-several-violations", "66-period-ends-before-it-starts", "67-ended-before-established",
      "82-name-twice-in-one-language");

  private static final ObjectMapper STRICT = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  static JsonSchema schema() {
    try (InputStream in = RegistryJson.class.getResourceAsStream(RegistryJson.SCHEMA_RESOURCE)) {
      return FACTORY.getSchema(STRICT.readTree(in));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static JsonNode schemaNode() throws IOException {
    try (InputStream in = RegistryJson.class.getResourceAsStream(RegistryJson.SCHEMA_RESOURCE)) {
      return STRICT.readTree(in);
    }
  }

  static Set<ValidationMessage> validate(byte[] doc) throws IOException {
    return schema().validate(STRICT.readTree(doc));
  }

  @Test
  void schemaIsValidAgainstTheDraft202012MetaSchema() throws IOException {
    JsonSchema meta = FACTORY.getSchema(SchemaLocation.of(JsonMetaSchema.getV202012().getIri()));
    assertEquals(Set.of(), meta.validate(schemaNode()));
  }

  @Test
  void acceptsTheMinimalDocumentAndTheSample() throws IOException {
    assertEquals(Set.of(), validate(Files.readAllBytes(Corpus.dir("valid").resolve("minimal.json"))));
    assertEquals(Set.of(), validate(RegistryJson.strict().writeBytes(Samples.sample())));
  }

  @Test
  void acceptsGeneratedDocuments() throws IOException {
    JsonSchema schema = schema();
    for (long seed = 0; seed < 60; seed++) {
      byte[] doc = RegistryJson.strict().writeBytes(
          new RegistryArbitraries.Gen(new Random(seed)).registry(1 + (int) (seed % 3), 30));
      assertEquals(Set.of(), schema.validate(STRICT.readTree(doc)), "seed " + seed);
    }
  }

  @Test
  void rejectsEveryMalformedDocumentThatASchemaCanTell() throws IOException {
    JsonSchema schema = schema();
    Set<String> notJson = new TreeSet<>();
    Set<String> valid = new TreeSet<>();
    List<String> rejected = new ArrayList<>();
    for (Path p : Corpus.malformed()) {
      String name = Corpus.name(p);
      if (name.contains("lenient")) {
        continue;
      }
      JsonNode node;
      try {
        node = STRICT.readTree(Files.readAllBytes(p));
      } catch (IOException e) {
        notJson.add(name);
        continue;
      }
      if (node == null || node.isMissingNode()) {
        notJson.add(name);
      } else if (schema.validate(node).isEmpty()) {
        valid.add(name);
      } else {
        rejected.add(name);
      }
    }
    assertEquals(new TreeSet<>(NOT_JSON), notJson);
    assertEquals(new TreeSet<>(SCHEMA_VALID), valid);
    assertTrue(rejected.size() >= 30, rejected.toString());
  }

  @Test
  void listsExactlyTheLabelsOfTheCoreEnums() throws IOException {
    JsonNode defs = schemaNode().get("$defs");
    assertEquals(labels(EntityKind.values()), strings(defs.at("/entity/properties/kind/enum")));
    assertEquals(labels(RelationKind.values()), strings(defs.at("/relation/properties/kind/enum")));
    assertEquals(labels(UnitType.values()), strings(defs.at("/entity/allOf/0/then/properties/unitType/enum")));
    assertEquals(labels(InstrumentType.values()),
        strings(defs.at("/entity/allOf/1/then/properties/instrumentType/enum")));
    assertEquals(labels(BodyType.values()), strings(defs.at("/entity/allOf/2/then/properties/bodyType/enum")));
    assertEquals(labels(ProgrammeType.values()),
        strings(defs.at("/entity/allOf/3/then/properties/programmeType/enum")));
    assertEquals(labels(ServiceType.values()), strings(defs.at("/entity/allOf/4/then/properties/serviceType/enum")));
    assertEquals(labels(SourceKind.values()), strings(defs.at("/source/properties/kind/enum")));
  }

  private static List<String> labels(Labelled[] values) {
    return Arrays.stream(values).map(Labelled::label).toList();
  }

  private static List<String> strings(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
