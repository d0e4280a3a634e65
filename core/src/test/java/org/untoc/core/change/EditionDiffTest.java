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
import org.untoc.core.Body;
import org.untoc.core.BodyType;
import org.untoc.core.EditionId;
import org.untoc.core.EntityId;
import org.untoc.core.Fixtures;
import org.untoc.core.Name;
import org.untoc.core.NameType;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.RelationKind;
import org.untoc.core.Untoc;
import org.untoc.core.Unit;
import org.untoc.core.UntocException;

class EditionDiffTest {
  private static final Registry REF = Untoc.reference();
  /** Derived anew for each test, so that each test checks the derivation itself. */
  private final EditionDiff diff = REF.diff(Untoc.OCB_BROCHURE, Untoc.OCB_OVERVIEW);

  private List<String> subjects(Change.Type type) {
    return diff.changes(type).stream().map(c -> c.subject().toString()).toList();
  }

  private Change only(String subject, Change.Type type) {
    List<Change> found = diff.changesOf(EntityId.of(subject)).stream().filter(c -> c.type() == type).toList();
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
    assertTrue(diff.changes(Change.Type.DISSOLVED).stream().allMatch(c -> c.evidence() == Change.Evidence.SILENCE));
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
    assertEquals(Change.Type.DISSOLVED, diff.changesOf(EntityId.of("gptoc")).get(0).type());
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
    List<String> parts = diff.changes(Change.Type.LINKED).stream()
        .filter(c -> c.newRelation().orElseThrow().kind() == RelationKind.PART_OF)
        .map(c -> c.subject() + ">" + c.now().orElseThrow()).toList();
    assertEquals(List.of("ocb-front-office>ocb", "fts>ocb", "cmls>ocb", "bmb>unodc", "cop-bureau>cop"), parts);
  }

  @Test
  void relationsThatEndWhileTheirSubjectStaysAreUnlinked() {
    List<String> css = diff.changesOf(EntityId.of("css")).stream()
        .filter(c -> c.type() == Change.Type.UNLINKED).map(c -> c.oldRelation().orElseThrow().toString())
        .toList();
    assertEquals(13, css.size());
    assertEquals("css supports implementation of untoc (assist Member States in realizing their obligations under)"
        + " [ocb-brochure]", css.get(0));
    assertTrue(css.contains("css serves cop [ocb-brochure]"), css::toString);
    assertTrue(diff.changes(Change.Type.UNLINKED).stream()
        .noneMatch(c -> c.oldRelation().orElseThrow().from().toString().equals("iss")), "ended with iss");
  }

  @Test
  void changesAreOrderedByTypeThenSubject() {
    List<Change.Type> types = diff.changes().stream().map(Change::type).toList();
    for (int i = 1; i < types.size(); i++) {
      assertTrue(types.get(i - 1).ordinal() <= types.get(i).ordinal(), "ordered at " + i);
    }
    assertEquals(181, diff.changes().size());
  }

