package org.untoc.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.untoc.json.Registries.assertSameRegistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.untoc.core.Description;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.EditionView;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.Name;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;
import org.untoc.core.Rule;
import org.untoc.core.Service;
import org.untoc.core.ServiceType;
import org.untoc.core.Topic;
import org.untoc.core.Unit;
import org.untoc.core.UnitType;
import org.untoc.core.Untoc;

class RegistryJsonTest {
  private final RegistryJson json = RegistryJson.strict();

  private static String minimal() throws IOException {
    return Files.readString(Corpus.dir("valid").resolve("minimal.json"));
  }

  @Test
  void writesThenReadsAnEqualRegistry() {
    Registry sample = Samples.sample();
    assertSameRegistry(sample, json.read(json.writeBytes(sample)));
  }

  @Test
  void writesWhatItReadsAsTheSameBytes() {
    byte[] once = json.writeBytes(Samples.sample());
    assertArrayEquals(once, json.writeBytes(json.read(once)));
  }

  @Test
  void keepsTheOrderInWhichTheRegistryWasBuilt() {
    Registry sample = Samples.sample();
    Registry.Builder b = Registry.builder();
    sample.editions().forEach(b::addEdition);
    sample.sources().forEach(b::addSource);
    b.addAll(sample.entities().reverse());
    b.relateAll(sample.relations().reverse());
    Registry reversed = b.build();
    Registry read = json.read(json.writeBytes(reversed));
    assertEquals(reversed.entities(), read.entities());
    assertEquals(reversed.relations(), read.relations());
    assertEquals(sample.entities().reverse(), read.entities());
  }

  @Test
  void readsAVersion1DocumentWhoseMandatesListServicesAsStrings() throws IOException {
    Registry r = json.read(Files.readString(Corpus.dir("v1").resolve("untoc-reference-v1.json")));
    EditionView now = r.view("ocb-overview");
    Entity service = r.get(EntityId.of("mandate-cop-secretariat-service-2"));
    assertEquals("prepares background papers", service.name());
    assertEquals(ServiceType.MANDATE_SERVICE, ((Service) service).serviceType());
    assertEquals(5, now.servicesOf("mandate-cop-secretariat").size());
    assertEquals(r.get(EntityId.of("mandate-cop-secretariat")).provenance(), service.provenance());
    DocumentException e = assertThrows(DocumentException.class, () -> json.read(
        Files.readString(Corpus.dir("v1").resolve("untoc-reference-v1.json"))
            .replace("\"version\": 1,", "\"version\": 2,")));
    assertEquals("the key \"services\" of a version 1 document in a document of version 2", e.found());
  }

