package org.untoc.core.reference;

import static org.untoc.core.RelationKind.ESTABLISHED_BY;
import static org.untoc.core.RelationKind.PART_OF;
import static org.untoc.core.RelationKind.REVIEWS;
import static org.untoc.core.RelationKind.SUBSIDIARY_OF;
import static org.untoc.core.reference.Facts.BROCHURE;
import static org.untoc.core.reference.Facts.OVERVIEW;
import static org.untoc.core.reference.Facts.acronym;
import static org.untoc.core.reference.Facts.alias;
import static org.untoc.core.reference.Facts.desc;
import static org.untoc.core.reference.Facts.id;
import static org.untoc.core.reference.Facts.inferred;
import static org.untoc.core.reference.Facts.official;
import static org.untoc.core.reference.Facts.pr;
import static org.untoc.core.reference.Facts.rel;
import static org.untoc.core.reference.Facts.s0;
import static org.untoc.core.reference.Facts.s1;

import java.util.ArrayList;
import java.util.List;
import org.untoc.core.Body;
import org.untoc.core.DatedFact;
import org.untoc.core.PartialDate;
import org.untoc.core.BodyType;
import org.untoc.core.Entity;
import org.untoc.core.Provenance;
import org.untoc.core.Relation;
import org.untoc.core.Source;

/**
 * The Conference of the Parties, its bureau and working groups, the Review Mechanism, the Ad Hoc
 * Committee.
 *
 * <p>The Conference and its five working groups exist in both editions: the overview names the
 * Conference and "its subsidiary bodies, the five Working Groups", the brochure "the Conference of
 * the Parties and its Working Groups", and the public record ties each group to an act of the
 * Conference of 2014 or earlier: resolution 7/1, of 2014; decision 5/4, of 2010; decisions 2/6, 3/2
 * and 4/4, which it does not date, but which are acts of the Conference's second, third and fourth
 * sessions, before its fifth, of 2010 (it numbers decisions and resolutions session/sequence). The
 * brochure names no group: each group's place in the brochure's edition is INFERRED. The public
 * record gives three groups with a decision in brackets, without saying what the decision did:
 * that the decision established the group is INFERRED. The bureau, the Review Mechanism (October
 * 2018) and the Ad Hoc Committee (December 2019) are the overview's only.
 */
final class Bodies {
  private Bodies() {}

  /** The ids of the five working groups, in the order the public record lists them. */
  static final List<String> WORKING_GROUPS = List.of("wg-trafficking-in-persons",
      "wg-smuggling-of-migrants", "wg-firearms", "wg-international-cooperation", "wg-technical-assistance");

  private static final Provenance COP_PRESS_RELEASE = pr(Sources.COP_PRESS_RELEASE);
  private static final Provenance REVIEW_RECORD = pr(Sources.COP_RESOLUTION_9_1);
  /** The public record gives the mechanism's full name without citing a document for it. */
  private static final Provenance REVIEW_FULL_NAME = inferred(Sources.OVERVIEW, "the overview names the"
      + " Mechanism for the Review of the Implementation of the Convention and the Protocols Thereto; the public"
      + " record gives this as its full name, with the Convention named in full, without citing a document for"
      + " it");
  private static final Provenance COP_0 = s0("the Conference of the Parties (COP), the main decision-making"
      + " body established under the United Nations Convention against Transnational Organized Crime");
  private static final Provenance COP_1 = s1("CSS provides services to the Conference of the Parties and its"
      + " Working Groups");
  private static final Provenance FIVE_WGS = s0("its subsidiary bodies, the five Working Groups");
  private static final String REVIEW_MECHANISM = "the Review Mechanism, the mandatory peer-review process for"
      + " all Parties to the Convention against Transnational Organized Crime and the Protocols Thereto aimed at"
      + " assessing their compliance with the provisions of these international instruments";
  private static final Provenance REVIEW_0 = s0("the Review Mechanism, the mandatory peer-review process for"
      + " all Parties to the Convention against Transnational Organized Crime and the Protocols Thereto");
  private static final String AHC = "Secretariat to the Ad Hoc Committee to Elaborate a Comprehensive"
      + " International Convention on Countering the Use of Information and Communications Technologies for"
      + " Criminal Purposes";

