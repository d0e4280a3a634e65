package org.untoc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.untoc.json.Registries.assertSameRegistry;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import java.lang.reflect.Modifier;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
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
import org.untoc.core.Link;
import org.untoc.core.Name;
import org.untoc.core.NameType;
import org.untoc.core.PartialDate;
import org.untoc.core.Period;
import org.untoc.core.Programme;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;
import org.untoc.core.Unit;
import org.untoc.core.UnitType;
import org.untoc.core.Untoc;
import org.untoc.core.Violation;
import org.untoc.core.change.Change;
import org.untoc.core.change.History;
import org.untoc.core.change.Migration;
import org.untoc.core.mapping.MappingRow;
import org.untoc.core.mapping.MappingStatus;
import org.untoc.core.mapping.MappingValidator;
import org.untoc.core.mapping.MappingVerdict;

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
  void writesAndReadsFormerIdsAndTheDocumentResolvesThem() throws Exception {
    Unit renamed = Unit.builder().from((Unit) sample.get(EntityId.of("section"))).addFormerId(EntityId.of("sec"))
        .build();
    assertTrue(mapper.writeValueAsString(renamed).contains("\"formerIds\":[\"sec\"]"),
        mapper.writeValueAsString(renamed));
    assertEquals(renamed, roundTrip(renamed, Entity.class));
    Registry r = sample.toBuilder().replace(renamed).build();
    Registry read = RegistryJson.strict().read(RegistryJson.strict().writeString(r));
    assertEquals(renamed, read.get(EntityId.of("sec")));
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
  void writesAndReadsPeriodsDatedRelationsAndHistories() throws Exception {
    Registry reference = Untoc.reference();
    for (Edition e : reference.editions()) {
      assertEquals(e.period(), roundTrip(e.period(), Period.class));
      assertEquals(e, roundTrip(e, Edition.class));
    }
    Period since = Period.since(DatedFact.of(PartialDate.ofYear(2021), Provenance.publicRecord("p")));
    assertEquals("{\"from\":{\"date\":\"2021\",\"provenance\":{\"basis\":\"public-record\",\"source\":\"p\"}}}",
        mapper.writeValueAsString(since));
    assertEquals("{}", mapper.writeValueAsString(Period.unbounded()));
    assertEquals(Period.unbounded(), mapper.readValue("{}", Period.class));
    Relation dated = reference.relationsFrom(EntityId.of("iss")).stream().filter(r -> r.since().isPresent())
        .findFirst().orElseThrow();
    assertEquals(dated, roundTrip(dated, Relation.class));
    for (String name : List.of("GFP", "ISS", "Ad Hoc Committee", "UNTOC", "COP")) {
      History h = reference.history(name);
      assertEquals(h, roundTrip(h, History.class), name);
      assertEquals(h.stages().get(0), roundTrip(h.stages().get(0), History.Stage.class), name);
    }
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
  void reportsMalformedJsonInsideAValueWithItsPointer() {
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> mapper.readValue("{\"basis\": \"stated\", \"source\": ", Provenance.class));
    DocumentException cause = assertInstanceOf(DocumentException.class, e.getCause());
    assertEquals("/source", cause.pointer());
    assertEquals("Unexpected end-of-input within/between Object entries", cause.found());
    assertEquals("well-formed JSON (RFC 8259)", cause.expected());
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

  @Test
  void writesAndReadsTheChangesBetweenTwoEditions() throws Exception {
    Registry reference = Untoc.reference();
    List<Change> changes = reference.diff(reference.editions().get(0).id(), reference.editions().get(1).id()).changes();
    assertTrue(changes.stream().map(Change::type).distinct().count() >= 4, changes.toString());
    String json = mapper.writeValueAsString(changes);
    assertEquals(changes, mapper.readValue(json, new TypeReference<List<Change>>() {}));
  }

  @Test
  void writesAChangeWithTheKeysOfTheDocument() throws Exception {
    Change renamed = Change.builder().type(Change.Type.RENAMED).evidence(Change.Evidence.FACTS)
        .subject(EntityId.of("branch"))
        .fromEdition(EditionId.of("old")).toEdition(EditionId.of("new")).nameType(NameType.OFFICIAL)
        .oldName("Organized Crime Branch").newName("Organized Crime and Illicit Trafficking Branch")
        .addProvenance(Provenance.publicRecord("s")).build();
    String json = mapper.writeValueAsString(renamed);
    assertEquals("{\"type\":\"renamed\",\"evidence\":\"facts\",\"subject\":\"branch\",\"fromEdition\":\"old\",\"toEdition\":\"new\","
        + "\"nameType\":\"official\",\"oldName\":\"Organized Crime Branch\","
        + "\"newName\":\"Organized Crime and Illicit Trafficking Branch\","
        + "\"provenance\":[{\"basis\":\"public-record\",\"source\":\"s\"}]}", json);
    assertEquals(renamed, mapper.readValue(json, Change.class));
    assertEquals(Change.Type.SPLIT, mapper.readValue("\"split\"", Change.Type.class));
  }

  @Test
  void writesAndReadsMappingVerdictsWithTheirRowsMigrationsAndCandidates() throws Exception {
    Registry reference = Untoc.reference();
    MappingValidator validator = MappingValidator.of(reference);
    List<MappingVerdict> verdicts = new ArrayList<>();
    String older = reference.editions().get(0).id().toString();
    for (MappingRow row : List.of(MappingRow.of(3, "gpml", "iss", Optional.of(older)), MappingRow.of("gpml", "cmls"),
        MappingRow.of("gpml", "cmlss"), MappingRow.of(7, "glo.act", "cmls", Optional.empty()),
        MappingRow.builder().line(9).programme("gpml").unit("iss").date(java.time.LocalDate.of(2014, 1, 1)).build())) {
      verdicts.add(validator.validate(row));
    }
    assertTrue(verdicts.stream().anyMatch(v -> v.latest().isPresent()), verdicts.toString());
    assertTrue(verdicts.stream().anyMatch(v -> !v.candidates().isEmpty()), verdicts.toString());
    assertEquals(4, verdicts.stream().map(MappingVerdict::status).distinct().count(), verdicts.toString());
    assertEquals("{\"line\":9,\"programme\":\"gpml\",\"unit\":\"iss\",\"date\":\"2014-01-01\"}",
        mapper.writeValueAsString(verdicts.get(4).row()));
    String badDay = assertThrows(Exception.class, () -> mapper.readValue(
        "{\"programme\": \"p\", \"unit\": \"u\", \"date\": \"2014-02-30\"}", MappingRow.class)).getMessage();
    assertEquals("at /date (line 1, column 41): found the string \"2014-02-30\", expected a day: yyyy-MM-dd",
        badDay.lines().findFirst().orElseThrow());
    String json = mapper.writeValueAsString(verdicts);
    assertEquals(verdicts, mapper.readValue(json, new TypeReference<List<MappingVerdict>>() {}));
    for (MappingVerdict v : verdicts) {
      assertEquals(v.row(), roundTrip(v.row(), MappingRow.class));
      assertEquals(v.status(), roundTrip(v.status(), MappingStatus.class));
      if (v.latest().isPresent()) {
        assertEquals(v.latest().get(), roundTrip(v.latest().get(), Migration.class));
      }
    }
    assertEquals("{\"line\":3,\"programme\":\"gpml\",\"unit\":\"iss\",\"edition\":\"" + older + "\"}",
        mapper.writeValueAsString(verdicts.get(0).row()));
  }

  @Test
  void writesAndReadsTheLinksOfAQuery() throws Exception {
    List<Link> links = Untoc.reference().latestView().linksFrom(EntityId.of("cmls"), RelationKind.RUNS);
    assertFalse(links.isEmpty());
    assertEquals(links, mapper.readValue(mapper.writeValueAsString(links), new TypeReference<List<Link>>() {}));
  }

  @Test
  void rejectsAMappingRowWithANegativeLineAndALinkWhoseEntityIsNeitherEnd() throws Exception {
    JsonMappingException row = assertThrows(JsonMappingException.class,
        () -> mapper.readValue("{\"line\": -1, \"programme\": \"p\", \"unit\": \"u\"}", MappingRow.class));
    assertEquals("/line", assertInstanceOf(DocumentException.class, row.getCause()).pointer());
    assertEquals("the number -1", assertInstanceOf(DocumentException.class, row.getCause()).found());
    Link link = Untoc.reference().latestView().linksFrom(EntityId.of("cmls"), RelationKind.RUNS).get(0);
    String json = mapper.writeValueAsString(link)
        .replace("\"to\":\"" + link.entity().id() + "\"", "\"to\":\"iss\"");
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue(json, Link.class));
    DocumentException cause = assertInstanceOf(DocumentException.class, e.getCause());
    assertEquals("", cause.pointer());
    assertTrue(cause.found().startsWith("an invalid link (entity '"), cause.found());
  }

  /** Public types of core that are not values to exchange: services, views and the like. */
  private static final Set<String> NOT_VALUES = Set.of("Editioned", "EditionView", "EditionDiff", "OrgChart",
      "MappingValidator", "MappingSummary", "Untoc", "Labelled", "NameKey");

  @Test
  void everyPublicValueTypeOfCoreHasAWriterAndAReader() throws Exception {
    Path classes = Path.of(Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    try (FileSystem jar = Files.isDirectory(classes) ? null : FileSystems.newFileSystem(classes)) {
      Path root = jar == null ? classes : jar.getPath("/");
      for (String pkg : List.of("org.untoc.core", "org.untoc.core.change", "org.untoc.core.mapping",
          "org.untoc.core.chart")) {
        try (Stream<Path> files = Files.walk(root.resolve(pkg.replace('.', '/')), 1)) {
          for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
            String name = f.getFileName().toString().replace(".class", "");
            if (name.contains("-")) {
              continue; // package-info
            }
            Class<?> type = Class.forName(pkg + "." + name);
            if (Modifier.isPublic(type.getModifiers()) && !name.endsWith("Builder")
                && !Throwable.class.isAssignableFrom(type) && !type.isAnnotation()
                && !NOT_VALUES.contains(type.getSimpleName()) && !type.getName().contains("$Builder")) {
              types.add(type);
            }
          }
        }
      }
    }
    assertTrue(types.size() >= 40, types.toString());
    DeserializationContext ctxt = ((DefaultDeserializationContext) mapper.getDeserializationContext())
        .createInstance(mapper.getDeserializationConfig(), null, null);
    for (Class<?> type : types) {
      JavaType t = mapper.constructType(type);
      assertEquals("org.untoc.json", mapper.getSerializerProviderInstance().findValueSerializer(t).getClass()
          .getPackageName(), type.getName());
      assertEquals("org.untoc.json", ctxt.findRootValueDeserializer(t).getClass().getPackageName(), type.getName());
    }
  }
}
