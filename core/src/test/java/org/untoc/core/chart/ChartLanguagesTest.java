package org.untoc.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.untoc.core.EntityId;
import org.untoc.core.Fixtures;
import org.untoc.core.Name;
import org.untoc.core.Registry;
import org.untoc.core.Unit;
import org.untoc.core.UnitType;
import org.untoc.core.Untoc;

class ChartLanguagesTest {
  private static final Registry REFERENCE = Untoc.reference();

  @Test
  void aChartInALanguageNamesWhatHasANameThereAndKeepsTheEnglishNameElsewhere() {
    OrgChart chart = OrgChart.of(REFERENCE, Untoc.OCB_OVERVIEW);
    String[] fr = chart.withLanguage("fr").toText().split("\n");
    String[] en = chart.toText().split("\n");
    assertEquals("ONUDC  Office des Nations Unies contre la drogue et le crime [office]", fr[1]);
    assertEquals("UNODC  United Nations Office on Drugs and Crime [office]", en[1]);
    assertEquals(en.length, fr.length);
    for (int i = 2; i < en.length; i++) {
      assertEquals(en[i], fr[i]);
    }
    assertEquals("fr", chart.withLanguage("FR").language());
    assertEquals("en", chart.language());
  }

  @Test
  void anArabicOrChineseNameIsLastOnItsLineAndInTheLabels() {
    OrgChart chart = OrgChart.of(REFERENCE, Untoc.OCB_OVERVIEW);
    assertEquals("UNODC  مكتب الأمم المتحدة المعني بالمخدرات والجريمة [office]",
        chart.withLanguage("ar").toText().split("\n")[1]);
    assertTrue(chart.withLanguage("zh").toMermaid().contains(
        "  n_unodc[\"UNODC<br/>联合国毒品和犯罪问题办公室\"]\n"), chart.withLanguage("zh").toMermaid());
    assertTrue(chart.withLanguage("zh").toDot().contains(
        "  \"unodc\" [label=\"UNODC\\n联合国毒品和犯罪问题办公室\"];\n"));
  }

  @Test
  void anIllFormedLanguageIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OrgChart.of(REFERENCE, Untoc.OCB_OVERVIEW).withLanguage("en_GB"));
    assertTrue(e.getMessage().contains("en_GB"), e.getMessage());
  }

  @Test
  void labelsEscapeWhatWouldEndThemOrReadAsMarkup() {
    Registry registry = Fixtures.twoEditions()
        .add(Unit.builder().id(EntityId.of("top")).unitType(UnitType.BRANCH)
            .addName(Name.official("A \"B\" <i>C</i> #quot; D\\E\nF", Fixtures.SOURCE))
            .addProvenance(Fixtures.SOURCE).build())
        .build();
    OrgChart chart = OrgChart.of(registry, Fixtures.E2);
    assertEquals("flowchart TD\n"
        + "  n_top[\"A #quot;B#quot; #lt;i#gt;C#lt;/i#gt; #35;quot; D\\E<br/>F\"]\n", chart.toMermaid());
    assertTrue(chart.toDot().contains("  \"top\" [label=\"A \\\"B\\\" <i>C</i> #quot; D\\\\E\\nF\"];\n"),
        chart.toDot());
  }
}
