package org.untoc.json.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.untoc.core.Untoc;
import org.untoc.json.Samples;

class ExportTest {
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
