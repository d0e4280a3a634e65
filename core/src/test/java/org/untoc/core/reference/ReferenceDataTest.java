package org.untoc.core.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.untoc.core.Basis;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.EntityId;
import org.untoc.core.NameType;
import org.untoc.core.Programme;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.Service;
import org.untoc.core.ServiceType;
import org.untoc.core.RelationKind;
import org.untoc.core.Unit;
import org.untoc.core.Untoc;

class ReferenceDataTest {
  private final Registry registry = Untoc.reference();
  private static final EditionId BROCHURE = Untoc.OCB_BROCHURE;
  private static final EditionId OVERVIEW = Untoc.OCB_OVERVIEW;

  private static String squash(String s) {
    return s.replaceAll("\\s+", " ");
  }

  private List<Provenance> everyProvenance() {
    List<Provenance> all = new ArrayList<>();
    registry.entities().forEach(e -> all.addAll(Seeds.allProvenance(e)));
    registry.relations().forEach(r -> all.add(r.provenance()));
    return all;
  }

  @Test
  void referenceIsBuiltOnceAndShared() {
    assertSame(Untoc.reference(), Untoc.reference());
  }

  @Test
  void editionsAreTheTwoSeedsOldestFirst() {
    assertEquals(List.of("ocb-brochure", "ocb-overview"),
        registry.editions().stream().map(e -> e.id().toString()).toList());
    assertEquals(Seeds.SEED_001, registry.editions().get(0).source());
    assertEquals(Seeds.SEED_000, registry.latest().source());
    assertTrue(registry.editions().stream().allMatch(e -> e.date().isEmpty()),
        "the seeds are undated; editions are ordered, not dated");
  }

