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
 * services they offer, the topics they are focal point for, the counterparts they engage.
 */
final class UnitWork {
  private UnitWork() {}

  private static final List<String> DRUG_CONVENTIONS = List.of("single-convention-1961",
      "psychotropic-convention-1971", "drug-trafficking-convention-1988");

  static List<Relation> relations() {
    List<Relation> r = new ArrayList<>();
    // The branch.
    Provenance ocb0 = s0("OCB supports States in their efforts to ratify and effectively implement the"
        + " Convention and the three Protocols Thereto");
    Provenance ocb1 = s1("supporting Member States in the implementation and practical application of the"
        + " Convention against Transnational Organized Crime and the Protocols thereto, as well as the"
        + " international drug control treaties");
    for (String instrument : Mandates.INSTRUMENTS) {
      r.add(rel("ocb", SUPPORTS_IMPLEMENTATION_OF, instrument, OVERVIEW, ocb0));
      r.add(rel("ocb", SUPPORTS_IMPLEMENTATION_OF, instrument, BROCHURE, ocb1));
    }
    Provenance drugTreaties = inferred(Sources.BROCHURE, "the brochure names \"the international drug control"
        + " treaties\" without listing them; the three drug control conventions are taken to be those treaties");
    for (String convention : DRUG_CONVENTIONS) {
      r.add(rel("ocb", SUPPORTS_IMPLEMENTATION_OF, convention, BROCHURE, drugTreaties));
    }

    // The Conference Support Section, in the brochure.
    Provenance serves = s1("CSS provides services to the Conference of the Parties and its Working Groups");
    r.add(rel("css", SERVES, "cop", BROCHURE, serves));
    for (String wg : Bodies.WORKING_GROUPS) {
      r.add(rel("css", SERVES, wg, BROCHURE, serves));
    }
    Provenance cssImplements = s1("To facilitate effective implementation of the Organized Crime Convention"
        + " and the Protocols thereto");
    for (String instrument : Mandates.INSTRUMENTS) {
      r.add(rel("css", SUPPORTS_IMPLEMENTATION_OF, instrument, BROCHURE, cssImplements));
    }
    r.add(rel("css", OFFERS, "legislative-assistance", BROCHURE, s1("The Section provides legislative"
        + " assistance in the ratification and implementation of the Organized Crime Convention")));
    Provenance focal = s1("acts as the focal point within UNODC for emerging crime topics such as cybercrime"
        + " and digital evidence, online child abuse and exploitation, as well as trafficking in cultural property");
    for (String topic : List.of("new-and-emerging-crimes", "cybercrime", "online-child-abuse", "cultural-property")) {
      r.add(rel("css", FOCAL_POINT_FOR, topic, BROCHURE, focal));
    }
    for (String area : Services.CSS_AREAS) {
      r.add(rel("css", OFFERS, area, BROCHURE,
          s1("The Section offers support and assistance to countries in the following areas")));
    }
    r.add(rel("css", ADDRESSES, "drug-control", BROCHURE, s1("The Section also provides legislative assistance"
        + " in the implementation of the international drug control framework")));

    // The Implementation Support Section, in the brochure.
    for (String counterpart : Topics.COUNTERPARTS) {
      r.add(rel("iss", ENGAGES, counterpart, BROCHURE, Topics.COUNTERPARTS_1));
    }

    // The trafficking section, in the brochure.
    Provenance htmssImplements = s1("HMTSS supports Member States in implementing the key international"
        + " instruments that address trafficking in persons and the smuggling of migrants");
    r.add(rel("htmss", SUPPORTS_IMPLEMENTATION_OF, "trafficking-protocol", BROCHURE, htmssImplements));
    r.add(rel("htmss", SUPPORTS_IMPLEMENTATION_OF, "smuggling-protocol", BROCHURE, htmssImplements));
    r.add(rel("htmss", ADDRESSES, "trafficking-in-persons", BROCHURE, htmssImplements));
    r.add(rel("htmss", ADDRESSES, "smuggling-of-migrants", BROCHURE, htmssImplements));
    for (String area : Services.HTMSS_AREAS) {
      r.add(rel("htmss", OFFERS, area, BROCHURE, s1("The Section offers support and assistance in five main areas")));
    }
    return r;
  }
}
