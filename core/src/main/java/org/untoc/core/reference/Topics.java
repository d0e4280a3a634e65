package org.untoc.core.reference;

import static org.untoc.core.reference.Facts.alias;
import static org.untoc.core.reference.Facts.id;
import static org.untoc.core.reference.Facts.official;
import static org.untoc.core.reference.Facts.s0;
import static org.untoc.core.reference.Facts.s1;

import java.util.List;
import org.untoc.core.CounterpartType;
import org.untoc.core.Entity;
import org.untoc.core.Identifier;
import org.untoc.core.Name;
import org.untoc.core.Provenance;
import org.untoc.core.StrategyArea;
import org.untoc.core.Topic;

/** The crime areas, the counterpart types of the brochure and the strategy area of the overview. */
final class Topics {
  private Topics() {}

  /** The counterpart types the brochure lists for the Implementation Support Section, in its order. */
  static final List<String> COUNTERPARTS = List.of("police", "customs", "anti-narcotics-enforcement",
      "border-control-bodies", "national-security-agencies", "financial-intelligence-units",
      "asset-recovery-units", "prosecutors", "judges");
  private static final List<String> COUNTERPART_NAMES = List.of("Police", "Customs",
      "Anti-narcotics enforcement", "Border control bodies", "National security agencies",
      "Financial intelligence units", "Criminal asset recovery units", "Prosecutors", "Judges");
  /** The phrase of the brochure that lists the counterparts. */
  static final Provenance COUNTERPARTS_1 = s1("ISS interacts directly with law enforcement and legal"
      + " authorities including police, customs, anti-narcotics enforcement, border control bodies, national"
      + " security agencies (if they are empowered with law enforcement functions) financial intelligence"
      + " units, criminal asset recovery units, prosecutors, judges and others");

  static List<Entity> entities() {
    List<Entity> all = new java.util.ArrayList<>(List.of(
        topic("cybercrime", "Cybercrime", s0("including cybercrime"),
            alias("Cybercrime and digital evidence", s1("cybercrime and digital evidence"))),
        topic("money-laundering", "Money-laundering", s0("money-laundering and countering the financing of terrorism")),
        topic("financing-of-terrorism", "Financing of terrorism",
            s0("money-laundering and countering the financing of terrorism")),
        topic("trafficking-in-persons", "Trafficking in persons",
            s1("address trafficking in persons and the smuggling of migrants")),
        topic("smuggling-of-migrants", "Smuggling of migrants",
            s1("address trafficking in persons and the smuggling of migrants")),
        topic("firearms-trafficking", "Firearms trafficking", s0("Firearms Trafficking"),
            alias("Illicit arms trafficking", s1("Countering transnational illicit arms trafficking"))),
        topic("online-child-abuse", "Online child abuse and exploitation", s1("online child abuse and exploitation")),
        topic("cultural-property", "Trafficking in cultural property", s1("trafficking in cultural property")),
        topic("new-and-emerging-crimes", "New and emerging crimes",
            s0("new and emerging crimes in the context of organized crime"),
            alias("Emerging crime topics", s1("emerging crime topics"))),
        topic("drug-control", "Drug control", s1("the international drug control framework")),
        topic("border-management", "Border management",
            s0("Technical assistance focused on border management in regard to illicit trafficking"))));
    for (int i = 0; i < COUNTERPARTS.size(); i++) {
      all.add(CounterpartType.builder().id(id(COUNTERPARTS.get(i)))
          .addName(official(COUNTERPART_NAMES.get(i), COUNTERPARTS_1)).addProvenance(COUNTERPARTS_1).build());
    }
    Provenance area = s0("as outlined under Thematic Area 2 \u201cPreventing and countering organized crime\u201d"
        + " of the UNODC Strategy (2021-2025)");
    all.add(StrategyArea.builder().id(id("thematic-area-2"))
        .addName(official("Preventing and countering organized crime", area))
        .addName(alias("Thematic Area 2", area))
        .addIdentifier(Identifier.of("UNODC Strategy 2021-2025", "Thematic Area 2", area))
        .addProvenance(area)
        .build());
    return all;
  }

  private static Topic topic(String id, String name, Provenance p, Name... aliases) {
    return Topic.builder().id(id(id)).addName(official(name, p)).addNames(aliases).addProvenance(p).build();
  }
}
