package org.untoc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.untoc.json.Registries.assertSameRegistry;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.untoc.core.Contact;
import org.untoc.core.DatedFact;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.EntityKind;
import org.untoc.core.Identifier;
import org.untoc.core.Instrument;
import org.untoc.core.Name;
import org.untoc.core.PartialDate;
import org.untoc.core.Programme;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;
import org.untoc.core.Unit;
import org.untoc.core.UnitType;
import org.untoc.core.Violation;

class UntocModuleTest {
  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
  private final Registry sample = Samples.sample();

  private <T> T roundTrip(T value, Class<T> type) throws Exception {
    return mapper.readValue(mapper.writeValueAsString(value), type);
  }

  @Test
  void isFoundByFindAndRegisterModules() {
    assertTrue(mapper.getRegisteredModuleIds().contains("UntocModule"), mapper.getRegisteredModuleIds().toString());
    assertEquals("org.untoc", new UntocModule().version().getGroupId());
    assertEquals("untoc-json", new UntocModule().version().getArtifactId());
  }

  @Test
  void writesAndReadsEveryEntity() throws Exception {
    for (Entity e : sample.entities()) {
      assertEquals(e, roundTrip(e, Entity.class));
      assertEquals(e, mapper.readValue(mapper.writeValueAsString(e), e.kind().type()));
    }
  }

  @Test
  void writesAndReadsTheSmallValues() throws Exception {
    Unit office = (Unit) sample.get(EntityId.of("office"));
    Instrument untoc = (Instrument) sample.get(EntityId.of("untoc"));
    Programme gp = (Programme) sample.get(EntityId.of("gp"));
    for (Name n : sample.get(EntityId.of("branch")).names()) {
      assertEquals(n, roundTrip(n, Name.class));
    }
    Contact contact = office.contacts().get(0);
    assertEquals(contact, roundTrip(contact, Contact.class));
    DatedFact entry = untoc.entryIntoForce().orElseThrow();
    assertEquals(entry, roundTrip(entry, DatedFact.class));
    Identifier code = gp.identifiers().get(0);
    assertEquals(code, roundTrip(code, Identifier.class));
    for (Edition e : sample.editions()) {
      assertEquals(e, roundTrip(e, Edition.class));
    }
    for (Relation r : sample.relations()) {
      assertEquals(r, roundTrip(r, Relation.class));
    }
    assertEquals(Samples.GUESS, roundTrip(Samples.GUESS, Provenance.class));
  }

  @Test
  void writesAndReadsTheViolationsOfABrokenRegistry() throws Exception {
    Registry.Builder broken = sample.toBuilder()
        .relate(Relation.of(EntityId.of("gp"), RelationKind.ENGAGES, EntityId.of("nobody"), Samples.SEED));
    org.untoc.core.IntegrityException e = assertThrows(org.untoc.core.IntegrityException.class, broken::build);
    List<Violation> violations = e.violations();
    assertEquals(1, violations.size());
    String json = mapper.writeValueAsString(violations);
    assertEquals("[{\"rule\":\"dangling-reference\",\"target\":\"relation\",\"index\":12,"
        + "\"subject\":\"relation 12 (gp engages nobody)\",\"field\":\"to\","
        + "\"message\":\"no entity with id 'nobody'\"}]", json);
    assertEquals(violations, mapper.readValue(json, new TypeReference<List<Violation>>() {}));
  }

  @Test
  void writesIdsDatesAndEnumsAsTheirText() throws Exception {
    assertEquals("\"cmls\"", mapper.writeValueAsString(EntityId.of("cmls")));
    assertEquals("\"ocb-overview\"", mapper.writeValueAsString(EditionId.of("ocb-overview")));
    assertEquals("\"2000-11\"", mapper.writeValueAsString(PartialDate.of(2000, 11)));
    assertEquals("\"front-office\"", mapper.writeValueAsString(UnitType.FRONT_OFFICE));
    assertEquals("\"counterpart-type\"", mapper.writeValueAsString(EntityKind.COUNTERPART_TYPE));
    assertEquals("\"supports-implementation-of\"", mapper.writeValueAsString(RelationKind.SUPPORTS_IMPLEMENTATION_OF));
    assertEquals(RelationKind.PART_OF, mapper.readValue("\"part-of\"", RelationKind.class));
    assertEquals(PartialDate.of(2000, 11, 15), mapper.readValue("\"2000-11-15\"", PartialDate.class));
  }

  @Test
  void readsIdsAsMapKeys() throws Exception {
    Map<EntityId, Integer> m = mapper.readValue("{\"cmls\": 1}", new TypeReference<Map<EntityId, Integer>>() {});
    assertEquals(Map.of(EntityId.of("cmls"), 1), m);
    assertThrows(JsonMappingException.class,
        () -> mapper.readValue("{\"Not An Id\": 1}", new TypeReference<Map<EntityId, Integer>>() {}));
  }

  @Test
  void writesARegistryAsTheDocument() throws Exception {
    String doc = mapper.writeValueAsString(sample);
    assertSameRegistry(sample, RegistryJson.strict().read(doc));
    assertSameRegistry(sample, mapper.readValue(doc, Registry.class));
  }

  @Test
  void reportsAnErrorWithThePointerOfTheEnclosingDocument() throws Exception {
    String doc = "{\"items\": [{\"type\": \"official\", \"text\": \"A\", \"provenance\": {\"basis\": \"stated\", \"source\": \"s\"}}]}";
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> mapper.readValue(doc, new TypeReference<Map<String, List<Name>>>() {}));
    DocumentException cause = assertInstanceOf(DocumentException.class, e.getCause());
    assertEquals("/items/0/provenance", cause.pointer());
    assertEquals("an invalid provenance (provenance with basis STATED needs a quote)", cause.found());
  }

  @Test
  void readsAnEntityOfTheRequestedKindOnly() {
    String topic = "{\"id\": \"t\", \"kind\": \"topic\", \"names\": [{\"type\": \"official\", \"text\": \"T\","
        + " \"provenance\": {\"basis\": \"public-record\", \"source\": \"s\"}}],"
        + " \"provenance\": [{\"basis\": \"public-record\", \"source\": \"s\"}]}";
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue(topic, Unit.class));
    DocumentException cause = assertInstanceOf(DocumentException.class, e.getCause());
    assertEquals("an entity of kind topic", cause.found());
    assertEquals("an entity of kind unit", cause.expected());
  }

  @Test
  void rejectsClassNamesAndUnknownKeysUnlessTheMapperAllowsUnknownKeys() throws Exception {
    String withClass = "{\"@class\": \"org.untoc.core.ImmutableProvenance\", \"basis\": \"public-record\", \"source\": \"s\"}";
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue(withClass, Provenance.class));
    assertEquals("/@class", assertInstanceOf(DocumentException.class, e.getCause()).pointer());
    ObjectMapper tolerant = new ObjectMapper().registerModule(new UntocModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertEquals(Provenance.publicRecord("s"), tolerant.readValue(withClass, Provenance.class));
  }

  @Test
  void rejectsNullInsideAValue() {
    String doc = "{\"scheme\": \"s\", \"value\": null, \"provenance\": {\"basis\": \"public-record\", \"source\": \"s\"}}";
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue(doc, Identifier.class));
    DocumentException cause = assertInstanceOf(DocumentException.class, e.getCause());
    assertEquals("/value", cause.pointer());
    assertEquals("null", cause.found());
  }
}
