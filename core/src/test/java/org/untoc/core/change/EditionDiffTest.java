package org.untoc.core.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.untoc.core.Fixtures.E1;
import static org.untoc.core.Fixtures.E2;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.untoc.core.Basis;
import org.untoc.core.EditionId;
import org.untoc.core.EntityId;
import org.untoc.core.Fixtures;
import org.untoc.core.NameType;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.RelationKind;
import org.untoc.core.Untoc;
import org.untoc.core.UntocException;

class EditionDiffTest {
  private static final Registry REF = Untoc.reference();
  private static final EditionDiff DIFF = REF.diff(Untoc.OCB_BROCHURE, Untoc.OCB_OVERVIEW);

  private static List<String> subjects(Change.Type type) {
    return DIFF.changes(type).stream().map(c -> c.subject().toString()).toList();
  }

  private static Change only(String subject, Change.Type type) {
    List<Change> found = DIFF.changesOf(EntityId.of(subject)).stream().filter(c -> c.type() == type).toList();
    assertEquals(1, found.size(), () -> type + " " + subject + ": " + found);
    return found.get(0);
  }

  @Test
  void theBranchWasRenamed() {
    Change c = only("ocb", Change.Type.RENAMED);
    assertEquals(Optional.of(NameType.OFFICIAL), c.nameType());
    assertEquals(Optional.of("Organized Crime Branch"), c.oldName());
    assertEquals(Optional.of("Organized Crime and Illicit Trafficking Branch"), c.newName());
    assertEquals(Basis.STATED, c.basis());
    assertEquals(Untoc.OCB_BROCHURE, c.fromEdition());
    assertEquals(Untoc.OCB_OVERVIEW, c.toEdition());
  }

  @Test
  void theTraffickingSectionChangedItsAcronym() {
    Change c = only("htmss", Change.Type.RENAMED);
    assertEquals(Optional.of(NameType.ACRONYM), c.nameType());
    assertEquals(Optional.of("HMTSS"), c.oldName());
    assertEquals(Optional.of("HTMSS"), c.newName());
  }

  @Test
  void whatAppearsAndWhatNoLongerAppears() {
    assertEquals(List.of("ocb-front-office", "fts", "cmls", "bmb", "mandate-cop-secretariat",
        "mandate-review-mechanism", "mandate-ahc-secretariat", "mandate-technical-assistance"),
        subjects(Change.Type.CREATED));
    assertEquals(List.of("iss", "cybercrime-study", "gptoc"), subjects(Change.Type.DISSOLVED));
    assertEquals(Basis.STATED, only("iss", Change.Type.DISSOLVED).basis());
  }

  @Test
  void whereTheImplementationSupportSectionsProgrammesWent() {
    Change gpml = only("gpml", Change.Type.MOVED);
    assertEquals(Optional.of(EntityId.of("iss")), gpml.was());
    assertEquals(Optional.of(EntityId.of("cmls")), gpml.now());
    assertEquals(Basis.INFERRED, gpml.basis());
    assertEquals(List.of(Basis.STATED, Basis.INFERRED), gpml.provenance().stream().map(Provenance::basis).toList());
    assertEquals(Optional.of(EntityId.of("fts")), only("gfp", Change.Type.MOVED).now());
    assertEquals(Optional.of(EntityId.of("bmb")), only("ccp", Change.Type.MOVED).now());
    assertEquals(Change.Type.DISSOLVED, DIFF.changesOf(EntityId.of("gptoc")).get(0).type());
    assertEquals(List.of("gp-cybercrime", "ccp", "gpml", "gfp"), subjects(Change.Type.MOVED));
  }

  @Test
  void theSplitIsDerivedFromTheMovesAndInferred() {
    Change split = only("iss", Change.Type.SPLIT);
    assertEquals(List.of("fts", "cmls", "bmb"), split.parts().stream().map(EntityId::toString).toList());
    assertEquals(Basis.INFERRED, split.basis());
    assertEquals(List.of(), subjects(Change.Type.MERGED));
  }

  @Test
  void newSectionsAreLinkedIntoTheBranch() {
    List<String> parts = DIFF.changes(Change.Type.LINKED).stream()
        .filter(c -> c.newRelation().orElseThrow().kind() == RelationKind.PART_OF)
        .map(c -> c.subject() + ">" + c.now().orElseThrow()).toList();
    assertEquals(List.of("ocb-front-office>ocb", "fts>ocb", "cmls>ocb", "bmb>unodc"), parts);
  }

  @Test
  void relationsThatEndWhileTheirSubjectStaysAreUnlinked() {
    List<String> css = DIFF.changesOf(EntityId.of("css")).stream()
        .filter(c -> c.type() == Change.Type.UNLINKED).map(c -> c.oldRelation().orElseThrow().toString())
        .toList();
    assertEquals(22, css.size());
    assertEquals("css serves cop [ocb-brochure]", css.get(0));
    assertTrue(DIFF.changes(Change.Type.UNLINKED).stream()
        .noneMatch(c -> c.oldRelation().orElseThrow().from().toString().equals("iss")), "ended with iss");
  }

