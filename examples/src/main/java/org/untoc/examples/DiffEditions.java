package org.untoc.examples;

import java.io.PrintStream;
import org.untoc.core.Registry;
import org.untoc.core.Untoc;
import org.untoc.core.change.Change;
import org.untoc.core.change.EditionDiff;

/** Tells what changed from the older edition to the latest: the sections, the renaming, the moves. */
public final class DiffEditions {
  private DiffEditions() {}

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
    EditionDiff diff = untoc.diff(Untoc.OCB_BROCHURE, Untoc.OCB_OVERVIEW);
    for (Change.Type type : new Change.Type[] {Change.Type.CREATED, Change.Type.DISSOLVED, Change.Type.RENAMED,
        Change.Type.MOVED}) {
      for (Change c : diff.changes(type)) {
        if (untoc.get(c.subject()) instanceof org.untoc.core.Unit || type == Change.Type.MOVED) {
          out.println(type + " " + c.subject() + c.now().map(u -> " -> " + u).orElse("")
              + c.newName().map(n -> " -> " + n).orElse("") + " [" + c.basis() + "]");
        }
      }
    }
  }
}
