package org.untoc.core.reference;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.untoc.core.Basis;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;
import org.untoc.core.Untoc;

/**
 * Reads the seeds paragraph by paragraph: for each, the entities it names and the relations it
 * states are in the reference data, with basis STATED and a quote taken from that paragraph. A
 * paragraph that introduces a list is read with its list.
 */
class SeedParagraphsTest {
  private static final Registry REGISTRY = Untoc.reference();
  private static final EditionId B = Untoc.OCB_BROCHURE;
  private static final EditionId O = Untoc.OCB_OVERVIEW;
  private static final String S0 = Seeds.SEED_000;
  private static final String S1 = Seeds.SEED_001;

  private record Expect(String from, RelationKind kind, String to, EditionId edition) {}

  private static final class Paragraph {
    final String seed;
    final String start;
    final List<String> entities = new ArrayList<>();
    final List<Expect> relations = new ArrayList<>();

    Paragraph(String seed, String start) {
      this.seed = seed;
      this.start = start;
    }

    Paragraph names(String... ids) {
      entities.addAll(List.of(ids));
      return this;
    }

    Paragraph states(String from, RelationKind kind, String to, EditionId edition) {
      relations.add(new Expect(from, kind, to, edition));
      return this;
    }

    Paragraph states(String from, RelationKind kind, List<String> tos, EditionId edition) {
      tos.forEach(to -> states(from, kind, to, edition));
      return this;
    }
  }

  private static Paragraph p(String seed, String start) {
    return new Paragraph(seed, start);
  }

  private static final List<String> PROTOCOLS_AND_CONVENTION =
      List.of("untoc", "trafficking-protocol", "smuggling-protocol", "firearms-protocol");
  private static final List<String> WORKING_GROUPS = List.of("wg-trafficking-in-persons",
      "wg-smuggling-of-migrants", "wg-firearms", "wg-international-cooperation", "wg-technical-assistance");

