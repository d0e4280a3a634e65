package org.untoc.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.Programme;
import org.untoc.core.Registry;
import org.untoc.core.Untoc;
import org.untoc.core.UntocException;

class OrgChartTest {
  private final Registry reference = Untoc.reference();

  /**
   * The brochure's chart: what the brochure states (it writes no acronym for the division); it says
   * the trafficking section's assistance is delivered through its programmes, so that the section
   * runs them is inferred.
   */
  @Test
  void brochureChartIsTheBrochures() {
    assertEquals("""
        Edition ocb-brochure: Organized Crime Branch brochure
        UNODC  United Nations Office on Drugs and Crime [office]
          Division for Treaty Affairs [division]
            OCB  Organized Crime Branch [branch]
              CSS  Conference Support Section [section]
                * Support for the work of the Conference of the Parties to the Organized Crime Convention
                * Comprehensive Study on Cybercrime
                * Global Programme on Cybercrime
              ISS  Implementation Support Section [section]
                * Global Programme for Strengthening the Capacities of Member States to Prevent and Combat \
        Organized and Serious Crimes (GPTOC)
                * UNODC-WCO Container Control Programme (CCP)
                * Global Programme against Money-Laundering, Proceeds of Crime and the Financing of Terrorism (GPML)
                * Global Firearms Programme (GFP)
              HMTSS  Human Trafficking and Migrant Smuggling Section [section]
                * Global Programme against Trafficking in Persons  (inferred)
                * Global Programme against the Smuggling of Migrants  (inferred)
                * Global Action to Prevent and Address Trafficking in Persons and the Smuggling of Migrants (GLO.ACT)\
          (inferred)
        """, OrgChart.of(reference, Untoc.OCB_BROCHURE).toText());
  }

  /**
   * The overview's chart: its units, and the programmes taken to be in its edition, each with an
   * inferred owner, marked as such.
   */
  @Test
  void overviewChartIsTheOverviewsWithInferredOwnersMarked() {
    assertEquals("""
        Edition ocb-overview: Organized Crime and Illicit Trafficking Branch: overview and organizational chart
        UNODC  United Nations Office on Drugs and Crime [office]
          DTA  Division for Treaty Affairs [division]
            OCB  Organized Crime and Illicit Trafficking Branch [branch]
              OCB Front Office [front office]
              CSS  Conference Support Section [section]
              HTMSS  Human Trafficking and Migrant Smuggling Section [section]
                * Global Programme against Trafficking in Persons  (inferred)
                * Global Programme against the Smuggling of Migrants  (inferred)
              FTS  Firearms Trafficking Section [section]
                * Global Firearms Programme (GFP)  (inferred)
              CMLS  Cybercrime and Money Laundering Section [section]
                * Global Programme on Cybercrime  (inferred)
                * Global Programme against Money-Laundering, Proceeds of Crime and the Financing of Terrorism \
        (GPML)  (inferred)
          Border Management Branch [branch]
            * UNODC-WCO Container Control Programme (CCP)  (inferred)
        """, OrgChart.of(reference, Untoc.OCB_OVERVIEW).toText());
  }

  @Test
  void rejectsAnEditionTheRegistryDoesNotHave() {
    UntocException e = assertThrows(UntocException.class,
        () -> OrgChart.of(reference, EditionId.of("ocb-2030")));
    assertEquals("no edition 'ocb-2030': expected one of [ocb-brochure, ocb-overview]", e.getMessage());
  }
}
