package org.untoc.core.reference;

import static org.untoc.core.RelationKind.ADDRESSES;
import static org.untoc.core.RelationKind.ESTABLISHED_BY;
import static org.untoc.core.RelationKind.RUNS;
import static org.untoc.core.RelationKind.SUPPORTS_IMPLEMENTATION_OF;
import static org.untoc.core.reference.Facts.BROCHURE;
import static org.untoc.core.reference.Facts.OVERVIEW;
import static org.untoc.core.reference.Facts.acronym;
import static org.untoc.core.reference.Facts.alias;
import static org.untoc.core.reference.Facts.id;
import static org.untoc.core.reference.Facts.inferred;
import static org.untoc.core.reference.Facts.official;
import static org.untoc.core.reference.Facts.pr;
import static org.untoc.core.reference.Facts.rel;
import static org.untoc.core.reference.Facts.s1;

import java.util.List;
import org.untoc.core.DatedFact;
import org.untoc.core.Entity;
import org.untoc.core.Identifier;
import org.untoc.core.PartialDate;
import org.untoc.core.Period;
import org.untoc.core.Programme;
import org.untoc.core.ProgrammeType;
import org.untoc.core.Provenance;
import org.untoc.core.Relation;
import org.untoc.core.Source;

/**
 * The global programmes the brochure lists (the Comprehensive Study on Cybercrime among them),
 * with the section that runs each.
 *
 * <p>The brochure names every programme. It says the Conference Support Section is responsible
 * for three and the Implementation Support Section has oversight and responsibility for four; of
 * the trafficking section it says only that its assistance "is delivered primarily through" three,
 * so that the section runs them is INFERRED. The overview names no programme: it says the branch
 * delivers its services "including through dedicated Global Programmes as main vehicles for
 * technical assistance", and points to the webpages of its "Sections and Global Programmes" on
 * four areas of work. A programme is in the overview's edition only where that, or a dated fact
 * of the public record, supports it, and then as INFERRED, with its rationale: the programmes on
 * those four areas, and the Container Control Programme, which merged into another programme
 * within the Border Management Branch in January 2025. GPTOC (2008-2015), the Comprehensive
 * Study, the support to the Conference's work (last dated by an evaluation of 2014) and GLO.ACT
 * (2015-2019, then an undated later phase) are the brochure's only. Which section runs a
 * programme in the overview is INFERRED from the sections' themes; a programme's names in the
 * overview's edition rest on the public record where it names the programme, and what it works on
 * there, read off that name, is INFERRED.
 */
final class Programmes {
  private Programmes() {}

  /** The brochure's three lists of programmes: the lead-in, and the list lines as it writes them. */
  private static final String CSS_LEAD_IN = "In addition, the Section is responsible for three global programmes:";
  private static final String ISS_LEAD_IN = "the Section currently has oversight and responsibility for four of"
      + " UNODC\u2019s global programmes:";
  static final String HMTSS_LEAD_IN = "HMTSS' technical assistance and support is delivered primarily through"
      + " three global programmes:";
  private static final Provenance GPML_EVALUATION = pr(Sources.GPML_EVALUATION);
  private static final Provenance GPTOC_RECORD = pr(Sources.GPTOC_RECORD);
  private static final Provenance GFP_PAGE = pr(Sources.GFP_PAGE);
  private static final Provenance GLOACT_OVERVIEW = pr(Sources.GLOACT_OVERVIEW);
  private static final Provenance PCCP_PAGES = pr(Sources.PCCP_PAGES);
  private static final Provenance GLOT60_EVALUATION = pr(Sources.GLOT60_EVALUATION);
  private static final Provenance CYBER_MANDATE = pr(Sources.CYBERCRIME_MANDATE);
  private static final Provenance GP_TIP_RECORD = pr(Sources.CTOC_COP_2018_2);