  private static List<Paragraph> paragraphs() {
    return List.of(
        // Seed 000: the current overview.
        p(S0, "Within UNODC, the overall").names("unodc", "ocb", "dta", "untoc")
            .states("dta", RelationKind.PART_OF, "unodc", O)
            .states("ocb", RelationKind.PART_OF, "dta", O),
        p(S0, "OCB supports States").names("thematic-area-2")
            .states("ocb", RelationKind.SUPPORTS_IMPLEMENTATION_OF, PROTOCOLS_AND_CONVENTION, O)
            .states("ocb", RelationKind.CONTRIBUTES_TO, "thematic-area-2", O),
        p(S0, "The support is provided by").names("ocb-front-office", "css", "htmss", "fts", "cmls")
            .states("ocb-front-office", RelationKind.PART_OF, "ocb", O)
            .states("css", RelationKind.PART_OF, "ocb", O)
            .states("htmss", RelationKind.PART_OF, "ocb", O)
            .states("fts", RelationKind.PART_OF, "ocb", O)
            .states("cmls", RelationKind.PART_OF, "ocb", O),
        p(S0, "Technical assistance focused on border management").names("bmb", "border-management")
            .states("bmb", RelationKind.PART_OF, "unodc", O)
            .states("bmb", RelationKind.COORDINATES_WITH, "ocb", O)
            .states("bmb", RelationKind.ADDRESSES, "border-management", O),
        p(S0, "1) Secretariat of the Conference").names("mandate-cop-secretariat"),
        p(S0, "OCB, on behalf of UNODC, serves as the Secretariat").names("cop", "cop-bureau")
            .states("ocb", RelationKind.SECRETARIAT_OF, "cop", O)
            .states("ocb", RelationKind.SECRETARIAT_OF, WORKING_GROUPS, O)
            .states("cop", RelationKind.ESTABLISHED_BY, "untoc", O)
            .states("cop-bureau", RelationKind.PART_OF, "cop", O)
            .states("mandate-cop-secretariat", RelationKind.CONCERNS, "cop", O)
            .states("mandate-cop-secretariat", RelationKind.CONCERNS, "cop-bureau", O)
            .states("mandate-cop-secretariat", RelationKind.CONCERNS, WORKING_GROUPS, O)
            .states("wg-firearms", RelationKind.SUBSIDIARY_OF, "cop", O),
        p(S0, "2) Supporting the Mechanism").names("mandate-review-mechanism"),
        p(S0, "OCB, on behalf of UNODC, is also the Secretariat").names("review-mechanism")
            .states("ocb", RelationKind.SECRETARIAT_OF, "review-mechanism", O)
            .states("mandate-review-mechanism", RelationKind.CONCERNS, "review-mechanism", O)
            .states("review-mechanism", RelationKind.REVIEWS, PROTOCOLS_AND_CONVENTION, O),
        p(S0, "3) Secretariat to the Ad Hoc Committee").names("ad-hoc-committee", "mandate-ahc-secretariat"),
        p(S0, "OCB, on behalf of UNODC, also serves").states("ocb", RelationKind.SECRETARIAT_OF, "ad-hoc-committee", O)
            .states("mandate-ahc-secretariat", RelationKind.CONCERNS, "ad-hoc-committee", O),
        p(S0, "4) Delivering Technical Assistance").names("mandate-technical-assistance"),
        p(S0, "UNODC provides tailored technical assistance")
            .states("mandate-technical-assistance", RelationKind.CONCERNS, PROTOCOLS_AND_CONVENTION, O)
            .states("mandate-technical-assistance", RelationKind.OFFERS, Services.ASSISTANCE_FORMS, O),
        p(S0, "Legislative assistance").names("legislative-assistance"),
        p(S0, "Assistance in the development").names("policy-strategy-assistance"),
        p(S0, "Capacity building").names("capacity-building"),
        p(S0, "Mentoring").names("mentoring"),
        p(S0, "Supporting international cooperation").names("international-cooperation-support"),
        p(S0, "Facilitation of bilateral").names("exchange-facilitation"),
        p(S0, "Research, analysis").names("research-knowledge-products"),
        // The line holds two sentences: the topics the assistance covers, and the branch's major
        // areas of work (areas, not programmes: the overview names no programme).
        p(S0, "Substantively, the assistance covers")
            .names("toc-and-illicit-trafficking", "cybercrime", "money-laundering", "financing-of-terrorism",
                "new-and-emerging-crimes", "human-trafficking-and-migrant-smuggling", "firearms-trafficking")
            .states("mandate-technical-assistance", RelationKind.ADDRESSES, List.of("toc-and-illicit-trafficking",
                "cybercrime", "money-laundering", "financing-of-terrorism", "new-and-emerging-crimes"), O)
            .states("ocb", RelationKind.ADDRESSES, List.of("human-trafficking-and-migrant-smuggling",
                "firearms-trafficking", "money-laundering", "cybercrime"), O),
        // The contact blocks span lines: StatementsTest reads them.

        // Seed 001: the older brochure.
        p(S1, "The Organized Crime Branch of the United Nations").names("ocb", "untoc")
            .states("ocb", RelationKind.SUPPORTS_IMPLEMENTATION_OF, PROTOCOLS_AND_CONVENTION, B),
        p(S1, "Within the Organized Crime Branch, under").names("unodc", "dta", "css", "iss", "htmss")
            .states("ocb", RelationKind.PART_OF, "dta", B)
            .states("css", RelationKind.PART_OF, "ocb", B)
            .states("iss", RelationKind.PART_OF, "ocb", B)
            .states("htmss", RelationKind.PART_OF, "ocb", B)
            .states("css", RelationKind.SUPPORTS_IMPLEMENTATION_OF, "untoc", B)
            .states("iss", RelationKind.SUPPORTS_IMPLEMENTATION_OF, "untoc", B)
            .states("htmss", RelationKind.SUPPORTS_IMPLEMENTATION_OF, "untoc", B),
        p(S1, "CONFERENCE SUPPORT SECTION (CSS)").names("css"),
        p(S1, "To facilitate effective implementation")
            .names("untoc", "emerging-crime-topics", "cybercrime-and-digital-evidence", "online-child-abuse",
                "cultural-property", "cop")
            .states("css", RelationKind.SERVES, "cop", B)
            .states("css", RelationKind.SUPPORTS_IMPLEMENTATION_OF,
                List.of("trafficking-protocol", "smuggling-protocol", "firearms-protocol"), B)
            .states("css", RelationKind.OFFERS, "legislative-assistance", B)
            .states("css", RelationKind.FOCAL_POINT_FOR, List.of("emerging-crime-topics",
                "cybercrime-and-digital-evidence", "online-child-abuse", "cultural-property"), B)
            .states("cybercrime-and-digital-evidence", RelationKind.BROADER, "emerging-crime-topics", B)
            .states("css", RelationKind.OFFERS, Services.CSS_AREAS, B),
        p(S1, "Ratification of the Convention").names("css-ratification"),
        p(S1, "Assessment of laws").names("css-assessment"),
        p(S1, "The drafting and passing").names("css-drafting-laws"),
        p(S1, "Establishing international cooperation").names("css-cooperation-mechanisms"),
        p(S1, "Anti-organized crime").names("css-policies-strategies"),
        p(S1, "Knowledge management").names("css-knowledge-management"),
        p(S1, "The Section also provides legislative assistance").names("css"),
        p(S1, "In addition, the Section is responsible")
            .states("css", RelationKind.RUNS, List.of("cop-support", "cybercrime-study", "gp-cybercrime"), B),
        p(S1, "Support for the work of the Conference").names("cop-support"),
        p(S1, "The Comprehensive Study on Cybercrime").names("cybercrime-study", "ga-res-65-230")
            .states("cybercrime-study", RelationKind.ESTABLISHED_BY, "ga-res-65-230", B),
        p(S1, "The Global Programme on Cybercrime").names("gp-cybercrime")
            .states("gp-cybercrime", RelationKind.ADDRESSES, "cybercrime", B),
        p(S1, "IMPLEMENTATION SUPPORT SECTION (ISS)").names("iss"),
        p(S1, "ISS provides, inter alia").names(Topics.COUNTERPARTS.toArray(String[]::new))
            .names("law-enforcement-and-legal-authorities", "iss", "iss-advice")
            .states("iss", RelationKind.ENGAGES, Topics.COUNTERPARTS, B)
            .states("iss", RelationKind.ENGAGES, "law-enforcement-and-legal-authorities", B)
            .states("judges", RelationKind.BROADER, "law-enforcement-and-legal-authorities", B)
            .states("iss", RelationKind.OFFERS, Services.ISS_SERVICES, B)
            .states("iss", RelationKind.RUNS, List.of("gptoc", "ccp", "gpml", "gfp"), B),
        p(S1, "The Global Programme for Strengthening").names("gptoc"),
        p(S1, "The UNODC-WCO Container Control").names("ccp"),
        p(S1, "The Global Programme against Money-Laundering").names("gpml")
            .states("gpml", RelationKind.ADDRESSES, List.of("money-laundering", "financing-of-terrorism"), B),
        p(S1, "Global Firearms Programme").names("gfp", "firearms-protocol")
            .states("gfp", RelationKind.SUPPORTS_IMPLEMENTATION_OF, List.of("untoc", "firearms-protocol"), B)
            .states("firearms-protocol", RelationKind.SUPPLEMENTS, "untoc", B),
        p(S1, "HUMAN TRAFFICKING AND MIGRANT SMUGGLING SECTION").names("htmss"),
        p(S1, "HMTSS supports Member States")
            .names("trafficking-protocol", "smuggling-protocol", "trafficking-in-persons", "smuggling-of-migrants")
            .states("htmss", RelationKind.SUPPORTS_IMPLEMENTATION_OF,
                List.of("trafficking-protocol", "smuggling-protocol"), B)
            .states("smuggling-protocol", RelationKind.SUPPLEMENTS, "untoc", B)
            .states("trafficking-protocol", RelationKind.ADDRESSES, "trafficking-in-persons", B)
            .states("smuggling-protocol", RelationKind.ADDRESSES, "smuggling-of-migrants", B)
            .states("htmss", RelationKind.OFFERS, Services.HTMSS_AREAS, B),
        p(S1, "Knowledge-base expansion").names("htmss-knowledge-base"),
        p(S1, "Strategy and policy development").names("htmss-strategy-policy"),
        p(S1, "Prevention and awareness-raising").names("htmss-prevention-awareness"),
        p(S1, "Ratification and legislative assistance").names("htmss-ratification-legislative"),
        p(S1, "Capacity development").names("htmss-capacity-development"),
        // The brochure says HMTSS' assistance is delivered through these programmes, not that it
        // runs them: that it does is inferred (ReferenceDataTest).
        p(S1, "HMTSS' technical assistance").names("gp-tip", "gp-som", "glo-act"),
        p(S1, "The Global Programme against Trafficking").names("gp-tip"),
        p(S1, "The Global Programme against the Smuggling").names("gp-som"),
        p(S1, "The Global Action to Prevent").names("glo-act"));
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", " ");
  }

