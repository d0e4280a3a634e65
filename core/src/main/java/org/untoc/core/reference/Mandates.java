package org.untoc.core.reference;

import static org.untoc.core.RelationKind.ADDRESSES;
import static org.untoc.core.RelationKind.CONCERNS;
import static org.untoc.core.RelationKind.HAS_MANDATE;
import static org.untoc.core.RelationKind.OFFERS;
import static org.untoc.core.RelationKind.SECRETARIAT_OF;
import static org.untoc.core.reference.Facts.OVERVIEW;
import static org.untoc.core.reference.Facts.id;
import static org.untoc.core.reference.Facts.inferred;
import static org.untoc.core.reference.Facts.official;
import static org.untoc.core.reference.Facts.rel;
import static org.untoc.core.reference.Facts.s0;

import java.util.ArrayList;
import java.util.List;
import org.untoc.core.Entity;
import org.untoc.core.Mandate;
import org.untoc.core.Provenance;
import org.untoc.core.Relation;

/** The four mandates of the overview's "Mandates and services", and the services each lists. */
final class Mandates {
  private Mandates() {}

  /** The services the overview lists under the Secretariat of the Conference of the Parties, in its order. */
  static final List<String> COP_SERVICES = List.of("cop-service-bureau", "cop-service-background-papers",
      "cop-service-documents", "cop-service-agenda-and-panels", "cop-service-archives");
  static final List<String> COP_SERVICE_NAMES = List.of(
      "assists the bureau of the COP in the performance of its functions",
      "prepares background papers",
      "receives, translates and distributes documents, reports and decisions",
      "proposing agenda items and organizing panel discussions for the meetings of the subsidiary bodies",
      "has the custody and proper preservation of the documents in the archives");
  /** The services the overview lists under support of the Review Mechanism, in its order. */
  static final List<String> REVIEW_SERVICES = List.of("review-service-conduct", "review-service-observations",
      "review-service-discussion");
  static final List<String> REVIEW_SERVICE_NAMES = List.of(
      "facilitates the conduct of the country reviews and general review in line with the Procedures"
          + " and rules for the functioning of the Review Mechanism",
      "assists States parties in the preparation of the list of observations, indicating any gaps"
          + " and challenges in the implementation of the provisions under review, best practices,"
          + " suggestions and any technical assistance needs identified to improve the"
          + " implementation of the Convention and its Protocols",
      "facilitates the discussion of the review process in the Conference, the Working Groups the"
          + " constructive dialogues with relevant stakeholders, including non-governmental"
          + " organizations");

  /** The overview's words for the services under the first mandate, from their subject through item {@code k}. */
  static String copServicesThrough(int k) {
    StringBuilder b = new StringBuilder("Among other substantive and technical services, UNODC ");
    for (int i = 0; i <= k; i++) {
      b.append(i == 0 ? "" : i == COP_SERVICE_NAMES.size() - 1 ? "; and " : "; ").append(COP_SERVICE_NAMES.get(i));
    }
    return b.toString();
  }

  /** The overview's words for the services under the second mandate, from their subject through item {@code k}. */
  static String reviewServicesThrough(int k) {
    StringBuilder b = new StringBuilder("UNODC ");
    for (int i = 0; i <= k; i++) {
      b.append(i == 0 ? "" : i == REVIEW_SERVICE_NAMES.size() - 1 ? " and " : ", ").append(REVIEW_SERVICE_NAMES.get(i));
    }
    return b.toString();
  }

  /** The overview's phrase that narrows each secretariat OCB holds. */
  private static final String BEHALF = "on behalf of UNODC";

  static final List<String> INSTRUMENTS =
      List.of("untoc", "trafficking-protocol", "smuggling-protocol", "firearms-protocol");

  private static final Provenance COP_SECRETARIAT = s0("OCB, on behalf of UNODC, serves as the Secretariat of"
      + " the Conference of the Parties (COP)");
  private static final Provenance REVIEW_SECRETARIAT = s0("OCB, on behalf of UNODC, is also the Secretariat"
      + " of the Review Mechanism");
  private static final Provenance AHC_SECRETARIAT = s0("OCB, on behalf of UNODC, also serves as Secretariat"
      + " of the Ad Hoc Committee");
  private static final Provenance TA = s0("UNODC provides tailored technical assistance to States in support"
      + " of the implementation of the Convention and the Protocols Thereto");
  private static final Provenance TA_TOPICS = s0("the assistance covers a broad range of transnational"
      + " organized crime and illicit trafficking topics, including cybercrime, money-laundering and"
      + " countering the financing of terrorism as well as new and emerging crimes in the context of"
      + " organized crime");