  private static final String GP_CYBERCRIME = "The Global Programme on Cybercrime";
  private static final String CCP = "The UNODC-WCO Container Control Programme (CCP)";
  private static final String GPML = "The Global Programme against Money-Laundering, Proceeds of Crime and the"
      + " Financing of Terrorism";
  private static final String GFP = "Global Firearms Programme\u2014Countering transnational illicit arms"
      + " trafficking through the implementation of the United Nations Convention against Transnational"
      + " Organized Crime and its Firearms Protocol";
  private static final String GP_TIP = "The Global Programme against Trafficking in Persons";
  private static final String GP_SOM = "The Global Programme against the Smuggling of Migrants";
  private static final String GLO_ACT = "The Global Action to Prevent and Address Trafficking in Persons and the"
      + " Smuggling of Migrants";

  private static final List<String> CSS_LINES = List.of("- Support for the work of the Conference of the Parties to"
      + " the Organized Crime Convention", "- The Comprehensive Study on Cybercrime, pursuant to General Assembly"
      + " resolution 65/230", "- " + GP_CYBERCRIME);
  private static final List<String> ISS_LINES = List.of("- The Global Programme for Strengthening the Capacities"
      + " of Member States to Prevent and Combat (transnational) Organized and Serious Crimes", "- " + CCP, "- " + GPML,
      "- " + GFP);
  private static final List<String> HMTSS_LINES = List.of("- " + GP_TIP, "- " + GP_SOM, "- " + GLO_ACT);

  /** The brochure's words from the lead-in of a list of programmes through its item {@code k}. */
  private static Provenance listed(String leadIn, List<String> lines, int k) {
    return s1(Facts.listThrough(leadIn, "\n\n", lines, k));
  }

  /**
   * The brochure says the trafficking section's assistance "is delivered primarily through" its
   * three programmes, not that the section runs them: that it does is INFERRED.
   */
  private static final Provenance HMTSS_RUNS = inferred(Sources.BROCHURE, "the brochure says \u201cHMTSS'"
      + " technical assistance and support is delivered primarily through three global programmes\u201d and lists"
      + " this one among them. It does not say that the section runs them, as it says of the other two sections"
      + " that they are responsible for, or have oversight and responsibility for, theirs; the section is taken to"
      + " run the programmes through which its assistance is primarily delivered");

  /** Why a programme the brochure names is taken to be one of the overview's global programmes. */
  private static Provenance inOverview(String area) {
    return inferred(Sources.OVERVIEW, "the overview names no global programme, but says the branch delivers its"
        + " services through dedicated Global Programmes and points to the webpages of its Sections and Global"
        + " Programmes on " + area + "; this programme, which the brochure names, is on that area and is taken"
        + " to be among them");
  }