  private static boolean quotedFrom(Provenance p, String seed, String paragraph) {
    return p.basis() == Basis.STATED && p.source().equals(seed)
        && squash(paragraph).contains(squash(p.quote().orElseThrow()));
  }

  @TestFactory
  Stream<DynamicTest> eachParagraphIsInTheData() {
    return paragraphs().stream().map(par -> DynamicTest.dynamicTest(
        par.seed.substring(6, 9) + ": " + par.start, () -> check(par)));
  }

  private static void check(Paragraph par) {
    String text = Seeds.paragraph(par.seed, par.start);
    assertTrue(!par.entities.isEmpty() || !par.relations.isEmpty(), "a paragraph case must expect something");
    for (String id : par.entities) {
      Entity e = REGISTRY.find(EntityId.of(id)).orElseGet(() -> fail("no entity " + id));
      assertTrue(Seeds.allProvenance(e).stream().anyMatch(p -> quotedFrom(p, par.seed, text)),
          () -> id + " is not quoted from: " + text);
    }
    for (Expect x : par.relations) {
      List<Relation> found = REGISTRY.view(x.edition()).relationsFrom(EntityId.of(x.from()), x.kind()).stream()
          .filter(r -> r.to().toString().equals(x.to())).toList();
      assertTrue(found.size() == 1, () -> "expected one relation " + x + ", found " + found);
      Provenance p = found.get(0).provenance();
      assertTrue(quotedFrom(p, par.seed, text), () -> x + " is not quoted from this paragraph: " + p);
    }
  }
}
