package org.untoc.core.mapping;

import org.untoc.core.Labelled;

/** The verdict on one {@link MappingRow}. */
public enum MappingStatus implements Labelled {
  /** The registry states it (basis STATED or PUBLIC_RECORD) in that edition. */
  CONFIRMED,
  /** The registry has it, as an inference, in that edition. */
  CONSISTENT,
  /**
   * The unit contains the unit that runs the programme in that edition (a mapping to a branch
   * rather than a section): see {@link MappingVerdict#expected()}. Not a mismatch.
   */
  WITHIN,
  /** Another unit runs the programme in that edition: see {@link MappingVerdict#expected()}. */
  MISMATCH,
  /** Both exist in that edition, but the registry knows no unit that runs the programme. */
  UNMAPPED,
  /**
   * The programme or the unit exists, but not in that edition, or, for a row read as of a day, not
   * on that day: it did not exist yet or no longer existed, by its own dates.
   */
  NOT_IN_EDITION,
  /** No programme bears that name in any edition. */
  UNKNOWN_PROGRAMME,
  /** No unit bears that name in any edition. */
  UNKNOWN_UNIT,
  /** A name names more than one entity: see {@link MappingVerdict#candidates()}. */
  AMBIGUOUS,
  /** The row names an edition the registry does not have, or a day that no edition's period covers. */
  UNKNOWN_EDITION,
  /**
   * The row cannot be read as a claim: a cell is empty, it gives both an edition and a date, or the table gave the row with a fault
   * of its own ({@link MappingRow#problem()}). The message says what is wrong.
   */
  MALFORMED;

  /**
   * Returns true for {@link #CONFIRMED}, {@link #CONSISTENT} and {@link #WITHIN}: the registry
   * agrees, for {@code WITHIN} at the level of the unit that contains the one it names.
   */
  public boolean isAgreement() {
    return this == CONFIRMED || this == CONSISTENT || this == WITHIN;
  }
}
