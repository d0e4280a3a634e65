package org.untoc.core;

import org.immutables.value.Value;

/**
 * One breach of an integrity {@link Rule}, naming what breaks it and where.
 *
 * <p>{@link #target()} and {@link #index()} locate the offending edition, entity or relation by
 * its position in the order it was given to the {@link Registry.Builder}, so that a reader of a
 * document can map a violation back to its place in the document; {@link #subject()} names it
 * for people ({@code relation 12 (cmls runs gpml)}), {@link #field()} names the field at fault.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Violation {
  Violation() {}

  /** What a violation is located in. */
  public enum Target implements Labelled {
    /** An edition. */
    EDITION,
    /** A source. */
    SOURCE,
    /** An entity. */
    ENTITY,
    /** A relation. */
    RELATION
  }

  /** Returns the rule that is broken. */
  public abstract Rule rule();

  /** Returns what the violation is located in. */
  public abstract Target target();

  /** Returns the position of the edition, entity or relation in the order it was given. */
  public abstract int index();

  /** Returns the offending item for people: "entity cmls", "relation 12 (cmls runs gpml)". */
  public abstract String subject();

  /** Returns the field at fault: {@code id}, {@code from}, {@code editions}, ... */
  public abstract String field();

  /** Returns what is wrong and what was expected. */
  public abstract String message();

  /** Returns "rule: subject, field: message". */
  @Override
  public String toString() {
    return rule().label() + ": " + subject() + ", " + field() + ": " + message();
  }

  /** Returns a builder of violations. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Violation} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableViolation.Builder {
    Builder() {}
  }
}
