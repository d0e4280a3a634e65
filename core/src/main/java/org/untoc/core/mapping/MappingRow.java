package org.untoc.core.mapping;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One claim of a mapping table: "programme P is run by unit U", each given by id, acronym,
 * official name or alias, optionally in a named edition, with the line of the table it comes
 * from.
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
