package org.untoc.core.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.untoc.core.Basis;
import org.untoc.core.EntityId;
import org.untoc.core.Fixtures;
import org.untoc.core.LookupException;
import org.untoc.core.Registry;
import org.untoc.core.RelationKind;
import org.untoc.core.Untoc;
import org.untoc.core.UntocException;

class MigrationTest {
  private static final Registry REF = Untoc.reference();

  private static Migration migrate(String programme, String unit) {
    return REF.migrate(EntityId.of(programme), EntityId.of(unit), Untoc.OCB_BROCHURE);
  }

  @Test
  void aProgrammeThatMoved() {
    Migration m = migrate("gpml", "iss");
    assertEquals(Migration.Status.MOVED, m.status());
    assertTrue(m.holdsInSource());
    assertEquals(Optional.of(EntityId.of("cmls")), m.unit());
    assertEquals(Basis.INFERRED, m.evidence().orElseThrow().provenance().basis());
    assertEquals(Untoc.OCB_OVERVIEW, m.toEdition());
    assertEquals("GPML was run by ISS in ocb-brochure; in ocb-overview CMLS runs it (INFERRED)", m.message());
    assertEquals(m.message(), m.toString());
  }

  @Test
  void aProgrammeThatStayedWithARenamedSection() {
    Migration m = REF.migrate("Global Programme against Trafficking in Persons", "HMTSS", "ocb-brochure");
    assertEquals(Migration.Status.UNCHANGED, m.status());
    assertEquals(Optional.of(EntityId.of("htmss")), m.unit());
    assertEquals("Global Programme against Trafficking in Persons was run by HMTSS in ocb-brochure; in"
        + " ocb-overview HTMSS still runs it (INFERRED)", m.message());
  }

  @Test
  void aProgrammeThatNoLongerExists() {
    Migration m = migrate("gptoc", "iss");
    assertEquals(Migration.Status.DISSOLVED, m.status());
    assertEquals(Optional.empty(), m.unit());
    assertEquals(Optional.empty(), m.evidence());
    assertEquals("GPTOC was run by ISS in ocb-brochure; it no longer exists in ocb-overview", m.message());
  }

  @Test
  void aProgrammeNoUnitIsKnownToRun() {
    Registry r = Fixtures.twoEditions()
        .add(Fixtures.unit("a"), Fixtures.programme("p"))
        .relate(Fixtures.rel("a", RelationKind.RUNS, "p", Fixtures.E1))
        .build();
    Migration m = r.migrate(EntityId.of("p"), EntityId.of("a"), Fixtures.E1);
    assertEquals(Migration.Status.UNMAPPED, m.status());
    assertEquals("Programme p was run by Unit a in e1; in e2 no unit is known to run it", m.message());
  }

  @Test
  void aMappingThatDidNotHoldInItsEdition() {
    Migration m = migrate("gpml", "css");
    assertFalse(m.holdsInSource());
    assertEquals(Optional.of(EntityId.of("iss")), m.sourceUnit());
    assertEquals(Migration.Status.MOVED, m.status());
    assertEquals("GPML was not run by CSS in ocb-brochure but by ISS; in ocb-overview CMLS runs it (INFERRED)",
        m.message());
  }

  @Test
  void aMappingToAUnitThatContainsTheOneThatRanItStaysWhereTheRunnerIsStillWithinIt() {
    Migration m = migrate("gpml", "ocb");
    assertEquals(Migration.Status.UNCHANGED, m.status());
    assertFalse(m.holdsInSource());
    assertEquals(Optional.of(EntityId.of("iss")), m.sourceUnit());
    assertEquals(Optional.of(EntityId.of("cmls")), m.unit());
    assertEquals("GPML was run by ISS, within OCB, in ocb-brochure; in ocb-overview CMLS, within OCB, still runs"
        + " it (INFERRED)", m.message());
    Migration ccp = migrate("ccp", "ocb");
    assertEquals(Migration.Status.MOVED, ccp.status());
    assertEquals("CCP was run by ISS, within OCB, in ocb-brochure; in ocb-overview Border Management Branch runs"
        + " it (INFERRED)", ccp.message());
  }

  @Test
  void aMappingToAUnitThatNeitherRanTheProgrammeNorContainedItsUnitHasMoved() {
    Registry r = Fixtures.twoEditions()
        .add(Fixtures.unit("top"), Fixtures.unit("other"), Fixtures.unit("a"), Fixtures.unit("b"),
            Fixtures.programme("p"))
        .relate(Fixtures.rel("a", RelationKind.PART_OF, "top"), Fixtures.rel("b", RelationKind.PART_OF, "other"),
            Fixtures.rel("a", RelationKind.RUNS, "p", Fixtures.E1), Fixtures.rel("b", RelationKind.RUNS, "p", Fixtures.E2))
        .build();
    Migration m = r.migrate(EntityId.of("p"), EntityId.of("other"), Fixtures.E1);
    assertEquals(Migration.Status.MOVED, m.status());
    assertEquals(Optional.of(EntityId.of("b")), m.unit());
    Migration within = r.migrate(EntityId.of("p"), EntityId.of("top"), Fixtures.E1);
    assertEquals(Migration.Status.MOVED, within.status());
    assertEquals("Programme p was run by Unit a, within Unit top, in e1; in e2 Unit b runs it (PUBLIC_RECORD)",
        within.message());
  }

  @Test
  void aMappingMigratedToItsOwnEditionSaysSoPlainly() {
    Migration m = REF.migrate(EntityId.of("gfp"), EntityId.of("fts"), Untoc.OCB_OVERVIEW, Untoc.OCB_OVERVIEW);
    assertEquals(Migration.Status.UNCHANGED, m.status());
    assertEquals("GFP is run by FTS in ocb-overview (INFERRED)", m.message());
    Migration within = REF.migrate(EntityId.of("gfp"), EntityId.of("ocb"), Untoc.OCB_OVERVIEW, Untoc.OCB_OVERVIEW);
    assertEquals(Migration.Status.UNCHANGED, within.status());
    assertEquals("GFP is run by FTS, within OCB, in ocb-overview (INFERRED)", within.message());
    Migration other = REF.migrate(EntityId.of("gfp"), EntityId.of("cmls"), Untoc.OCB_OVERVIEW, Untoc.OCB_OVERVIEW);
    assertEquals(Migration.Status.MOVED, other.status());
    assertEquals("GFP is run by FTS, not CMLS, in ocb-overview (INFERRED)", other.message());
    Registry r = Fixtures.twoEditions().add(Fixtures.unit("a"), Fixtures.programme("p")).build();
    assertEquals("no unit is known to run Programme p in e2",
        r.migrate(EntityId.of("p"), EntityId.of("a"), Fixtures.E2, Fixtures.E2).message());
  }

  @Test
  void aMappingMustJoinAProgrammeToAUnit() {
    UntocException e = assertThrows(UntocException.class, () -> migrate("iss", "gpml"));
    assertEquals("a mapping joins a programme to a unit, not unit 'iss' to programme 'gpml'", e.getMessage());
    LookupException unknown = assertThrows(LookupException.class,
        () -> REF.migrate("GPMX", "ISS", "ocb-brochure"));
    assertEquals("no programme 'GPMX' in edition ocb-brochure; did you mean GPML (Global Programme against"
        + " Money-Laundering, Proceeds of Crime and the Financing of Terrorism)?", unknown.getMessage());
  }
}
