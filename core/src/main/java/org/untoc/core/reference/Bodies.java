package org.untoc.core.reference;

import static org.untoc.core.RelationKind.ESTABLISHED_BY;
import static org.untoc.core.RelationKind.PART_OF;
import static org.untoc.core.RelationKind.REVIEWS;
import static org.untoc.core.RelationKind.SUBSIDIARY_OF;
import static org.untoc.core.reference.Facts.acronym;
import static org.untoc.core.reference.Facts.alias;
import static org.untoc.core.reference.Facts.id;
import static org.untoc.core.reference.Facts.official;
import static org.untoc.core.reference.Facts.pr;
import static org.untoc.core.reference.Facts.rel;
import static org.untoc.core.reference.Facts.s0;

import java.util.ArrayList;
import java.util.List;
import org.untoc.core.Body;
import org.untoc.core.BodyType;
import org.untoc.core.Entity;
import org.untoc.core.Provenance;
import org.untoc.core.Relation;
import org.untoc.core.Source;

/** The Conference of the Parties, its Bureau and working groups, the Review Mechanism, the Ad Hoc Committee. */
final class Bodies {
  private Bodies() {}

  /** The ids of the five working groups, in the order the public record lists them. */
  static final List<String> WORKING_GROUPS = List.of("wg-trafficking-in-persons",
      "wg-smuggling-of-migrants", "wg-firearms", "wg-international-cooperation", "wg-technical-assistance");

  private static final Provenance COP_PRESS_RELEASE = pr(Sources.COP_PRESS_RELEASE);
  private static final Provenance REVIEW_RECORD = pr(Sources.COP_RESOLUTION_9_1);
  private static final Provenance COP_0 = s0("the Conference of the Parties (COP), the main decision-making"
      + " body established under the United Nations Convention against Transnational Organized Crime");
  private static final Provenance FIVE_WGS = s0("its subsidiary bodies, the five Working Groups");
  private static final Provenance REVIEW_0 = s0("the Review Mechanism, the mandatory peer-review process for"
      + " all Parties to the Convention against Transnational Organized Crime and the Protocols Thereto");

  static List<Entity> entities() {
    return List.of(
        Body.builder().id(id("cop")).bodyType(BodyType.CONFERENCE)
            .addName(official("Conference of the Parties to the United Nations Convention against"
                + " Transnational Organized Crime", COP_PRESS_RELEASE))
            .addName(acronym("COP", s0("Conference of the Parties (COP)")))
            .addName(alias("Conference of the Parties to the Organized Crime Convention",
                Facts.s1("the Conference of the Parties to the Organized Crime Convention")))
            .addProvenance(COP_0)
            .addProvenance(Facts.s1("CSS provides services to the Conference of the Parties and its Working Groups"))
            .build(),
        Body.builder().id(id("cop-bureau")).bodyType(BodyType.BUREAU)
            .addName(official("bureau of the COP", s0("the bureau of the COP")))
            .addProvenance(s0("UNODC assists the bureau of the COP in the performance of its functions"))
            .build(),
        workingGroup("wg-trafficking-in-persons", "Working Group on Trafficking in Persons", Sources.COP_DECISION_4_4),
        workingGroup("wg-smuggling-of-migrants", "Working Group on the Smuggling of Migrants",
            Sources.COP_RESOLUTION_7_1),
        workingGroup("wg-firearms", "Working Group on Firearms", Sources.COP_DECISION_5_4),
        workingGroup("wg-international-cooperation", "Working Group on International Cooperation",
            Sources.COP_DECISION_3_2),
        workingGroup("wg-technical-assistance", "Working Group of Government Experts on Technical Assistance",
            Sources.COP_DECISION_2_6),
        Body.builder().id(id("review-mechanism")).bodyType(BodyType.REVIEW_MECHANISM)
            .addName(official("Mechanism for the Review of the Implementation of the United Nations"
                + " Convention against Transnational Organized Crime and the Protocols thereto", REVIEW_RECORD))
            .addName(alias("Review Mechanism", REVIEW_0))
            .addName(alias("Mechanism for the Review of the Implementation of the Convention and the"
                + " Protocols Thereto", s0("Supporting the Mechanism for the Review of the Implementation"
                + " of the Convention and the Protocols Thereto")))
            .addProvenance(REVIEW_0)
            .build(),
        Body.builder().id(id("ad-hoc-committee")).bodyType(BodyType.AD_HOC_COMMITTEE)
            .addName(official("Ad Hoc Committee to Elaborate a Comprehensive International Convention on"
                + " Countering the Use of Information and Communications Technologies for Criminal Purposes",
                s0("Secretariat to the Ad Hoc Committee to Elaborate a Comprehensive International Convention"
                    + " on Countering the Use of Information and Communications Technologies for Criminal Purposes")))
            .addName(alias("Ad Hoc Committee", s0("also serves as Secretariat of the Ad Hoc Committee")))
            .addProvenance(s0("Secretariat to the Ad Hoc Committee to Elaborate a Comprehensive International"
                + " Convention on Countering the Use of Information and Communications Technologies for"
                + " Criminal Purposes"))
            .build());
  }

  /** A working group, named as the act of the Conference that established it or made it a constant element names it. */
  private static Body workingGroup(String id, String name, Source act) {
    return Body.builder().id(id(id)).bodyType(BodyType.WORKING_GROUP)
        .addName(official(name, pr(act)))
        .addProvenance(FIVE_WGS)
        .addProvenance(pr(act))
        .build();
  }

  static List<Relation> relations() {
    List<Relation> r = new ArrayList<>(List.of(
        rel("cop", ESTABLISHED_BY, "untoc", COP_0),
        rel("cop-bureau", PART_OF, "cop", s0("the bureau of the COP")),
        rel("wg-trafficking-in-persons", ESTABLISHED_BY, "cop-decision-4-4", pr(Sources.COP_DECISION_4_4)),
        rel("wg-firearms", ESTABLISHED_BY, "cop-decision-5-4", pr(Sources.COP_DECISION_5_4)),
        rel("wg-technical-assistance", ESTABLISHED_BY, "cop-decision-2-6", pr(Sources.COP_DECISION_2_6)),
        rel("review-mechanism", ESTABLISHED_BY, "cop-res-9-1", REVIEW_RECORD),
        rel("ad-hoc-committee", ESTABLISHED_BY, "ga-res-74-247", pr(Sources.GA_RESOLUTION_74_247))));
    for (String wg : WORKING_GROUPS) {
      r.add(rel(wg, SUBSIDIARY_OF, "cop", FIVE_WGS));
    }
    for (String instrument : List.of("untoc", "trafficking-protocol", "smuggling-protocol", "firearms-protocol")) {
      r.add(rel("review-mechanism", REVIEWS, instrument, REVIEW_0));
    }
    return r;
  }
}