  @Test
  void changesAreOrderedByTypeThenSubject() {
    List<Change.Type> types = DIFF.changes().stream().map(Change::type).toList();
    for (int i = 1; i < types.size(); i++) {
      assertTrue(types.get(i - 1).ordinal() <= types.get(i).ordinal(), "ordered at " + i);
    }
    assertEquals(95, DIFF.changes().size());
  }

  @Test
  void diffAsText() {
    String text = DIFF.toText();
    assertTrue(text.startsWith("Changes from ocb-brochure to ocb-overview: 95 changes\n"), text);
    assertTrue(text.contains("\n  renamed   unit ocb: \"Organized Crime Branch\" -> \"Organized Crime and Illicit"
        + " Trafficking Branch\"  [STATED]\n"), text);
    assertTrue(text.contains("\n  renamed   unit htmss: acronym \"HMTSS\" -> \"HTMSS\"  [STATED]\n"), text);
    assertTrue(text.contains("\n  dissolved unit ISS  [STATED]\n"), text);
    assertTrue(text.contains("\n  created   unit FTS  [STATED]\n"), text);
    assertTrue(text.contains("\n  moved     programme GPML: run by ISS -> CMLS  [INFERRED]\n"), text);
    assertTrue(text.contains("\n  split     unit ISS: its programmes went to FTS, CMLS, Border Management"
        + " Branch  [INFERRED]\n"), text);
    assertTrue(text.contains("\n  unlinked  CSS serves COP  [STATED]\n"), text);
  }

  @Test
  void eachChangeIsDescribedAsTheTextListsIt() {
    Change gpml = DIFF.changesOf(EntityId.of("gpml")).get(0);
    assertEquals("programme GPML: run by ISS -> CMLS", DIFF.describe(gpml));
    for (Change c : DIFF.changes()) {
      assertTrue(DIFF.toText().contains("  " + String.format(java.util.Locale.ROOT, "%-9s", c.type().label()) + " "
          + DIFF.describe(c) + "  [" + c.basis() + "]\n"), c.toString());
    }
  }

  @Test
  void anEditionDoesNotDifferFromItself() {
    EditionDiff same = REF.diff(Untoc.OCB_OVERVIEW, Untoc.OCB_OVERVIEW);
    assertTrue(same.isEmpty());
    assertEquals("Changes from ocb-overview to ocb-overview: 0 changes\n", same.toText());
  }

  @Test
  void theDiffBackwardsMirrorsTheDiffForwards() {
    EditionDiff back = REF.diff(Untoc.OCB_OVERVIEW, Untoc.OCB_BROCHURE);
    assertEquals(DIFF.changes(Change.Type.CREATED).size(), back.changes(Change.Type.DISSOLVED).size());
    assertEquals(Optional.of(EntityId.of("iss")), back.changesOf(EntityId.of("gpml")).get(0).now());
    assertEquals(List.of("fts", "cmls", "bmb"), back.changes(Change.Type.MERGED).get(0).parts().stream()
        .map(EntityId::toString).toList());
  }

  @Test
  void unitMovedToAnotherParentAndAProgrammeLeftUnmapped() {
    Registry r = Fixtures.twoEditions()
        .add(Fixtures.unit("top"), Fixtures.unit("a"), Fixtures.unit("b"), Fixtures.unit("c"),
            Fixtures.programme("p"))
        .relate(Fixtures.rel("a", RelationKind.PART_OF, "top"), Fixtures.rel("b", RelationKind.PART_OF, "top"),
            Fixtures.rel("c", RelationKind.PART_OF, "a", E1), Fixtures.rel("c", RelationKind.PART_OF, "b", E2),
            Fixtures.rel("a", RelationKind.RUNS, "p", E1))
        .build();
    EditionDiff d = r.diff(E1, E2);
    assertEquals(List.of("moved c: a -> b (e1 -> e2, PUBLIC_RECORD)", "unlinked p: a runs p [e1] (e1 -> e2,"
        + " PUBLIC_RECORD)"), d.changes().stream().map(Change::toString).toList());
    assertEquals("Changes from e1 to e2: 2 changes\n"
        + "  moved     unit Unit c: part of Unit a -> Unit b  [PUBLIC_RECORD]\n"
        + "  unlinked  Unit a runs Programme p; no unit runs it in e2  [PUBLIC_RECORD]\n", d.toText());
  }

  @Test
  void unknownEditionIsRefused() {
    UntocException e = assertThrows(UntocException.class, () -> REF.diff(Untoc.OCB_BROCHURE, EditionId.of("x")));
    assertEquals("no edition 'x': expected one of [ocb-brochure, ocb-overview]", e.getMessage());
    assertFalse(DIFF.isEmpty());
  }
}