  @Test
  void everyStatedQuoteStandsInItsSeed() {
    List<String> missing = new ArrayList<>();
    int stated = 0;
    for (Provenance p : everyProvenance()) {
      if (p.basis() == Basis.STATED) {
        stated++;
        if (!squash(Seeds.text(p.source())).contains(squash(p.quote().orElseThrow()))) {
          missing.add(p.source() + ": " + p.quote().orElseThrow());
        }
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(stated > 200, "expected the dataset to quote the seeds throughout, found " + stated);
  }

  @Test
  void everyEntityIsNamedByASourceAndEveryNonStatedFactSaysWhy() {
    for (Provenance p : everyProvenance()) {
      switch (p.basis()) {
        case STATED -> assertTrue(Set.of(Seeds.SEED_000, Seeds.SEED_001).contains(p.source()), p::toString);
        case PUBLIC_RECORD -> assertFalse(p.source().startsWith("seeds/"), p::toString);
        case INFERRED -> assertTrue(p.rationale().orElseThrow().length() > 40, p::toString);
      }
    }
  }

  @Test
  void theServicesAMandateListsAreServicesItOffersInTheOverviewsWords() {
    String overview = squash(Seeds.text(Seeds.SEED_000));
    List<Service> cop = registry.latestView().servicesOf(EntityId.of("mandate-cop-secretariat"));
    assertEquals(List.of("assists the bureau of the COP in the performance of its functions",
        "prepares background papers", "receives, translates and distributes documents, reports and decisions",
        "proposing agenda items and organizing panel discussions for the meetings of the subsidiary bodies",
        "has the custody and proper preservation of the documents in the archives"),
        cop.stream().map(Service::name).toList());
    assertEquals(3, registry.latestView().servicesOf(EntityId.of("mandate-review-mechanism")).size());
    for (Service s : registry.entities(Service.class)) {
      if (s.serviceType() == ServiceType.MANDATE_SERVICE) {
        assertTrue(overview.contains(s.name()), s::toString);
        assertEquals(1, registry.relationsTo(s.id()).stream()
            .filter(r -> r.kind() == RelationKind.OFFERS && r.from().toString().startsWith("mandate-")).count(),
            s::toString);
      }
    }
  }

  @Test
  void bothSpellingsOfTheTraffickingSectionsAcronymNameOneSection() {
    Unit htmss = (Unit) registry.get(EntityId.of("htmss"));
    assertEquals(List.of("HTMSS", "HMTSS"), htmss.names().stream()
        .filter(n -> n.type() == NameType.ACRONYM).map(n -> n.text()).toList());
    assertEquals("HTMSS", htmss.acronymIn(OVERVIEW).orElseThrow());
    assertEquals("HMTSS", htmss.acronymIn(BROCHURE).orElseThrow());
    long sectionsWithEither = registry.entities().stream()
        .filter(e -> e.names().stream().anyMatch(n -> Set.of("HTMSS", "HMTSS").contains(n.text())))
        .count();
    assertEquals(1, sectionsWithEither);
  }

  @Test
  void theBranchIsRenamedBetweenEditions() {
    Entity ocb = registry.get(EntityId.of("ocb"));
    assertEquals("Organized Crime Branch", ocb.nameIn(BROCHURE));
    assertEquals("Organized Crime and Illicit Trafficking Branch", ocb.nameIn(OVERVIEW));
    assertEquals("OCB", ocb.acronymIn(BROCHURE).orElseThrow());
    // The brochure never writes OCB: the acronym rests there on the public record's note, as an
    // inference, not on the overview's text.
    List<Provenance> ocbs = ocb.names().stream().filter(n -> n.text().equals("OCB")).map(n -> n.provenance()).toList();
    assertEquals(List.of(Basis.STATED, Basis.INFERRED), ocbs.stream().map(Provenance::basis).toList());
    assertEquals(Seeds.SEED_001, ocbs.get(1).source());
  }

  @Test
  void brochureOwnersAreStatedOrInferredFromItsWordsAndOverviewOwnersInferredOrUnmapped() {
    for (Programme p : registry.entities(Programme.class)) {
      for (Relation r : registry.view(BROCHURE).relationsTo(p.id(), RelationKind.RUNS)) {
        if (r.from().equals(EntityId.of("htmss"))) {
          // The brochure says the trafficking section's assistance is delivered through these
          // programmes, not that it runs them: the owner is inferred, from the brochure's words.
          assertEquals(Basis.INFERRED, r.provenance().basis(), r::toString);
          assertEquals(Seeds.SEED_001, r.provenance().source(), r::toString);
          assertTrue(r.provenance().rationale().orElseThrow().contains("\u201cHMTSS' technical assistance and"
              + " support is delivered primarily through three global programmes\u201d"), r::toString);
          assertEquals(java.util.Optional.of("primarily through"), r.qualifier(), r::toString);
        } else {
          assertEquals(Basis.STATED, r.provenance().basis(), r::toString);
        }
      }
      for (Relation r : registry.view(OVERVIEW).relationsTo(p.id(), RelationKind.RUNS)) {
        assertEquals(Basis.INFERRED, r.provenance().basis(), r::toString);
      }
    }
    assertEquals(10, registry.entities(Programme.class).stream()
        .filter(p -> registry.view(BROCHURE).relationsTo(p.id(), RelationKind.RUNS).size() == 1).count());
    // The overview names no programme: those in its edition are there by inference, each with an
    // inferred owner. GPTOC ended in 2015; GLO.ACT ran 2015-2019; nothing dates the support to
    // the Conference's work or the Study into the overview's period.
    assertEquals(Set.of("gp-cybercrime", "ccp", "gpml", "gfp", "gp-tip", "gp-som"),
        registry.entities(Programme.class).stream().filter(p -> p.holdsIn(OVERVIEW))
            .map(p -> p.id().toString()).collect(Collectors.toSet()));
    for (Programme p : registry.view(OVERVIEW).entities(Programme.class)) {
      assertTrue(p.provenance().stream().anyMatch(v -> v.basis() == Basis.INFERRED), p::toString);
      assertTrue(p.provenance().stream().noneMatch(v -> v.basis() == Basis.STATED && v.source().equals(Seeds.SEED_000)),
          p::toString);
      assertEquals(1, registry.view(OVERVIEW).relationsTo(p.id(), RelationKind.RUNS).size(), p::toString);
    }
  }

  @Test
  void unverifiedPublicRecordFactsAreLeftOut() {
    Entity tip = registry.get(EntityId.of("trafficking-protocol"));
    Entity som = registry.get(EntityId.of("smuggling-protocol"));
    assertTrue(tip.identifiers().isEmpty(), "XVIII-12-a is unverified");
    assertTrue(som.identifiers().isEmpty(), "XVIII-12-b is unverified");
    Entity ccp = registry.get(EntityId.of("ccp"));
    assertTrue(((Programme) ccp).started().isEmpty(), "the sources disagree on CCP's start");
    assertTrue(registry.get(EntityId.of("gp-tip")).identifiers().isEmpty(), "code unverified");
  }
}
