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
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.Name;
import org.untoc.core.NameType;
import org.untoc.core.Registry;
import org.untoc.core.change.Migration;
import org.untoc.core.mapping.MappingStatus;
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
        + " edition (CONFIRMED, CONSISTENT or WITHIN), the unit that runs the programme in the target edition, with"
        + " a status and a message.",
        "Statuses: UNCHANGED, MOVED (the unit is replaced), UNMAPPED (no unit is known there; the unit is"
            + " kept), DISSOLVED (the programme is gone; the unit is kept), or, for a row that does not hold"
            + " in its own edition, its validate status (MISMATCH, NOT_IN_EDITION, UNKNOWN_PROGRAMME, ...),"
            + " the row kept as it was.",
        "The output has the input's format (CSV or JSON) and columns, with edition set to the target on"
            + " migrated rows and the columns migrate_status and migrate_message added (or replaced, after an"
            + " earlier migration). A unit named by a former name or acronym gets the one it bears in the target"
            + " edition; a row that is not migrated keeps its own edition. Exit code 0 if every row is UNCHANGED"
            + " or MOVED, 1 otherwise, 2 if a row is MALFORMED or the file cannot be read."})
final class MigrateCommand implements Callable<Integer> {
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

  @Option(names = "--to", paramLabel = "ID", required = true,
      description = "The edition to migrate to, by id, or latest.")
  String to;

  @Option(names = "--edition", paramLabel = "ID",
      description = "The edition of rows that name none; 'latest' (the default) names the newest.")
  @Nullable String edition;

  /** The columns migrate adds, or replaces where an earlier migration added them. */
  static final String STATUS = "migrate_status";
  static final String MESSAGE = "migrate_message";

