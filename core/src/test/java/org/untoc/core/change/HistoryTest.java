package org.untoc.core.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.untoc.core.Basis;
import org.untoc.core.DatedFact;
import org.untoc.core.EntityId;
import org.untoc.core.Fixtures;
import org.untoc.core.Link;
import org.untoc.core.LookupException;
import org.untoc.core.Name;
import org.untoc.core.PartialDate;
import org.untoc.core.Registry;
import org.untoc.core.Programme;
import org.untoc.core.Untoc;

class HistoryTest {
  private static final Registry REFERENCE = Untoc.reference();

  @Test
  void aBodyEstablishedBetweenTheEditionsAppearsInTheLaterOnly() {
    assertEquals("""
        Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of \
        Information and Communications Technologies for Criminal Purposes, body ad-hoc-committee
          2011 to 2015   ocb-brochure: Organized Crime Branch brochure; not in this edition  [period INFERRED]
          2019-12-27     established: General Assembly resolution 74/247  [PUBLIC_RECORD]
          2021 on        ocb-overview: Organized Crime and Illicit Trafficking Branch: overview and organizational \
        chart  [period INFERRED]
                           official Ad Hoc Committee to Elaborate a Comprehensive International Convention on \
        Countering the Use of Information and Communications Technologies for Criminal Purposes  [STATED]
                           alias    Ad Hoc Committee  [STATED]
        """, REFERENCE.history("Ad Hoc Committee").toText());
  }

  @Test
  void aProgrammeThatEndedBetweenTheEditionsEndsAfterTheOlderOne() {
    assertEquals("""
        GPTOC (Global Programme for Strengthening the Capacities of Member States to Prevent and Combat Organized \
        and Serious Crimes), programme gptoc
          2008           started  [PUBLIC_RECORD]
          2011 to 2015   ocb-brochure: Organized Crime Branch brochure  [period INFERRED]
                           official Global Programme for Strengthening the Capacities of Member States to Prevent \
        and Combat Organized and Serious Crimes  [PUBLIC_RECORD]
                           acronym  GPTOC  [PUBLIC_RECORD]
                           alias    Global Programme for Strengthening the Capacities of Member States to Prevent \
        and Combat (transnational) Organized and Serious Crimes  [STATED]
                           run by   ISS (Implementation Support Section)  [STATED]
          2015           ended  [PUBLIC_RECORD]
          2021 on        ocb-overview: Organized Crime and Illicit Trafficking Branch: overview and organizational \
        chart; not in this edition  [period INFERRED]
        """, REFERENCE.history("GPTOC").toText());
  }

  @Test
  void aProgrammeThatMovedAndLaterEndedIsRunByAnotherUnitInEachEditionAndEndsAfterBoth() {
    assertEquals("""
        CCP (UNODC-WCO Container Control Programme), programme ccp
          2011 to 2015   ocb-brochure: Organized Crime Branch brochure  [period INFERRED]
                           official UNODC-WCO Container Control Programme  [STATED]
                           acronym  CCP  [STATED]
                           run by   ISS (Implementation Support Section)  [STATED]
          2021 on        ocb-overview: Organized Crime and Illicit Trafficking Branch: overview and organizational \
        chart  [period INFERRED]
                           official UNODC-WCO Container Control Programme  [PUBLIC_RECORD]
                           acronym  CCP  [PUBLIC_RECORD]
                           run by   Border Management Branch  [INFERRED]
          2025-01        ended: merged with AIRCOP into the Passenger and Cargo Control Programme (PCCP), within \
        the Border Management Branch  [PUBLIC_RECORD]
        """, REFERENCE.history("CCP").toText());
  }

  @Test
  void eachStageHasTheNamesParentsProgrammesAndRunnersOfItsEdition() {
    History gfp = REFERENCE.history("GFP");
    assertEquals(2, gfp.stages().size());
    History.Stage brochure = gfp.stages().get(0);
    assertTrue(brochure.exists());
    assertEquals(List.of("iss"), brochure.units().stream().map(l -> l.entity().id().toString()).toList());
    Link byIss = brochure.units().get(0);
    assertEquals(Basis.STATED, byIss.basis());
    assertEquals("2011", byIss.relation().since().orElseThrow().date().toString());
    assertEquals(List.of("fts"), gfp.stages().get(1).units().stream().map(l -> l.entity().id().toString()).toList());
    assertEquals(Basis.INFERRED, gfp.stages().get(1).units().get(0).basis());
    assertTrue(gfp.stages().get(1).names().stream().map(Name::text).toList().contains("GFP"));

    History iss = REFERENCE.history(EntityId.of("iss"));
    assertEquals(List.of("ocb"), iss.stages().get(0).parents().stream().map(l -> l.entity().id().toString()).toList());
    assertEquals(List.of("gptoc", "ccp", "gpml", "gfp"),
        iss.stages().get(0).programmes().stream().map(l -> l.entity().id().toString()).toList());
    History.Stage overview = iss.stages().get(1);
    assertFalse(overview.exists());
    assertEquals(List.of(), overview.names());
    assertEquals(List.of(), overview.evidence());
    assertTrue(iss.toText().contains("ocb-overview: Organized Crime and Illicit Trafficking Branch: overview and"
        + " organizational chart; not in this edition"), iss.toText());
    // What names it in an edition: the edition's document, or what is not a quote.
    assertTrue(iss.stages().get(0).evidence().stream().allMatch(p -> p.source().equals(
        REFERENCE.edition("ocb-brochure").source())), iss.stages().get(0).evidence().toString());
    assertEquals("History[iss: in 1 of 2 editions]", iss.toString());
  }

  @Test
  void anInstrumentsDatesComeBeforeTheEditionsThatFollowThem() {
    String text = REFERENCE.history("UNTOC").toText();
    assertTrue(text.startsWith("""
        UNTOC (United Nations Convention against Transnational Organized Crime), instrument untoc
          2000-11-15     adopted: General Assembly resolution 55/25, annex I  [PUBLIC_RECORD]
          2000-12-12     opened for signature: Palermo, 12-15 Dec 2000; then UN Headquarters, New York, until \
        12 Dec 2002 (art. 36)  [PUBLIC_RECORD]
          2003-09-29     entered into force: art. 38  [PUBLIC_RECORD]
          2011 to 2015   ocb-brochure"""), text);
  }

  @Test
  void aRegistryWithoutPeriodsPrintsItsEditionsUndatedAndAnEndAfterThem() {
    Registry r = Fixtures.twoEditions().add(Programme.builder().from(Fixtures.programme("p"))
        .ended(DatedFact.of(PartialDate.ofYear(2020), "closed", Fixtures.SOURCE)).build()).build();
    assertEquals("""
        Programme p, programme p
          (undated)   e1: Edition e1
                        official Programme p  [PUBLIC_RECORD]
          (undated)   e2: Edition e2
                        official Programme p  [PUBLIC_RECORD]
          2020        ended: closed  [PUBLIC_RECORD]
        """, r.history("p").toText());
    assertThrows(LookupException.class, () -> r.history("nothing"));
  }
}
