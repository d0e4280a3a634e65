package org.untoc.json.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.junit.jupiter.api.Test;
import org.untoc.core.Edition;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.Name;
import org.untoc.core.Registry;
import org.untoc.core.RelationKind;
import org.untoc.core.Unit;
import org.untoc.core.Untoc;
import org.untoc.json.Samples;
import org.untoc.json.export.Sparql.Endpoint;

class LinkedDataTest {
  private static final Registry REFERENCE = Untoc.reference();
  private static final RdfExport WHOLE = RdfExport.of(REFERENCE);
  private static final String ID = RdfExport.DEFAULT_BASE + "id/";
  private static final String PROV = RdfExport.PROV;

  private static Resource node(Model m, String iri) {
    return m.createResource(iri);
  }

  private static Property vocab(Model m, String local) {
    return m.createProperty(RdfExport.VOCAB, local);
  }

  @Test
  void turtleNQuadsAndJsonLdGiveTheSameGraph() {
    Model quads = LinkedData.parse(WHOLE.toString(RdfExport.Format.N_QUADS), RdfExport.Format.N_QUADS);
    Model turtle = LinkedData.parse(WHOLE.toString(RdfExport.Format.TURTLE), RdfExport.Format.TURTLE);
    Model jsonLd = LinkedData.parse(WHOLE.toString(RdfExport.Format.JSON_LD), RdfExport.Format.JSON_LD);
    assertTrue(quads.size() > 9_000, "statements: " + quads.size());
    assertTrue(quads.isIsomorphicWith(turtle), "Turtle differs from N-Quads");
    assertTrue(quads.isIsomorphicWith(jsonLd), "JSON-LD differs from N-Quads");
  }

  @Test
  void theReferenceExportAndEachEditionConformToTheShapes() {
    assertEquals(List.of(), LinkedData.messages(LinkedData.load(WHOLE).getGraph()));
    for (Edition e : REFERENCE.editions()) {
      assertEquals(List.of(), LinkedData.messages(LinkedData.load(WHOLE.withEdition(e.id())).getGraph()), e.id() + "");
    }
  }

  @Test
  void sparqlAnswersAsTheJavaApiOnTheReferenceData() {
    Sparql.assertSameAnswers(REFERENCE, Sparql.of(LinkedData.load(WHOLE)));
    for (Edition e : REFERENCE.editions()) {
      Sparql.assertPaths(REFERENCE, e.id(), Sparql.of(LinkedData.load(WHOLE.withEdition(e.id()))));
    }
  }

  @Test
  void theReadmeQuestionFindsCmlsRunsGpmlByInference() {
    String rationale = REFERENCE.latestView().relationsTo("gpml", RelationKind.RUNS).get(0).provenance().rationale()
        .orElseThrow();
    assertEquals(List.of(List.of("Cybercrime and Money Laundering Section", RdfExport.VOCAB + "inferred", rationale)),
        Sparql.of(LinkedData.load(WHOLE)).select(Sparql.WHO_RUNS_GPML));
  }

  @Test
  void rejectsAnEntityWithoutItsLabel() {
    Model m = LinkedData.load(WHOLE);
    m.removeAll(node(m, ID + "cmls"), m.createProperty(RdfExport.SKOS, "prefLabel"), null);
    assertEquals(Set.of(ID + "cmls untoc:PrefLabelShape"), LinkedData.violations(m.getGraph()));
  }

  @Test
  void rejectsARelationWithoutItsBasis() {
    Model m = LinkedData.load(WHOLE);
    Resource derivation = node(m, RdfExport.DEFAULT_BASE + "relation/cmls_runs_gpml")
        .getPropertyResourceValue(m.createProperty(PROV, "qualifiedDerivation"));
    m.removeAll(derivation, vocab(m, "basis"), null);
    Set<String> found = LinkedData.violations(m.getGraph());
    assertTrue(found.contains(RdfExport.DEFAULT_BASE + "relation/cmls_runs_gpml untoc:RelationBasisShape"), found.toString());
    assertTrue(found.contains(derivation + " untoc:BasisShape"), found.toString());
    assertTrue(found.contains(derivation + " untoc:ProvenanceShape"), found.toString());
    assertEquals(3, found.size(), found.toString());
  }

