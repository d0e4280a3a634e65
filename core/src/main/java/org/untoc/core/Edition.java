package org.untoc.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One edition of the structure: the state of the organisation as one source document shows it.
 *
 * <p>Editions are data: a {@link Registry} holds them in order, oldest first, and names the
 * newest {@linkplain Registry#latest() latest}.
 *
 * <p>Two dates belong to an edition, and they answer different questions. Its {@linkplain
 * #date() date} is when its document is dated: when the document was written or published,
 * optional and partial, because sources are often undated. Its {@linkplain #period() period} is
 * the time the document describes: the stretch of time whose structure the edition shows, which
 * {@link Registry#asOf(java.time.LocalDate)} uses to choose the edition for a day. A document
 * dated 2024 may describe the branch from 2021 on; an undated one may still be known, from the
 * facts it presents as current, to describe 2011 to 2015. Each bound of the period is a {@link
 * DatedFact} with its provenance: for an undated source, an inference with its rationale.
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

  /**
   * Returns the date of the edition's document, to the precision known: when it was written or
   * published; empty if undated. Not to be confused with {@link #period()}, the time it describes.
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns the time the edition describes, each bound with its provenance; {@linkplain
   * Period#unbounded() unbounded} where nothing bounds it. Not to be confused with {@link
   * #date()}, when the document is dated.
   */
  @Value.Default
  public Period period() {
    return Period.unbounded();
  }

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
