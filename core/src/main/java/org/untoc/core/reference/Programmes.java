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
import static org.untoc.core.reference.Facts.s0;
import static org.untoc.core.reference.Facts.s1;

import java.util.List;
import org.untoc.core.DatedFact;
import org.untoc.core.Entity;
import org.untoc.core.Identifier;
import org.untoc.core.PartialDate;
import org.untoc.core.Programme;
import org.untoc.core.ProgrammeType;
import org.untoc.core.Provenance;
import org.untoc.core.Relation;

/**
 * The global programmes and the study that the brochure lists, with the section that runs each.
 *
 * <p>The brochure states which section runs each programme in its edition. The overview does
 * not say which current section runs which programme: the overview owners here follow the
 * sections' themes and are recorded as INFERRED, each with its rationale; where no rationale
 * holds, the owner stays unmapped.
 */
final class Programmes {
  private Programmes() {}

  private static final Provenance CSS_RUNS = s1("In addition, the Section is responsible for three global programmes");
  private static final Provenance ISS_RUNS = s1("the Section currently has oversight and responsibility for four"
      + " of UNODC\u2019s global programmes");
  private static final Provenance HMTSS_RUNS = s1("HMTSS' technical assistance and support is delivered"
      + " primarily through three global programmes");
  /** Seed 000 names the global programmes on these themes as current. */
  private static final Provenance CURRENT_PROGRAMMES = s0("the dedicated webpages of the OCB Sections and"
      + " Global Programmes: Human Trafficking and Migrant Smuggling, Firearms Trafficking, Money-Laundering,"
      + " and Cybercrime");
  private static final Provenance GPML_EVALUATION = pr(Sources.GPML_EVALUATION);
  private static final Provenance GPTOC_RECORD = pr(Sources.GPTOC_RECORD);
  private static final Provenance GFP_PAGE = pr(Sources.GFP_PAGE);
  private static final Provenance GLOACT_OVERVIEW = pr(Sources.GLOACT_OVERVIEW);
  private static final Provenance PCCP_PAGES = pr(Sources.PCCP_PAGES);
  private static final Provenance GLOT60_EVALUATION = pr(Sources.GLOT60_EVALUATION);
  private static final Provenance CYBER_MANDATE = pr(Sources.CYBERCRIME_MANDATE);

