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
  public abstract InstrumentType instrumentType();

  /** Returns when and where it was adopted, if known. */
  public abstract Optional<DatedFact> adopted();

  /** Returns when it was opened for signature, if known. */
  public abstract Optional<DatedFact> openedForSignature();

  /** Returns when it entered into force, if known. */
  public abstract Optional<DatedFact> entryIntoForce();

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
