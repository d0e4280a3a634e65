package org.untoc.json.heap;

import java.nio.file.Files;
import java.nio.file.Path;
import org.untoc.core.UntocException;
import org.untoc.json.RegistryJson;

/** Reads the document named by its argument and prints the outcome: run in a small heap. */
public final class SmallHeapMain {
  private SmallHeapMain() {}

  /**
   * Reads the document.
   *
   * @param args the path of the document; then {@code bytes} to read the document's bytes rather
   *     than its file
   */
  public static void main(String[] args) throws Exception {
    try {
      Path doc = Path.of(args[0]);
      boolean bytes = args.length > 1 && args[1].equals("bytes");
      System.out.println("read " + (bytes ? RegistryJson.strict().read(Files.readAllBytes(doc))
          : RegistryJson.strict().read(doc)));
    } catch (UntocException e) {
      System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