  static List<Entity> entities() {
    return List.of(
        Programme.builder().id(id("cop-support")).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("Support for the work of the Conference of the Parties to the Organized Crime"
                + " Convention", s1("Support for the work of the Conference of the Parties to the Organized"
                + " Crime Convention")))
            .addName(alias("Support to the work of the Conference of the Parties to UNTOC",
                GLOT60_EVALUATION))
            .addIdentifier(Identifier.of(Identifier.UNODC_PROJECT, "GLOT60", GLOT60_EVALUATION))
            .addProvenance(s1("Support for the work of the Conference of the Parties to the Organized Crime Convention"))
            .addProvenance(inferred(Sources.OVERVIEW, "the overview keeps OCB as Secretariat of the COP and"
                + " keeps the Conference Support Section, so the programme that supports the COP's work is"
                + " taken to continue"))
            .build(),
        Programme.builder().id(id("cybercrime-study")).programmeType(ProgrammeType.STUDY)
            .addEdition(BROCHURE)
            .addName(official("Comprehensive Study on Cybercrime",
                s1("The Comprehensive Study on Cybercrime, pursuant to General Assembly resolution 65/230")))
            .addProvenance(s1("The Comprehensive Study on Cybercrime, pursuant to General Assembly resolution 65/230"))
            .build(),
        Programme.builder().id(id("gp-cybercrime")).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("Global Programme on Cybercrime", s1("The Global Programme on Cybercrime")))
            .addProvenance(s1("The Global Programme on Cybercrime"))
            .addProvenance(CURRENT_PROGRAMMES)
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
            .addName(official("UNODC-WCO Container Control Programme",
                s1("The UNODC-WCO Container Control Programme (CCP)")))
            .addName(acronym("CCP", s1("The UNODC-WCO Container Control Programme (CCP)")))
            .addProvenance(s1("The UNODC-WCO Container Control Programme (CCP)"))
            .addProvenance(PCCP_PAGES)
            .build(),
        Programme.builder().id(id("gpml")).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("Global Programme against Money-Laundering, Proceeds of Crime and the Financing"
                + " of Terrorism", s1("The Global Programme against Money-Laundering, Proceeds of Crime and the"
                + " Financing of Terrorism")))
            .addName(acronym("GPML", GPML_EVALUATION))
            .addIdentifier(Identifier.of(Identifier.UNODC_PROJECT, "GLOU40", GPML_EVALUATION))
            .addIdentifier(Identifier.builder().scheme(Identifier.UNODC_PROJECT).value("GLOB79")
                .note("until 31 Mar 2008").provenance(GPML_EVALUATION).build())
            .addProvenance(s1("The Global Programme against Money-Laundering, Proceeds of Crime and the"
                + " Financing of Terrorism"))
            .addProvenance(CURRENT_PROGRAMMES)
            .started(DatedFact.of(PartialDate.ofYear(1997), GPML_EVALUATION))
            .build(),
        Programme.builder().id(id("gfp")).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("Global Firearms Programme", s1("Global Firearms Programme")))
            .addName(acronym("GFP", GFP_PAGE))
            .addName(alias("Global Firearms Programme\u2014Countering transnational illicit arms trafficking"
                + " through the implementation of the United Nations Convention against Transnational"
                + " Organized Crime and its Firearms Protocol", s1("Global Firearms Programme\u2014Countering"
                + " transnational illicit arms trafficking")))
            .addProvenance(s1("Global Firearms Programme\u2014Countering transnational illicit arms trafficking"))
            .addProvenance(CURRENT_PROGRAMMES)
            .started(DatedFact.of(PartialDate.ofYear(2011), "created by the Implementation Support Section", GFP_PAGE))
            .build(),
        Programme.builder().id(id("gp-tip")).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("Global Programme against Trafficking in Persons",
                s1("The Global Programme against Trafficking in Persons")))
            .addProvenance(s1("The Global Programme against Trafficking in Persons"))
            .addProvenance(CURRENT_PROGRAMMES)
            .build(),
        Programme.builder().id(id("gp-som")).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("Global Programme against the Smuggling of Migrants",
                s1("The Global Programme against the Smuggling of Migrants")))
            .addProvenance(s1("The Global Programme against the Smuggling of Migrants"))
            .addProvenance(CURRENT_PROGRAMMES)
            .build(),
        Programme.builder().id(id("glo-act")).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("Global Action to Prevent and Address Trafficking in Persons and the Smuggling"
                + " of Migrants", s1("The Global Action to Prevent and Address Trafficking in Persons and the"
                + " Smuggling of Migrants")))
            .addName(acronym("GLO.ACT", GLOACT_OVERVIEW))
            .addProvenance(s1("The Global Action to Prevent and Address Trafficking in Persons and the"
                + " Smuggling of Migrants"))
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

  static List<Relation> relations() {
    Provenance toHtmss = byTheme("Human Trafficking and Migrant Smuggling Section", "trafficking in persons and"
        + " the smuggling of migrants");
    Provenance toCmls = byTheme("Cybercrime and Money Laundering Section", "cybercrime and money-laundering");
    return List.of(
        rel("css", RUNS, "cop-support", BROCHURE, CSS_RUNS),
        rel("css", RUNS, "cybercrime-study", BROCHURE, CSS_RUNS),
        rel("css", RUNS, "gp-cybercrime", BROCHURE, CSS_RUNS),
        rel("iss", RUNS, "gptoc", BROCHURE, ISS_RUNS),
        rel("iss", RUNS, "ccp", BROCHURE, ISS_RUNS),
        rel("iss", RUNS, "gpml", BROCHURE, ISS_RUNS),
        rel("iss", RUNS, "gfp", BROCHURE, ISS_RUNS),
        rel("htmss", RUNS, "gp-tip", BROCHURE, HMTSS_RUNS),
        rel("htmss", RUNS, "gp-som", BROCHURE, HMTSS_RUNS),
        rel("htmss", RUNS, "glo-act", BROCHURE, HMTSS_RUNS),
        rel("css", RUNS, "cop-support", OVERVIEW, inferred(Sources.OVERVIEW, "the overview keeps the Conference"
            + " Support Section and OCB as Secretariat of the COP; the programme that supports the COP's"
            + " work is taken to stay with the section that ran it")),
        rel("cmls", RUNS, "gp-cybercrime", OVERVIEW, toCmls),
        rel("cmls", RUNS, "gpml", OVERVIEW, toCmls),
        rel("fts", RUNS, "gfp", OVERVIEW, byTheme("Firearms Trafficking Section", "firearms trafficking")),
        rel("htmss", RUNS, "gp-tip", OVERVIEW, toHtmss),
        rel("htmss", RUNS, "gp-som", OVERVIEW, toHtmss),
        rel("htmss", RUNS, "glo-act", OVERVIEW, toHtmss),
        rel("bmb", RUNS, "ccp", OVERVIEW, inferred(Sources.PCCP_PAGES, "the overview gives border-management"
            + " assistance to the Border Management Branch, and the UNODC pages on the Passenger and Cargo"
            + " Control Programme place CCP within that branch when it merged into that programme in January"
            + " 2025")),
        rel("cybercrime-study", ESTABLISHED_BY, "ga-res-65-230",
            s1("The Comprehensive Study on Cybercrime, pursuant to General Assembly resolution 65/230")),
        rel("gp-cybercrime", ESTABLISHED_BY, "ga-res-65-230", CYBER_MANDATE),
        rel("gp-cybercrime", ESTABLISHED_BY, "ccpcj-res-22-7", CYBER_MANDATE),
        rel("gp-cybercrime", ESTABLISHED_BY, "ccpcj-res-22-8", CYBER_MANDATE),
        rel("gfp", SUPPORTS_IMPLEMENTATION_OF, "untoc", s1("Countering transnational illicit arms trafficking"
            + " through the implementation of the United Nations Convention against Transnational Organized"
            + " Crime and its Firearms Protocol")),
        rel("gfp", SUPPORTS_IMPLEMENTATION_OF, "firearms-protocol", s1("Countering transnational illicit arms"
            + " trafficking through the implementation of the United Nations Convention against Transnational"
            + " Organized Crime and its Firearms Protocol")),
        rel("gfp", ADDRESSES, "firearms-trafficking", s1("Countering transnational illicit arms trafficking")),
        rel("gpml", ADDRESSES, "money-laundering", s1("The Global Programme against Money-Laundering")),
        rel("gpml", ADDRESSES, "financing-of-terrorism", s1("Proceeds of Crime and the Financing of Terrorism")),
        rel("gp-cybercrime", ADDRESSES, "cybercrime", s1("The Global Programme on Cybercrime")),
        rel("cybercrime-study", ADDRESSES, "cybercrime", s1("The Comprehensive Study on Cybercrime")),
        rel("gp-tip", ADDRESSES, "trafficking-in-persons", s1("The Global Programme against Trafficking in Persons")),
        rel("gp-som", ADDRESSES, "smuggling-of-migrants", s1("The Global Programme against the Smuggling of Migrants")),
        rel("glo-act", ADDRESSES, "trafficking-in-persons", s1("The Global Action to Prevent and Address"
            + " Trafficking in Persons and the Smuggling of Migrants")),
        rel("glo-act", ADDRESSES, "smuggling-of-migrants", s1("The Global Action to Prevent and Address"
            + " Trafficking in Persons and the Smuggling of Migrants")));
  }
}
