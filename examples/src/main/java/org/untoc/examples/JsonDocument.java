package org.untoc.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.untoc.core.Registry;
import org.untoc.core.Untoc;
import org.untoc.json.DocumentException;
import org.untoc.json.RegistryJson;

/** Writes the reference data as a registry document, reads it back, and reads a broken one. */
public final class JsonDocument {
  private JsonDocument() {}

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
    RegistryJson json = RegistryJson.strict();
    StringWriter document = new StringWriter();
    try {
      json.write(Untoc.reference(), document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Registry back = json.read(document.toString());
    out.println("read back: " + back);
    out.println("same entities: " + back.entities().containsAll(Untoc.reference().entities()));

    String broken = document.toString().replaceFirst("\"to\": \"cop\"", "\"to\": \"cop-typo\"");
    try {
      json.read(broken);
    } catch (DocumentException e) {
      out.println(e.getMessage());
    }
  }
}
