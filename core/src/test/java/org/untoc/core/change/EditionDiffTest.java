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
    // The Review Mechanism (2018), the Ad Hoc Committee (2019) and the acts that found them are
    // the overview's only, as are the bureau it names, the services, topics and counterpart types
    // only it names, and the strategy area it cites.
    assertEquals(List.of("ocb-front-office", "fts", "cmls", "bmb", "ga-res-74-247", "cop-res-9-1", "cop-res-10-1",
        "cop-bureau", "review-mechanism", "ad-hoc-committee", "mandate-cop-secretariat", "mandate-review-mechanism",
        "mandate-ahc-secretariat", "mandate-technical-assistance", "policy-strategy-assistance", "capacity-building",
        "mentoring", "international-cooperation-support", "exchange-facilitation", "research-knowledge-products",
        "cop-service-bureau", "cop-service-background-papers", "cop-service-documents",
        "cop-service-agenda-and-panels", "cop-service-archives", "review-service-conduct",
        "review-service-observations", "review-service-discussion", "toc-and-illicit-trafficking",
        "new-and-emerging-crimes", "human-trafficking-and-migrant-smuggling", "firearms-trafficking",
        "border-management", "non-governmental-organizations", "states", "thematic-area-2"),
        subjects(Change.Type.CREATED));
    // What only the brochure names ends with it: nothing says so, so each rests on the overview's silence.
    assertEquals(List.of("iss", "cop-support", "cybercrime-study", "gptoc", "glo-act", "css-ratification",
        "css-assessment", "css-drafting-laws", "css-cooperation-mechanisms", "css-policies-strategies",
        "css-knowledge-management", "htmss-knowledge-base", "htmss-strategy-policy", "htmss-prevention-awareness",
        "htmss-ratification-legislative", "htmss-capacity-development", "iss-advice", "iss-technical-support",
        "iss-project-guidance", "htmss-technical-services", "htmss-strategic-advice", "trafficking-in-persons",
        "smuggling-of-migrants", "emerging-crime-topics", "cybercrime-and-digital-evidence", "online-child-abuse",
        "cultural-property", "illicit-arms-trafficking", "proceeds-of-crime", "organized-and-serious-crimes",
        "police", "customs", "anti-narcotics-enforcement", "border-control-bodies", "national-security-agencies",
        "financial-intelligence-units", "asset-recovery-units", "prosecutors", "judges",
        "law-enforcement-and-legal-authorities", "member-states", "criminal-justice-practitioners", "countries"),
        subjects(Change.Type.DISSOLVED));
    assertTrue(DIFF.changes(Change.Type.DISSOLVED).stream().allMatch(c -> c.evidence() == Change.Evidence.SILENCE));
    assertEquals(Change.Evidence.SILENCE, only("glo-act", Change.Type.DISSOLVED).evidence());
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
    assertEquals(List.of("ocb-front-office>ocb", "fts>ocb", "cmls>ocb", "bmb>unodc", "cop-bureau>cop"), parts);
  }

  @Test
  void relationsThatEndWhileTheirSubjectStaysAreUnlinked() {
    List<String> css = DIFF.changesOf(EntityId.of("css")).stream()
        .filter(c -> c.type() == Change.Type.UNLINKED).map(c -> c.oldRelation().orElseThrow().toString())
        .toList();
    assertEquals(13, css.size());
    assertEquals("css supports implementation of untoc (assist Member States in realizing their obligations under)"
        + " [ocb-brochure]", css.get(0));
    assertTrue(css.contains("css serves cop [ocb-brochure]"), css::toString);
    assertTrue(DIFF.changes(Change.Type.UNLINKED).stream()
        .noneMatch(c -> c.oldRelation().orElseThrow().from().toString().equals("iss")), "ended with iss");
  }

  @Test
  void changesAreOrderedByTypeThenSubject() {
    List<Change.Type> types = DIFF.changes().stream().map(Change::type).toList();
    for (int i = 1; i < types.size(); i++) {
      assertTrue(types.get(i - 1).ordinal() <= types.get(i).ordinal(), "ordered at " + i);
    }
    assertEquals(181, DIFF.changes().size());
  }

  @Test
  void diffAsText() {
    String text = DIFF.toText();
    assertTrue(text.startsWith("Changes from ocb-brochure to ocb-overview: 181 changes\n"), text);
    assertTrue(text.contains("\n  renamed   unit ocb: \"Organized Crime Branch\" -> \"Organized Crime and Illicit"
        + " Trafficking Branch\"  [STATED]\n"), text);
    assertTrue(text.contains("\n  renamed   unit htmss: acronym \"HMTSS\" -> \"HTMSS\"  [STATED]\n"), text);
    assertTrue(text.contains("\n  renamed   unit dta: acronym (none) -> \"DTA\"  [silence; STATED]\n"), text);
    assertTrue(text.contains("\n  dissolved unit ISS  [silence; earlier STATED]\n"), text);
    assertTrue(text.contains("\n  created   unit FTS  [STATED]\n"), text);
    assertTrue(text.contains("\n  moved     programme GPML: run by ISS -> CMLS  [INFERRED]\n"), text);
    assertTrue(text.contains("\n  split     unit ISS: its programmes went to FTS, CMLS, Border Management"
        + " Branch  [silence; earlier INFERRED]\n"), text);
    assertTrue(text.contains("\n  unlinked  CSS serves COP  [silence; earlier STATED]\n"), text);
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
        + " silence; PUBLIC_RECORD)"), d.changes().stream().map(Change::toString).toList());
    assertEquals("Changes from e1 to e2: 2 changes\n"
        + "  moved     unit Unit c: part of Unit a -> Unit b  [PUBLIC_RECORD]\n"
        + "  unlinked  Unit a runs Programme p; no unit runs it in e2  [silence; earlier PUBLIC_RECORD]\n",
        d.toText());
  }

  @Test
  void unknownEditionIsRefused() {
    UntocException e = assertThrows(UntocException.class, () -> REF.diff(Untoc.OCB_BROCHURE, EditionId.of("x")));
    assertEquals("no edition 'x': expected one of [ocb-brochure, ocb-overview]", e.getMessage());
    assertFalse(DIFF.isEmpty());
  }
}
