package org.untoc.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One edition of the structure: the state of the organisation as one source document shows it.
 *
 * <p>Editions are data: a {@link Registry} holds them in order, oldest first, and names the
 * newest {@linkplain Registry#latest() latest}. An edition's date is optional and partial,
 * because sources are often undated.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Edition {
  Edition() {}

  /** Returns the id of the edition. */
  public abstract EditionId id();

  /** Returns a short title, such as "Organized Crime Branch brochure". */
  public abstract String title();

  /** Returns the source document that the edition follows. */
  public abstract String source();

  /** Returns the date of the edition, to the precision known; empty if undated. */
  public abstract Optional<PartialDate> date();

  /** Returns a longer description of the edition. */
  public abstract Optional<String> description();

  /** Returns a builder of editions. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Edition} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableEdition.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(!title().isBlank(), "edition %s: title must not be blank", id());
    checkArgument(!source().isBlank(), "edition %s: source must not be blank", id());
  }

  /** Returns the id of the edition. */
  @Override
  public String toString() {
    return id().toString();
  }
}
