package org.untoc.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A treaty or legal act: a convention, a protocol, a resolution or decision that founds
 * something, with the dates of its adoption, opening for signature and entry into force where
 * known.
 *
 * <p>A date that is not known is empty, never guessed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(lazyhash = true)
public abstract sealed class Instrument implements Entity permits ImmutableInstrument {
  Instrument() {}

  /** Returns the type of instrument. */
  public abstract InstrumentType instrumentType();

  /** Returns when and where it was adopted, if known. */
  public abstract Optional<DatedFact> adopted();

  /** Returns when it was opened for signature, if known. */
  public abstract Optional<DatedFact> openedForSignature();

  /** Returns when it entered into force, if known. */
  public abstract Optional<DatedFact> entryIntoForce();

  /** Returns when it was adopted, if known: an instrument is established by its adoption. */
  @Override
  public final Optional<DatedFact> established() {
    return adopted();
  }

  /**
   * Returns true if the instrument is known to be in force on a day: its entry into force is
   * known and falls on the day or before it (its {@linkplain PartialDate#lastDay() last day} is
   * not after the day), and it has not {@linkplain #ended() ended} before the day. An instrument
   * adopted but not yet in force, one whose entry into force is known only to a month or year that
   * contains the day (undecided), and one that has no entry into force, such as a resolution, are
   * not.
   *
   * @param day the day, not null
   */
  public boolean isInForceOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return entryIntoForce().isPresent() && !entryIntoForce().get().date().lastDay().isAfter(day)
        && !period().endsBefore(day);
  }

  @Override
  public final EntityKind kind() {
    return EntityKind.INSTRUMENT;
  }

  /** Returns a builder of instruments. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Instrument} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableInstrument.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Names.checkEntity(this);
  }

  @Override
  public String toString() {
    return "Instrument[" + id() + ": " + label() + "]";
  }
}