  @Test
  void rejectsAChangeEventWithoutItsEvidence() {
    Model m = LinkedData.load(WHOLE);
    Resource change = m.listSubjectsWithProperty(vocab(m, "evidence"), node(m, RdfExport.VOCAB + "facts")).next();
    m.removeAll(change, vocab(m, "evidence"), null);
    assertEquals(Set.of(change + " untoc:ChangeEvidenceShape", change + " untoc:ChangeEventShape"),
        LinkedData.violations(m.getGraph()));
  }

  @Test
  void rejectsAChangeFromSilenceThatDoesNotNameTheSilentEdition() {
    Model m = LinkedData.load(WHOLE);
    Resource change = m.listSubjectsWithProperty(vocab(m, "evidence"), node(m, RdfExport.VOCAB + "silence")).next();
    for (Statement s : m.listStatements(change, m.createProperty(PROV, "qualifiedUsage"), (Resource) null).toList()) {
      if (s.getResource().hasProperty(m.createProperty(PROV, "hadRole"), node(m, RdfExport.VOCAB + "silentEdition"))) {
        m.remove(s);
      }
    }
    assertEquals(Set.of(change + " untoc:ChangeEventShape"), LinkedData.violations(m.getGraph()));
  }

  @Test
  void aDissolvedUnitIsAChangeEventFromTheLaterEditionsSilence() {
    List<List<String>> rows = Sparql.of(LinkedData.load(WHOLE)).select(Sparql.PREFIXES + """
        SELECT ?evidence ?original ?silent WHERE {
          ?c untoc:changeType untoc:dissolved ; untoc:subject/dcterms:identifier "iss" ;
             untoc:evidence ?evidence ; org:originalOrganization/dcterms:identifier ?original ;
             prov:qualifiedUsage [ prov:hadRole untoc:silentEdition ; prov:entity/dcterms:identifier ?silent ] .
        }""");
    assertEquals(List.of(List.of(RdfExport.VOCAB + "silence", "iss", "ocb-overview")), rows);
  }

  @Test
  void labelsCarryTheirLanguageAndFormerNamesAreAltLabels() {
    Model m = LinkedData.load(WHOLE);
    Resource ocb = node(m, ID + "ocb");
    assertEquals("Organized Crime and Illicit Trafficking Branch",
        ocb.getProperty(m.createProperty(RdfExport.SKOS, "prefLabel")).getString());
    assertEquals("en", ocb.getProperty(m.createProperty(RdfExport.SKOS, "prefLabel")).getLanguage());
    assertTrue(m.contains(ocb, m.createProperty(RdfExport.SKOS, "altLabel"), m.createLiteral("Organized Crime Branch", "en")));
  }

  @Test
  void everyNameIsALabelInItsOwnLanguage() {
    Model m = LinkedData.load(WHOLE);
    Property pref = m.createProperty(RdfExport.SKOS, "prefLabel");
    Property alt = m.createProperty(RdfExport.SKOS, "altLabel");
    Entity unodc = REFERENCE.get("unodc");
    assertTrue(unodc.languages().contains("ar"), "the reference data names UNODC in Arabic");
    for (Name n : unodc.names()) {
      org.apache.jena.rdf.model.Literal label = m.createLiteral(n.text(), n.language());
      assertTrue(m.contains(node(m, ID + "unodc"), pref, label) || m.contains(node(m, ID + "unodc"), alt, label),
          n.text() + "@" + n.language());
    }
  }

  @Test
  void editionsCarryTheirPeriodsAndEntitiesTheirDates() {
    Endpoint graph = Sparql.of(LinkedData.load(WHOLE));
    for (Edition e : REFERENCE.editions()) {
      List<List<String>> rows = graph.select(Sparql.PREFIXES + """
          SELECT ?from ?to WHERE {
            ?e dcterms:identifier "%s" .
            OPTIONAL { ?e untoc:periodFrom ?from } OPTIONAL { ?e untoc:periodTo ?to }
          }""".formatted(e.id()));
      assertEquals(List.of(Arrays.asList(e.period().from().map(f -> f.date().toString()).orElse(""),
          e.period().to().map(f -> f.date().toString()).orElse(""))), rows, e.id().toString());
    }
    Entity committee = REFERENCE.get("Ad Hoc Committee");
    List<List<String>> rows = graph.select(Sparql.PREFIXES + """
        SELECT ?day ?basis WHERE {
          ?c dcterms:identifier "%s" ; untoc:established ?day ;
             untoc:date [ untoc:event untoc:established ; prov:qualifiedDerivation/untoc:basis ?basis ] .
        }""".formatted(committee.id()));
    assertEquals(List.of(List.of(committee.established().orElseThrow().date().toString(),
        RdfExport.VOCAB + "publicRecord")), rows);
  }

