package org.untoc.core.reference;

import static org.untoc.core.RelationKind.ADDRESSES;
import static org.untoc.core.RelationKind.ADOPTED_BY;
import static org.untoc.core.RelationKind.SUPPLEMENTS;
import static org.untoc.core.reference.Facts.BROCHURE;
import static org.untoc.core.reference.Facts.OVERVIEW;
import static org.untoc.core.reference.Facts.acronym;
import static org.untoc.core.reference.Facts.alias;
import static org.untoc.core.reference.Facts.id;
import static org.untoc.core.reference.Facts.official;
import static org.untoc.core.reference.Facts.pr;
import static org.untoc.core.reference.Facts.rel;
import static org.untoc.core.reference.Facts.s0;
import static org.untoc.core.reference.Facts.s1;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.untoc.core.DatedFact;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.Identifier;
import org.untoc.core.Instrument;
import org.untoc.core.InstrumentType;
import org.untoc.core.PartialDate;
import org.untoc.core.Provenance;
import org.untoc.core.Relation;

/**
 * The Convention, its three Protocols, the two drug control conventions the public record cites,
 * and the resolutions and decisions that adopt treaties or found bodies and programmes.
 *
 * <p>Treaties and acts adopted before both periods (the brochure's, 2011-2015, and the
 * overview's, from 2021) have no editions: those with a date of the public record before 2011, and
 * the Conference's decisions 2/6 and 4/4, which the public record does not date but which precede
 * its decision 5/4, of 2010 (the Conference numbers its decisions by session, and its sessions in
 * order). Their names and relations that quote one document hold in that document's edition only.
 * Acts adopted after 2015 (General Assembly resolution 74/247, Conference resolutions 9/1 and
 * 10/1) belong to the overview's edition only. What neither document names and the public record
 * gives without a citation is left out: the Convention on Psychotropic Substances, 1971, and the
 * United Nations Convention against Cybercrime.
 */
final class Instruments {
  private Instruments() {}

  private static final Provenance UNTC_UNTOC = pr(Sources.UNTC_XVIII_12);
  private static final Provenance CTOC_SIGNATURES = pr(Sources.CTOC_SIGNATURES);
  private static final Provenance AVL_UNTOC = pr(Sources.AVL_UNTOC);
  private static final Provenance UNTC_FIREARMS = pr(Sources.UNTC_FIREARMS);
  private static final Provenance UNTC_SINGLE = pr(Sources.UNTC_VI_15);
  private static final Provenance UNTC_1988 = pr(Sources.UNTC_VI_19);
  private static final Provenance CYBER_MANDATE = pr(Sources.CYBERCRIME_MANDATE);

  private static final Provenance UNTOC_0 = s0("the United Nations Convention against Transnational"
      + " Organized Crime and the Protocols Thereto");
  private static final Provenance UNTOC_1 = s1("the United Nations Convention against Transnational"
      + " Organized Crime");
  private static final Provenance PROTOCOLS_0 = s0("the Convention and the three Protocols Thereto");
  private static final Provenance TIP_1 = s1("the Protocol to Prevent, Suppress and Punish Trafficking in"
      + " Persons, Especially Women and Children");
  private static final Provenance SOM_1 = s1("the Protocol against the Smuggling of Migrants by Land, Sea"
      + " and Air, supplementing the United Nations Convention against Transnational Organized Crime");
  private static final Provenance FIREARMS_1 = s1("the United Nations Convention against Transnational"
      + " Organized Crime and its Firearms Protocol");
  private static final Provenance ADDRESS_1 = s1("the key international instruments that address"
      + " trafficking in persons and the smuggling of migrants");

  private static final String TIP = "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially"
      + " Women and Children";
  private static final String SOM = "Protocol against the Smuggling of Migrants by Land, Sea and Air";

