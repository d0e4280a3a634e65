package org.untoc.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.untoc.core.Entity;
import org.untoc.core.LookupException;
import org.untoc.core.Programme;
import org.untoc.core.Registry;
import org.untoc.core.Unit;
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
            case json -> json(registry, validator, in, out);
            case sssom -> sssom(registry, validator, in, out, file);
            case text -> text(registry, validator, in, out);
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
  static MappingSummary text(Registry registry, MappingValidator validator, MappingTable in, PrintWriter out) {
    MappingSummary summary = new MappingSummary();
    StringBuilder sb = new StringBuilder(512);
    records(registry, in).forEachOrdered(r -> {
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

  /** Returns the records of a table, a row malformed where an SSSOM id and its label name different entities. */
  private static Stream<MappingRecord> records(Registry registry, MappingTable in) {
    return in.records().map(r -> r.withLabelsCheckedIn(registry));
  }

  /**
   * Writes the rows as an SSSOM mapping set: the programme and the unit as the registry finds them
   * in any edition (ids, and their names as labels) or else {@code sssom:NoTermFound} and the row's
   * text as the label; {@code predicate_modifier} {@code Not} where the registry contradicts the
   * row ({@link MappingStatus#MISMATCH}); the edition, the status in a column of its own ({@code
   * validation_status}, an extension slot), the message as the comment, and the other columns of
   * a CSV or SSSOM table (other than SSSOM's own slots) as extension slots.
   */
  static MappingSummary sssom(Registry registry, MappingValidator validator, MappingTable in, PrintWriter out,
      String name) {
    MappingSummary summary = new MappingSummary();
    Map<String, String> echoed = echoed(in);
    Map<String, String> extensions = new LinkedHashMap<>();
    extensions.put("validation_status", RdfExport.VOCAB + "validationStatus");
    echoed.values().forEach(slot -> extensions.put(slot, RdfExport.VOCAB + "column/" + slot));
    out.write(SssomExport.metadata(RdfExport.DEFAULT_BASE, "validation", "Verdicts on the mappings of " + name,
        Map.of("sssom", SssomExport.SSSOM), extensions));
    List<String> header = new ArrayList<>(SSSOM_COLUMNS);
    header.addAll(echoed.values());
    out.write(String.join("\t", header) + "\n");
    records(registry, in).forEachOrdered(r -> {
      MappingVerdict v = summary.add(validator.validate(r.row()));
      MappingRow row = r.row();
      Optional<Entity> p = v.programme().map(registry::get).or(() -> find(registry, Programme.class, row.programme()));
      Optional<Entity> u = v.unit().map(registry::get).or(() -> find(registry, Unit.class, row.unit()));
      List<String> cells = new ArrayList<>(header.size());
      cells.add(p.map(e -> "untocid:" + e.id()).orElse(NO_TERM_FOUND));
      cells.add(cell(p.map(Entity::name).orElse(row.programme())));
      cells.add(SssomExport.PREDICATE);
      cells.add(v.status() == MappingStatus.MISMATCH ? "Not" : "");
      cells.add(u.map(e -> "untocid:" + e.id()).orElse(NO_TERM_FOUND));
      cells.add(cell(u.map(Entity::name).orElse(row.unit())));
      cells.add("semapv:MappingReview");
      cells.add(cell(v.edition().map(Object::toString).orElse(row.edition().orElse(""))));
      cells.add(v.status().name());
      cells.add(cell(v.message()));
      echoed.keySet().forEach(column -> cells.add(cell(r.extras().getOrDefault(column, ""))));
      out.write(String.join("\t", cells) + "\n");
    });
    return summary;
  }

  /** What SSSOM writes for an entity not found: the row's text is the label. */
  static final String NO_TERM_FOUND = "sssom:NoTermFound";

  /** Returns the entity of a type the text names in any edition, if exactly one. */
  private static <T extends Entity> Optional<Entity> find(Registry registry, Class<T> type, String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      return registry.find(type, text).map(Entity.class::cast);
    } catch (LookupException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the other columns of a CSV or SSSOM table that the SSSOM report echoes, each with its
   * slot name: the column's name, any character other than a letter, digit or underscore made an
   * underscore, and underscores added where it would be a slot already. SSSOM's own slots of an
   * SSSOM table are not echoed (the report has its own predicate, justification and comment); nor
   * are a JSON table's other fields, which vary by row.
   */
  private static Map<String, String> echoed(MappingTable in) {
    Map<String, String> echoed = new LinkedHashMap<>();
    if (in.format() == MappingTable.Format.JSON) {
      return echoed;
    }
    Set<String> taken = new HashSet<>(SSSOM_SLOTS);
    taken.add("validation_status");
    for (String column : in.columns()) {
      String key = column.strip().toLowerCase(Locale.ROOT);
      if (in.format() == MappingTable.Format.CSV ? CSV_FIELDS.contains(key) : SSSOM_SLOTS.contains(key)) {
        continue;
      }
      String slot = column.strip().replaceAll("[^A-Za-z0-9_]", "_");
      if (slot.isEmpty() || !Character.isLetter(slot.charAt(0))) {
        slot = "x_" + slot;
      }
      while (!taken.add(slot)) {
        slot = slot + "_";
      }
      echoed.put(column, slot);
    }
    return echoed;
  }

  /** The columns of a CSV table that make a row. */
  private static final Set<String> CSV_FIELDS = Set.of(MappingTable.PROGRAMME, MappingTable.UNIT, MappingTable.EDITION,
      MappingTable.DATE);

  /** The slots of an SSSOM mapping, which an SSSOM table's columns may name. */
  private static final Set<String> SSSOM_SLOTS = Set.of("record_id", "mapping_id", "subject_id", "subject_label",
      "subject_category", "subject_type", "subject_source", "subject_source_version", "subject_match_field",
      "subject_preprocessing", "predicate_id", "predicate_label", "predicate_modifier", "predicate_type", "object_id",
      "object_label", "object_category", "object_type", "object_source", "object_source_version",
      "object_match_field", "object_preprocessing", "mapping_justification", "author_id", "author_label",
      "reviewer_id", "reviewer_label", "creator_id", "creator_label", "license", "mapping_provider", "mapping_tool",
      "mapping_tool_id", "mapping_tool_version", "mapping_date", "publication_date", "review_date", "confidence",
      "reviewer_agreement", "curation_rule", "curation_rule_text", "mapping_cardinality", "cardinality_scope",
      "match_string", "other", "comment", "see_also", "issue_tracker_item", "similarity_score",
      "similarity_measure", "semantic_similarity_score", "semantic_similarity_measure");

  /** The columns of the SSSOM report. */
  static final List<String> SSSOM_COLUMNS = List.of("subject_id", "subject_label", "predicate_id",
      "predicate_modifier", "object_id", "object_label", "mapping_justification", "object_source_version",
      "validation_status", "comment");

  /** Returns a cell's text on one line: tabs and line ends become spaces. */
  private static String cell(String text) {
    return text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
  }

  private static MappingSummary json(Registry registry, MappingValidator validator, MappingTable in, PrintWriter out) {
    try {
      // Closed only when complete: closing a generator ends what is open, and a report cut short must not look whole.
      JsonGenerator g = Json.MAPPER.getFactory().createGenerator(new Json.NonClosing(out));
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("rows");
      boolean json = in.format() == MappingTable.Format.JSON;
      MappingSummary summary = new MappingSummary();
      records(registry, in).forEachOrdered(r -> writeRow(g, r, summary.add(validator.validate(r.row())), json));
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
