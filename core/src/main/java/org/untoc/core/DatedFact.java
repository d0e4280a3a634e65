package org.untoc.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A date with its provenance, and an optional note that qualifies it ("art. 38", "amended text
 * in force 8 Aug 1975").
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DatedFact {
  DatedFact() {}

  /** Returns the date, to the precision known. */
  public abstract PartialDate date();

  /** Returns a note that qualifies the date. */
  public abstract Optional<String> note();

  /** Returns where the date comes from. */
  public abstract Provenance provenance();

  /**
   * Obtains a dated fact.
   *
   * @param date the date, not null
   * @param provenance where it comes from, not null
   * @return the fact, not null
   */
  public static DatedFact of(PartialDate date, Provenance provenance) {
    return builder().date(date).provenance(provenance).build();
  }

  /**
   * Obtains a dated fact with a note.
   *
   * @param date the date, not null
   * @param note the note, not null
   * @param provenance where it comes from, not null
   * @return the fact, not null
   */
  public static DatedFact of(PartialDate date, String note, Provenance provenance) {
    return builder().date(date).note(note).provenance(provenance).build();
  }

  /**
   * Returns the fact in words, with its note and basis: "27 December 2019 (General Assembly
   * resolution 74/247) [PUBLIC_RECORD]".
   */
  public String toText() {
    return date().toText() + note().map(n -> " (" + n + ")").orElse("") + " [" + provenance().basis() + "]";
  }

  /** Returns the date, with the note in parentheses if there is one. */
  @Override
  public String toString() {
    return date() + note().map(n -> " (" + n + ")").orElse("");
  }

  /** Returns a builder of dated facts. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DatedFact} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableDatedFact.Builder {
    Builder() {}
  }
}