  static List<Entity> entities() {
    return List.of(
        Instrument.builder().id(id("untoc")).instrumentType(InstrumentType.CONVENTION)
            .addName(official("United Nations Convention against Transnational Organized Crime", UNTOC_0).in(OVERVIEW))
            .addName(official("United Nations Convention against Transnational Organized Crime", UNTOC_1).in(BROCHURE))
            .addName(acronym("UNTOC", UNTC_UNTOC))
            .addName(alias("Palermo Convention", UNTC_UNTOC))
            .addName(alias("Organized Crime Convention", s1("the Organized Crime Convention")).in(BROCHURE))
            .addName(alias("Convention against Transnational Organized Crime",
                s1("the Convention against Transnational Organized Crime and the Protocols thereto")).in(BROCHURE))
            .addProvenance(UNTOC_0)
            .addProvenance(UNTOC_1)
            .addIdentifier(Identifier.of(Identifier.UNTC_MTDSG, "XVIII-12", UNTC_UNTOC))
            .addIdentifier(Identifier.builder().scheme(Identifier.UNTS_REGISTRATION).value("39574")
                .note("vol. 2225, p. 209").provenance(pr(Sources.UNTS_2225))
                .build())
            .adopted(DatedFact.of(PartialDate.of(2000, 11, 15), "General Assembly resolution 55/25, annex I", UNTC_UNTOC))
            .openedForSignature(DatedFact.of(PartialDate.of(2000, 12, 12),
                "Palermo, 12-15 Dec 2000; then UN Headquarters, New York, until 12 Dec 2002 (art. 36)", UNTC_UNTOC))
            .entryIntoForce(DatedFact.of(PartialDate.of(2003, 9, 29), "art. 38", UNTC_UNTOC))
            .addAllNames(LanguageNames.of("untoc"))
            .build(),
        Instrument.builder().id(id("trafficking-protocol")).instrumentType(InstrumentType.PROTOCOL)
            .addName(official(TIP, TIP_1).in(BROCHURE))
            .addName(official(TIP, CTOC_SIGNATURES).in(OVERVIEW))
            .addProvenance(TIP_1)
            .addProvenance(PROTOCOLS_0)
            .adopted(DatedFact.of(PartialDate.of(2000, 11, 15), "General Assembly resolution 55/25, annex II", CTOC_SIGNATURES))
            .entryIntoForce(DatedFact.of(PartialDate.of(2003, 12, 25), "art. 17", CTOC_SIGNATURES))
            .addAllNames(LanguageNames.of("trafficking-protocol"))
            .build(),
        Instrument.builder().id(id("smuggling-protocol")).instrumentType(InstrumentType.PROTOCOL)
            .addName(official(SOM, SOM_1).in(BROCHURE))
            .addName(official(SOM, AVL_UNTOC).in(OVERVIEW))
            .addName(alias("Protocol against the Smuggling of Migrants by Land, Air and Sea",
                pr(Sources.COP_RULES)))
            .addProvenance(SOM_1)
            .addProvenance(PROTOCOLS_0)
            .adopted(DatedFact.of(PartialDate.of(2000, 11, 15), "General Assembly resolution 55/25, annex III", AVL_UNTOC))
            .entryIntoForce(DatedFact.of(PartialDate.of(2004, 1, 28), "art. 22", AVL_UNTOC))
            .addAllNames(LanguageNames.of("smuggling-protocol"))
            .build(),
        Instrument.builder().id(id("firearms-protocol")).instrumentType(InstrumentType.PROTOCOL)
            .addName(official("Protocol against the Illicit Manufacturing of and Trafficking in Firearms,"
                + " Their Parts and Components and Ammunition", UNTC_FIREARMS))
            .addName(alias("Firearms Protocol", FIREARMS_1).in(BROCHURE))
            .addProvenance(FIREARMS_1)
            .addProvenance(PROTOCOLS_0)
            .addIdentifier(Identifier.of(Identifier.UNTC_MTDSG, "XVIII-12-c", UNTC_FIREARMS))
            .adopted(DatedFact.of(PartialDate.of(2001, 5, 31), "General Assembly resolution 55/255", UNTC_FIREARMS))
            .entryIntoForce(DatedFact.of(PartialDate.of(2005, 7, 3), "art. 18(1)", UNTC_FIREARMS))
            .addAllNames(LanguageNames.of("firearms-protocol"))
            .build(),
        Instrument.builder().id(id("single-convention-1961")).instrumentType(InstrumentType.CONVENTION)
            .addName(official("Single Convention on Narcotic Drugs, 1961", UNTC_SINGLE))
            .addProvenance(UNTC_SINGLE)
            .addIdentifier(Identifier.of(Identifier.UNTC_MTDSG, "VI-15", UNTC_SINGLE))
            .adopted(DatedFact.of(PartialDate.of(1961, 3, 30), "New York", UNTC_SINGLE))
            .entryIntoForce(DatedFact.of(PartialDate.of(1964, 12, 13),
                "art. 41; amended by the Protocol of 25 Mar 1972, amended text in force 8 Aug 1975", UNTC_SINGLE))
            .build(),
        Instrument.builder().id(id("drug-trafficking-convention-1988")).instrumentType(InstrumentType.CONVENTION)
            .addName(official("United Nations Convention against Illicit Traffic in Narcotic Drugs and"
                + " Psychotropic Substances, 1988", UNTC_1988))
            .addProvenance(UNTC_1988)
            .adopted(DatedFact.of(PartialDate.of(1988, 12, 20), "Vienna", UNTC_1988))
            .entryIntoForce(DatedFact.of(PartialDate.of(1990, 11, 11), "art. 29(1)", UNTC_1988))
            .build(),
        resolution("ga-res-55-25", InstrumentType.GENERAL_ASSEMBLY_RESOLUTION,
            "General Assembly resolution 55/25", "55/25", PartialDate.of(2000, 11, 15), UNTC_UNTOC),
        resolution("ga-res-55-255", InstrumentType.GENERAL_ASSEMBLY_RESOLUTION,
            "General Assembly resolution 55/255", "55/255", PartialDate.of(2001, 5, 31), UNTC_FIREARMS),
        Instrument.builder().id(id("ga-res-65-230")).instrumentType(InstrumentType.GENERAL_ASSEMBLY_RESOLUTION)
            .addName(official("General Assembly resolution 65/230", s1("General Assembly resolution 65/230"))
                .in(BROCHURE))
            .addName(official("General Assembly resolution 65/230", CYBER_MANDATE).in(OVERVIEW))
            .addIdentifier(Identifier.of(Identifier.RESOLUTION_NUMBER, "65/230", CYBER_MANDATE))
            .addProvenance(s1("The Comprehensive Study on Cybercrime, pursuant to General Assembly resolution 65/230"))
            .addProvenance(CYBER_MANDATE)
            .build(),
        ccpcjResolution("ccpcj-res-22-7", "22/7"),
        ccpcjResolution("ccpcj-res-22-8", "22/8"),
        resolution("ga-res-74-247", InstrumentType.GENERAL_ASSEMBLY_RESOLUTION,
            "General Assembly resolution 74/247", "74/247", PartialDate.of(2019, 12, 27),
            pr(Sources.GA_RESOLUTION_74_247), OVERVIEW),
        resolution("cop-res-9-1", InstrumentType.COP_RESOLUTION,
            "Conference of the Parties resolution 9/1", "9/1", PartialDate.of(2018, 10), pr(Sources.COP_RESOLUTION_9_1),
            OVERVIEW),
        resolution("cop-res-10-1", InstrumentType.COP_RESOLUTION,
            "Conference of the Parties resolution 10/1", "10/1", PartialDate.of(2020, 10),
            pr(Sources.COP_RESOLUTION_10_1), OVERVIEW),
        resolution("cop-decision-2-6", InstrumentType.COP_DECISION,
            "Conference of the Parties decision 2/6", "2/6", null, pr(Sources.COP_DECISION_2_6)),
        resolution("cop-decision-4-4", InstrumentType.COP_DECISION,
            "Conference of the Parties decision 4/4", "4/4", null, pr(Sources.COP_DECISION_4_4)),
        resolution("cop-decision-5-4", InstrumentType.COP_DECISION,
            "Conference of the Parties decision 5/4", "5/4", PartialDate.ofYear(2010), pr(Sources.COP_DECISION_5_4)));
  }