  @Test
  void diffAsText() {
    String text = diff.toText();
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
  void eachChangeIsDescribedAsTheTextListsIt() {
    Change gpml = diff.changesOf(EntityId.of("gpml")).get(0);
    assertEquals("programme GPML: run by ISS -> CMLS", diff.describe(gpml));
    for (Change c : diff.changes()) {
      assertTrue(diff.toText().contains("  " + String.format(java.util.Locale.ROOT, "%-9s", c.type().label()) + " "
          + diff.describe(c) + "  ["), c.toString());
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
    assertEquals(diff.changes(Change.Type.CREATED).size(), back.changes(Change.Type.DISSOLVED).size());
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
    assertFalse(diff.isEmpty());
  }

  private static List<String> lines(EditionDiff d) {
    return d.changes().stream().map(Change::toString).toList();
  }

  /** A unit with an acronym that holds only in the given edition. */
  private static Unit withAcronym(String id, String acronym, EditionId edition, EditionId... editions) {
    Unit u = Fixtures.unit(id, editions);
    return Unit.builder().from(u).addName(Name.acronym(acronym, Fixtures.SOURCE).in(edition)).build();
  }

  private static Body body(String id, EditionId... editions) {
    return Body.builder().id(EntityId.of(id)).bodyType(BodyType.WORKING_GROUP)
        .addName(Name.official("Body " + id, Fixtures.SOURCE)).addProvenance(Fixtures.SOURCE).addEditions(editions)
        .build();
  }

  @Test
  void aRenameRestsOnTheSourcesOfBothNames() {
    Provenance before = Provenance.publicRecord("brochure");
    Provenance after = Provenance.stated("overview", "the Alpha Section");
    Unit a = Unit.builder().from(Fixtures.unit("a"))
        .names(List.of(Name.official("Old Section", before).in(E1), Name.official("Alpha Section", after).in(E2)))
        .build();
    EditionDiff d = Fixtures.twoEditions().add(a).build().diff(E1, E2);
    assertEquals(List.of("renamed a official: Old Section -> Alpha Section (e1 -> e2, PUBLIC_RECORD)"), lines(d));
    assertEquals(List.of(before, after), d.changes().get(0).provenance());
  }

  @Test
  void anAcronymThatNoLongerHoldsIsRenamedToNone() {
    EditionDiff d = Fixtures.twoEditions().add(withAcronym("a", "AU", E1)).build().diff(E1, E2);
    assertEquals(List.of("renamed a acronym: AU -> - (e1 -> e2, silence; PUBLIC_RECORD)"), lines(d));
    assertEquals("Changes from e1 to e2: 1 change\n"
        + "  renamed   unit a: acronym \"AU\" -> (none)  [silence; PUBLIC_RECORD]\n", d.toText());
  }

  @Test
  void anOfficialNameOfTheEarlierEditionStaysTheNameWhereNoOtherHolds() {
    Unit a = Unit.builder().from(Fixtures.unit("a")).names(List.of(Name.official("Alpha", Fixtures.SOURCE).in(E1)))
        .build();
    Registry r = Fixtures.twoEditions().add(a).build();
    assertEquals("Alpha", a.nameIn(E2));
    assertEquals(List.of(), lines(r.diff(E1, E2)));
  }

  @Test
  void relationsOtherThanPlacementsAreLinkedAndUnlinkedAndEndWithTheirEntities() {
    Registry r = Fixtures.twoEditions()
        .add(Fixtures.unit("a"), body("c"), body("d"), body("g", E1))
        .relate(Fixtures.rel("a", RelationKind.SERVES, "c", E1), Fixtures.rel("a", RelationKind.SERVES, "d", E2),
            Fixtures.rel("a", RelationKind.SERVES, "g"))
        .build();
    assertEquals(List.of("dissolved g (e1 -> e2, silence; PUBLIC_RECORD)",
        "linked a: a serves d [e2] (e1 -> e2, PUBLIC_RECORD)",
        "unlinked a: a serves c [e1] (e1 -> e2, silence; PUBLIC_RECORD)"), lines(r.diff(E1, E2)));
  }

  @Test
  void aProgrammeWhoseUnitIsDissolvedIsUnlinked() {
    Registry r = Fixtures.twoEditions().add(Fixtures.unit("u", E1), Fixtures.programme("p"))
        .relate(Fixtures.rel("u", RelationKind.RUNS, "p")).build();
    EditionDiff d = r.diff(E1, E2);
    assertEquals(List.of("dissolved u (e1 -> e2, silence; PUBLIC_RECORD)",
        "unlinked p: u runs p (e1 -> e2, silence; PUBLIC_RECORD)"), lines(d));
    assertEquals("EditionDiff[e1 -> e2, 2 changes]", d.toString());
  }

  @Test
  void aUnitWhoseProgrammesWentToTwoNewUnitsIsSplitAndBackwardsMerged() {
    Registry r = Fixtures.twoEditions()
        .add(withAcronym("old", "OLD", E1, E1), withAcronym("left", "LFT", E2, E2), Fixtures.unit("right", E2),
            Fixtures.programme("p"), Fixtures.programme("q"))
        .relate(Fixtures.rel("right", RelationKind.RUNS, "q"), Fixtures.rel("left", RelationKind.RUNS, "p"),
            Fixtures.rel("old", RelationKind.RUNS, "p"), Fixtures.rel("old", RelationKind.RUNS, "q"))
        .build();
    EditionDiff forwards = r.diff(E1, E2);
    assertEquals(List.of(
        "created left (e1 -> e2, PUBLIC_RECORD)",
        "created right (e1 -> e2, PUBLIC_RECORD)",
        "dissolved old (e1 -> e2, silence; PUBLIC_RECORD)",
        "moved p: old -> left (e1 -> e2, PUBLIC_RECORD)",
        "moved q: old -> right (e1 -> e2, PUBLIC_RECORD)",
        "split old: [left, right] (e1 -> e2, silence; PUBLIC_RECORD)"), lines(forwards));
    assertEquals("Changes from e1 to e2: 6 changes\n"
        + "  created   unit LFT  [PUBLIC_RECORD]\n"
        + "  created   unit Unit right  [PUBLIC_RECORD]\n"
        + "  dissolved unit OLD  [silence; earlier PUBLIC_RECORD]\n"
        + "  moved     programme Programme p: run by OLD -> LFT  [PUBLIC_RECORD]\n"
        + "  moved     programme Programme q: run by OLD -> Unit right  [PUBLIC_RECORD]\n"
        + "  split     unit OLD: its programmes went to LFT, Unit right  [silence; earlier PUBLIC_RECORD]\n",
        forwards.toText());
    EditionDiff backwards = r.diff(E2, E1);
    assertEquals(List.of("merged old: [left, right] (e2 -> e1, silence; PUBLIC_RECORD)"),
        lines(backwards).stream().filter(l -> l.startsWith("merged")).toList());
    assertTrue(backwards.toText().contains("\n  merged    unit OLD: received the programmes of LFT, Unit right"
        + "  [silence; earlier PUBLIC_RECORD]\n"), backwards::toText);
  }
}
