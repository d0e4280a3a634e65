package org.untoc.core.reference;

import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.Registry;

/**
 * Builds the embedded reference registry from the area classes of this package. Internal: use
 * {@link org.untoc.core.Untoc#reference()}.
 */
public final class ReferenceData {
  /** The older edition: seed 001, the "Organized Crime Branch" brochure. */
  public static final EditionId BROCHURE = EditionId.of("ocb-brochure");
  /** The current edition: seed 000, the "Overview and organizational chart". */
  public static final EditionId OVERVIEW = EditionId.of("ocb-overview");

  private ReferenceData() {}

  /** Builds the reference registry; called once by {@code Untoc}. */
  public static Registry build() {
    return Registry.builder()
        .addEdition(Edition.builder().id(BROCHURE)
            .title("Organized Crime Branch brochure")
            .source(Sources.SEED_001)
            .description("The older edition: the Organized Crime Branch with the Conference Support"
                + " Section, the Implementation Support Section and the Human Trafficking and"
                + " Migrant Smuggling Section. Undated.")
            .build())
        .addEdition(Edition.builder().id(OVERVIEW)
            .title("Organized Crime and Illicit Trafficking Branch: overview and organizational chart")
            .source(Sources.SEED_000)
            .description("The current edition: the Organized Crime and Illicit Trafficking Branch"
                + " with its Front Office and four sections. Undated; it cites the UNODC Strategy"
                + " 2021-2025.")
            .build())
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
        .build();
  }
}
