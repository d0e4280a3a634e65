package org.untoc.examples;

import java.io.PrintStream;
import org.untoc.core.EditionId;
import org.untoc.core.EntityId;
import org.untoc.core.IntegrityException;
import org.untoc.core.Name;
import org.untoc.core.Programme;
import org.untoc.core.ProgrammeType;
import org.untoc.core.Provenance;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;
import org.untoc.core.Unit;
import org.untoc.core.UnitType;
import org.untoc.core.Untoc;

/** Adds a unit and a programme of your own on top of the reference data, and sees the checks at work. */
public final class AddYourOwnData {
  private AddYourOwnData() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example, printing to the given stream.
   *
   * @param out where to print, not null
   */
  public static void run(PrintStream out) {
    EditionId now = Untoc.OCB_OVERVIEW;
    Provenance ours = Provenance.publicRecord("our own organisation chart, 2026");
    Unit desk = Unit.builder().id(EntityId.of("cmls-desk")).unitType(UnitType.SECTION)
        .addEdition(now)
        .addName(Name.official("Cybercrime Analysis Desk", ours))
        .addProvenance(ours)
        .build();
    Programme pilot = Programme.builder().id(EntityId.of("pilot")).programmeType(ProgrammeType.GLOBAL_PROGRAMME)
        .addEdition(now)
        .addName(Name.official("Digital Evidence Pilot", ours))
        .addProvenance(ours)
        .build();
    Registry mine = Untoc.reference().toBuilder()
        .add(desk, pilot)
        .relate(Relation.of(desk.id(), RelationKind.PART_OF, EntityId.of("cmls"), ours).in(now),
            Relation.of(desk.id(), RelationKind.RUNS, pilot.id(), ours).in(now))
        .build();
    out.println(mine);
    out.println("path: " + mine.latestView().pathToRootOf(desk.id()).stream().map(e -> e.id().toString()).toList());
    out.println("CMLS runs below it: " + mine.latestView().allProgrammesOf(EntityId.of("cmls")).stream()
        .map(p -> p.id().toString()).toList());

    // A second owner of a programme in one edition breaks a rule: the builder says which and where.
    try {
      mine.toBuilder().relate(Relation.of(desk.id(), RelationKind.RUNS, EntityId.of("gpml"), ours).in(now)).build();
    } catch (IntegrityException e) {
      out.println(e.getMessage());
    }
  }
}