  @Test
  void writesTheLanguageOfANameOnlyWhereItIsNotEnglish() {
    Registry sample = Samples.sample();
    Entity branch = sample.get(EntityId.of("branch"));
    Registry withFrench = sample.toBuilder().replace(Unit.builder().from((Unit) branch)
        .addName(Name.official("Service de la criminalité organisée", branch.names().get(0).provenance())
            .inLanguage("fr"))
        .addName(Name.acronym("OCB", branch.names().get(0).provenance()).inLanguage("zh-hans")).build()).build();
    String text = new String(json.writeBytes(withFrench), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(2, text.split("\"language\"", -1).length - 1);
    assertTrue(text.replaceAll("\\s+", " ").contains(
        "\"text\": \"Service de la criminalité organisée\", \"language\": \"fr\", \"provenance\""), text);
    assertTrue(text.contains("\"language\": \"zh-Hans\""));
    Registry read = json.read(text);
    assertSameRegistry(withFrench, read);
    assertEquals("Service de la criminalité organisée", read.get(EntityId.of("branch")).nameIn(
        read.latest().id(), "fr"));
  }

  @Test
  void readsNamesWithoutALanguageAndEveryNameOfVersion1AsEnglish() throws IOException {
    Registry v1 = json.read(Files.readString(Corpus.dir("v1").resolve("untoc-reference-v1.json")));
    assertTrue(v1.entities().stream().flatMap(e -> e.names().stream()).allMatch(n -> n.language().equals("en")));
    Registry read = json.read(minimal().replace("\"text\": \"Cybercrime\",",
        "\"text\": \"Cybercrime\", \"language\": \"EN\","));
    assertEquals(json.read(minimal()).entities(), read.entities());
  }

  @Test
  void readsALanguageTagInItsNormalForm() throws IOException {
    Registry read = json.read(minimal().replace("\"text\": \"Cybercrime\",",
        "\"text\": \"Cybercrime\", \"language\": \"ZH-hans-cn\","));
    assertEquals("zh-Hans-CN", read.get(EntityId.of("cybercrime")).names().get(0).language());
  }

  @Test
  void readsTheSourcesDescriptionsAndQualifiersItWrites() {
    Registry read = json.read(json.writeBytes(Samples.sample()));
    assertEquals("The new chart", read.titleOf(Provenance.stated("seed-0.txt", "a phrase")));
    assertEquals(List.of("servicing meetings and preparing documents"),
        read.get(EntityId.of("cop-secretariat")).descriptions().stream().map(Description::text).toList());
    assertEquals(List.of("on behalf of the office"), read.relations().stream()
        .flatMap(r -> r.qualifier().stream()).toList());
  }

  @Test
  void writesTheDocumentHeadAndPartialDatesAsIsoText() {
    String doc = json.writeString(Samples.sample());
    assertTrue(doc.startsWith("{\n  \"format\": \"untoc-registry\",\n  \"version\": 2,\n  \"editions\": [\n"), doc);
    assertTrue(doc.contains("\"date\": \"2000-11-15\""), doc);
    assertTrue(doc.contains("\"date\": \"2000-12\""), doc);
    assertTrue(doc.contains("\"date\": \"1997\""), doc);
    assertTrue(doc.contains("\"editions\": [\"new\"]"), doc);
    assertTrue(doc.contains("\"kind\": \"focal-point-for\""), doc);
    assertTrue(doc.contains("\"programmeType\": \"global-programme\""), doc);
    assertTrue(doc.contains("\"basis\": \"public-record\""), doc);
    assertTrue(doc.endsWith("}\n"), doc);
    assertFalse(doc.contains("\r"), doc);
  }

  @Test
  void readsEachProvenanceAsWritten() {
    Provenance p1 = Provenance.stated("seeds/000.txt", "the Section runs the Programme");
    Provenance p2 = Provenance.stated("seeds/000.txt", "the Branch has three Sections");
    Provenance p3 = Provenance.inferred("seeds/000.txt", "the Section runs the Programme");
    List<Provenance> given = List.of(p1, p2, p1, p3, p1, p2);
    Registry.Builder b = Registry.builder().addEdition(Edition.builder().id(EditionId.of("e1")).title("E1")
        .source("seeds/000.txt").build());
    for (int i = 0; i < given.size(); i++) {
      b.add(Topic.builder().id(EntityId.of("t" + i)).addName(Name.official("Topic " + i, given.get(i)))
          .addProvenance(given.get(i)).build());
    }
    Registry read = json.read(json.writeBytes(b.build()));
    List<Provenance> found = read.entities().stream().map(e -> e.provenance().get(0)).toList();
    assertEquals(given, found);
    assertEquals(p1, read.entities().get(0).names().get(0).provenance());
  }

  @Test
  void keepsEachSetOfEditionsInTheOrderTheDocumentGivesIt() {
    Provenance p = Provenance.stated("seeds/000.txt", "the Section runs the Programme");
    EditionId e1 = EditionId.of("e1");
    EditionId e2 = EditionId.of("e2");
    Registry.Builder b = Registry.builder()
        .addEdition(Edition.builder().id(e1).title("E1").source("seeds/001.txt").build())
        .addEdition(Edition.builder().id(e2).title("E2").source("seeds/000.txt").build())
        .add(Topic.builder().id(EntityId.of("t")).addName(Name.official("Topic", p)).addProvenance(p).build());
    for (int i = 0; i < 2; i++) {
      b.add(Unit.builder().id(EntityId.of("s" + i)).unitType(UnitType.SECTION)
          .addName(Name.official("Section " + i, p)).addProvenance(p).build());
      b.relate(Relation.of(EntityId.of("s" + i), RelationKind.FOCAL_POINT_FOR, EntityId.of("t"), p).in(e1, e2));
    }
    String doc = json.writeString(b.build());
    String written = "\"editions\": [\"e1\", \"e2\"]";
    int last = doc.lastIndexOf(written);
    doc = doc.substring(0, last) + "\"editions\": [\"e2\", \"e1\"]" + doc.substring(last + written.length());
    List<ImmutableList<EditionId>> read = json.read(doc).relations().stream().map(r -> r.editions().asList()).toList();
    assertEquals(List.of(List.of(e1, e2), List.of(e2, e1)), read);
  }

  @Test
  void readsTheMinimalDocument() throws IOException {
    Registry r = json.read(minimal());
    assertEquals(4, r.size());
    assertEquals(3, r.relations().size());
    assertEquals("new", r.latest().id().toString());
    Entity gp = r.get(Samples.id("gp"));
    assertEquals("GP (Global Programme)", gp.label());
  }

  @Test
  void readsFromEveryKindOfSourceAlike(@TempDir Path dir) throws IOException {
    Registry sample = Samples.sample();
    Path file = dir.resolve("r.json");
    json.write(sample, file);
    StringWriter w = new StringWriter();
    json.write(sample, w);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(sample, out);
    assertEquals(w.toString(), Files.readString(file));
    assertEquals(w.toString(), out.toString(StandardCharsets.UTF_8));
    assertSameRegistry(sample, json.read(file));
    assertSameRegistry(sample, json.read(new StringReader(w.toString())));
    assertSameRegistry(sample, json.read(new ByteArrayInputStream(out.toByteArray())));
    assertSameRegistry(sample, json.read(w.toString()));
  }

  @Test
  void readsADocumentInUtf8WithAByteOrderMarkAndInUtf16() {
    byte[] doc = json.writeBytes(Samples.sample());
    byte[] marked = new byte[doc.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(doc, 0, marked, 3, doc.length);
    assertSameRegistry(Samples.sample(), json.read(marked));
    byte[] utf16 = new String(doc, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16BE);
    assertSameRegistry(Samples.sample(), json.read(utf16));
  }

  @Test
  void rejectsAKeyOfAnotherKindGivenBeforeTheKindAtTheKey() throws IOException {
    String doc = minimal().replace("\"kind\": \"topic\",", "\"unitType\": \"section\", \"kind\": \"topic\",");
    DocumentException e = assertThrows(DocumentException.class, () -> json.read(doc));
    assertEquals("/entities/1/unitType", e.pointer());
    int line = e.line();
    assertTrue(doc.lines().toList().get(line - 1).substring(e.column() - 1).startsWith("\"unitType\""), e.getMessage());
    assertEquals("the key \"unitType\" in an entity of kind topic", e.found());
    assertSameRegistry(json.read(minimal()), RegistryJson.builder().lenient(true).build().read(doc));
  }

  @Test
  void strictReaderRejectsAnUnknownKeyThatTheLenientOneSkips() throws IOException {
    String doc = minimal().replace("\"kind\": \"topic\",", "\"kind\": \"topic\", \"colour\": {\"r\": [1, 2]},");
    DocumentException e = assertThrows(DocumentException.class, () -> json.read(doc));
    assertEquals("/entities/1/colour", e.pointer());
    Registry r = RegistryJson.builder().lenient(true).build().read(doc);
    assertSameRegistry(json.read(minimal()), r);
  }

  @Test
  void lenientReaderSkipsTheKeysOfAnotherKind() throws IOException {
    String doc = minimal().replace("\"kind\": \"topic\",", "\"kind\": \"topic\", \"unitType\": \"section\",");
    assertThrows(DocumentException.class, () -> json.read(doc));
    assertSameRegistry(json.read(minimal()), RegistryJson.builder().lenient(true).build().read(doc));
  }

  @Test
  void lenientReaderStillRejectsDuplicateKeysNullsAndTrailingTokens() throws IOException {
    RegistryJson lenient = RegistryJson.builder().lenient(true).build();
    String base = minimal();
    DocumentException dup = assertThrows(DocumentException.class,
        () -> lenient.read(base.replace("\"version\": 2,", "\"version\": 2, \"version\": 2,")));
    assertEquals("each key at most once in an object", dup.expected());
    DocumentException nul = assertThrows(DocumentException.class,
        () -> lenient.read(base.replace("\"id\": \"gp\"", "\"id\": null")));
    assertEquals("null", nul.found());
    DocumentException trailing = assertThrows(DocumentException.class, () -> lenient.read(base + "[]"));
    assertEquals("the end of the document", trailing.expected());
  }

  @Test
  void rejectsADocumentLongerThanTheLimit() throws IOException {
    RegistryJson small = RegistryJson.builder().maxDocumentLength(1024).build();
    String doc = minimal();
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    // the length of a document in memory is known before it is read; a stream is read until it is too long
    for (DocumentException e : List.of(assertThrows(DocumentException.class, () -> small.read(doc)),
        assertThrows(DocumentException.class, () -> small.read(bytes)))) {
      assertEquals("a document longer than 1024 bytes", e.found());
      assertTrue(e.expected().contains("1024 bytes in all"), e.expected());
    }
    for (DocumentException e : List.of(
        assertThrows(DocumentException.class, () -> small.read(new ByteArrayInputStream(bytes))),
        assertThrows(DocumentException.class, () -> small.read(new StringReader(doc))))) {
      assertEquals("Document length (" + bytes.length + ") exceeds the maximum allowed (1024, from"
          + " `StreamReadConstraints.getMaxDocumentLength()`)", e.found());
      assertTrue(e.expected().contains("1024 bytes in all"), e.expected());
    }
  }

  @Test
  void rejectsAStringLongerThanTheConfiguredLimit() throws IOException {
    RegistryJson small = RegistryJson.builder().maxStringLength(100).build();
    String doc = minimal().replace("Old brochure", "x".repeat(101));
    DocumentException e = assertThrows(DocumentException.class, () -> small.read(doc));
    assertEquals("/editions/0/title", e.pointer());
    assertEquals("String value length (101) exceeds the maximum allowed (100, from"
        + " `StreamReadConstraints.getMaxStringLength()`)", e.found());
  }

  @Test
  void rejectsNestingDeeperThanTheConfiguredLimit() throws IOException {
    RegistryJson shallow = RegistryJson.builder().lenient(true).maxNestingDepth(8).build();
    String doc = minimal().replace("\"version\": 2,", "\"version\": 2, \"x\": [[[[[[[[1]]]]]]]],");
    DocumentException e = assertThrows(DocumentException.class, () -> shallow.read(doc));
    assertEquals("/x/0/0/0/0/0/0/0", e.pointer());
    assertEquals(3, e.line());
    assertTrue(e.found().startsWith("Document nesting depth (9) exceeds the maximum allowed (8"), e.found());
  }

  @Test
  void refusesLimitsTooSmallForAnyDocument() {
    assertThrows(IllegalArgumentException.class, () -> RegistryJson.builder().maxNestingDepth(7));
    assertThrows(IllegalArgumentException.class, () -> RegistryJson.builder().maxStringLength(99));
    assertThrows(IllegalArgumentException.class, () -> RegistryJson.builder().maxDocumentLength(1023));
  }

  @Test
  void reportsEveryIntegrityViolationWithItsRuleAndPointer() throws IOException {
    String doc = minimal().replace("\"to\": \"gp\"", "\"to\": \"gpml\"")
        .replace("\"id\": \"cybercrime\",", "\"id\": \"cybercrime\", \"editions\": [\"future\"],");
    DocumentException e = assertThrows(DocumentException.class, () -> json.read(doc));
    assertEquals(List.of("/entities/1/editions", "/relations/0/editions", "/relations/2/to"),
        e.problems().stream().map(DocumentProblem::pointer).toList());
    assertEquals(List.of(Rule.UNKNOWN_EDITION, Rule.OUTSIDE_EDITION, Rule.DANGLING_REFERENCE),
        e.problems().stream().map(p -> p.rule().orElseThrow()).toList());
    assertTrue(e.getCause() instanceof org.untoc.core.IntegrityException);
  }

  @Test
  void listsAtMostTwentyProblemsInTheMessageAndAllInTheException() throws IOException {
    StringBuilder relations = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      relations.append(i == 0 ? "" : ", ").append("{\"kind\": \"addresses\", \"from\": \"gp\", \"to\": \"t")
          .append(i).append("\", \"provenance\": {\"basis\": \"public-record\", \"source\": \"s\"}}");
    }
    String doc = minimal().replaceFirst("\"relations\": \\[", "\"relations\": [" + relations + ",");
    DocumentException e = assertThrows(DocumentException.class, () -> json.read(doc));
    assertEquals(25, e.problems().size());
    assertTrue(e.getMessage().startsWith("the document has 25 problems:\n  at /relations/0/to (line "), e.getMessage());
    assertTrue(e.getMessage().endsWith("\n  ... and 5 more"), e.getMessage());
    assertEquals(21, e.getMessage().lines().count() - 1);
  }

  @Test
  void locatesAnIntegrityViolationAtTheStartOfItsRelation() throws IOException {
    String doc = minimal().replace("\"to\": \"gp\"", "\"to\": \"gpml\"");
    DocumentException e = assertThrows(DocumentException.class, () -> json.read(doc));
    List<String> lines = doc.lines().toList();
    assertEquals("    {", lines.get(e.line() - 1));
    assertEquals("      \"kind\": \"runs\",", lines.get(e.line()));
    assertEquals(5, e.column());
    assertEquals("/relations/2/to", e.pointer());
    assertEquals("no entity with id 'gpml'", e.found());
    assertEquals("the id of an entity listed under /entities", e.expected());
  }

  @Test
  void readsKeysInAnyOrder() throws IOException {
    String doc = "{\"relations\": [], \"entities\": [{\"provenance\": [{\"source\": \"s\", \"basis\": \"public-record\"}],"
        + " \"names\": [{\"provenance\": {\"source\": \"s\", \"basis\": \"public-record\"}, \"text\": \"T\", \"type\": \"official\"}],"
        + " \"kind\": \"topic\", \"id\": \"t\"}], \"editions\": [], \"version\": 1, \"format\": \"untoc-registry\"}";
    Registry r = json.read(doc);
    assertEquals("T", r.get(Samples.id("t")).name());
  }

  @Test
  void readsTheReferenceDocumentWithTheKeysOfEveryObjectInAnotherOrder() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    byte[] written = json.writeBytes(Untoc.reference());
    JsonNode tree = mapper.readTree(written);
    byte[] reversed = mapper.writeValueAsBytes(reorder(tree, new Random(0), true));
    byte[] shuffled = mapper.writeValueAsBytes(reorder(tree, new Random(1), false));
    byte[] asGiven = mapper.writeValueAsBytes(tree);
    assertFalse(Arrays.equals(asGiven, reversed) || Arrays.equals(asGiven, shuffled), "the keys are reordered");
    // alternately, so that what the reader expects from one order is wrong for the next
    for (byte[] document : List.of(written, reversed, shuffled, written, shuffled, reversed, written)) {
      assertSameRegistry(Untoc.reference(), json.read(document));
    }
  }

  /** Returns a copy of a tree with the keys of each object reversed or shuffled. */
  private static JsonNode reorder(JsonNode node, Random random, boolean reverse) {
    if (node.isObject()) {
      List<String> keys = new ArrayList<>();
      node.fieldNames().forEachRemaining(keys::add);
      if (reverse) {
        Collections.reverse(keys);
      } else {
        Collections.shuffle(keys, random);
      }
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (String key : keys) {
        copy.set(key, reorder(node.get(key), random, reverse));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> copy.add(reorder(element, random, reverse)));
      return copy;
    }
    return node;
  }

  @Test
  void describesAnUnreadableStream() {
    java.io.InputStream failing = new java.io.InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    IOException e = assertThrows(IOException.class, () -> json.read(failing));
    assertEquals("disk gone", e.getMessage());
  }
}
