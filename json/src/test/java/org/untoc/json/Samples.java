package org.untoc.json;

import org.untoc.core.Body;
import org.untoc.core.BodyType;
import org.untoc.core.Contact;
import org.untoc.core.CounterpartType;
import org.untoc.core.DatedFact;
import org.untoc.core.Description;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.EntityId;
import org.untoc.core.Identifier;
import org.untoc.core.Instrument;
import org.untoc.core.InstrumentType;
import org.untoc.core.Mandate;
import org.untoc.core.Name;
import org.untoc.core.PartialDate;
import org.untoc.core.Programme;
import org.untoc.core.ProgrammeType;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;
import org.untoc.core.Service;
import org.untoc.core.ServiceType;
import org.untoc.core.Source;
import org.untoc.core.SourceKind;
import org.untoc.core.StrategyArea;
import org.untoc.core.Topic;
import org.untoc.core.Unit;
import org.untoc.core.UnitType;

/** A small registry with every kind of entity and every optional field, for tests. */
public final class Samples {
  public static final EditionId OLD = EditionId.of("old");
  public static final EditionId NEW = EditionId.of("new");
  static final Provenance SEED = Provenance.stated("seed.txt", "the Section runs the Programme");
  static final Provenance RECORD = Provenance.publicRecord("A/RES/55/25");
  static final Provenance GUESS = Provenance.inferred("seed.txt", "the chart places it there");

  private Samples() {}

  static EntityId id(String slug) {
    return EntityId.of(slug);
  }

  /** Returns a registry with two editions, one entity of every kind and a few relations. */
  public static Registry sample() {
    return Registry.builder()
        .addEdition(Edition.builder().id(OLD).title("Old brochure").source("seed-1.txt").build())
        .addEdition(Edition.builder().id(NEW).title("New chart").source("seed-0.txt")
            .date(PartialDate.of(2021, 3)).description("The current chart.").build())
        .addSource(Source.of("new-chart", "The new chart", SourceKind.DOCUMENT, "seed-0.txt"))
        .add(Unit.builder().id(id("office")).unitType(UnitType.OFFICE)
            .addName(Name.official("United Nations Office on Drugs and Crime", RECORD))
            .addName(Name.acronym("UNODC", RECORD))
            .addContact(Contact.builder().addAddress("Vienna International Centre", "1400 Vienna")
                .phone("+43 1 26060").email("info@example.org").web("www.unodc.org")
                .provenance(SEED).build())
            .addProvenance(RECORD).build())
        .add(Unit.builder().id(id("branch")).unitType(UnitType.BRANCH)
            .addName(Name.official("Organized Crime Branch", SEED).in(OLD))
            .addName(Name.official("Organized Crime and Illicit Trafficking Branch", SEED).in(NEW))
            .addName(Name.alias("OCB", GUESS))
            .addContact(Contact.builder().fax("+43 1 26060 5866").provenance(SEED).addEdition(OLD).build())
            .addProvenance(SEED, GUESS).build())
        .add(Unit.builder().id(id("section")).unitType(UnitType.SECTION).addEdition(NEW)
            .addName(Name.official("Cybercrime and Money Laundering Section", SEED))
            .addName(Name.acronym("CMLS", SEED))
            .addProvenance(SEED).build())
        .add(Programme.builder().id(id("gp")).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
            .addName(Name.official("Global Programme against Money Laundering", SEED))
            .addName(Name.acronym("GPML", SEED))
            .started(DatedFact.of(PartialDate.ofYear(1997), "established", RECORD))
            .addIdentifier(Identifier.of(Identifier.UNODC_PROJECT, "GLOU40", RECORD))
            .addProvenance(SEED).build())
        .add(Instrument.builder().id(id("untoc")).instrumentType(InstrumentType.CONVENTION)
            .addName(Name.official("United Nations Convention against Transnational Organized Crime", RECORD))
            .adopted(DatedFact.of(PartialDate.of(2000, 11, 15), RECORD))
            .openedForSignature(DatedFact.of(PartialDate.of(2000, 12), "Palermo", RECORD))
            .entryIntoForce(DatedFact.of(PartialDate.of(2003, 9, 29), "art. 38", RECORD))
            .addIdentifier(IdentifierNote.of("XVIII-12", "the MTDSG chapter"))
            .addProvenance(RECORD).build())
        .add(Body.builder().id(id("cop")).bodyType(BodyType.CONFERENCE)
            .addName(Name.official("Conference of the Parties", RECORD)).addProvenance(RECORD).build())
        .add(Mandate.builder().id(id("cop-secretariat"))
            .addName(Name.official("Secretariat of the Conference of the Parties", SEED))
            .addDescription(Description.of("servicing meetings and preparing documents", SEED))
            .addProvenance(SEED).build())
        .add(Service.builder().id(id("legal-advice")).serviceType(ServiceType.ASSISTANCE_FORM)
            .addName(Name.official("Legislative assistance", SEED)).addProvenance(SEED).build())
        .add(Topic.builder().id(id("cybercrime"))
            .addName(Name.official("Cybercrime", SEED)).addProvenance(SEED).build())
        .add(CounterpartType.builder().id(id("police"))
            .addName(Name.official("Police", SEED)).addProvenance(SEED).build())
        .add(StrategyArea.builder().id(id("ta2"))
            .addName(Name.official("Thematic Area 2", SEED)).addProvenance(SEED).build())
        .relate(Relation.of(id("branch"), RelationKind.PART_OF, id("office"), SEED),
            Relation.of(id("section"), RelationKind.PART_OF, id("branch"), SEED).in(NEW),
            Relation.of(id("branch"), RelationKind.RUNS, id("gp"), GUESS).in(OLD),
            Relation.of(id("section"), RelationKind.RUNS, id("gp"), SEED).in(NEW),
            Relation.of(id("branch"), RelationKind.SECRETARIAT_OF, id("cop"), SEED).qualifiedBy("on behalf of the office"),
            Relation.of(id("branch"), RelationKind.HAS_MANDATE, id("cop-secretariat"), SEED),
            Relation.of(id("cop-secretariat"), RelationKind.CONCERNS, id("cop"), SEED),
            Relation.of(id("cop"), RelationKind.REVIEWS, id("untoc"), RECORD),
            Relation.of(id("section"), RelationKind.OFFERS, id("legal-advice"), SEED).in(NEW),
            Relation.of(id("section"), RelationKind.FOCAL_POINT_FOR, id("cybercrime"), SEED).in(NEW),
            Relation.of(id("gp"), RelationKind.ENGAGES, id("police"), SEED),
            Relation.of(id("branch"), RelationKind.CONTRIBUTES_TO, id("ta2"), SEED))
        .build();
  }

  /** An identifier with a note, which {@link Identifier#of} does not take. */
  static final class IdentifierNote {
    private IdentifierNote() {}

    static Identifier of(String value, String note) {
      return Identifier.builder().scheme(Identifier.UNTC_MTDSG).value(value)
          .note(note).provenance(RECORD).build();
    }
  }
}
