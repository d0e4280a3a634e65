package org.untoc.examples;

import java.io.PrintStream;
import java.util.Optional;
import java.util.stream.Stream;
import org.untoc.core.Untoc;
import org.untoc.core.mapping.MappingRow;
import org.untoc.core.mapping.MappingSummary;
import org.untoc.core.mapping.MappingValidator;

/** Validates programme-to-unit mappings from code, row by row. */
public final class ValidateMappings {
  private ValidateMappings() {}

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
    MappingValidator validator = MappingValidator.of(Untoc.reference());
    Stream<MappingRow> rows = Stream.of(
        MappingRow.of(1, "GPML", "ISS", Optional.of("ocb-brochure")),
        MappingRow.of(2, "GPML", "CMLS", Optional.empty()),
        MappingRow.of(3, "Global Firearms Programme", "CMLS", Optional.empty()),
        MappingRow.of(4, "GPML", "CMSL", Optional.empty()));
    MappingSummary summary = validator.validate(rows, v -> out.println(v.row().line() + " " + v.status()
        + v.latest().map(m -> " -> latest: " + m.status() + m.unit().map(u -> " " + u).orElse("")).orElse("")));
    out.println(summary);
  }
}
