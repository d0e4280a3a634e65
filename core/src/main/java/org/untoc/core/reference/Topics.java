package org.untoc.core.reference;

import static org.untoc.core.RelationKind.BROADER;
import static org.untoc.core.reference.Facts.BROCHURE;
import static org.untoc.core.reference.Facts.OVERVIEW;
import static org.untoc.core.reference.Facts.alias;
import static org.untoc.core.reference.Facts.id;
import static org.untoc.core.reference.Facts.official;
import static org.untoc.core.reference.Facts.rel;
import static org.untoc.core.reference.Facts.s0;
import static org.untoc.core.reference.Facts.s1;

import java.util.ArrayList;
import java.util.List;
import org.untoc.core.CounterpartType;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.Identifier;
import org.untoc.core.Provenance;
import org.untoc.core.Relation;
import org.untoc.core.StrategyArea;
import org.untoc.core.Topic;

/**
 * The crime areas and the counterpart types the two documents name, the broader ones each
 * document gives examples of, and the strategy area of the overview.
 *
 * <p>A topic is named as its source writes it, and the two documents' topics are kept apart
 * where they name different things: the brochure's "emerging crime topics" and its "cybercrime and
 * digital evidence" are not the overview's "new and emerging crimes" and "cybercrime"; its
 * "illicit arms trafficking" is not the overview's "Firearms Trafficking". A topic falls under a
 * broader one only where a source gives it as an example of that one, and only in the edition of
 * that source.
 *
 * <p>A topic or counterpart type exists in the editions whose document names it, with a name in
 * each of them in that document's words: cybercrime, money-laundering, the financing of terrorism
 * and relevant stakeholders, which both documents name, in both; every other one in one.
 */
final class Topics {
  private Topics() {}

  /** The counterpart types the brochure lists for the Implementation Support Section, in its order. */
  static final List<String> COUNTERPARTS = List.of("police", "customs", "anti-narcotics-enforcement",
      "border-control-bodies", "national-security-agencies", "financial-intelligence-units",
      "asset-recovery-units", "prosecutors", "judges");
  private static final List<String> COUNTERPART_NAMES = List.of("police", "customs",
      "anti-narcotics enforcement", "border control bodies", "national security agencies",
      "financial intelligence units", "criminal asset recovery units", "prosecutors", "judges");
  /** The phrase of the brochure that lists the counterparts. */
  static final Provenance COUNTERPARTS_1 = s1("ISS interacts directly with law enforcement and legal"
      + " authorities including police, customs, anti-narcotics enforcement, border control bodies, national"
      + " security agencies (if they are empowered with law enforcement functions) financial intelligence"
      + " units, criminal asset recovery units, prosecutors, judges and others");
  /** Whom the brochure says the trafficking section assists. */
  static final List<String> HTMSS_COUNTERPARTS = List.of("member-states", "criminal-justice-practitioners",
      "relevant-stakeholders");
  static final Provenance HTMSS_ASSISTS_1 = s1("HMTSS assists Member States, criminal justice practitioners and"
      + " relevant stakeholders");

  /** Whom the brochure says the Conference Support Section offers support and assistance. */
  static final Provenance CSS_COUNTRIES_1 = s1("The Section offers support and assistance to countries");

  /** The overview's examples of the topics technical assistance covers. */
  private static final Provenance TOPICS_0 = s0("transnational organized crime and illicit trafficking topics,"
      + " including cybercrime, money-laundering and countering the financing of terrorism as well as new and"
      + " emerging crimes in the context of organized crime");
  /** The brochure's examples of emerging crime topics. */
  private static final Provenance EMERGING_1 = s1("emerging crime topics such as cybercrime and digital"
      + " evidence, online child abuse and exploitation, as well as trafficking in cultural property");
  /** The overview's stakeholders of the review process. */
  private static final Provenance STAKEHOLDERS_0 = s0("relevant stakeholders, including non-governmental"
      + " organizations");
  /** The overview's major areas of work. */
  static final Provenance AREAS_0 = s0("Information in regard to some of the major areas of work, is provided"
      + " on the dedicated webpages of the OCB Sections and Global Programmes: Human Trafficking and Migrant"
      + " Smuggling, Firearms Trafficking, Money-Laundering, and Cybercrime");

