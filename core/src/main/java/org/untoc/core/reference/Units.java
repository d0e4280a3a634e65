package org.untoc.core.reference;

import static org.untoc.core.RelationKind.ADDRESSES;
import static org.untoc.core.RelationKind.CONTRIBUTES_TO;
import static org.untoc.core.RelationKind.COORDINATES_WITH;
import static org.untoc.core.RelationKind.PART_OF;
import static org.untoc.core.reference.Facts.BROCHURE;
import static org.untoc.core.reference.Facts.OVERVIEW;
import static org.untoc.core.reference.Facts.acronym;
import static org.untoc.core.reference.Facts.desc;
import static org.untoc.core.reference.Facts.id;
import static org.untoc.core.reference.Facts.inferred;
import static org.untoc.core.reference.Facts.official;
import static org.untoc.core.reference.Facts.rel;
import static org.untoc.core.reference.Facts.s0;
import static org.untoc.core.reference.Facts.s1;

import java.util.List;
import org.untoc.core.Contact;
import org.untoc.core.Entity;
import org.untoc.core.Provenance;
import org.untoc.core.Relation;
import org.untoc.core.Unit;
import org.untoc.core.UnitType;

/**
 * The UNODC organisation units of both editions: their names in each edition, what each
 * document says they are or do, where they sit and their contact details.
 */
final class Units {
  private Units() {}

  // The phrases of the two documents that place the sections in the branch.
  private static final Provenance OVERVIEW_SECTIONS = s0("the four dedicated sections, the Conference"
      + " Support Section (CSS), the Human Trafficking and Migrant Smuggling Section (HTMSS), the"
      + " Firearms Trafficking Section (FTS) and the Cybercrime and Money Laundering Section (CMLS)");
  private static final Provenance BROCHURE_SECTIONS = s1("Within the Organized Crime Branch, under"
      + " the Division for Treaty Affairs, three sections work");
  private static final Provenance OVERVIEW_BRANCH = s0("vested with the Organized Crime and Illicit"
      + " Trafficking Branch (OCB) in the Division for Treaty Affairs (DTA)");
  /** The overview's first sentence. */
  private static final String VESTED = "Within UNODC, the overall substantive and implementation"
      + " responsibilities and functions relating to the United Nations Convention against Transnational"
      + " Organized Crime and the Protocols Thereto are vested with the Organized Crime and Illicit"
      + " Trafficking Branch (OCB) in the Division for Treaty Affairs (DTA)";
  private static final String SUPPORT_PROVIDED = "The support is provided by the OCB Front Office and the four"
      + " dedicated sections, the Conference Support Section (CSS), the Human Trafficking and Migrant"
      + " Smuggling Section (HTMSS), the Firearms Trafficking Section (FTS) and the Cybercrime and Money"
      + " Laundering Section (CMLS), delivering a broad range of services, including through dedicated"
      + " Global Programmes as main vehicles for technical assistance";
  /** What the overview says the Front Office and the four sections do. */
  private static final String DELIVERING = SUPPORT_PROVIDED.substring(SUPPORT_PROVIDED.indexOf("delivering"));
  /** What the brochure says each of its three sections works to do. */
  static final String THREE_SECTIONS = "three sections work to support the operations of the United Nations"
      + " Office on Drugs and Crime (UNODC) and assist Member States in realizing their obligations under the"
      + " United Nations Convention against Transnational Organized Crime";
  private static final String THREE_SECTIONS_WORK = THREE_SECTIONS.substring("three sections ".length());
  private static final String CSS_DRUG_CONTROL = "The Section also provides legislative assistance in the"
      + " implementation of the international drug control framework";
  private static final String ISS_WORK = "ISS provides, inter alia, advice, technical support and project"
      + " guidance (including to the country and regional programmes and projects with relevant components) on"
      + " the implementation and practical application of the international conventions to which UNODC"
      + " provides secretariat support";
  private static final String HTMSS_ASSISTS = "HMTSS assists Member States, criminal justice practitioners and"
      + " relevant stakeholders in preventing and prosecuting these crimes, protecting the rights of people who"
      + " fall prey to the criminals who commit them, and promoting cooperation among Member States to achieve"
      + " those ends";
  private static final String HTMSS_ALSO = Services.HTMSS_ALSO;
  private static final String BORDER = "Technical assistance focused on border management in regard to illicit"
      + " trafficking is provided by the UNODC Border Management Branch, in coordination and cooperation with OCB";

