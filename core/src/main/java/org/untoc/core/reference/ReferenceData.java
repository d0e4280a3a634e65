package org.untoc.core.reference;

import org.untoc.core.DatedFact;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.PartialDate;
import org.untoc.core.Period;
import org.untoc.core.Registry;

/**
 * Builds the embedded reference registry from the area classes of this package. Internal: use
 * {@link org.untoc.core.Untoc#reference()}.
 *
 * <h2>What each fact rests on</h2>
 *
 * <p>Every fact says what its source says and nothing more. A STATED fact quotes its source
 * document word for word: a name or a description is written as the quote writes it (the one
 * allowance: a heading written in capitals gives its words in ordinary case), and a qualifier is
 * a phrase of the quote; a list's item is stated by the list's words from its lead-in through the
 * item. A PUBLIC_RECORD fact is what the public record gives, with the citation it gives for it: a
 * fact it gives without a citation is not presented as cited, and what it does not say (a topic
 * read off the name it gives a programme, an act it gives in brackets after a body's name) is
 * INFERRED. An INFERRED fact starts from one of the two documents or a cited public document and
 * says, in its rationale, why it holds, quoting its source's words where it rests on them; a
 * rationale names documents by their titles ("the overview", "the brochure"), never by file.
 *
 * <h2>Editions</h2>
 *
 * <p>The brochure ({@link #BROCHURE}) describes the branch at some time from 2011 to 2015; the
 * overview ({@link #OVERVIEW}) describes it from 2021 on (the public record's dating of the two
 * documents). These are the editions' {@linkplain Edition#period() periods}, each bound INFERRED
 * with the reasoning of the public record; neither document is dated, and no source describes the
 * branch between the two periods, so no edition covers those years. Dates of entities and
 * relations are those the public record gives with a citation (or, where it gives a date without
 * saying what it dates, an inference that says so). An entity with no editions exists in every edition, and so does each of its names,
 * descriptions and relations that is not bound to editions. So:
 *
 * <ul>
 *   <li>units, bodies, programmes and mandates are bound to the editions whose document names
 *       them, or whose period a dated fact of the public record covers (the Review Mechanism,
 *       established in October 2018, and the Ad Hoc Committee, December 2019, belong to the
 *       overview only; the working groups, each tied by the public record to an act of the
 *       Conference of 2014 or earlier, to both);
 *   <li>services, topics and counterpart types are bound to the editions whose document names
 *       them: one that both documents name exists in both, with a name in each edition in that
 *       edition's document's words;
 *   <li>instruments adopted before both periods (the Convention, its Protocols, the drug control
 *       conventions, the resolutions and decisions before 2011) have no editions; anything dated
 *       after 2015 belongs to the overview only;
 *   <li>what neither document names and only an uncited statement of the public record supports
 *       is left out, not entered.
 * </ul>
 *
 * <p>A fact that holds in an edition rests on that edition's document, or on the public record,
 * or is INFERRED; never on the other edition's text. A fact holds in an edition when it is
 * bound to it, or, when it is not bound, wherever its entities exist: a name of a unit of both
 * editions, or of an instrument with no editions, holds in both. So a name, a description or a
 * relation (a broader topic among them) that quotes one document is bound to that document's
 * edition with {@code in(...)}; where each document states the same fact, it is listed once for
 * each edition, each with its own quote.
 */
public final class ReferenceData {
  /** The older edition: the "Organized Crime Branch" brochure. */
  public static final EditionId BROCHURE = EditionId.of("ocb-brochure");
  /** The current edition: the "Overview and organizational chart" of the branch. */
  public static final EditionId OVERVIEW = EditionId.of("ocb-overview");

  private ReferenceData() {}

  /** Builds the reference registry; called once by {@code Untoc}. */
  public static Registry build() {
    Registry.Builder b = Registry.builder()
        .addEdition(Edition.builder().id(BROCHURE)
            .title("Organized Crime Branch brochure")
            .source(Sources.BROCHURE.reference())
            .description("The older edition: the Organized Crime Branch with the Conference Support"
                + " Section, the Implementation Support Section and the Human Trafficking and"
                + " Migrant Smuggling Section. Undated.")
            .period(Period.of(
                DatedFact.of(PartialDate.ofYear(2011), Facts.inferred(Sources.GFP_PAGE, "the brochure presents as"
                    + " current the Global Firearms Programme, which the public record says the Implementation"
                    + " Support Section created in 2011; so the brochure describes the branch in 2011 or later")),
                DatedFact.of(PartialDate.ofYear(2015), Facts.inferred(Sources.GPTOC_RECORD, "the brochure presents as"
                    + " current the Global Programme for Strengthening the Capacities of Member States to Prevent and"
                    + " Combat Organized and Serious Crimes (GPTOC), which the public record says ran from 2008 to"
                    + " 2015; so the brochure describes the branch in 2015 or earlier"))))
            .build())
        .addEdition(Edition.builder().id(OVERVIEW)
            .title("Organized Crime and Illicit Trafficking Branch: overview and organizational chart")
            .source(Sources.OVERVIEW.reference())
            .description("The current edition: the Organized Crime and Illicit Trafficking Branch"
                + " with its Front Office and four sections. Undated; it cites the UNODC Strategy"
                + " 2021-2025.")
            .period(Period.since(DatedFact.of(PartialDate.ofYear(2021), Facts.inferred(Sources.OVERVIEW,
                "the overview cites the \u201cUNODC Strategy (2021-2025)\u201d and names no Implementation Support"
                    + " Section, which the public record says still appears in documents of March 2021; so the"
                    + " overview describes the branch from 2021 on. It names no end"))))
            .build());
    Sources.ALL.forEach(b::addSource);
    return b
        .addAll(Units.entities())
        .addAll(Instruments.entities())
        .addAll(Bodies.entities())
        .addAll(Programmes.entities())
        .addAll(Mandates.entities())
        .addAll(Services.entities())
        .addAll(Topics.entities())
        .relateAll(Units.relations())
        .relateAll(Instruments.relations())
        .relateAll(Bodies.relations())
        .relateAll(Programmes.relations())
        .relateAll(Mandates.relations())
        .relateAll(UnitWork.relations())
        .relateAll(Topics.relations())
        .build();
  }
}
