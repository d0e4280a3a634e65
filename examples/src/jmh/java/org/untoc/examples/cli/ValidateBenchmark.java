package org.untoc.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.untoc.core.Untoc;
import org.untoc.core.mapping.MappingSummary;
import org.untoc.core.mapping.MappingValidator;
import org.untoc.json.mapping.MappingTable;

/**
 * Validating a large mapping CSV, beside a baseline that only parses the same bytes into rows.
 * Both read every row of the file once per operation; rows a second = rows / (time per op).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class ValidateBenchmark {
  @Param({"1000000"})
  int rows;

  private byte[] csv;

  private static final List<String[]> CLAIMS = List.of(
      new String[] {"GPML", "CMLS", ""}, new String[] {"GPML", "ISS", "ocb-brochure"},
      new String[] {"Global Programme on Cybercrime", "CSS", "ocb-brochure"}, new String[] {"GFP", "FTS", ""},
      new String[] {"GFP", "CMLS", ""}, new String[] {"CCP", "Border Management Branch", ""},
      new String[] {"GLO.ACT", "HMTSS", ""}, new String[] {"gp-tip", "htmss", "ocb-overview"},
      new String[] {"Comprehensive Study on Cybercrime", "CMLS", ""}, new String[] {"GPTOC", "ISS", "ocb-brochure"});

  @Setup
  public void write() {
    StringBuilder sb = new StringBuilder(rows * 32).append("programme,unit,edition,ticket\n");
    for (int i = 0; i < rows; i++) {
      String[] c = CLAIMS.get(i % CLAIMS.size());
      // one row in a thousand names a programme nobody knows, each differently
      String programme = i % 1000 == 999 ? "Programme " + i : c[0];
      sb.append(programme.contains(" ") ? '"' + programme + '"' : programme).append(',')
          .append(c[1].contains(" ") ? '"' + c[1] + '"' : c[1]).append(',').append(c[2]).append(',')
          .append("T-").append(i).append('\n');
    }
    csv = sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private MappingTable open() {
    try {
      return MappingTable.read(new ByteArrayInputStream(csv), "benchmark.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Baseline: parse the CSV into rows and count them. */
  @Benchmark
  public long parseOnly() {
    try (MappingTable in = open()) {
      return in.rows().count();
    }
  }

  /** Parse and validate every row, counting statuses. */
  @Benchmark
  public long validate() {
    MappingValidator validator = MappingValidator.of(Untoc.reference());
    try (MappingTable in = open()) {
      MappingSummary summary = validator.validate(in.rows(), v -> { });
      return summary.total();
    }
  }

  /** What {@code untoc validate FILE} does: parse, validate and write the report, to nowhere. */
  @Benchmark
  public int validateAndReport() {
    UntocCommandShim.Result r = UntocCommandShim.run(csv);
    return r.code();
  }

  /** Runs the validate command on bytes, discarding its output. */
  static final class UntocCommandShim {
    record Result(int code) {}

    static Result run(byte[] csv) {
      java.io.PrintWriter nowhere = new java.io.PrintWriter(Writer.nullWriter());
      int code = UntocCommand.commandLine(new ByteArrayInputStream(csv), nowhere, nowhere)
          .execute("validate", "-");
      if (code == UntocCommand.USAGE) {
        throw new UncheckedIOException(new IOException("the benchmark's file could not be read"));
      }
      return new Result(code);
    }
  }
}
