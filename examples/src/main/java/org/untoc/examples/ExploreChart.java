package org.untoc.examples;

import java.io.PrintStream;
import org.untoc.core.EditionView;
import org.untoc.core.Entity;
import org.untoc.core.Link;
import org.untoc.core.Registry;
import org.untoc.core.Untoc;

/** Explores the current organisation chart: a unit, its place, its programmes and why. */
public final class ExploreChart {
  private ExploreChart() {}

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
    Registry untoc = Untoc.reference();
    EditionView latest = untoc.latestView();

    Entity cmls = latest.get("Cybercrime and Money Laundering Section");
    out.println(cmls.label());
    out.println("path to the root: " + latest.pathToRootOf(cmls.id()).stream().map(e -> e.id().toString()).toList());
    for (Link link : latest.linksFrom(cmls.id(), org.untoc.core.RelationKind.RUNS)) {
      out.println("runs " + link.entity().label() + ", " + link.basis() + ": "
          + link.provenance().rationale().orElse(link.provenance().source()));
    }
    Entity ocb = latest.get("OCB");
    out.println(ocb.nameIn(latest.editionId()) + " runs " + latest.allProgrammesOf(ocb.id()).size()
        + " programmes through its sections");
  }
}
