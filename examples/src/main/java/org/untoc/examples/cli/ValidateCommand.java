package org.untoc.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.untoc.core.change.Migration;
import org.untoc.core.mapping.MappingStatus;
import org.untoc.core.mapping.MappingSummary;
import org.untoc.core.mapping.MappingValidator;
import org.untoc.core.mapping.MappingVerdict;
import org.untoc.json.mapping.MappingRecord;
import org.untoc.json.mapping.MappingTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code untoc validate FILE}: checks a programme-to-unit mapping file row by row. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check a mapping file, row by row, against the registry: does the unit run the"
        + " programme in the row's edition?",
        "FILE is CSV with a header row naming the columns programme, unit and optionally edition"
            + " (other columns are echoed back), or a JSON array of objects with those fields; '-' reads"
            + " standard input.",
        "Statuses: CONFIRMED, CONSISTENT (the registry infers it), MISMATCH, UNMAPPED, NOT_IN_EDITION,"
            + " UNKNOWN_PROGRAMME, UNKNOWN_UNIT, AMBIGUOUS, UNKNOWN_EDITION. Exit code 0 if every row is"
            + " CONFIRMED or CONSISTENT, 1 otherwise, 2 if the file cannot be read."})
final class ValidateCommand implements Callable<Integer> {
  /** The forms of the report. */
  enum Format {
    text,
    json
  }

  /** Writes the reports. */
  static final ObjectMapper MAPPER = new ObjectMapper();

  @Spec
  CommandSpec spec;

  @Mixin
  DataOptions data;

  @ParentCommand
  UntocCommand parent;

  @Parameters(index = "0", paramLabel = "FILE", description = "The mapping file, CSV or JSON, or '-'.")
  String file;

  @Option(names = "--edition", paramLabel = "ID", defaultValue = "latest",
      description = "The edition of rows that name none; 'latest' (the default) names the newest.")
  String edition = "latest";

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (a line a row for people, the default) or json (a document with rows and summary).")
  Format format = Format.text;

  @Override
  public Integer call() {
    MappingValidator validator = MappingValidator.of(data.registry()).withDefaultEdition(edition);
    PrintWriter out = spec.commandLine().getOut();
    MappingSummary summary = MappingInput.read(file, parent.stdin,
        in -> format == Format.json ? json(validator, in, out) : text(validator, in, out));
    out.flush();
    return summary.allAgree() ? UntocCommand.OK : UntocCommand.PROBLEMS;
  }

  private static MappingSummary run(MappingValidator validator, MappingTable in,
      Consumer<Map.Entry<MappingRecord, MappingVerdict>> sink) {
    MappingSummary summary = new MappingSummary();
    in.records().forEachOrdered(r -> sink.accept(Map.entry(r, summary.add(validator.validate(r.row())))));
    return summary;
  }

  private static MappingSummary text(MappingValidator validator, MappingTable in, PrintWriter out) {
    MappingSummary summary = run(validator, in, e -> {
      MappingRecord r = e.getKey();
      MappingVerdict v = e.getValue();
      out.printf("%-10s %-17s %s -> %s  [%s]%s%n", "line " + r.row().line(), v.status(), r.row().programme(),
          r.row().unit(), v.edition().map(Object::toString).orElse(r.row().edition().orElse("?")),
          r.extras().isEmpty() ? "" : "  " + r.extras());
      out.println("    " + v.message());
      v.latest().filter(m -> !m.toEdition().equals(m.fromEdition()))
          .ifPresent(m -> out.println("    latest: " + m.message()));
    });
    out.println(summary);
    return summary;
  }

  private static MappingSummary json(MappingValidator validator, MappingTable in, PrintWriter out) {
    try {
      JsonGenerator g = MAPPER.getFactory().createGenerator(new NonClosing(out));
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("rows");
      boolean json = in.format() == MappingTable.Format.JSON;
      MappingSummary summary = run(validator, in, e -> writeRow(g, e.getKey(), e.getValue(), json));
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("total", summary.total());
      for (Map.Entry<MappingStatus, Long> c : summary.counts().entrySet()) {
        g.writeNumberField(c.getKey().name(), c.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeRaw('\n');
      g.close();
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a row of the report; the other columns of a JSON table are JSON text, written as JSON. */
  private static void writeRow(JsonGenerator g, MappingRecord r, MappingVerdict v, boolean json) {
    try {
      g.writeStartObject();
      g.writeNumberField("line", r.row().line());
      g.writeStringField("programme", r.row().programme());
      g.writeStringField("unit", r.row().unit());
      g.writeStringField("edition", v.edition().map(Object::toString).orElse(r.row().edition().orElse(null)));
      g.writeStringField("status", v.status().name());
      g.writeStringField("expected", v.expected().map(Object::toString).orElse(null));
      if (v.latest().isPresent()) {
        Migration m = v.latest().get();
        g.writeObjectFieldStart("latest");
        g.writeStringField("edition", m.toEdition().toString());
        g.writeStringField("status", m.status().name());
        g.writeStringField("unit", m.unit().map(Object::toString).orElse(null));
        g.writeStringField("message", m.message());
        g.writeEndObject();
      } else {
        g.writeNullField("latest");
      }
      g.writeStringField("message", v.message());
      if (!v.candidates().isEmpty()) {
        g.writeArrayFieldStart("candidates");
        for (var c : v.candidates()) {
          g.writeString(c.id().toString());
        }
        g.writeEndArray();
      }
      if (!r.extras().isEmpty()) {
        g.writeObjectFieldStart("extra");
        for (Map.Entry<String, String> x : r.extras().entrySet()) {
          g.writeFieldName(x.getKey());
          if (json) {
            g.writeTree(MAPPER.readTree(x.getValue()));
          } else {
            g.writeString(x.getValue());
          }
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A writer that the JSON generator may close without closing standard output. */
  static final class NonClosing extends java.io.FilterWriter {
    NonClosing(java.io.Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
