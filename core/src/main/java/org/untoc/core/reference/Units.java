package org.untoc.core.reference;

import static org.untoc.core.RelationKind.ADDRESSES;
import static org.untoc.core.RelationKind.CONTRIBUTES_TO;
import static org.untoc.core.RelationKind.COORDINATES_WITH;
import static org.untoc.core.RelationKind.PART_OF;
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
import org.untoc.core.Contact;
import org.untoc.core.Entity;
import org.untoc.core.Provenance;
import org.untoc.core.Relation;
import org.untoc.core.Unit;
import org.untoc.core.UnitType;

/** The UNODC organisation units of both editions, where they sit and their contact details. */
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

  static List<Entity> entities() {
    return List.of(
        Unit.builder().id(id("unodc")).unitType(UnitType.OFFICE)
            .addName(official("United Nations Office on Drugs and Crime",
                s1("support the operations of the United Nations Office on Drugs and Crime (UNODC)")))
            .addName(acronym("UNODC",
                s1("support the operations of the United Nations Office on Drugs and Crime (UNODC)")))
            .addProvenance(s1("support the operations of the United Nations Office on Drugs and Crime (UNODC)"))
            .addProvenance(s0("Within UNODC"))
            .addContact(Contact.builder()
                .addAddress("Vienna International Centre", "P.O. Box 500", "1400 Vienna, Austria")
                .phone("(+43-1) 26060-0").fax("(+43-1) 26060-5866").web("www.unodc.org")
                .addEdition(BROCHURE)
                .provenance(s1("Vienna International Centre, P.O. Box 500, 1400 Vienna, Austria"))
                .build())
            .build(),
        Unit.builder().id(id("dta")).unitType(UnitType.DIVISION)
            .addName(official("Division for Treaty Affairs", s0("the Division for Treaty Affairs (DTA)")))
            .addName(acronym("DTA", s0("the Division for Treaty Affairs (DTA)")))
            .addProvenance(s0("the Division for Treaty Affairs (DTA)"))
            .addProvenance(s1("under the Division for Treaty Affairs"))
            .build(),
        Unit.builder().id(id("ocb")).unitType(UnitType.BRANCH)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("Organized Crime and Illicit Trafficking Branch",
                s0("the Organized Crime and Illicit Trafficking Branch (OCB)")).in(OVERVIEW))
            .addName(official("Organized Crime Branch",
                s1("The Organized Crime Branch of the United Nations Office on Drugs and Crime")).in(BROCHURE))
            .addName(acronym("OCB", s0("the Organized Crime and Illicit Trafficking Branch (OCB)")))
            .addProvenance(s0("the Organized Crime and Illicit Trafficking Branch (OCB)"))
            .addProvenance(s1("The Organized Crime Branch of the United Nations Office on Drugs and Crime"))
            .addContact(Contact.builder()
                .addAddress("Organized Crime and Illicit Trafficking Branch", "Division for Treaty Affairs",
                    "United Nations Office on Drugs and Crime", "Wagramer Strasse 5", "A-1400 Vienna, Austria")
                .phone("+43(1) 26060-4460").email("untoc.cop@un.org")
                .addEdition(OVERVIEW)
                .provenance(s0("Wagramer Strasse 5"))
                .build())
            .build(),
        Unit.builder().id(id("ocb-front-office")).unitType(UnitType.FRONT_OFFICE)
            .addEdition(OVERVIEW)
            .addName(official("OCB Front Office", s0("the OCB Front Office")))
            .addProvenance(s0("The support is provided by the OCB Front Office and the four dedicated sections"))
            .build(),
        Unit.builder().id(id("css")).unitType(UnitType.SECTION)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("Conference Support Section", s0("the Conference Support Section (CSS)")))
            .addName(acronym("CSS", s0("the Conference Support Section (CSS)")))
            .addProvenance(s0("the Conference Support Section (CSS)"))
            .addProvenance(s1("CONFERENCE SUPPORT SECTION (CSS)"))
            .build(),
        Unit.builder().id(id("iss")).unitType(UnitType.SECTION)
            .addEdition(BROCHURE)
            .addName(official("Implementation Support Section", s1("IMPLEMENTATION SUPPORT SECTION (ISS)")))
            .addName(acronym("ISS", s1("IMPLEMENTATION SUPPORT SECTION (ISS)")))
            .addProvenance(s1("IMPLEMENTATION SUPPORT SECTION (ISS)"))
            .build(),
        Unit.builder().id(id("htmss")).unitType(UnitType.SECTION)
            .addEditions(BROCHURE, OVERVIEW)
            .addName(official("Human Trafficking and Migrant Smuggling Section",
                s0("the Human Trafficking and Migrant Smuggling Section (HTMSS)")))
            .addName(acronym("HTMSS", s0("the Human Trafficking and Migrant Smuggling Section (HTMSS)"))
                .in(OVERVIEW))
            .addName(acronym("HMTSS", s1("HUMAN TRAFFICKING AND MIGRANT SMUGGLING SECTION (HMTSS)"))
                .in(BROCHURE))
            .addProvenance(s0("the Human Trafficking and Migrant Smuggling Section (HTMSS)"))
            .addProvenance(s1("HUMAN TRAFFICKING AND MIGRANT SMUGGLING SECTION (HMTSS)"))
            .build(),
        Unit.builder().id(id("fts")).unitType(UnitType.SECTION)
            .addEdition(OVERVIEW)
            .addName(official("Firearms Trafficking Section", s0("the Firearms Trafficking Section (FTS)")))
            .addName(acronym("FTS", s0("the Firearms Trafficking Section (FTS)")))
            .addProvenance(s0("the Firearms Trafficking Section (FTS)"))
            .build(),
        Unit.builder().id(id("cmls")).unitType(UnitType.SECTION)
            .addEdition(OVERVIEW)
            .addName(official("Cybercrime and Money Laundering Section",
                s0("the Cybercrime and Money Laundering Section (CMLS)")))
            .addName(acronym("CMLS", s0("the Cybercrime and Money Laundering Section (CMLS)")))
            .addProvenance(s0("the Cybercrime and Money Laundering Section (CMLS)"))
            .build(),
        Unit.builder().id(id("bmb")).unitType(UnitType.BRANCH)
            .addEdition(OVERVIEW)
            .addName(official("Border Management Branch", s0("the UNODC Border Management Branch")))
            .addProvenance(s0("Technical assistance focused on border management in regard to illicit"
                + " trafficking is provided by the UNODC Border Management Branch"))
            .build());
  }

  static List<Relation> relations() {
    return List.of(
        rel("dta", PART_OF, "unodc", s0("Within UNODC, the overall substantive and implementation"
            + " responsibilities and functions relating to the United Nations Convention against"
            + " Transnational Organized Crime and the Protocols Thereto are vested with the Organized"
            + " Crime and Illicit Trafficking Branch (OCB) in the Division for Treaty Affairs (DTA)")),
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
            + " management in regard to illicit trafficking is provided by the UNODC Border Management Branch")),
        rel("ocb", CONTRIBUTES_TO, "thematic-area-2", OVERVIEW, s0("as outlined under Thematic Area 2"
            + " \u201cPreventing and countering organized crime\u201d of the UNODC Strategy (2021-2025)")));
  }
}