  @Override
  public Integer call() {
    Registry registry = data.registry(parent);
    Edition target = registry.edition(to);
    String e = parent.edition(edition);
    MappingValidator validator = MappingValidator.of(registry).withDefaultEdition(e == null ? "latest" : e);
    return output.write(spec.commandLine().getOut(), out -> input.read(file, parent.stdin, in -> {
      int code = UntocCommand.OK;
      try (Sink sink = new Sink(in, out)) {
        Iterator<MappingRecord> records = in.records().iterator();
        while (records.hasNext()) {
          Map<String, Object> row = migrate(registry, validator, target, records.next(), in.format());
          Object status = row.get(STATUS);
          if (status.equals(MappingStatus.MALFORMED.name())) {
            code = UntocCommand.USAGE;
          } else if (!status.equals("UNCHANGED") && !status.equals("MOVED") && code == UntocCommand.OK) {
            code = UntocCommand.PROBLEMS;
          }
          sink.write(row);
        }
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
      return code;
    }));
  }

  /**
   * Returns the migrated row: programme, unit, edition, the echoed columns, status and message.
   * Only a row that holds in its own edition (CONFIRMED, CONSISTENT or WITHIN) is rewritten; any
   * other keeps its unit and edition and takes its validate status. A row migrated to the target
   * edition (UNCHANGED or MOVED) gets the target edition, and the unit by the name it bears there
   * where the row gave a name it no longer bears; a row that is not (UNMAPPED, DISSOLVED) keeps
   * the edition it holds in. A row with a date that holds gets the edition in place of the date;
   * any other keeps its date.
   */
  private static Map<String, Object> migrate(Registry registry, MappingValidator validator, Edition target,
      MappingRecord r, MappingTable.Format format) {
    MappingVerdict v = validator.validate(r.row());
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(MappingTable.PROGRAMME, r.row().programme());
    String unit = r.row().unit();
    String edition = r.row().edition().orElse("");
    String date = r.row().date().map(Object::toString).orElse("");
    String status;
    String message;
    if (v.status().isAgreement()) {
      Migration m = registry.migrate(v.programme().orElseThrow(), v.unit().orElseThrow(),
          v.edition().orElseThrow(), target.id());
      status = m.status().name();
      message = m.message();
      edition = v.edition().orElseThrow().toString();
      date = "";
      if (m.status() == Migration.Status.MOVED || m.status() == Migration.Status.UNCHANGED) {
        edition = target.id().toString();
        Entity named = registry.get(m.mappedUnit());
        unit = nameIn(m.status() == Migration.Status.MOVED ? registry.get(m.unit().orElseThrow()) : named, named,
            unit, target.id());
      }
    } else {
      status = v.status().name();
      message = v.message();
    }
    row.put(MappingTable.UNIT, unit);
    row.put(MappingTable.EDITION, edition);
    if (!date.isEmpty()) {
      row.put(MappingTable.DATE, date);
    }
    r.extras().forEach((column, value) -> {
      if (!column.strip().equalsIgnoreCase(STATUS) && !column.strip().equalsIgnoreCase(MESSAGE)) {
        row.put(column, format == MappingTable.Format.JSON ? json(value) : value);
      }
    });
    row.put(STATUS, status);
    row.put(MESSAGE, message);
    return row;
  }

  /**
   * Returns how a row should name a unit in an edition, the row having named it, or the unit it
   * replaces, as given: as given, where that is the unit's id (exactly) or a name it bears there;
   * else in the same way (by id, acronym or name) by the id or name the unit bears there, its
   * official name where it has no acronym.
   */
  static String nameIn(Entity unit, Entity named, String given, EditionId edition) {
    if (named.id().toString().equals(given.strip())) {
      return unit.equals(named) ? given : unit.id().toString();
    }
    Optional<Name> used = named.names().stream().filter(n -> n.matches(given))
        .min(Comparator.comparing(n -> !n.holdsIn(edition)));
    if (unit.equals(named) && used.isPresent() && used.get().holdsIn(edition)) {
      return given;
    }
    boolean acronym = used.map(n -> n.type() == NameType.ACRONYM).orElse(true);
    return acronym ? unit.acronymIn(edition).orElseGet(() -> unit.nameIn(edition)) : unit.nameIn(edition);
  }

  /** Returns a JSON table's cell, read back from its JSON text. */
  private static Object json(String text) {
    try {
      return Json.MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes migrated rows in the input's format: CSV with the input's delimiter and its header first, or JSON. */
  private static final class Sink implements AutoCloseable {
    private final MappingTable in;
    private final @Nullable SequenceWriter csv;
    private final @Nullable JsonGenerator json;
    private final List<String> header;

    Sink(MappingTable in, PrintWriter out) throws IOException {
      this.in = in;
      if (in.format() == MappingTable.Format.JSON) {
        json = Json.MAPPER.getFactory().createGenerator(new Json.NonClosing(out));
        json.useDefaultPrettyPrinter();
        json.writeStartArray();
        csv = null;
        header = List.of();
        return;
      }
      json = null;
      CsvSchema.Builder schema = CsvSchema.builder().setColumnSeparator(in.delimiter());
      List<String> columns = new ArrayList<>(in.columns());
      for (String c : List.of(MappingTable.EDITION, STATUS, MESSAGE)) {
        if (columns.stream().noneMatch(x -> x.strip().toLowerCase(Locale.ROOT).equals(c))) {
          columns.add(c);
        }
      }
      columns.forEach(schema::addColumn);
      CsvMapper mapper = new CsvMapper();
      mapper.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
      // Written at once, so that a table without rows still gets its header.
      csv = mapper.writer(schema.build().withHeader()).writeValues(new Json.NonClosing(out));
      csv.flush();
      header = columns;
    }

    void write(Map<String, Object> row) {
      try {
        if (json != null) {
          json.writeObject(row);
          return;
        }
        Map<String, Object> cells = new LinkedHashMap<>();
        for (String c : header) {
          Object value = row.get(c.strip().toLowerCase(Locale.ROOT));
          cells.put(c, value != null ? value : row.getOrDefault(c, ""));
        }
        Objects.requireNonNull(csv).write(cells);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      if (json != null) {
        json.writeEndArray();
        json.writeRaw('\n');
        json.close();
      } else if (csv != null) {
        csv.close();
      }
    }
  }
}
