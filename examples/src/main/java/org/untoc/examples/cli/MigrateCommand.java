package org.untoc.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.untoc.core.Edition;
import org.untoc.core.Entity;
import org.untoc.core.Registry;
import org.untoc.core.change.Migration;
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

/** {@code untoc migrate FILE --to ID}: rewrites a mapping file for another edition. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
    description = {"Rewrite a mapping file for another edition: for each row that holds in its own"
        + " edition, the unit that runs the programme in the target edition, with a status and a message.",
        "Statuses: UNCHANGED, MOVED (the unit is replaced), UNMAPPED (no unit is known there; the unit is"
            + " kept), DISSOLVED (the programme is gone; the unit is kept), or, for a row that does not hold"
            + " in its own edition, its validate status (MISMATCH, NOT_IN_EDITION, UNKNOWN_PROGRAMME, ...),"
            + " the row kept as it was.",
        "The output has the input's format (CSV or JSON) and columns, with edition set to the target on"
            + " migrated rows and the columns migrate_status and migrate_message added (or replaced, after an"
            + " earlier migration). Exit code 0 if every row is UNCHANGED or MOVED, 1 otherwise, 2 if the"
            + " file cannot be read."})
final class MigrateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  DataOptions data;

  @ParentCommand
  UntocCommand parent;

  @Parameters(index = "0", paramLabel = "FILE", description = "The mapping file, CSV or JSON, or '-'.")
  String file;

  @Option(names = "--to", paramLabel = "ID", required = true,
      description = "The edition to migrate to, by id, or latest.")
  String to;

  @Option(names = "--edition", paramLabel = "ID", defaultValue = "latest",
      description = "The edition of rows that name none; 'latest' (the default) names the newest.")
  String edition = "latest";

  @Override
  public Integer call() {
    Registry registry = data.registry();
    Edition target = registry.edition(to);
    MappingValidator validator = MappingValidator.of(registry).withDefaultEdition(edition);
    PrintWriter out = spec.commandLine().getOut();
    boolean clean = MappingInput.read(file, parent.stdin, in -> {
      boolean[] all = {true};
      try (Output sink = new Output(in, out)) {
        in.records().forEachOrdered(r -> {
          Map<String, Object> row = migrate(registry, validator, target, r, in.format());
          all[0] &= row.get(STATUS).equals("UNCHANGED") || row.get(STATUS).equals("MOVED");
          sink.write(row);
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return all[0];
    });
    out.flush();
    return clean ? UntocCommand.OK : UntocCommand.PROBLEMS;
  }

  /** The columns migrate adds, or replaces where an earlier migration added them. */
  static final String STATUS = "migrate_status";
  static final String MESSAGE = "migrate_message";

  /**
   * Returns the migrated row: programme, unit, edition, the echoed columns, status and message.
   * Only a row that holds in its own edition (CONFIRMED or CONSISTENT) is rewritten; any other
   * keeps its unit and edition and takes its validate status.
   */
  private static Map<String, Object> migrate(Registry registry, MappingValidator validator, Edition target,
      MappingRecord r, MappingTable.Format format) {
    MappingVerdict v = validator.validate(r.row());
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(MappingTable.PROGRAMME, r.row().programme());
    String unit = r.row().unit();
    String edition = r.row().edition().orElse("");
    String status;
    String message;
    if (v.status().isAgreement()) {
      Migration m = registry.migrate(v.programme().orElseThrow(), v.unit().orElseThrow(),
          v.edition().orElseThrow(), target.id());
      status = m.status().name();
      message = m.message();
      edition = target.id().toString();
      if (m.status() == Migration.Status.MOVED) {
        Entity now = registry.get(m.unit().orElseThrow());
        unit = now.acronymIn(target.id()).orElseGet(() -> now.nameIn(target.id()));
      }
    } else {
      status = v.status().name();
      message = v.message();
    }
    row.put(MappingTable.UNIT, unit);
    row.put(MappingTable.EDITION, edition);
    r.extras().forEach((column, value) -> {
      if (!column.strip().equalsIgnoreCase(STATUS) && !column.strip().equalsIgnoreCase(MESSAGE)) {
        row.put(column, format == MappingTable.Format.JSON ? json(value) : value);
      }
    });
    row.put(STATUS, status);
    row.put(MESSAGE, message);
    return row;
  }

  /** Returns a JSON table's cell, read back from its JSON text. */
  private static Object json(String text) {
    try {
      return ValidateCommand.MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes migrated rows in the input's format, starting when the first row is known. */
  private static final class Output implements AutoCloseable {
    private final MappingTable in;
    private final PrintWriter out;
    private SequenceWriter csv;
    private JsonGenerator json;

    Output(MappingTable in, PrintWriter out) {
      this.in = in;
      this.out = out;
    }

    void write(Map<String, Object> row) {
      try {
        if (in.format() == MappingTable.Format.JSON) {
          if (json == null) {
            json = ValidateCommand.MAPPER.getFactory().createGenerator(new ValidateCommand.NonClosing(out));
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
          }
          json.writeObject(row);
          return;
        }
        if (csv == null) {
          CsvSchema.Builder schema = CsvSchema.builder();
          List<String> columns = new ArrayList<>(in.columns());
          for (String c : List.of(MappingTable.EDITION, STATUS, MESSAGE)) {
            if (columns.stream().noneMatch(x -> x.strip().toLowerCase(Locale.ROOT).equals(c))) {
              columns.add(c);
            }
          }
          columns.forEach(schema::addColumn);
          CsvMapper mapper = new CsvMapper();
          mapper.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
          csv = mapper.writer(schema.build().withHeader()).writeValues(new ValidateCommand.NonClosing(out));
          header = columns;
        }
        Map<String, Object> cells = new LinkedHashMap<>();
        for (String c : header) {
          Object value = row.get(c.strip().toLowerCase(Locale.ROOT));
          cells.put(c, value != null ? value : row.getOrDefault(c, ""));
        }
        csv.write(cells);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private List<String> header = List.of();

    @Override
    public void close() throws IOException {
      if (in.format() == MappingTable.Format.JSON) {
        if (json == null) {
          json = ValidateCommand.MAPPER.getFactory().createGenerator(new ValidateCommand.NonClosing(out));
          json.writeStartArray();
        }
        json.writeEndArray();
        json.writeRaw('\n');
        json.close();
      } else if (csv != null) {
        csv.close();
      }
    }
  }
}
