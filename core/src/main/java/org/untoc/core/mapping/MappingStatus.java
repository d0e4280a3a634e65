package org.untoc.core.mapping;

import org.untoc.core.Labelled;

/** The verdict on one {@link MappingRow}. */
public enum MappingStatus implements Labelled {
  /** The registry states it (basis STATED or PUBLIC_RECORD) in that edition. */
  CONFIRMED,
  /** The registry has it, as an inference, in that edition. */
  CONSISTENT,
  /** Another unit runs the programme in that edition: see {@link MappingVerdict#expected()}. */
  MISMATCH,
  /** Both exist in that edition, but the registry knows no unit that runs the programme. */
  UNMAPPED,
  /** The programme or the unit exists, but not in that edition. */
  NOT_IN_EDITION,
  /** No programme bears that name in any edition. */
  UNKNOWN_PROGRAMME,
  /** No unit bears that name in any edition. */
  UNKNOWN_UNIT,
  /** A name names more than one entity: see {@link MappingVerdict#candidates()}. */
  AMBIGUOUS,
  /** The row names an edition the registry does not have. */
  UNKNOWN_EDITION;

  /** Returns true for {@link #CONFIRMED} and {@link #CONSISTENT}: the registry agrees. */
  public boolean isAgreement() {
    return this == CONFIRMED || this == CONSISTENT;
  }
}
