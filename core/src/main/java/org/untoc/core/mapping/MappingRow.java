package org.untoc.core.mapping;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One claim of a mapping table: "programme P is run by unit U", each given by id, acronym,
 * official name or alias, optionally in a named edition or as of a day (in the edition whose
 * period covers it), with where in its table it comes from:
 * the line, and for a row of a JSON array its JSON Pointer ({@code /3}).
 *
 * <p>A row the table gave with a fault of its own (too many cells, a value of the wrong type)
 * carries the {@linkplain #problem() problem}, with the cells it could read, and validates as
 * {@link MappingStatus#MALFORMED}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MappingRow {
  MappingRow() {}

  /** Returns the line of the source table the row comes from, from 1; 0 if it has none. */
  @Value.Default
  public long line() {
    return 0;
  }

  /** Returns the programme, as the table gives it. */
  public abstract String programme();

  /** Returns the unit, as the table gives it. */
  public abstract String unit();

  /** Returns the edition the row claims to hold in; empty for the validator's default. */
  public abstract Optional<String> edition();

  /**
   * Returns the day the row claims to hold on, in place of an edition: the row is judged as of
   * that day ({@link org.untoc.core.Registry#asOf(LocalDate)}); empty for the validator's default.
   * A row with both an edition and a day is {@link MappingStatus#MALFORMED}.
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns the JSON Pointer of the row in its table, such as {@code /3}, for a row of a JSON
   * array; empty otherwise.
   */
  public abstract Optional<String> pointer();

  /**
   * Returns what is wrong with the row as its table gave it, such as "3 cells where the header
   * row names 2 columns"; empty for a well-formed row.
   */
  public abstract Optional<String> problem();

  /**
   * Returns where the row is in its table, for messages: its JSON Pointer if it has one, else
   * "line N", or "" for a row without a line.
   */
  public String place() {
    return pointer().orElse(line() > 0 ? "line " + line() : "");
  }

  /**
   * Obtains a row without a line or an edition.
   *
   * @param programme the programme, not null
   * @param unit the unit, not null
   * @return the row, not null
   */
  public static MappingRow of(String programme, String unit) {
    return builder().programme(programme).unit(unit).build();
  }

  /**
   * Obtains a row from a line of a table.
   *
   * @param line the line, from 1
   * @param programme the programme, not null
   * @param unit the unit, not null
   * @param edition the edition, or empty for the default, not null
   * @return the row, not null
   */
  public static MappingRow of(long line, String programme, String unit, Optional<String> edition) {
    return builder().line(line).programme(programme).unit(unit).edition(edition).build();
  }

  @Value.Check
  void check() {
    checkArgument(line() >= 0, "line must not be negative, found %s", line());
    checkArgument(pointer().map(p -> p.startsWith("/")).orElse(true),
        "a row's pointer is a JSON Pointer starting with '/', found '%s'", pointer().orElse(""));
    checkArgument(problem().map(p -> !p.isBlank()).orElse(true), "a row's problem must not be blank");
  }

  /** Returns a builder of mapping rows. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MappingRow} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableMappingRow.Builder {
    Builder() {}
  }
}