  static List<Entity> entities() {
    List<Entity> all = new ArrayList<>(List.of(
        // The overview's.
        topic("toc-and-illicit-trafficking", "transnational organized crime and illicit trafficking topics",
            OVERVIEW, s0("a broad range of transnational organized crime and illicit trafficking topics")),
        Topic.builder().id(id("cybercrime")).addEditions(BROCHURE, OVERVIEW)
            .addName(official("cybercrime", s0("including cybercrime")).in(OVERVIEW))
            .addName(official("Cybercrime", s1("The Global Programme on Cybercrime")).in(BROCHURE))
            .addProvenance(s0("including cybercrime"))
            .addProvenance(s1("The Global Programme on Cybercrime"))
            .build(),
        Topic.builder().id(id("money-laundering")).addEditions(BROCHURE, OVERVIEW)
            .addName(official("money-laundering", s0("money-laundering and countering the financing of terrorism"))
                .in(OVERVIEW))
            .addName(official("Money-Laundering", s1("The Global Programme against Money-Laundering")).in(BROCHURE))
            .addProvenance(s0("money-laundering and countering the financing of terrorism"))
            .addProvenance(s1("The Global Programme against Money-Laundering"))
            .build(),
        Topic.builder().id(id("financing-of-terrorism")).addEditions(BROCHURE, OVERVIEW)
            .addName(official("financing of terrorism",
                s0("money-laundering and countering the financing of terrorism")).in(OVERVIEW))
            .addName(official("Financing of Terrorism", s1("Proceeds of Crime and the Financing of Terrorism"))
                .in(BROCHURE))
            .addProvenance(s0("money-laundering and countering the financing of terrorism"))
            .addProvenance(s1("Proceeds of Crime and the Financing of Terrorism"))
            .build(),
        topic("new-and-emerging-crimes", "new and emerging crimes", OVERVIEW,
            s0("new and emerging crimes in the context of organized crime")),
        topic("human-trafficking-and-migrant-smuggling", "Human Trafficking and Migrant Smuggling", OVERVIEW,
            AREAS_0),
        topic("firearms-trafficking", "Firearms Trafficking", OVERVIEW, AREAS_0),
        topic("border-management", "border management", OVERVIEW,
            s0("Technical assistance focused on border management in regard to illicit trafficking")),
        // The brochure's.
        topic("trafficking-in-persons", "trafficking in persons", BROCHURE,
            s1("address trafficking in persons and the smuggling of migrants")),
        topic("smuggling-of-migrants", "smuggling of migrants", BROCHURE,
            s1("address trafficking in persons and the smuggling of migrants")),
        topic("emerging-crime-topics", "emerging crime topics", BROCHURE, EMERGING_1),
        topic("cybercrime-and-digital-evidence", "cybercrime and digital evidence", BROCHURE, EMERGING_1),
        topic("online-child-abuse", "online child abuse and exploitation", BROCHURE, EMERGING_1),
        topic("cultural-property", "trafficking in cultural property", BROCHURE, EMERGING_1),
        topic("illicit-arms-trafficking", "illicit arms trafficking", BROCHURE,
            s1("Countering transnational illicit arms trafficking")),
        topic("proceeds-of-crime", "Proceeds of Crime", BROCHURE, s1("Money-Laundering, Proceeds of Crime")),
        topic("organized-and-serious-crimes", "Organized and Serious Crimes", BROCHURE,
            s1("Prevent and Combat (transnational) Organized and Serious Crimes"))));
    for (int i = 0; i < COUNTERPARTS.size(); i++) {
      all.add(counterpart(COUNTERPARTS.get(i), COUNTERPART_NAMES.get(i), BROCHURE, COUNTERPARTS_1));
    }
    all.add(counterpart("law-enforcement-and-legal-authorities", "law enforcement and legal authorities",
        BROCHURE, COUNTERPARTS_1));
    all.add(counterpart("member-states", "Member States", BROCHURE, HTMSS_ASSISTS_1));
    all.add(counterpart("criminal-justice-practitioners", "criminal justice practitioners", BROCHURE,
        HTMSS_ASSISTS_1));
    all.add(CounterpartType.builder().id(id("relevant-stakeholders")).addEditions(BROCHURE, OVERVIEW)
        .addName(official("relevant stakeholders", STAKEHOLDERS_0).in(OVERVIEW))
        .addName(official("relevant stakeholders", HTMSS_ASSISTS_1).in(BROCHURE))
        .addProvenance(STAKEHOLDERS_0)
        .addProvenance(HTMSS_ASSISTS_1)
        .build());
    all.add(counterpart("non-governmental-organizations", "non-governmental organizations", OVERVIEW,
        STAKEHOLDERS_0));
    all.add(counterpart("states", "States", OVERVIEW, s0("OCB supports States")));
    all.add(counterpart("countries", "countries", BROCHURE, CSS_COUNTRIES_1));
    Provenance area = s0("as outlined under Thematic Area 2 \u201cPreventing and countering organized crime\u201d"
        + " of the UNODC Strategy (2021-2025)");
    all.add(StrategyArea.builder().id(id("thematic-area-2"))
        .addEdition(OVERVIEW)
        .addName(official("Preventing and countering organized crime", area))
        .addName(alias("Thematic Area 2", area))
        .addIdentifier(Identifier.of("UNODC Strategy 2021-2025", "Thematic Area 2", area))
        .addProvenance(area)
        .build());
    return all;
  }

  static List<Relation> relations() {
    List<Relation> r = new ArrayList<>();
    for (String topic : List.of("cybercrime", "money-laundering", "financing-of-terrorism", "new-and-emerging-crimes")) {
      r.add(rel(topic, BROADER, "toc-and-illicit-trafficking", OVERVIEW, TOPICS_0));
    }
    for (String topic : List.of("cybercrime-and-digital-evidence", "online-child-abuse", "cultural-property")) {
      r.add(rel(topic, BROADER, "emerging-crime-topics", BROCHURE, EMERGING_1));
    }
    for (String counterpart : COUNTERPARTS) {
      r.add(rel(counterpart, BROADER, "law-enforcement-and-legal-authorities", BROCHURE, COUNTERPARTS_1));
    }
    r.add(rel("non-governmental-organizations", BROADER, "relevant-stakeholders", OVERVIEW, STAKEHOLDERS_0));
    return r;
  }

  /** A topic one document names, in that document's edition. */
  private static Topic topic(String id, String name, EditionId edition, Provenance p) {
    return Topic.builder().id(id(id)).addEdition(edition).addName(official(name, p).in(edition)).addProvenance(p)
        .build();
  }

  /** A counterpart type one document names, in that document's edition. */
  private static CounterpartType counterpart(String id, String name, EditionId edition, Provenance p) {
    return CounterpartType.builder().id(id(id)).addEdition(edition).addName(official(name, p).in(edition))
        .addProvenance(p).build();
  }
}
