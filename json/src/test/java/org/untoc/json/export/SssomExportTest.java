package org.untoc.json.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.untoc.core.Basis;
import org.untoc.core.Untoc;
import org.untoc.core.mapping.MappingRow;
import org.untoc.json.Samples;
import org.untoc.json.mapping.MappingTable;

class SssomExportTest {
  @Test
  void writesEachProgrammeAndItsUnitWithTheJustificationOfItsBasis() {
    assertEquals("""
        #curie_map:
        #  untoc: "urn:untoc:vocab:"
        #  untocid: "urn:untoc:id/"
        #  untocsrc: "urn:untoc:source/"
        #  semapv: "https://w3id.org/semapv/vocab/"
        #mapping_set_id: "urn:untoc:mapping/programme-unit"
        #mapping_set_title: "Programmes and the units that run them"
        #license: "https://www.apache.org/licenses/LICENSE-2.0"
        subject_id\tsubject_label\tpredicate_id\tobject_id\tobject_label\tmapping_justification\tsubject_source_version\t\
        object_source_version\tsee_also\tcomment
        untocid:gp\tGlobal Programme against Money Laundering\tuntoc:runBy\tuntocid:branch\tOrganized Crime Branch\t\
        semapv:BackgroundKnowledgeBasedMatching\told\told\t\tINFERRED from seed.txt: the chart places it there
        untocid:gp\tGlobal Programme against Money Laundering\tuntoc:runBy\tuntocid:section\t\
        Cybercrime and Money Laundering Section\tsemapv:ManualMappingCuration\tnew\tnew\t\t\
        STATED by seed.txt: "the Section runs the Programme"
        """, SssomExport.of(Samples.sample()).toString(Optional.empty()));
  }

  @Test
  void anEditionsSetHoldsItsRowsOnlyAndTheBaseNamesTheIds() {
    String sssom = SssomExport.of(Untoc.reference()).withBase("https://data.example.org/untoc/")
        .toString(Optional.of(Untoc.OCB_OVERVIEW));
    assertTrue(sssom.contains("#  untocid: \"https://data.example.org/untoc/id/\"\n"), sssom);
    assertTrue(sssom.contains("\nuntocid:gpml\t"), sssom);
    assertTrue(sssom.lines().filter(l -> !l.startsWith("#")).skip(1)
        .allMatch(l -> l.contains("\tocb-overview\tocb-overview\t")), sssom);
  }

  @Test
  void eachBasisHasItsSemapvJustification() {
    assertEquals("semapv:ManualMappingCuration", SssomExport.justificationOf(Basis.STATED));
    assertEquals("semapv:ManualMappingCuration", SssomExport.justificationOf(Basis.PUBLIC_RECORD));
    assertEquals("semapv:BackgroundKnowledgeBasedMatching", SssomExport.justificationOf(Basis.INFERRED));
  }

  @Test
  void theMetadataDeclaresMorePrefixesAndItsExtensionsInOrder() {
    Map<String, String> extensions = new LinkedHashMap<>();
    extensions.put("validation_status", "urn:untoc:vocab:validationStatus");
    extensions.put("team", "urn:untoc:vocab:column/team");
    assertEquals("""
        #curie_map:
        #  untoc: "urn:untoc:vocab:"
        #  untocid: "urn:untoc:id/"
        #  untocsrc: "urn:untoc:source/"
        #  semapv: "https://w3id.org/semapv/vocab/"
        #  sssom: "https://w3id.org/sssom/"
        #mapping_set_id: "urn:untoc:mapping/validation"
        #mapping_set_title: "V"
        #license: "https://www.apache.org/licenses/LICENSE-2.0"
        #extension_definitions:
        #  - slot_name: validation_status
        #    property: "urn:untoc:vocab:validationStatus"
        #  - slot_name: team
        #    property: "urn:untoc:vocab:column/team"
        """, SssomExport.metadata(RdfExport.DEFAULT_BASE, "validation", "V", Map.of("sssom", SssomExport.SSSOM),
        extensions));
  }

  @Test
  void aSetUnderAnotherBaseReadsBackAsTheIdsOfItsCurieMap() throws Exception {
    String sssom = SssomExport.of(Untoc.reference()).withBase("https://data.example.org/untoc/")
        .toString(Optional.of(Untoc.OCB_OVERVIEW));
    try (MappingTable t = MappingTable.read(new StringReader(sssom), MappingTable.Format.SSSOM, "set")) {
      List<MappingRow> rows = t.rows().toList();
      assertEquals(List.of(), rows.stream().filter(r -> r.problem().isPresent()).toList());
      assertEquals(List.of("ccp", "bmb"), List.of(rows.get(0).programme(), rows.get(0).unit()));
    }
  }
}