  static List<Entity> entities() {
    Provenance unodc1 = s1("support the operations of the United Nations Office on Drugs and Crime (UNODC)");
    return List.of(
        Unit.builder().id(id("unodc")).unitType(UnitType.OFFICE)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("United Nations Office on Drugs and Crime", unodc1).in(BROCHURE))
            .addName(official("United Nations Office on Drugs and Crime",
                s0("United Nations Office on Drugs and Crime")).in(OVERVIEW))
            .addName(acronym("UNODC", unodc1).in(BROCHURE))
            .addName(acronym("UNODC", s0("Within UNODC")).in(OVERVIEW))
            .addProvenance(unodc1)
            .addProvenance(s0("Within UNODC"))
            .addContact(Contact.builder()
                .addAddress("Vienna International Centre", "P.O. Box 500", "1400 Vienna, Austria")
                .phone("(+43-1) 26060-0").fax("(+43-1) 26060-5866").web("www.unodc.org")
                .addEdition(BROCHURE)
                .provenance(s1("Vienna International Centre, P.O. Box 500, 1400 Vienna, Austria\n"
                    + "Tel.: (+43-1) 26060-0, Fax: (+43-1) 26060-5866, www.unodc.org"))
                .build())
            .addAllNames(LanguageNames.of("unodc"))
            .build(),
        Unit.builder().id(id("dta")).unitType(UnitType.DIVISION)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("Division for Treaty Affairs", s0("the Division for Treaty Affairs (DTA)")).in(OVERVIEW))
            .addName(official("Division for Treaty Affairs", s1("under the Division for Treaty Affairs")).in(BROCHURE))
            // The brochure writes no acronym for the division.
            .addName(acronym("DTA", s0("the Division for Treaty Affairs (DTA)")).in(OVERVIEW))
            .addProvenance(s0("the Division for Treaty Affairs (DTA)"))
            .addProvenance(s1("under the Division for Treaty Affairs"))
            .build(),
        Unit.builder().id(id("ocb")).unitType(UnitType.BRANCH)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("Organized Crime and Illicit Trafficking Branch",
                s0("the Organized Crime and Illicit Trafficking Branch (OCB)")).in(OVERVIEW))
            .addName(official("Organized Crime Branch",
                s1("The Organized Crime Branch of the United Nations Office on Drugs and Crime")).in(BROCHURE))
            .addName(acronym("OCB", s0("the Organized Crime and Illicit Trafficking Branch (OCB)")).in(OVERVIEW))
            .addName(acronym("OCB", inferred(Sources.BROCHURE, "the brochure writes no acronym for the Organized"
                + " Crime Branch; the public record notes, without citing a document, that the branch is"
                + " written OCB under each of its names, so the brochure's branch is taken to be OCB too"))
                .in(BROCHURE))
            .addDescription(desc(VESTED, OVERVIEW, s0(VESTED)))
            .addDescription(desc("supports States in their efforts to ratify and effectively implement the"
                + " Convention and the three Protocols Thereto, in order to strengthen their response to"
                + " transnational organized crime", OVERVIEW, s0("OCB supports States in their efforts to ratify"
                + " and effectively implement the Convention and the three Protocols Thereto, in order to"
                + " strengthen their response to transnational organized crime")))
            .addDescription(desc(SUPPORT_PROVIDED, OVERVIEW, s0(SUPPORT_PROVIDED)))
            .addDescription(desc("seeks to strengthen the rule of law through supporting Member States in the"
                + " implementation and practical application of the Convention against Transnational Organized"
                + " Crime and the Protocols thereto, as well as the international drug control treaties", BROCHURE,
                s1("The Organized Crime Branch of the United Nations Office on Drugs and Crime seeks to strengthen"
                    + " the rule of law through supporting Member States in the implementation and practical"
                    + " application of the Convention against Transnational Organized Crime and the Protocols"
                    + " thereto, as well as the international drug control treaties")))
            .addProvenance(s0("the Organized Crime and Illicit Trafficking Branch (OCB)"))
            .addProvenance(s1("The Organized Crime Branch of the United Nations Office on Drugs and Crime"))
            .addContact(Contact.builder()
                .addAddress("Organized Crime and Illicit Trafficking Branch", "Division for Treaty Affairs",
                    "United Nations Office on Drugs and Crime", "Wagramer Strasse 5", "A-1400 Vienna, Austria")
                .phone("+43(1) 26060-4460").email("untoc.cop@un.org")
                .addEdition(OVERVIEW)
                .provenance(s0("Organized Crime and Illicit Trafficking Branch\nDivision for Treaty Affairs\n"
                    + "United Nations Office on Drugs and Crime\nWagramer Strasse 5\nA-1400 Vienna, Austria\n"
                    + "Phone: +43(1) 26060-4460\nE-mail: untoc.cop@un.org"))
                .build())
            .build(),
        Unit.builder().id(id("ocb-front-office")).unitType(UnitType.FRONT_OFFICE)
            .addEdition(OVERVIEW)
            .addName(official("OCB Front Office", s0("the OCB Front Office")))
            .addDescription(desc(DELIVERING, OVERVIEW, s0(SUPPORT_PROVIDED)))
            .addProvenance(s0("The support is provided by the OCB Front Office and the four dedicated sections"))
            .build(),
        Unit.builder().id(id("css")).unitType(UnitType.SECTION)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("Conference Support Section", s0("the Conference Support Section (CSS)")).in(OVERVIEW))
            .addName(official("Conference Support Section", s1("CONFERENCE SUPPORT SECTION (CSS)")).in(BROCHURE))
            .addName(acronym("CSS", s0("the Conference Support Section (CSS)")).in(OVERVIEW))
            .addName(acronym("CSS", s1("CONFERENCE SUPPORT SECTION (CSS)")).in(BROCHURE))
            .addDescription(desc(DELIVERING, OVERVIEW, s0(SUPPORT_PROVIDED)))
            .addDescription(desc(THREE_SECTIONS_WORK, BROCHURE, s1(THREE_SECTIONS)))
            .addDescription(desc(CSS_DRUG_CONTROL.substring("The Section also ".length()), BROCHURE,
                s1(CSS_DRUG_CONTROL)))
            .addProvenance(s0("the Conference Support Section (CSS)"))
            .addProvenance(s1("CONFERENCE SUPPORT SECTION (CSS)"))
            .build(),
        Unit.builder().id(id("iss")).unitType(UnitType.SECTION)
            .addEdition(BROCHURE)
            .addName(official("Implementation Support Section", s1("IMPLEMENTATION SUPPORT SECTION (ISS)")))
            .addName(acronym("ISS", s1("IMPLEMENTATION SUPPORT SECTION (ISS)")))
            .addDescription(desc(THREE_SECTIONS_WORK, BROCHURE, s1(THREE_SECTIONS)))
            .addDescription(desc(ISS_WORK.substring("ISS ".length()), BROCHURE, s1(ISS_WORK)))
            .addDescription(desc("working closely with UNODC field offices", BROCHURE,
                s1("working closely with UNODC field offices")))
            .addProvenance(s1("IMPLEMENTATION SUPPORT SECTION (ISS)"))
            .build(),
        Unit.builder().id(id("htmss")).unitType(UnitType.SECTION)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("Human Trafficking and Migrant Smuggling Section",
                s0("the Human Trafficking and Migrant Smuggling Section (HTMSS)")).in(OVERVIEW))
            .addName(official("Human Trafficking and Migrant Smuggling Section",
                s1("HUMAN TRAFFICKING AND MIGRANT SMUGGLING SECTION (HMTSS)")).in(BROCHURE))
            .addName(acronym("HTMSS", s0("the Human Trafficking and Migrant Smuggling Section (HTMSS)"))
                .in(OVERVIEW))
            .addName(acronym("HMTSS", s1("HUMAN TRAFFICKING AND MIGRANT SMUGGLING SECTION (HMTSS)"))
                .in(BROCHURE))
            .addDescription(desc(DELIVERING, OVERVIEW, s0(SUPPORT_PROVIDED)))
            .addDescription(desc(THREE_SECTIONS_WORK, BROCHURE, s1(THREE_SECTIONS)))
            .addDescription(desc(HTMSS_ASSISTS.substring("HMTSS ".length()), BROCHURE, s1(HTMSS_ASSISTS)))
            .addDescription(desc(HTMSS_ALSO.substring("HMTSS ".length()), BROCHURE, s1(HTMSS_ALSO)))
            .addProvenance(s0("the Human Trafficking and Migrant Smuggling Section (HTMSS)"))
            .addProvenance(s1("HUMAN TRAFFICKING AND MIGRANT SMUGGLING SECTION (HMTSS)"))
            .build(),
        Unit.builder().id(id("fts")).unitType(UnitType.SECTION)
            .addEdition(OVERVIEW)
            .addName(official("Firearms Trafficking Section", s0("the Firearms Trafficking Section (FTS)")))
            .addName(acronym("FTS", s0("the Firearms Trafficking Section (FTS)")))
            .addDescription(desc(DELIVERING, OVERVIEW, s0(SUPPORT_PROVIDED)))
            .addProvenance(s0("the Firearms Trafficking Section (FTS)"))
            .build(),
        Unit.builder().id(id("cmls")).unitType(UnitType.SECTION)
            .addEdition(OVERVIEW)
            .addName(official("Cybercrime and Money Laundering Section",
                s0("the Cybercrime and Money Laundering Section (CMLS)")))
            .addName(acronym("CMLS", s0("the Cybercrime and Money Laundering Section (CMLS)")))
            .addDescription(desc(DELIVERING, OVERVIEW, s0(SUPPORT_PROVIDED)))
            .addProvenance(s0("the Cybercrime and Money Laundering Section (CMLS)"))
            .build(),
        Unit.builder().id(id("bmb")).unitType(UnitType.BRANCH)
            .addEdition(OVERVIEW)
            .addName(official("Border Management Branch", s0("the UNODC Border Management Branch")))
            .addDescription(desc(BORDER, OVERVIEW, s0(BORDER)))
            .addProvenance(s0("Technical assistance focused on border management in regard to illicit"
                + " trafficking is provided by the UNODC Border Management Branch"))
            .build());
  }

  static List<Relation> relations() {
    return List.of(
        rel("dta", PART_OF, "unodc", OVERVIEW, s0(VESTED)),
        rel("dta", PART_OF, "unodc", BROCHURE, inferred(Sources.BROCHURE, "the brochure places the Organized"
            + " Crime Branch in the United Nations Office on Drugs and Crime and under the Division for Treaty"
            + " Affairs, so the division is taken to be part of the Office")),
        rel("ocb", PART_OF, "dta", BROCHURE, BROCHURE_SECTIONS),
        rel("ocb", PART_OF, "dta", OVERVIEW, OVERVIEW_BRANCH),
        rel("ocb-front-office", PART_OF, "ocb", OVERVIEW, s0("the OCB Front Office")),
        rel("css", PART_OF, "ocb", BROCHURE, BROCHURE_SECTIONS),
        rel("iss", PART_OF, "ocb", BROCHURE, BROCHURE_SECTIONS),
        rel("htmss", PART_OF, "ocb", BROCHURE, BROCHURE_SECTIONS),
        rel("css", PART_OF, "ocb", OVERVIEW, OVERVIEW_SECTIONS),
        rel("htmss", PART_OF, "ocb", OVERVIEW, OVERVIEW_SECTIONS),
        rel("fts", PART_OF, "ocb", OVERVIEW, OVERVIEW_SECTIONS),
        rel("cmls", PART_OF, "ocb", OVERVIEW, OVERVIEW_SECTIONS),
        rel("bmb", PART_OF, "unodc", OVERVIEW, s0("the UNODC Border Management Branch")),
        rel("bmb", COORDINATES_WITH, "ocb", OVERVIEW, s0("in coordination and cooperation with OCB")),
        rel("bmb", ADDRESSES, "border-management", OVERVIEW, s0("Technical assistance focused on border"
            + " management in regard to illicit trafficking is provided by the UNODC Border Management Branch"))
            .qualifiedBy("in regard to illicit trafficking"),
        rel("ocb", CONTRIBUTES_TO, "thematic-area-2", OVERVIEW, s0("as outlined under Thematic Area 2"
            + " \u201cPreventing and countering organized crime\u201d of the UNODC Strategy (2021-2025)")));
  }
}