  static List<Entity> entities() {
    return List.of(
        Mandate.builder().id(id("mandate-cop-secretariat")).addEdition(OVERVIEW)
            .addName(official("Secretariat of the Conference of the Parties and its subsidiary bodies",
                s0("Secretariat of the Conference of the Parties and its subsidiary bodies")))
            .addProvenance(s0("1) Secretariat of the Conference of the Parties and its subsidiary bodies"))
            .build(),
        Mandate.builder().id(id("mandate-review-mechanism")).addEdition(OVERVIEW)
            .addName(official("Supporting the Mechanism for the Review of the Implementation of the Convention"
                + " and the Protocols Thereto", s0("Supporting the Mechanism for the Review of the"
                + " Implementation of the Convention and the Protocols Thereto")))
            .addProvenance(s0("2) Supporting the Mechanism for the Review of the Implementation of the"
                + " Convention and the Protocols Thereto"))
            .build(),
        Mandate.builder().id(id("mandate-ahc-secretariat")).addEdition(OVERVIEW)
            .addName(official("Secretariat to the Ad Hoc Committee to Elaborate a Comprehensive International"
                + " Convention on Countering the Use of Information and Communications Technologies for"
                + " Criminal Purposes", s0("Secretariat to the Ad Hoc Committee to Elaborate a Comprehensive"
                + " International Convention on Countering the Use of Information and Communications"
                + " Technologies for Criminal Purposes")))
            .addProvenance(s0("3) Secretariat to the Ad Hoc Committee"))
            .build(),
        Mandate.builder().id(id("mandate-technical-assistance")).addEdition(OVERVIEW)
            .addName(official("Delivering Technical Assistance and developing knowledge products and tools",
                s0("Delivering Technical Assistance and developing knowledge products and tools")))
            .addProvenance(s0("4) Delivering Technical Assistance and developing knowledge products and tools"))
            .build());
  }

  static List<Relation> relations() {
    List<Relation> r = new ArrayList<>();
    Provenance copAndWgs = s0("OCB, on behalf of UNODC, serves as the Secretariat of the Conference of the Parties"
        + " (COP), the main decision-making body established under the United Nations Convention against"
        + " Transnational Organized Crime, and its subsidiary bodies, the five Working Groups");
    // The overview names OCB as the holder of the first three mandates, each "on behalf of UNODC".
    r.add(rel("ocb", HAS_MANDATE, "mandate-cop-secretariat", OVERVIEW, COP_SECRETARIAT).qualifiedBy(BEHALF));
    r.add(rel("ocb", HAS_MANDATE, "mandate-review-mechanism", OVERVIEW, REVIEW_SECRETARIAT).qualifiedBy(BEHALF));
    r.add(rel("ocb", HAS_MANDATE, "mandate-ahc-secretariat", OVERVIEW, AHC_SECRETARIAT).qualifiedBy(BEHALF));
    r.add(rel("ocb", HAS_MANDATE, "mandate-technical-assistance", OVERVIEW, inferred(Sources.OVERVIEW, "the"
        + " overview, the branch's own page, lists delivering technical assistance as the fourth of its"
        + " mandates and services; it names OCB, on behalf of UNODC, as holder of the first three, and UNODC as"
        + " the provider of this one, as it does of the services under the first two")));
    r.add(rel("ocb", SECRETARIAT_OF, "cop", OVERVIEW, COP_SECRETARIAT).qualifiedBy(BEHALF));
    r.add(rel("mandate-cop-secretariat", CONCERNS, "cop", COP_SECRETARIAT));
    r.add(rel("mandate-cop-secretariat", CONCERNS, "cop-bureau",
        s0("UNODC assists the bureau of the COP in the performance of its functions")));
    for (String wg : Bodies.WORKING_GROUPS) {
      r.add(rel("ocb", SECRETARIAT_OF, wg, OVERVIEW, copAndWgs).qualifiedBy(BEHALF));
      r.add(rel("mandate-cop-secretariat", CONCERNS, wg, copAndWgs));
    }
    r.add(rel("ocb", SECRETARIAT_OF, "review-mechanism", OVERVIEW, REVIEW_SECRETARIAT).qualifiedBy(BEHALF));
    r.add(rel("mandate-review-mechanism", CONCERNS, "review-mechanism", REVIEW_SECRETARIAT));
    r.add(rel("ocb", SECRETARIAT_OF, "ad-hoc-committee", OVERVIEW, AHC_SECRETARIAT).qualifiedBy(BEHALF));
    r.add(rel("mandate-ahc-secretariat", CONCERNS, "ad-hoc-committee", AHC_SECRETARIAT));
    for (String instrument : INSTRUMENTS) {
      r.add(rel("mandate-technical-assistance", CONCERNS, instrument, TA));
    }
    // Each service with the words that state it: the list's subject through the item.
    for (int i = 0; i < COP_SERVICES.size(); i++) {
      r.add(rel("mandate-cop-secretariat", OFFERS, COP_SERVICES.get(i), s0(copServicesThrough(i)))
          .qualifiedBy("Among other substantive and technical services"));
    }
    for (int i = 0; i < REVIEW_SERVICES.size(); i++) {
      r.add(rel("mandate-review-mechanism", OFFERS, REVIEW_SERVICES.get(i), s0(reviewServicesThrough(i))));
    }
    for (int i = 0; i < Services.ASSISTANCE_FORMS.size(); i++) {
      r.add(rel("mandate-technical-assistance", OFFERS, Services.ASSISTANCE_FORMS.get(i),
          s0(Facts.listThrough(Services.FORMS_LEAD_IN, "\n", Services.FORM_LINES, i))));
    }
    r.add(rel("mandate-technical-assistance", ADDRESSES, "toc-and-illicit-trafficking", TA_TOPICS)
        .qualifiedBy("a broad range of"));
    for (String topic : List.of("cybercrime", "money-laundering", "financing-of-terrorism")) {
      r.add(rel("mandate-technical-assistance", ADDRESSES, topic, TA_TOPICS));
    }
    r.add(rel("mandate-technical-assistance", ADDRESSES, "new-and-emerging-crimes", TA_TOPICS)
        .qualifiedBy("in the context of organized crime"));
    return r;
  }
}
