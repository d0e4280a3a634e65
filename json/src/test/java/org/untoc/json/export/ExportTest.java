package org.untoc.json.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.untoc.core.EditionId;
import org.untoc.core.Registry;
import org.untoc.core.Untoc;
import org.untoc.json.Samples;

class ExportTest {
  private static final String ID = JsonLdExport.ID_BASE;
  private static final String ORG = JsonLdExport.ORG;
  private static final String SKOS = JsonLdExport.SKOS;
  private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

  /** Loads the JSON-LD export of an edition with Titanium and returns its triples as N-Triples-like lines. */
  private static Set<String> triples(Registry registry, EditionId edition) throws Exception {
    byte[] doc = JsonLdExport.toString(registry, edition).getBytes(StandardCharsets.UTF_8);
    Set<String> out = new HashSet<>();
    RdfQuadConsumer consumer = (s, p, o, datatype, language, direction, graph) -> {
      String object = RdfQuadConsumer.isLiteral(datatype, language, direction) ? "\"" + o + "\"" : "<" + o + ">";
      out.add("<" + s + "> <" + p + "> " + object);
      return null;
    };
    JsonLd.toRdf(JsonDocument.of(new ByteArrayInputStream(doc))).provide(consumer);
    return out;
  }

  private static String link(String s, String p, String o) {
    return "<" + ID + s + "> <" + p + "> <" + ID + o + ">";
  }

  private static String literal(String s, String p, String text) {
    return "<" + ID + s + "> <" + p + "> \"" + text + "\"";
  }

  @Test
  void jsonLdOfAnEditionGivesTheOrgAndSkosTriples() throws Exception {
    Set<String> t = triples(Samples.sample(), Samples.NEW);
    assertTrue(t.contains(link("section", ORG + "subOrganizationOf", "branch")), t.toString());
    assertTrue(t.contains(link("branch", ORG + "subOrganizationOf", "office")));
    assertTrue(t.contains(link("section", ORG + "unitOf", "office")));
    assertTrue(t.contains(link("branch", ORG + "unitOf", "office")));
    assertTrue(t.contains(literal("branch", SKOS + "prefLabel", "Organized Crime and Illicit Trafficking Branch")));
    assertTrue(t.contains(literal("branch", SKOS + "altLabel", "OCB")));
    assertTrue(t.contains(literal("section", SKOS + "altLabel", "CMLS")));
    assertTrue(t.contains(link("section", JsonLdExport.VOCAB + "runs", "gp")));
    assertTrue(t.contains("<" + ID + "office> <" + RDF_TYPE + "> <" + ORG + "FormalOrganization>"));
    assertTrue(t.contains("<" + ID + "section> <" + RDF_TYPE + "> <" + ORG + "OrganizationalUnit>"));
    assertTrue(t.contains("<" + ID + "police> <" + RDF_TYPE + "> <" + JsonLdExport.VOCAB + "CounterpartType>"));
    assertTrue(t.contains(literal("gp", JsonLdExport.DCT + "identifier", "UNODC project:GLOU40")));
    assertTrue(t.contains(literal("gp", JsonLdExport.DCT + "source", "seed.txt")));
    assertTrue(t.contains(link("gp", JsonLdExport.PROV + "wasDerivedFrom", "edition/new")));
    assertTrue(t.contains(literal("edition/new", JsonLdExport.DCT + "date", "2021-03")));
    assertFalse(t.contains(link("branch", JsonLdExport.VOCAB + "runs", "gp")), "holds only in the old edition");
    assertFalse(t.contains(literal("branch", SKOS + "prefLabel", "Organized Crime Branch")), "the old name");
  }

  @Test
  void jsonLdIsLaidOutLikeTheRegistryDocument() {
    String doc = JsonLdExport.toString(Samples.sample(), Samples.NEW);
    assertTrue(doc.startsWith("{\n  \"@context\": {\n    \"org\": \"http://www.w3.org/ns/org#\",\n"), doc);
    assertTrue(doc.endsWith("\n    }\n  ]\n}\n"), doc);
  }

  @Test
  void jsonLdOfTheOlderEditionLeavesOutWhatDidNotExistThen() throws Exception {
    Set<String> t = triples(Samples.sample(), Samples.OLD);
    assertTrue(t.contains(link("branch", JsonLdExport.VOCAB + "runs", "gp")));
    assertTrue(t.contains(literal("branch", SKOS + "prefLabel", "Organized Crime Branch")));
    assertTrue(t.stream().noneMatch(x -> x.startsWith("<" + ID + "section>")), t.toString());
  }

  @Test
  void jsonLdOfTheReferenceDataPlacesCmlsInTheBranchAndUnodc() throws Exception {
    Set<String> t = triples(Untoc.reference(), Untoc.OCB_OVERVIEW);
    assertTrue(t.contains(link("cmls", ORG + "subOrganizationOf", "ocb")));
    assertTrue(t.contains(link("ocb", ORG + "subOrganizationOf", "dta")));
    assertTrue(t.contains(link("cmls", ORG + "unitOf", "unodc")));
    assertTrue(t.contains(literal("cmls", SKOS + "altLabel", "CMLS")));
    assertTrue(t.contains(link("cmls", JsonLdExport.VOCAB + "runs", "gpml")));
  }

  @Test
  void csvListsTheUnitThatRunsEachProgrammeInEachEdition() {
    assertEquals("""
        edition,programme,programme_acronym,programme_name,unit,unit_acronym,unit_name,basis
        old,gp,GPML,Global Programme against Money Laundering,branch,,Organized Crime Branch,inferred
        new,gp,GPML,Global Programme against Money Laundering,section,CMLS,Cybercrime and Money Laundering Section,stated
        """, ProgrammeUnitCsv.toString(Samples.sample()));
  }

  @Test
  void csvQuotesNamesWithCommasAndLeavesUnknownOwnersEmpty() {
    String csv = ProgrammeUnitCsv.toString(Untoc.reference());
    assertTrue(csv.contains("\nocb-brochure,gpml,GPML,\"Global Programme against Money-Laundering, Proceeds of Crime"
        + " and the Financing of Terrorism\",iss,ISS,Implementation Support Section,stated\n"), csv);
    assertTrue(csv.contains("\nocb-overview,gpml,GPML,\"Global Programme against Money-Laundering, Proceeds of Crime"
        + " and the Financing of Terrorism\",cmls,CMLS,Cybercrime and Money Laundering Section,inferred\n"), csv);
    assertTrue(csv.lines().skip(1).allMatch(l -> l.startsWith("ocb-brochure,") || l.startsWith("ocb-overview,")));
  }
}
