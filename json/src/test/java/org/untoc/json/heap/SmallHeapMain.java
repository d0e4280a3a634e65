package org.untoc.json.heap;

import java.nio.file.Path;
import org.untoc.core.UntocException;
import org.untoc.json.RegistryJson;

/** Reads the document named by its argument and prints the outcome: run in a heap too small for it. */
public final class SmallHeapMain {
  private SmallHeapMain() {}

  /**
   * Reads the document.
   *
   * @param args the path of the document
   */
  public static void main(String[] args) throws Exception {
    try {
      System.out.println("read " + RegistryJson.strict().read(Path.of(args[0])));
    } catch (UntocException e) {
      System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
