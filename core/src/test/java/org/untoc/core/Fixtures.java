package org.untoc.core;

/** Small values for tests that build their own registries. */
public final class Fixtures {
  public static final Provenance SOURCE = Provenance.publicRecord("test fixture");
  public static final EditionId E1 = EditionId.of("e1");
  public static final EditionId E2 = EditionId.of("e2");

  private Fixtures() {}

  public static Edition edition(EditionId id) {
    return Edition.builder().id(id).title("Edition " + id).source("test fixture").build();
  }

  public static Edition edition(EditionId id, Period period) {
    return Edition.builder().id(id).title("Edition " + id).source("test fixture").period(period).build();
  }

  public static Unit unit(String id, EditionId... editions) {
    return Unit.builder().id(EntityId.of(id)).unitType(UnitType.SECTION)
        .addName(Name.official("Unit " + id, SOURCE)).addProvenance(SOURCE).addEditions(editions).build();
  }

  public static Programme programme(String id, EditionId... editions) {
    return Programme.builder().id(EntityId.of(id)).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
        .addName(Name.official("Programme " + id, SOURCE)).addProvenance(SOURCE).addEditions(editions).build();
  }

  public static Topic topic(String id) {
    return Topic.builder().id(EntityId.of(id)).addName(Name.official("Topic " + id, SOURCE))
        .addProvenance(SOURCE).build();
  }

  public static Relation rel(String from, RelationKind kind, String to, EditionId... editions) {
    return Relation.of(EntityId.of(from), kind, EntityId.of(to), SOURCE).in(editions);
  }

  /** A builder with editions e1 and e2. */
  public static Registry.Builder twoEditions() {
    return Registry.builder().addEdition(edition(E1)).addEdition(edition(E2));
  }
}
