package org.untoc.core.reference;

import static org.untoc.core.RelationKind.ADDRESSES;
import static org.untoc.core.RelationKind.ENGAGES;
import static org.untoc.core.RelationKind.FOCAL_POINT_FOR;
import static org.untoc.core.RelationKind.OFFERS;
import static org.untoc.core.RelationKind.SERVES;
import static org.untoc.core.RelationKind.SUPPORTS_IMPLEMENTATION_OF;
import static org.untoc.core.reference.Facts.BROCHURE;
import static org.untoc.core.reference.Facts.OVERVIEW;
import static org.untoc.core.reference.Facts.inferred;
import static org.untoc.core.reference.Facts.rel;
import static org.untoc.core.reference.Facts.s0;
import static org.untoc.core.reference.Facts.s1;

import java.util.ArrayList;
import java.util.List;
import org.untoc.core.Provenance;
import org.untoc.core.Relation;

/**
 * What the branch and its sections do: the instruments they support, the bodies they serve, the
 * services they offer, the topics they address or are focal point for, the counterparts they
 * engage.
 *
 * <p>The overview's "major areas of work" of the branch ("Human Trafficking and Migrant Smuggling,
 * Firearms Trafficking, Money-Laundering, and Cybercrime") are recorded as topics the branch
 * addresses in the overview's edition, named in the overview's words; they are areas of work, not
 * programmes.
 */
final class UnitWork {
  private UnitWork() {}

  /** The drug control conventions the public record gives with a citation. */
  static final List<String> DRUG_CONVENTIONS = List.of("single-convention-1961", "drug-trafficking-convention-1988");
  private static final String REALIZING = "assist Member States in realizing their obligations under";

  /** The brochure's list lines: "- " and the item. */
  static List<String> dashed(List<String> items) {
    return items.stream().map(item -> "- " + item).toList();
  }