  static List<Entity> entities() {
    return List.of(
        Programme.builder().id(id("cop-support")).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
            .addEdition(BROCHURE)
            .addName(official("Support for the work of the Conference of the Parties to the Organized Crime"
                + " Convention", s1("Support for the work of the Conference of the Parties to the Organized"
                + " Crime Convention")))
            .addName(alias("Support to the work of the Conference of the Parties to UNTOC", GLOT60_EVALUATION))
            .addIdentifier(Identifier.of(Identifier.UNODC_PROJECT, "GLOT60", GLOT60_EVALUATION))
            .addProvenance(s1("Support for the work of the Conference of the Parties to the Organized Crime Convention"))
            .build(),
        Programme.builder().id(id("cybercrime-study")).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
            .addEdition(BROCHURE)
            .addName(official("Comprehensive Study on Cybercrime",
                s1("The Comprehensive Study on Cybercrime, pursuant to General Assembly resolution 65/230")))
            .addProvenance(s1("The Comprehensive Study on Cybercrime, pursuant to General Assembly resolution 65/230"))
            .build(),
        Programme.builder().id(id("gp-cybercrime")).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("Global Programme on Cybercrime", s1(GP_CYBERCRIME)).in(BROCHURE))
            .addName(official("Global Programme on Cybercrime", CYBER_MANDATE).in(OVERVIEW))
            .addProvenance(s1(GP_CYBERCRIME))
            .addProvenance(inOverview("Cybercrime"))
            .addProvenance(CYBER_MANDATE)
            .started(DatedFact.of(PartialDate.ofYear(2013),
                "under GA resolution 65/230 and CCPCJ resolutions 22/7 and 22/8", CYBER_MANDATE))
            .build(),
        Programme.builder().id(id("gptoc")).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
            .addEdition(BROCHURE)
            .addName(official("Global Programme for Strengthening the Capacities of Member States to Prevent"
                + " and Combat Organized and Serious Crimes", GPTOC_RECORD))
            .addName(acronym("GPTOC", GPTOC_RECORD))
            .addName(alias("Global Programme for Strengthening the Capacities of Member States to Prevent and"
                + " Combat (transnational) Organized and Serious Crimes", s1("The Global Programme for"
                + " Strengthening the Capacities of Member States to Prevent and Combat (transnational)"
                + " Organized and Serious Crimes")))
            .addIdentifier(Identifier.of(Identifier.UNODC_PROJECT, "GLOT32", GPTOC_RECORD))
            .addProvenance(s1("The Global Programme for Strengthening the Capacities of Member States to"
                + " Prevent and Combat (transnational) Organized and Serious Crimes"))
            .started(DatedFact.of(PartialDate.ofYear(2008), GPTOC_RECORD))
            .ended(DatedFact.of(PartialDate.ofYear(2015), GPTOC_RECORD))
            .build(),
        Programme.builder().id(id("ccp")).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("UNODC-WCO Container Control Programme", s1(CCP)).in(BROCHURE))
            .addName(official("UNODC-WCO Container Control Programme", PCCP_PAGES).in(OVERVIEW))
            .addName(acronym("CCP", s1(CCP)).in(BROCHURE))
            .addName(acronym("CCP", PCCP_PAGES).in(OVERVIEW))
            .addProvenance(s1(CCP))
            .addProvenance(inferred(Sources.PCCP_PAGES, "the overview names no programme; the UNODC pages on the"
                + " Passenger and Cargo Control Programme place the merger of the Container Control Programme"
                + " into that programme, in January 2025, within the Border Management Branch, so the Container"
                + " Control Programme is taken to exist in the overview's period, until then"))
            .addProvenance(PCCP_PAGES)
            .ended(DatedFact.of(PartialDate.of(2025, 1), "merged with AIRCOP into the Passenger and Cargo Control"
                + " Programme (PCCP), within the Border Management Branch", PCCP_PAGES))
            .build(),
        Programme.builder().id(id("gpml")).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("Global Programme against Money-Laundering, Proceeds of Crime and the Financing"
                + " of Terrorism", s1(GPML)).in(BROCHURE))
            .addName(official("Global Programme against Money-Laundering, Proceeds of Crime and the Financing"
                + " of Terrorism", GPML_EVALUATION).in(OVERVIEW))
            .addName(acronym("GPML", GPML_EVALUATION))
            .addIdentifier(Identifier.of(Identifier.UNODC_PROJECT, "GLOU40", GPML_EVALUATION))
            .addIdentifier(Identifier.builder().scheme(Identifier.UNODC_PROJECT).value("GLOB79")
                .note("until 31 Mar 2008").provenance(GPML_EVALUATION).build())
            .addProvenance(s1(GPML))
            .addProvenance(inOverview("Money-Laundering"))
            .addProvenance(GPML_EVALUATION)
            .started(DatedFact.of(PartialDate.ofYear(1997), GPML_EVALUATION))
            .build(),
        Programme.builder().id(id("gfp")).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("Global Firearms Programme", s1(GFP)).in(BROCHURE))
            .addName(official("Global Firearms Programme", GFP_PAGE).in(OVERVIEW))
            .addName(acronym("GFP", GFP_PAGE))
            .addName(alias(GFP, s1(GFP)).in(BROCHURE))
            .addProvenance(s1(GFP))
            .addProvenance(inOverview("Firearms Trafficking"))
            .addProvenance(GFP_PAGE)
            .started(DatedFact.of(PartialDate.ofYear(2011), "created by the Implementation Support Section", GFP_PAGE))
            .build(),
        Programme.builder().id(id("gp-tip")).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("Global Programme against Trafficking in Persons", s1(GP_TIP)).in(BROCHURE))
            .addName(official("Global Programme against Trafficking in Persons", GP_TIP_RECORD).in(OVERVIEW))
            .addProvenance(s1(GP_TIP))
            .addProvenance(listed(HMTSS_LEAD_IN, HMTSS_LINES, 0))
            .addProvenance(inOverview("Human Trafficking and Migrant Smuggling"))
            .addProvenance(GP_TIP_RECORD)
            .build(),
        Programme.builder().id(id("gp-som")).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("Global Programme against the Smuggling of Migrants", s1(GP_SOM)).in(BROCHURE))
            .addName(official("Global Programme against the Smuggling of Migrants", inferred(Sources.BROCHURE,
                "the overview names no programme and the public record cites no document for this one; its name"
                    + " in the brochure is taken to hold while the programme continues")).in(OVERVIEW))
            .addProvenance(s1(GP_SOM))
            .addProvenance(listed(HMTSS_LEAD_IN, HMTSS_LINES, 1))
            .addProvenance(inOverview("Human Trafficking and Migrant Smuggling"))
            .build(),
        Programme.builder().id(id("glo-act")).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
            .addEdition(BROCHURE)
            .addName(official("Global Action to Prevent and Address Trafficking in Persons and the Smuggling"
                + " of Migrants", s1(GLO_ACT)))
            .addName(acronym("GLO.ACT", GLOACT_OVERVIEW))
            .addProvenance(s1(GLO_ACT))
            .addProvenance(listed(HMTSS_LEAD_IN, HMTSS_LINES, 2))
            .addProvenance(GLOACT_OVERVIEW)
            .started(DatedFact.of(PartialDate.ofYear(2015),
                "EU-UNODC, 2015-2019, with IOM and UNICEF; a later phase in Asia and the Middle East",
                GLOACT_OVERVIEW))
            .build());
  }

  private static Provenance byTheme(String section, String theme) {
    return inferred(Sources.OVERVIEW, "the overview does not say which section runs which programme; the "
        + section + " is its section for " + theme + ", so the programme is taken to be run by it");
  }

  /**
   * A topic a programme addresses in the overview's edition, read off the name the public record
   * gives the programme: the record names it, and says nothing more of what it works on.
   */
  private static Provenance readOffName(Source record, String name, String topic) {
    return inferred(record, "the public record names the programme \u201c" + name + "\u201d and says nothing"
        + " more of what it works on; from that name, it is taken to address " + topic + " in the overview's"
        + " period");
  }

  static List<Relation> relations() {
    Provenance toHtmss = byTheme("Human Trafficking and Migrant Smuggling Section", "human trafficking and"
        + " migrant smuggling");
    Provenance toCmls = byTheme("Cybercrime and Money Laundering Section", "cybercrime and money laundering");
    return List.of(
        rel("css", RUNS, "cop-support", BROCHURE, listed(CSS_LEAD_IN, CSS_LINES, 0)),
        rel("css", RUNS, "cybercrime-study", BROCHURE, listed(CSS_LEAD_IN, CSS_LINES, 1)),
        rel("css", RUNS, "gp-cybercrime", BROCHURE, listed(CSS_LEAD_IN, CSS_LINES, 2)),
        rel("iss", RUNS, "gptoc", BROCHURE, listed(ISS_LEAD_IN, ISS_LINES, 0))
            .qualifiedBy("currently has oversight and responsibility for"),
        rel("iss", RUNS, "ccp", BROCHURE, listed(ISS_LEAD_IN, ISS_LINES, 1))
            .qualifiedBy("currently has oversight and responsibility for"),
        rel("iss", RUNS, "gpml", BROCHURE, listed(ISS_LEAD_IN, ISS_LINES, 2))
            .qualifiedBy("currently has oversight and responsibility for"),
        rel("iss", RUNS, "gfp", BROCHURE, listed(ISS_LEAD_IN, ISS_LINES, 3))
            .qualifiedBy("currently has oversight and responsibility for")
            // The public record: the Implementation Support Section created the programme in 2011.
            .during(Period.since(DatedFact.of(PartialDate.ofYear(2011), "created the programme", GFP_PAGE))),
        rel("htmss", RUNS, "gp-tip", BROCHURE, HMTSS_RUNS).qualifiedBy("primarily through"),
        rel("htmss", RUNS, "gp-som", BROCHURE, HMTSS_RUNS).qualifiedBy("primarily through"),
        rel("htmss", RUNS, "glo-act", BROCHURE, HMTSS_RUNS).qualifiedBy("primarily through"),
        rel("cmls", RUNS, "gp-cybercrime", OVERVIEW, toCmls),
        rel("cmls", RUNS, "gpml", OVERVIEW, toCmls),
        rel("fts", RUNS, "gfp", OVERVIEW, byTheme("Firearms Trafficking Section", "firearms trafficking")),
        rel("htmss", RUNS, "gp-tip", OVERVIEW, toHtmss),
        rel("htmss", RUNS, "gp-som", OVERVIEW, toHtmss),
        rel("bmb", RUNS, "ccp", OVERVIEW, inferred(Sources.PCCP_PAGES, "the overview gives border-management"
            + " assistance to the Border Management Branch, and the UNODC pages on the Passenger and Cargo"
            + " Control Programme place the Container Control Programme within that branch when it merged"
            + " into that programme in January 2025")),
        rel("cybercrime-study", ESTABLISHED_BY, "ga-res-65-230",
            s1("The Comprehensive Study on Cybercrime, pursuant to General Assembly resolution 65/230"))
            .qualifiedBy("pursuant to"),
        rel("gp-cybercrime", ESTABLISHED_BY, "ga-res-65-230", CYBER_MANDATE),
        rel("gp-cybercrime", ESTABLISHED_BY, "ccpcj-res-22-7", CYBER_MANDATE),
        rel("gp-cybercrime", ESTABLISHED_BY, "ccpcj-res-22-8", CYBER_MANDATE),
        // What a programme's title says it works on, in the brochure's words, in the brochure's
        // edition; in the overview's, where the public record names the programme with the same
        // words, read off that name.
        rel("gfp", SUPPORTS_IMPLEMENTATION_OF, "untoc", BROCHURE, s1(GFP)).qualifiedBy("through the implementation of"),
        rel("gfp", SUPPORTS_IMPLEMENTATION_OF, "firearms-protocol", BROCHURE, s1(GFP))
            .qualifiedBy("through the implementation of"),
        rel("gfp", ADDRESSES, "illicit-arms-trafficking", BROCHURE,
            s1("Countering transnational illicit arms trafficking")).qualifiedBy("transnational"),
        rel("gpml", ADDRESSES, "money-laundering", BROCHURE, s1("The Global Programme against Money-Laundering")),
        rel("gpml", ADDRESSES, "proceeds-of-crime", BROCHURE, s1("Money-Laundering, Proceeds of Crime")),
        rel("gpml", ADDRESSES, "financing-of-terrorism", BROCHURE, s1("Proceeds of Crime and the Financing of Terrorism")),
        rel("gpml", ADDRESSES, "money-laundering", OVERVIEW, readOffName(Sources.GPML_EVALUATION, "Global Programme"
            + " against Money-Laundering, Proceeds of Crime and the Financing of Terrorism", "money-laundering")),
        rel("gpml", ADDRESSES, "financing-of-terrorism", OVERVIEW, readOffName(Sources.GPML_EVALUATION, "Global"
            + " Programme against Money-Laundering, Proceeds of Crime and the Financing of Terrorism", "the financing"
            + " of terrorism")),
        rel("gptoc", ADDRESSES, "organized-and-serious-crimes", s1("Prevent and Combat (transnational) Organized"
            + " and Serious Crimes")).qualifiedBy("(transnational)"),
        rel("gp-cybercrime", ADDRESSES, "cybercrime", BROCHURE, s1(GP_CYBERCRIME)),
        rel("gp-cybercrime", ADDRESSES, "cybercrime", OVERVIEW, readOffName(Sources.CYBERCRIME_MANDATE,
            "Global Programme on Cybercrime", "cybercrime")),
        rel("cybercrime-study", ADDRESSES, "cybercrime", s1("The Comprehensive Study on Cybercrime")),
        rel("gp-tip", ADDRESSES, "trafficking-in-persons", BROCHURE, s1(GP_TIP)),
        rel("gp-som", ADDRESSES, "smuggling-of-migrants", BROCHURE, s1(GP_SOM)),
        rel("glo-act", ADDRESSES, "trafficking-in-persons", s1(GLO_ACT)),
        rel("glo-act", ADDRESSES, "smuggling-of-migrants", s1(GLO_ACT)));
  }
}