  static List<Entity> entities() {
    return List.of(
        Body.builder().id(id("cop")).bodyType(BodyType.CONFERENCE)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("Conference of the Parties to the United Nations Convention against"
                + " Transnational Organized Crime", COP_PRESS_RELEASE))
            .addName(acronym("COP", s0("Conference of the Parties (COP)")).in(OVERVIEW))
            // The brochure does not abbreviate the Conference; the press release does.
            .addName(acronym("COP", COP_PRESS_RELEASE).in(BROCHURE))
            .addName(alias("Conference of the Parties", s0("the Conference of the Parties (COP)")).in(OVERVIEW))
            .addName(alias("Conference of the Parties", COP_1).in(BROCHURE))
            .addName(alias("Conference of the Parties to the Organized Crime Convention",
                s1("the Conference of the Parties to the Organized Crime Convention")).in(BROCHURE))
            .addDescription(desc("the main decision-making body established under the United Nations Convention"
                + " against Transnational Organized Crime", OVERVIEW, COP_0))
            .addProvenance(COP_0)
            .addProvenance(COP_1)
            .established(DatedFact.of(PartialDate.ofYear(2004), "first session; its decision 1/2 is dated"
                + " 7 Jul 2004", inferred(Sources.COP_DECISION_1_2, "the public record says article 32 of the"
                + " Convention established the Conference, without a date, and that the Conference held its first"
                + " session in 2004, its decision 1/2 being dated 7 July 2004; the Conference is dated from that"
                + " first session, to the year")))
            .addAllNames(LanguageNames.of("cop"))
            .build(),
        Body.builder().id(id("cop-bureau")).bodyType(BodyType.BUREAU)
            .addEdition(OVERVIEW)
            .addName(official("bureau of the COP", s0("the bureau of the COP")))
            .addProvenance(s0("UNODC assists the bureau of the COP in the performance of its functions"))
            .build(),
        workingGroup("wg-trafficking-in-persons", "Working Group on Trafficking in Persons", Sources.COP_DECISION_4_4,
            "which the public record gives with decision 4/4, an act of the Conference's fourth session, before its"
                + " fifth, of 2010"),
        workingGroup("wg-smuggling-of-migrants", "Working Group on the Smuggling of Migrants",
            Sources.COP_RESOLUTION_7_1, "which the public record says was made a constant element by resolution 7/1,"
                + " of 2014"),
        workingGroup("wg-firearms", "Working Group on Firearms", Sources.COP_DECISION_5_4,
            "which the public record gives with decision 5/4, of 2010"),
        workingGroup("wg-international-cooperation", "Working Group on International Cooperation",
            Sources.COP_DECISION_3_2, "which the public record says decision 3/2, an act of the Conference's third"
                + " session, before its fifth, of 2010, made a constant element"),
        workingGroup("wg-technical-assistance", "Working Group of Government Experts on Technical Assistance",
            Sources.COP_DECISION_2_6, "which the public record gives with decision 2/6, an act of the Conference's"
                + " second session, before its fifth, of 2010, as an interim group"),
        Body.builder().id(id("review-mechanism")).bodyType(BodyType.REVIEW_MECHANISM)
            .addEdition(OVERVIEW)
            .addName(official("Mechanism for the Review of the Implementation of the United Nations"
                + " Convention against Transnational Organized Crime and the Protocols thereto", REVIEW_FULL_NAME))
            .addName(alias("Review Mechanism", REVIEW_0))
            .addName(alias("Mechanism for the Review of the Implementation of the Convention and the"
                + " Protocols Thereto", s0("Supporting the Mechanism for the Review of the Implementation"
                + " of the Convention and the Protocols Thereto")))
            .addDescription(desc(REVIEW_MECHANISM.substring("the Review Mechanism, ".length()), OVERVIEW,
                s0(REVIEW_MECHANISM)))
            .addProvenance(REVIEW_0)
            .addProvenance(REVIEW_RECORD)
            .established(DatedFact.of(PartialDate.of(2018, 10), "Conference of the Parties resolution 9/1, at its"
                + " ninth session; launched in October 2020 by resolution 10/1", REVIEW_RECORD))
            .addAllNames(LanguageNames.of("review-mechanism"))
            .build(),
        Body.builder().id(id("ad-hoc-committee")).bodyType(BodyType.AD_HOC_COMMITTEE)
            .addEdition(OVERVIEW)
            .addName(official(AHC.substring("Secretariat to the ".length()), s0(AHC)))
            .addName(alias("Ad Hoc Committee", s0("also serves as Secretariat of the Ad Hoc Committee")))
            .addProvenance(s0(AHC))
            .addProvenance(pr(Sources.GA_RESOLUTION_74_247))
            .established(DatedFact.of(PartialDate.of(2019, 12, 27), "General Assembly resolution 74/247",
                pr(Sources.GA_RESOLUTION_74_247)))
            .build());
  }

  /**
   * A working group: named as the act of the Conference the public record names for it names it;
   * in the overview, one of "the five Working Groups"; in the brochure, taken to be one of "its
   * Working Groups".
   */
  private static Body workingGroup(String id, String name, Source act, String how) {
    var b = Body.builder().id(id(id)).bodyType(BodyType.WORKING_GROUP)
        .addEditions(BROCHURE, OVERVIEW)
        .addName(official(name, pr(act)))
        .addProvenance(FIVE_WGS)
        .addProvenance(pr(act))
        .addProvenance(inBrochure(how));
    if (act == Sources.COP_DECISION_5_4) {
      // The one act of a working group that the public record dates.
      b.established(DatedFact.of(PartialDate.ofYear(2010), "decision 5/4", inferred(act, "the public record lists"
          + " the Working Group on Firearms with \u201c(decision 5/4, 2010)\u201d; that decision is taken to be the"
          + " act that established the group (see its relation to the decision), so the group is dated from it,"
          + " to the year")));
    }
    return b.build();
  }

  /** Why a working group, which the brochure does not name, is one of the brochure's "Working Groups". */
  static Provenance inBrochure(String how) {
    return inferred(Sources.BROCHURE, "the brochure speaks of the Conference of the Parties and its Working"
        + " Groups without naming them; this group, " + how + ", is taken to be one of them");
  }

  /**
   * Why a decision the public record gives in brackets after a group's name is taken to be the
   * act that established the group.
   */
  private static Provenance establishedBy(Source decision, String group, String bracket) {
    return inferred(decision, "the public record lists " + group + " with \u201c" + bracket + "\u201d and does"
        + " not say what the decision did; of two other groups it says an act of the Conference made them a"
        + " constant element, so this decision is taken to be the act that established the group");
  }

  static List<Relation> relations() {
    List<Relation> r = new ArrayList<>(List.of(
        rel("cop", ESTABLISHED_BY, "untoc", OVERVIEW, COP_0),
        rel("cop", ESTABLISHED_BY, "untoc", BROCHURE, pr(Sources.UNTOC_ART_32)),
        rel("cop-bureau", PART_OF, "cop", s0("the bureau of the COP")),
        rel("wg-trafficking-in-persons", ESTABLISHED_BY, "cop-decision-4-4", establishedBy(Sources.COP_DECISION_4_4,
            "the Working Group on Trafficking in Persons", "(decision 4/4)")),
        rel("wg-firearms", ESTABLISHED_BY, "cop-decision-5-4", establishedBy(Sources.COP_DECISION_5_4,
            "the Working Group on Firearms", "(decision 5/4, 2010)")),
        rel("wg-technical-assistance", ESTABLISHED_BY, "cop-decision-2-6", establishedBy(Sources.COP_DECISION_2_6,
            "the Working Group of Government Experts on Technical Assistance", "(decision 2/6, as an interim group)")),
        rel("review-mechanism", ESTABLISHED_BY, "cop-res-9-1", REVIEW_RECORD),
        rel("ad-hoc-committee", ESTABLISHED_BY, "ga-res-74-247", pr(Sources.GA_RESOLUTION_74_247))));
    for (String wg : WORKING_GROUPS) {
      r.add(rel(wg, SUBSIDIARY_OF, "cop", OVERVIEW, FIVE_WGS));
      r.add(rel(wg, SUBSIDIARY_OF, "cop", BROCHURE, inferred(Sources.BROCHURE, "the brochure writes of the"
          + " Conference of the Parties and \u201cits Working Groups\u201d; the group is taken to be one of them")));
    }
    // The process "aimed at assessing their compliance with the provisions of these international instruments".
    for (String instrument : List.of("untoc", "trafficking-protocol", "smuggling-protocol", "firearms-protocol")) {
      r.add(rel("review-mechanism", REVIEWS, instrument, s0(REVIEW_MECHANISM)));
    }
    return r;
  }
}
