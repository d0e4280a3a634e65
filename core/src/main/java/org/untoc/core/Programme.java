package org.untoc.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A programme or study through which assistance is delivered, such as a global programme,
 * with its project codes as {@linkplain Identifier identifiers} of scheme {@link
 * Identifier#UNODC_PROJECT}.
 *
 * <p>The unit that runs a programme is a {@link RelationKind#RUNS} relation, so that it can
 * change between editions.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(lazyhash = true)
public abstract sealed class Programme implements Entity permits ImmutableProgramme {
  Programme() {}

  /** Returns the type of programme. */
  public abstract ProgrammeType programmeType();

  /** Returns when the programme started, if known. */
  public abstract Optional<DatedFact> started();

  /** Returns when the programme ended, if known, with a note on how. */
  @Override
  public abstract Optional<DatedFact> ended();

  /** Returns when the programme started, if known: a programme is established when it starts. */
  @Override
  public final Optional<DatedFact> established() {
    return started();
  }

  @Override
  public final EntityKind kind() {
    return EntityKind.PROGRAMME;
  }

  /** Returns a builder of programmes. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Programme} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableProgramme.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Names.checkEntity(this);
  }

  @Override
  public String toString() {
    return "Programme[" + id() + ": " + label() + "]";
  }
}
