package org.untoc.core.reference;

import static org.untoc.core.reference.Facts.id;
import static org.untoc.core.reference.Facts.official;
import static org.untoc.core.reference.Facts.s0;
import static org.untoc.core.reference.Facts.s1;

import java.util.ArrayList;
import java.util.List;
import org.untoc.core.Entity;
import org.untoc.core.Provenance;
import org.untoc.core.Service;
import org.untoc.core.ServiceType;

/**
 * The seven forms of technical assistance and the services listed under two mandates (the
 * overview), the six areas of the Conference Support Section and the five areas of the
 * trafficking section (the brochure).
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
  private static final List<String> CSS_AREA_NAMES = List.of("Ratification of the Convention",
      "Assessment of laws and institutions necessary for fulfilling Convention provisions",
      "The drafting and passing of new laws and legal amendments",
      "Establishing international cooperation mechanisms for, inter alia, mutual legal assistance and extradition",
      "Anti-organized crime policies and strategies",
      "Knowledge management on implementation of the Convention");
  private static final List<String> HTMSS_AREA_NAMES = List.of("Knowledge-base expansion",
      "Strategy and policy development", "Prevention and awareness-raising",
      "Ratification and legislative assistance", "Capacity development");

  static List<Entity> entities() {
    List<Entity> all = new ArrayList<>();
    add(all, ServiceType.ASSISTANCE_FORM, ASSISTANCE_FORMS, FORM_NAMES, true);
    add(all, ServiceType.SUPPORT_AREA, CSS_AREAS, CSS_AREA_NAMES, false);
    add(all, ServiceType.SUPPORT_AREA, HTMSS_AREAS, HTMSS_AREA_NAMES, false);
    add(all, ServiceType.MANDATE_SERVICE, Mandates.COP_SERVICES, Mandates.COP_SERVICE_NAMES, true);
    add(all, ServiceType.MANDATE_SERVICE, Mandates.REVIEW_SERVICES, Mandates.REVIEW_SERVICE_NAMES, true);
    return all;
  }

  private static void add(List<Entity> all, ServiceType type, List<String> ids, List<String> names,
      boolean current) {
    for (int i = 0; i < ids.size(); i++) {
      Provenance p = current ? s0(names.get(i)) : s1(names.get(i));
      all.add(Service.builder().id(id(ids.get(i))).serviceType(type)
          .addName(official(names.get(i), p)).addProvenance(p).build());
    }
  }
}
