package org.untoc.core;

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
  @Value.Parameter(order = 5)
  public abstract InstrumentType instrumentType();

  /** Returns when and where it was adopted, if known. */
  @Value.Parameter(order = 6)
  public abstract Optional<DatedFact> adopted();

  /** Returns when it was opened for signature, if known. */
  @Value.Parameter(order = 7)
  public abstract Optional<DatedFact> openedForSignature();

  /** Returns when it entered into force, if known. */
  @Value.Parameter(order = 8)
  public abstract Optional<DatedFact> entryIntoForce();

  @Override
  public final EntityKind kind() {
    return EntityKind.INSTRUMENT;
  }

  /** Returns a builder of instruments. */
  public static ImmutableInstrument.Builder builder() {
    return ImmutableInstrument.builder();
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
