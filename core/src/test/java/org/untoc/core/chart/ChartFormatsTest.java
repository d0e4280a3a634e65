package org.untoc.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.untoc.core.EntityId;
import org.untoc.core.Fixtures;
import org.untoc.core.Name;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;
import org.untoc.core.Unit;
import org.untoc.core.UnitType;
import org.untoc.core.Untoc;

class ChartFormatsTest {
  private static final Registry SMALL = Fixtures.twoEditions()
      .add(Unit.builder().id(EntityId.of("top")).unitType(UnitType.BRANCH)
          .addName(Name.official("Top \"Branch\"", Fixtures.SOURCE)).addName(Name.acronym("TB", Fixtures.SOURCE))
          .addProvenance(Fixtures.SOURCE).build(),
          Fixtures.unit("sec-1.a"), Fixtures.programme("p"), Fixtures.programme("q"))
      .relate(Fixtures.rel("sec-1.a", RelationKind.PART_OF, "top"),
          Fixtures.rel("top", RelationKind.RUNS, "q"),
          Relation.of(EntityId.of("sec-1.a"), RelationKind.RUNS, EntityId.of("p"),
              Provenance.inferred("test", "a test inference")))
      .build();

  @Test
  void mermaidFlowchart() {
    assertEquals("flowchart TD\n"
        + "  n_top[\"TB<br/>Top #quot;Branch#quot;\"]\n"
        + "  n_q([\"Programme q\"])\n"
        + "  n_sec_h1_da[\"Unit sec-1.a\"]\n"
        + "  n_p([\"Programme p\"])\n"
        + "  n_top --> n_q\n"
        + "  n_top --> n_sec_h1_da\n"
        + "  n_sec_h1_da -. inferred .-> n_p\n"
        + "  classDef programme fill:#f4f4f4,stroke:#888\n"
        + "  class n_q,n_p programme\n", OrgChart.of(SMALL, Fixtures.E2).toMermaid());
  }

  @Test
  void graphvizDot() {
    assertEquals("digraph \"e1\" {\n"
        + "  rankdir=TB;\n"
        + "  node [shape=box, fontname=\"Helvetica\"];\n"
        + "  \"top\" [label=\"TB\\nTop \\\"Branch\\\"\"];\n"
        + "  \"q\" [label=\"Programme q\", style=rounded];\n"
        + "  \"sec-1.a\" [label=\"Unit sec-1.a\"];\n"
        + "  \"p\" [label=\"Programme p\", style=rounded];\n"
        + "  \"top\" -> \"q\";\n"
        + "  \"top\" -> \"sec-1.a\";\n"
        + "  \"sec-1.a\" -> \"p\" [style=dashed, label=\"inferred\"];\n"
        + "}\n", OrgChart.of(SMALL, Fixtures.E1).toDot());
  }

  @Test
  void referenceChartsNameEveryUnitAndProgrammeOfTheEdition() {
    Registry ref = Untoc.reference();
    String mermaid = OrgChart.of(ref.latestView()).toMermaid();
    assertTrue(mermaid.startsWith("flowchart TD\n  n_unodc[\"UNODC<br/>United Nations Office on Drugs and Crime\"]\n"));
    assertTrue(mermaid.contains("\n  n_cmls -. inferred .-> n_gpml\n"));
    assertTrue(mermaid.contains("\n  n_ocb --> n_ocb_hfront_hoffice\n"));
    String brochure = OrgChart.of(ref.view(Untoc.OCB_BROCHURE)).toDot();
    assertTrue(brochure.contains("\n  \"iss\" -> \"gpml\";\n"), brochure);
    assertTrue(brochure.contains("\n  \"htmss\" [label=\"HMTSS\\nHuman Trafficking and Migrant Smuggling Section\"];\n"));
    for (Unit u : ref.latestView().entities(Unit.class)) {
      assertTrue(mermaid.contains(OrgChart.mermaidId(u.id()) + "[\""), u.id().toString());
    }
  }
}