  @Test
  void anEditionsExportDescribesThatEdition() {
    Model m = LinkedData.load(WHOLE.withEdition(Untoc.OCB_BROCHURE));
    assertTrue(m.contains(node(m, ID + "iss"), vocab(m, "runs"), node(m, ID + "gpml")));
    assertTrue(m.contains(node(m, ID + "ocb"), m.createProperty(RdfExport.SKOS, "prefLabel"),
        m.createLiteral("Organized Crime Branch", "en")));
    assertEquals(0, m.listSubjectsWithProperty(vocab(m, "changeType")).toList().size());
    assertTrue(!m.containsResource(node(m, ID + "cmls")), "cmls is not in the brochure");
  }

  @Test
  void iriLieUnderTheGivenBase() {
    String base = "https://data.example.org/untoc/";
    Model m = LinkedData.load(WHOLE.withBase(base));
    assertTrue(m.contains(node(m, base + "id/cmls"), vocab(m, "runs"), node(m, base + "id/gpml")));
    assertTrue(m.listSubjects().toList().stream().allMatch(s -> s.isAnon() || s.getURI().startsWith(base)));
    assertEquals("https://data.example.org/untoc/id/cmls", WHOLE.withBase(base).iri(EntityId.of("cmls")));
  }

  @Test
  void rejectsABaseThatIsNoNamespace() {
    assertEquals("the base 'untoc/' is not fit for IRIs: it is not absolute: it needs a scheme, such as https: or urn:",
        assertThrows(IllegalArgumentException.class, () -> WHOLE.withBase("untoc/")).getMessage());
    assertEquals("the base 'https://x.org/id' is not fit for IRIs: it must end with '/', '#' or ':' so that ids can"
        + " follow it", assertThrows(IllegalArgumentException.class, () -> WHOLE.withBase("https://x.org/id")).getMessage());
    assertEquals("the base 'https://x.org/a b/' is not fit for IRIs: it holds a space or one of <>\"{}|\\^`",
        assertThrows(IllegalArgumentException.class, () -> WHOLE.withBase("https://x.org/a b/")).getMessage());
  }

  @Test
  void aFormerIdIsTheSameAsTheEntity() {
    Registry r = Samples.sample().toBuilder()
        .replace(Unit.builder().from((Unit) Samples.sample().get(EntityId.of("section"))).addFormerId(EntityId.of("sec"))
            .build()).build();
    Model m = LinkedData.load(RdfExport.of(r));
    assertTrue(m.contains(node(m, ID + "section"), m.createProperty(RdfExport.OWL, "sameAs"), node(m, ID + "sec")));
    assertEquals(List.of(), LinkedData.messages(m.getGraph()));
  }

  @Test
  void theJsonLdUsesTheShippedContext() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode doc = json.readTree(WHOLE.toString(RdfExport.Format.JSON_LD));
    assertEquals("@context", doc.fieldNames().next());
    assertEquals(json.readTree(RdfExport.context()).get("@context"), doc.get("@context").get(0));
    assertEquals(ID, doc.get("@context").get(1).get("id").asText());
  }

  @Test
  void namesNoDocumentByItsFileName() {
    String turtle = WHOLE.toString(RdfExport.Format.TURTLE);
    assertTrue(REFERENCE.sources().stream().filter(s -> s.kind() == org.untoc.core.SourceKind.DOCUMENT)
        .allMatch(s -> !turtle.contains(s.reference())), "a document's file name is in the export");
    assertTrue(turtle.contains("prov:entity source:ocb-overview-page;"), "the registered source is a resource");
  }

  @Test
  void theSameRegistryGivesTheSameBytes() {
    for (RdfExport.Format f : RdfExport.Format.values()) {
      assertEquals(WHOLE.toString(f), RdfExport.of(Untoc.reference()).toString(f), f.toString());
    }
  }
}