  private static Instrument resolution(String id, InstrumentType type, String name, String number,
      @Nullable PartialDate adopted, Provenance source, EditionId... editions) {
    var b = Instrument.builder().id(id(id)).instrumentType(type).addEditions(editions)
        .addName(official(name, source))
        .addIdentifier(Identifier.of(Identifier.RESOLUTION_NUMBER, number, source))
        .addProvenance(source);
    if (adopted != null) {
      b.adopted(DatedFact.of(adopted, source));
    }
    return b.build();
  }

  /**
   * A resolution of the Commission on Crime Prevention and Criminal Justice, named as the
   * cybercrime mandate page, which the public record cites for it, names it: "CCPCJ resolutions
   * 22/7 and 22/8".
   */
  private static Instrument ccpcjResolution(String id, String number) {
    return Instrument.builder().id(id(id)).instrumentType(InstrumentType.CCPCJ_RESOLUTION)
        .addName(official("CCPCJ resolution " + number, CYBER_MANDATE))
        .addIdentifier(Identifier.of(Identifier.RESOLUTION_NUMBER, number, CYBER_MANDATE))
        .addProvenance(CYBER_MANDATE)
        .build();
  }

  static List<Relation> relations() {
    return List.of(
        rel("trafficking-protocol", SUPPLEMENTS, "untoc", CTOC_SIGNATURES),
        rel("smuggling-protocol", SUPPLEMENTS, "untoc", BROCHURE, SOM_1),
        rel("smuggling-protocol", SUPPLEMENTS, "untoc", OVERVIEW, AVL_UNTOC),
        rel("firearms-protocol", SUPPLEMENTS, "untoc", BROCHURE, FIREARMS_1),
        rel("firearms-protocol", SUPPLEMENTS, "untoc", OVERVIEW, UNTC_FIREARMS),
        rel("untoc", ADOPTED_BY, "ga-res-55-25", UNTC_UNTOC),
        rel("trafficking-protocol", ADOPTED_BY, "ga-res-55-25", CTOC_SIGNATURES),
        rel("smuggling-protocol", ADOPTED_BY, "ga-res-55-25", AVL_UNTOC),
        rel("firearms-protocol", ADOPTED_BY, "ga-res-55-255", UNTC_FIREARMS),
        rel("trafficking-protocol", ADDRESSES, "trafficking-in-persons", BROCHURE, ADDRESS_1),
        rel("smuggling-protocol", ADDRESSES, "smuggling-of-migrants", BROCHURE, ADDRESS_1));
  }
}
