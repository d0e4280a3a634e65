package org.untoc.core.reference;

import static org.untoc.core.reference.Facts.BROCHURE;
import static org.untoc.core.reference.Facts.OVERVIEW;
import static org.untoc.core.reference.Facts.id;
import static org.untoc.core.reference.Facts.official;
import static org.untoc.core.reference.Facts.s0;
import static org.untoc.core.reference.Facts.s1;

import java.util.ArrayList;
import java.util.List;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.Provenance;
import org.untoc.core.Service;
import org.untoc.core.ServiceType;

/**
 * The seven forms of technical assistance and the services listed under two mandates (the
 * overview); the six areas of the Conference Support Section, the five areas of the trafficking
 * section and what the brochure says the Implementation Support Section and the trafficking
 * section provide. A service exists in the editions whose document names it, with its name in
 * each of them in that document's words: legislative assistance, which both name, in both; every
 * other service in one. Who offers it, in which edition, is a relation.
 */
final class Services {
  private Services() {}

  static final List<String> ASSISTANCE_FORMS = List.of("legislative-assistance", "policy-strategy-assistance",
      "capacity-building", "mentoring", "international-cooperation-support", "exchange-facilitation",
      "research-knowledge-products");
  static final List<String> CSS_AREAS = List.of("css-ratification", "css-assessment", "css-drafting-laws",
      "css-cooperation-mechanisms", "css-policies-strategies", "css-knowledge-management");
  static final List<String> HTMSS_AREAS = List.of("htmss-knowledge-base", "htmss-strategy-policy",
      "htmss-prevention-awareness", "htmss-ratification-legislative", "htmss-capacity-development");

  private static final List<String> FORM_NAMES = List.of("Legislative assistance",
      "Assistance in the development of policies and strategies", "Capacity building workshops/trainings",
      "Mentoring", "Supporting international cooperation in criminal matters and competent national authorities",
      "Facilitation of bilateral, regional, inter-regional and South-South exchange",
      "Research, analysis and the development of knowledge products");
  /** The overview's lead-in to the forms of technical assistance, and its list lines as it writes them. */
  static final String FORMS_LEAD_IN = "It is delivered in different forms, tailored to best meet the needs of the"
      + " counterparts, and includes:";
  static final List<String> FORM_LINES = List.of("\u2022 Legislative assistance",
      "\u2022 Assistance in the development of policies and strategies", "\u2022 Capacity building workshops/trainings",
      "\u2022 Mentoring",
      "\u2022 Supporting international cooperation in criminal matters and competent national authorities",
      "\u2022 Facilitation of bilateral, regional, inter-regional and South-South exchange, and",
      "\u2022 Research, analysis and the development of knowledge products.");
  /** The brochure's lead-ins to the areas of its two sections; the list lines are "- " and the area. */
  static final String CSS_AREAS_LEAD_IN = "The Section offers support and assistance to countries in the following"
      + " areas:";
  static final String HTMSS_AREAS_LEAD_IN = "The Section offers support and assistance in five main areas:";
  static final List<String> CSS_AREA_NAMES = List.of("Ratification of the Convention",
      "Assessment of laws and institutions necessary for fulfilling Convention provisions",
      "The drafting and passing of new laws and legal amendments",
      "Establishing international cooperation mechanisms for, inter alia, mutual legal assistance and extradition",
      "Anti-organized crime policies and strategies",
      "Knowledge management on implementation of the Convention");
  static final List<String> HTMSS_AREA_NAMES = List.of("Knowledge-base expansion",
      "Strategy and policy development", "Prevention and awareness-raising",
      "Ratification and legislative assistance", "Capacity development");

  /** What the brochure says the Implementation Support Section provides, in its order. */
  static final List<String> ISS_SERVICES = List.of("iss-advice", "iss-technical-support", "iss-project-guidance");
  private static final List<String> ISS_SERVICE_NAMES = List.of("advice", "technical support", "project guidance");
  static final String ISS_PROVIDES = "ISS provides, inter alia, advice, technical support and project guidance";
  /** What the brochure says the trafficking section provides to inter-governmental and inter-agency forums. */
  static final List<String> HTMSS_SERVICES = List.of("htmss-technical-services", "htmss-strategic-advice");
  private static final List<String> HTMSS_SERVICE_NAMES = List.of("substantive technical services",
      "comprehensive strategic advice");
  static final String HTMSS_PROVIDES = "provides substantive technical services and comprehensive strategic advice"
      + " to inter-governmental and inter-agency forums";
  /** The brochure's whole sentence of what the trafficking section also does. */
  static final String HTMSS_ALSO = "HMTSS also facilitates international cooperation, supports policy work at the"
      + " international and inter-agency levels, and " + HTMSS_PROVIDES + " to prevent and combat trafficking in"
      + " persons and the smuggling of migrants";

  /** The brochure's words for legislative assistance, which both documents name. */
  static final String CSS_LEGISLATIVE = "The Section provides legislative assistance in the ratification and"
      + " implementation of the Organized Crime Convention";

  static List<Entity> entities() {
    List<Entity> all = new ArrayList<>();
    add(all, ServiceType.ASSISTANCE_FORM, ASSISTANCE_FORMS, FORM_NAMES, OVERVIEW);
    add(all, ServiceType.SUPPORT_AREA, CSS_AREAS, CSS_AREA_NAMES, BROCHURE);
    add(all, ServiceType.SUPPORT_AREA, HTMSS_AREAS, HTMSS_AREA_NAMES, BROCHURE);
    add(all, ServiceType.MANDATE_SERVICE, Mandates.COP_SERVICES, Mandates.COP_SERVICE_NAMES, OVERVIEW);
    add(all, ServiceType.MANDATE_SERVICE, Mandates.REVIEW_SERVICES, Mandates.REVIEW_SERVICE_NAMES, OVERVIEW);
    for (int i = 0; i < ISS_SERVICES.size(); i++) {
      all.add(service(ISS_SERVICES.get(i), ServiceType.ASSISTANCE_FORM, ISS_SERVICE_NAMES.get(i), BROCHURE,
          s1(ISS_PROVIDES)));
    }
    for (int i = 0; i < HTMSS_SERVICES.size(); i++) {
      all.add(service(HTMSS_SERVICES.get(i), ServiceType.ASSISTANCE_FORM, HTMSS_SERVICE_NAMES.get(i), BROCHURE,
          s1(HTMSS_PROVIDES)));
    }
    return all;
  }

  private static Service service(String id, ServiceType type, String name, EditionId edition, Provenance p) {
    return Service.builder().id(id(id)).serviceType(type).addEdition(edition)
        .addName(official(name, p).in(edition)).addProvenance(p).build();
  }

  private static void add(List<Entity> all, ServiceType type, List<String> ids, List<String> names,
      EditionId edition) {
    for (int i = 0; i < ids.size(); i++) {
      Provenance p = edition.equals(OVERVIEW) ? s0(names.get(i)) : s1(names.get(i));
      if (ids.get(i).equals("legislative-assistance")) {
        // The overview lists it as a form of assistance; the brochure says the Conference Support
        // Section provides it.
        Provenance brochure = s1(CSS_LEGISLATIVE);
        all.add(Service.builder().id(id(ids.get(i))).serviceType(type).addEditions(BROCHURE, OVERVIEW)
            .addName(official(names.get(i), p).in(OVERVIEW))
            .addName(official("legislative assistance", brochure).in(BROCHURE))
            .addProvenance(p).addProvenance(brochure).build());
        continue;
      }
      all.add(service(ids.get(i), type, names.get(i), edition, p));
    }
  }
}
