package org.untoc.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.untoc.core.Registry;
import org.untoc.core.change.Migration;
import org.untoc.core.mapping.MappingRow;
import org.untoc.core.mapping.MappingStatus;
import org.untoc.core.mapping.MappingSummary;
import org.untoc.core.mapping.MappingValidator;
import org.untoc.core.mapping.MappingVerdict;
import org.untoc.json.export.RdfExport;
import org.untoc.json.export.SssomExport;
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
        + " programme in the row's edition, or as of the row's date?",
        "FILE is CSV with a header row naming the columns programme, unit and optionally edition or date"
            + " (a day, yyyy-MM-dd, judged in the edition whose period covers it; other columns are echoed back;"
            + " cells delimited by commas, semicolons or tabs), or a JSON array of objects with those fields, or an"
            + " SSSOM mapping set in TSV (subject_id or subject_label the programme, object_id or object_label the"
            + " unit, object_source_version the edition); '-' reads standard input.",
        "Statuses: CONFIRMED, CONSISTENT (the registry infers it), WITHIN (the unit contains the one that runs"
            + " the programme), MISMATCH, UNMAPPED, NOT_IN_EDITION, UNKNOWN_PROGRAMME, UNKNOWN_UNIT, AMBIGUOUS,"
            + " UNKNOWN_EDITION, MALFORMED (the row itself is wrong: an empty cell, cells missing or too many,"
            + " a value that is not a string). Exit code 0 if every row is CONFIRMED, CONSISTENT or WITHIN, 1"
            + " otherwise, 2 if a row is MALFORMED or the file cannot be read."})
final class ValidateCommand implements Callable<Integer> {
  /** The forms of the report. */
  enum Format {
    text,
    json,
    sssom
  }

  @Spec
  CommandSpec spec;

  @Mixin
  DataOptions data;

  @Mixin
  MappingInput input;

  @Mixin
  Output output;

  @ParentCommand
  UntocCommand parent;

  @Parameters(index = "0", paramLabel = "FILE", description = "The mapping file, CSV or JSON, or '-'.")
  String file;

  @Option(names = "--edition", paramLabel = "ID",
      description = "The edition of rows that name none; 'latest' (the default) names the newest.")
  @Nullable String edition;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text (a line a row for people, the default), json (a document with rows and summary) or sssom (an"
          + " SSSOM mapping set of the rows, with their status in the column validation_status).")
  @Nullable Format format;

  @Mixin
  AsOf asOf;

  @Override
  public Integer call() {
    String e = parent.edition(edition);
    LocalDate day = asOf.day(spec, e);
    Registry registry = data.registry(parent);
    MappingValidator any = MappingValidator.of(registry);
    MappingValidator validator = day != null ? any.withDefaultDate(day) : any.withDefaultEdition(e == null ? "latest" : e);
    Format f = parent.format(format, Format.class, Format.text, spec);
    return output.write(spec.commandLine().getOut(), out -> {
      MappingSummary summary = input.read(file, parent.stdin,
          in -> switch (f) {
            case json -> json(validator, in, out);
            case sssom -> sssom(registry, validator, in, out, file);
            case text -> text(validator, in, out);
          });
      return code(summary);
    });
  }

  /** Returns 2 if a row is malformed, 0 if every row agrees, 1 otherwise. */
  static int code(MappingSummary summary) {
    if (summary.count(MappingStatus.MALFORMED) > 0) {
      return UntocCommand.USAGE;
    }
    return summary.allAgree() ? UntocCommand.OK : UntocCommand.PROBLEMS;
  }

  /** Writes a line a row and its message, then the summary. */
  static MappingSummary text(MappingValidator validator, MappingTable in, PrintWriter out) {
    MappingSummary summary = new MappingSummary();
    StringBuilder sb = new StringBuilder(512);
    in.records().forEachOrdered(r -> {
      MappingVerdict v = summary.add(validator.validate(r.row()));
      sb.setLength(0);
      line(sb, r, v);
      out.write(sb.toString());
    });
    out.println(summary);
    return summary;
  }

