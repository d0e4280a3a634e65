package org.untoc.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.untoc.core.Untoc;
import org.untoc.core.mapping.MappingStatus;
import org.untoc.core.mapping.MappingSummary;
import org.untoc.core.mapping.MappingValidator;
import org.untoc.json.mapping.MappingTable;
import org.untoc.json.mapping.MappingTableException;

/**
 * Validates a mapping file, CSV or JSON, with untoc-core and untoc-json alone, as a pipeline
 * step would: a line a row, a summary, and an exit code (0 if every row agrees, 1 if not, 2 if
 * the file cannot be read). The rows stream, so the file may be of any size.
 */
public final class ValidateMappingFile {
  private ValidateMappingFile() {}

  /**
   * Runs the example on a file, by default the sample {@code examples/samples/mappings.csv}, and
   * exits with its code.
   *
   * @param args the file, optionally
   */
  public static void main(String[] args) {
    System.exit(run(Path.of(args.length > 0 ? args[0] : "examples/samples/mappings.csv"), System.out));
  }

  /**
   * Validates a mapping file against the reference data, printing to the given stream.
   *
   * @param file the file, not null
   * @param out where to print, not null
   * @return 0 if every row agrees, 1 if not, 2 if a row is malformed or the file cannot be read
   */
  public static int run(Path file, PrintStream out) {
    MappingValidator validator = MappingValidator.of(Untoc.reference());
    try (MappingTable table = MappingTable.open(file)) {
      MappingSummary summary = validator.validate(table.rows(),
          v -> out.println(v.row().place() + " " + v.status() + " " + v.row().programme() + " -> " + v.row().unit()
              + (v.status() == MappingStatus.MALFORMED ? ": " + v.message() : "")));
      out.println(summary);
      return summary.count(MappingStatus.MALFORMED) > 0 ? 2 : summary.allAgree() ? 0 : 1;
    } catch (MappingTableException e) {
      out.println("line " + e.line() + e.pointer().map(p -> " at " + p).orElse("") + ": found " + e.found()
          + ", expected " + e.expected());
      return 2;
    } catch (IOException | UncheckedIOException e) {
      out.println(file + " cannot be read: " + e.getMessage());
      return 2;
    }
  }
}