  static List<Relation> relations() {
    List<Relation> r = new ArrayList<>();
    // The branch.
    Provenance ocb0 = s0("OCB supports States in their efforts to ratify and effectively implement the"
        + " Convention and the three Protocols Thereto");
    Provenance ocb1 = s1("supporting Member States in the implementation and practical application of the"
        + " Convention against Transnational Organized Crime and the Protocols thereto, as well as the"
        + " international drug control treaties");
    for (String instrument : Mandates.INSTRUMENTS) {
      r.add(rel("ocb", SUPPORTS_IMPLEMENTATION_OF, instrument, OVERVIEW, ocb0)
          .qualifiedBy("in their efforts to ratify and effectively implement"));
      r.add(rel("ocb", SUPPORTS_IMPLEMENTATION_OF, instrument, BROCHURE, ocb1)
          .qualifiedBy("in the implementation and practical application of"));
    }
    r.add(rel("ocb", ENGAGES, "states", OVERVIEW, ocb0));
    r.add(rel("ocb", ENGAGES, "member-states", BROCHURE, ocb1));
    Provenance drugTreaties = inferred(Sources.BROCHURE, "the brochure names \u201cthe international drug control"
        + " treaties\u201d without listing them; the Single Convention on Narcotic Drugs, 1961, and the United"
        + " Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances, 1988, which"
        + " the public record gives with their citations, are taken to be among them");
    for (String convention : DRUG_CONVENTIONS) {
      r.add(rel("ocb", SUPPORTS_IMPLEMENTATION_OF, convention, BROCHURE, drugTreaties)
          .qualifiedBy("in the implementation and practical application of"));
    }
    for (String area : List.of("human-trafficking-and-migrant-smuggling", "firearms-trafficking", "money-laundering",
        "cybercrime")) {
      r.add(rel("ocb", ADDRESSES, area, OVERVIEW, Topics.AREAS_0).qualifiedBy("major areas of work"));
    }

    // What the brochure says of each of its three sections.
    for (String section : List.of("css", "iss", "htmss")) {
      r.add(rel(section, SUPPORTS_IMPLEMENTATION_OF, "untoc", BROCHURE, s1(Units.THREE_SECTIONS))
          .qualifiedBy(REALIZING));
    }

    // The Conference Support Section, in the brochure.
    Provenance serves = s1("CSS provides services to the Conference of the Parties and its Working Groups");
    r.add(rel("css", SERVES, "cop", BROCHURE, serves));
    Provenance servesGroups = inferred(Sources.BROCHURE, "the brochure says CSS provides services to the"
        + " Conference of the Parties and its Working Groups without naming them; the group is taken to be one"
        + " of them");
    for (String wg : Bodies.WORKING_GROUPS) {
      r.add(rel("css", SERVES, wg, BROCHURE, servesGroups));
    }
    Provenance cssImplements = s1("To facilitate effective implementation of the Organized Crime Convention"
        + " and the Protocols thereto");
    for (String protocol : List.of("trafficking-protocol", "smuggling-protocol", "firearms-protocol")) {
      r.add(rel("css", SUPPORTS_IMPLEMENTATION_OF, protocol, BROCHURE, cssImplements));
    }
    r.add(rel("css", OFFERS, "legislative-assistance", BROCHURE, s1(Services.CSS_LEGISLATIVE))
        .qualifiedBy("in the ratification and implementation of the Organized Crime Convention"));
    Provenance drugFramework = inferred(Sources.BROCHURE, "the brochure says the Section also provides legislative"
        + " assistance in the implementation of the international drug control framework, without naming its"
        + " instruments; the Single Convention on Narcotic Drugs, 1961, and the United Nations Convention against"
        + " Illicit Traffic in Narcotic Drugs and Psychotropic Substances, 1988, which the public record gives"
        + " with their citations, are taken to be among them");
    for (String convention : DRUG_CONVENTIONS) {
      r.add(rel("css", SUPPORTS_IMPLEMENTATION_OF, convention, BROCHURE, drugFramework)
          .qualifiedBy("legislative assistance"));
    }
    Provenance focal = s1("acts as the focal point within UNODC for emerging crime topics such as cybercrime"
        + " and digital evidence, online child abuse and exploitation, as well as trafficking in cultural property");
    for (String topic : List.of("emerging-crime-topics", "cybercrime-and-digital-evidence", "online-child-abuse",
        "cultural-property")) {
      r.add(rel("css", FOCAL_POINT_FOR, topic, BROCHURE, focal).qualifiedBy("within UNODC"));
    }
    r.add(rel("css", ENGAGES, "member-states", BROCHURE, s1(Units.THREE_SECTIONS)));
    r.add(rel("css", ENGAGES, "countries", BROCHURE, Topics.CSS_COUNTRIES_1));
    for (int i = 0; i < Services.CSS_AREAS.size(); i++) {
      r.add(rel("css", OFFERS, Services.CSS_AREAS.get(i), BROCHURE, s1(Facts.listThrough(Services.CSS_AREAS_LEAD_IN,
          "\n\n", dashed(Services.CSS_AREA_NAMES), i))));
    }

    // The Implementation Support Section, in the brochure.
    for (String service : Services.ISS_SERVICES) {
      r.add(rel("iss", OFFERS, service, BROCHURE, s1(Services.ISS_PROVIDES)).qualifiedBy("inter alia"));
    }
    r.add(rel("iss", ENGAGES, "law-enforcement-and-legal-authorities", BROCHURE, Topics.COUNTERPARTS_1));
    for (String counterpart : Topics.COUNTERPARTS) {
      Relation engages = rel("iss", ENGAGES, counterpart, BROCHURE, Topics.COUNTERPARTS_1);
      r.add(counterpart.equals("national-security-agencies")
          ? engages.qualifiedBy("if they are empowered with law enforcement functions") : engages);
    }
    r.add(rel("iss", ENGAGES, "member-states", BROCHURE, s1(Units.THREE_SECTIONS)));

    // The trafficking section, in the brochure.
    Provenance htmssImplements = s1("HMTSS supports Member States in implementing the key international"
        + " instruments that address trafficking in persons and the smuggling of migrants");
    r.add(rel("htmss", SUPPORTS_IMPLEMENTATION_OF, "trafficking-protocol", BROCHURE, htmssImplements));
    r.add(rel("htmss", SUPPORTS_IMPLEMENTATION_OF, "smuggling-protocol", BROCHURE, htmssImplements));
    r.add(rel("htmss", ADDRESSES, "trafficking-in-persons", BROCHURE, htmssImplements));
    r.add(rel("htmss", ADDRESSES, "smuggling-of-migrants", BROCHURE, htmssImplements));
    for (String counterpart : Topics.HTMSS_COUNTERPARTS) {
      r.add(rel("htmss", ENGAGES, counterpart, BROCHURE, Topics.HTMSS_ASSISTS_1));
    }
    for (int i = 0; i < Services.HTMSS_AREAS.size(); i++) {
      r.add(rel("htmss", OFFERS, Services.HTMSS_AREAS.get(i), BROCHURE, s1(Facts.listThrough(
          Services.HTMSS_AREAS_LEAD_IN, "\n\n", dashed(Services.HTMSS_AREA_NAMES), i))));
    }
    for (String service : Services.HTMSS_SERVICES) {
      r.add(rel("htmss", OFFERS, service, BROCHURE, s1(Services.HTMSS_ALSO))
          .qualifiedBy("to inter-governmental and inter-agency forums"));
    }
    return r;
  }
}