  /**
   * Appends a row's report: its place (line or JSON Pointer), status, claim, edition and other
   * columns; its message; what the latest edition says, where that is another edition.
   */
  private static void line(StringBuilder sb, MappingRecord r, MappingVerdict v) {
    MappingRow row = r.row();
    int start = sb.length();
    sb.append(row.place());
    pad(sb, start + 11);
    int at = sb.length();
    sb.append(v.status().name());
    pad(sb, at + 18);
    sb.append(row.programme()).append(" -> ").append(row.unit()).append("  [");
    if (v.edition().isPresent()) {
      sb.append(v.edition().get());
    } else {
      sb.append(row.edition().orElse(row.date().map(Object::toString).orElse("?")));
    }
    sb.append(']');
    if (!r.extras().isEmpty()) {
      sb.append("  {");
      boolean first = true;
      for (Map.Entry<String, String> x : r.extras().entrySet()) {
        sb.append(first ? "" : ", ").append(x.getKey()).append('=').append(x.getValue());
        first = false;
      }
      sb.append('}');
    }
    sb.append("\n    ").append(v.message()).append('\n');
    if (v.latest().isPresent()) {
      Migration m = v.latest().get();
      if (!m.toEdition().equals(m.fromEdition())) {
        sb.append("    latest: ").append(m.message()).append('\n');
      }
    }
  }

  private static void pad(StringBuilder sb, int to) {
    do {
      sb.append(' ');
    } while (sb.length() < to);
  }

  /**
   * Writes the rows as an SSSOM mapping set: the programme and the unit as the registry finds them
   * (ids, and their names as labels) or else as the row names them (labels), the edition, the status in a column of its own
   * ({@code validation_status}, an extension slot) and the message as the comment.
   */
  static MappingSummary sssom(Registry registry, MappingValidator validator, MappingTable in, PrintWriter out,
      String name) {
    MappingSummary summary = new MappingSummary();
    out.write(SssomExport.metadata(RdfExport.DEFAULT_BASE, "validation", "Verdicts on the mappings of " + name,
        Map.of("validation_status", RdfExport.VOCAB + "validationStatus")));
    out.write(String.join("\t", SSSOM_COLUMNS) + "\n");
    in.records().forEachOrdered(r -> {
      MappingVerdict v = summary.add(validator.validate(r.row()));
      MappingRow row = r.row();
      out.write(String.join("\t", v.programme().map(p -> "untocid:" + p).orElse(""),
          cell(v.programme().map(p -> registry.get(p).name()).orElse(row.programme())), SssomExport.PREDICATE,
          v.unit().map(u -> "untocid:" + u).orElse(""), cell(v.unit().map(u -> registry.get(u).name()).orElse(row.unit())),
          "semapv:MappingReview",
          cell(v.edition().map(Object::toString).orElse(row.edition().orElse(""))), v.status().name(),
          cell(v.message())) + "\n");
    });
    return summary;
  }

  /** The columns of the SSSOM report. */
  private static final List<String> SSSOM_COLUMNS = List.of("subject_id", "subject_label", "predicate_id",
      "object_id", "object_label", "mapping_justification", "object_source_version", "validation_status", "comment");

  /** Returns a cell's text on one line: tabs and line ends become spaces. */
  private static String cell(String text) {
    return text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
  }

  private static MappingSummary json(MappingValidator validator, MappingTable in, PrintWriter out) {
    try {
      // Closed only when complete: closing a generator ends what is open, and a report cut short must not look whole.
      JsonGenerator g = Json.MAPPER.getFactory().createGenerator(new Json.NonClosing(out));
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("rows");
      boolean json = in.format() == MappingTable.Format.JSON;
      MappingSummary summary = new MappingSummary();
      in.records().forEachOrdered(r -> writeRow(g, r, summary.add(validator.validate(r.row())), json));
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

  /**
   * Writes a row of the report: a CSV row by its line, a JSON row by its pointer; the other columns
   * of a JSON table are JSON text, written as JSON.
   */
  private static void writeRow(JsonGenerator g, MappingRecord r, MappingVerdict v, boolean json) {
    try {
      g.writeStartObject();
      if (r.row().pointer().isPresent()) {
        g.writeStringField("pointer", r.row().pointer().get());
      } else {
        g.writeNumberField("line", r.row().line());
      }
      g.writeStringField("programme", r.row().programme());
      g.writeStringField("unit", r.row().unit());
      g.writeStringField("edition", v.edition().map(Object::toString).orElse(r.row().edition().orElse(null)));
      if (r.row().date().isPresent()) {
        g.writeStringField("date", r.row().date().get().toString());
      }
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
            g.writeTree(Json.MAPPER.readTree(x.getValue()));
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
}
