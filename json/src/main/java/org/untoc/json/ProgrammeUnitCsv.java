package org.untoc.json;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.untoc.core.Edition;
import org.untoc.core.EditionId;
import org.untoc.core.Entity;
import org.untoc.core.Programme;
import org.untoc.core.Registry;
import org.untoc.core.Relation;
import org.untoc.core.RelationKind;

/**
 * Exports the programme-to-unit mappings of a registry as CSV: for each edition, oldest first,
 * and each programme that exists in it, sorted by id, the unit that runs it there, or empty
 * unit columns where none is known.
 *
 * <pre>{@code
 * edition,programme,programme_acronym,programme_name,unit,unit_acronym,unit_name,basis
 * ocb-overview,gpml,GPML,Global Programme against ...,cmls,CMLS,Cybercrime and ...,inferred
 * }</pre>
 *
 * <p>Names are those in force in the edition; {@code basis} is the basis of the runs relation
 * ({@code stated}, {@code public-record} or {@code inferred}). The file has a header row, RFC
 * 4180 quoting and {@code \n} line ends.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProgrammeUnitCsv {
  /** The columns, in order. */
  public static final ImmutableList<String> COLUMNS = ImmutableList.of("edition", "programme",
      "programme_acronym", "programme_name", "unit", "unit_acronym", "unit_name", "basis");

  private static final CsvMapper MAPPER = CsvMapper.builder()
      .disable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();
  private static final CsvSchema SCHEMA;

  static {
    CsvSchema.Builder b = CsvSchema.builder();
    COLUMNS.forEach(b::addColumn);
    SCHEMA = b.setUseHeader(true).setLineSeparator("\n").build();
  }

  private ProgrammeUnitCsv() {}

  /**
   * Writes the mappings of every edition; the writer is flushed, not closed.
   *
   * @param registry the registry, not null
   * @param out the writer, not null
   * @throws IOException if the writer cannot be written
   */
  public static void write(Registry registry, Writer out) throws IOException {
    write(registry, registry.editions(), out);
  }

  /**
   * Writes the mappings of one edition; the writer is flushed, not closed.
   *
   * @param registry the registry, not null
   * @param edition the edition, not null
   * @param out the writer, not null
   * @throws IOException if the writer cannot be written
   * @throws org.untoc.core.UntocException if the registry has no such edition
   */
  public static void write(Registry registry, EditionId edition, Writer out) throws IOException {
    write(registry, List.of(registry.view(edition).edition()), out);
  }

  private static void write(Registry registry, List<Edition> editions, Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    List<Programme> programmes = new ArrayList<>(registry.entities(Programme.class));
    programmes.sort(Comparator.comparing(Entity::id));
    try (SequenceWriter w = MAPPER.writer(SCHEMA)
        .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
      for (Edition edition : editions) {
        for (Programme p : programmes) {
          if (registry.view(edition.id()).contains(p.id())) {
            List<String> row = new ArrayList<>(COLUMNS.size());
            row.add(edition.id().toString());
            row.add(p.id().toString());
            row.add(p.acronymIn(edition.id()).orElse(""));
            row.add(p.nameIn(edition.id()));
            List<Relation> runs = registry.view(edition.id()).relationsTo(p.id(), RelationKind.RUNS);
            if (runs.isEmpty()) {
              row.addAll(List.of("", "", "", ""));
            } else {
              Entity unit = registry.get(runs.get(0).from());
              row.add(unit.id().toString());
              row.add(unit.acronymIn(edition.id()).orElse(""));
              row.add(unit.nameIn(edition.id()));
              row.add(runs.get(0).provenance().basis().label());
            }
            w.write(row);
          }
        }
      }
    }
    out.flush();
  }

  /**
   * Returns the mappings of every edition as CSV text.
   *
   * @param registry the registry, not null
   * @return the CSV text, not null
   */
  public static String toString(Registry registry) {
    StringWriter out = new StringWriter();
    try {
      write(registry, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
