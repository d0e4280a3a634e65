package org.untoc.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stretch of time between two partial dates, each optional and each a {@link DatedFact} with
 * its provenance: the time an {@linkplain Edition#period() edition describes}, the time an
 * {@linkplain Entity#period() entity exists}, or the time a {@linkplain Relation#period()
 * relation holds}. A bound that is absent is open: a period with no start reaches back without
 * end, one with no end goes on; {@link #unbounded()} has neither.
 *
 * <h2>Against a day</h2>
 * Each bound names the interval of its days (see {@link PartialDate}). A period {@linkplain
 * #startsAfter(LocalDate) starts after} a day if its start is after the day, and {@linkplain
 * #endsBefore(LocalDate) ends before} it if its end is before the day; it {@linkplain
 * #covers(LocalDate) covers} the day if it does neither. So a bound that contains the day (a
 * start of {@code 2018} against 2018-10-19) does not exclude it: the source does not say the
 * period began after that day, and the period covers it, {@linkplain #isUncertainOn(LocalDate)
 * uncertainly}. A bound known to the day includes that day: a period that starts on 2019-12-27
 * covers 2019-12-27, and one that ends on it covers it too.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Period {
  private static final Period UNBOUNDED = builder().build();

  Period() {}

  /** Returns the start, if known, with its provenance. */
  public abstract Optional<DatedFact> from();

  /** Returns the end, if known, with its provenance. */
  public abstract Optional<DatedFact> to();

  /**
   * Obtains a period with both bounds.
   *
   * @param from the start, not null
   * @param to the end, not null
   * @return the period, not null
   * @throws IllegalArgumentException if the end is before the start
   */
  public static Period of(DatedFact from, DatedFact to) {
    return builder().from(from).to(to).build();
  }

  /**
   * Obtains a period from optional bounds.
   *
   * @param from the start, or empty for an open start, not null
   * @param to the end, or empty for an open end, not null
   * @return the period, not null
   * @throws IllegalArgumentException if the end is before the start
   */
  public static Period of(Optional<DatedFact> from, Optional<DatedFact> to) {
    return from.isEmpty() && to.isEmpty() ? UNBOUNDED : builder().from(from).to(to).build();
  }

  /**
   * Obtains a period that starts and goes on: "2021 on".
   *
   * @param from the start, not null
   * @return the period, not null
   */
  public static Period since(DatedFact from) {
    return builder().from(from).build();
  }

  /**
   * Obtains a period that reaches back without a known start and ends: "until 2015".
   *
   * @param to the end, not null
   * @return the period, not null
   */
  public static Period until(DatedFact to) {
    return builder().to(to).build();
  }

  /** Returns the period with neither start nor end, which covers every day. */
  public static Period unbounded() {
    return UNBOUNDED;
  }

  /** Returns true if the period has neither start nor end. */
  public boolean isUnbounded() {
    return from().isEmpty() && to().isEmpty();
  }

  /**
   * Returns true if the period starts after a day: its start is known and after the day.
   *
   * @param day the day, not null
   */
  public boolean startsAfter(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return from().isPresent() && from().get().date().isAfter(day);
  }

  /**
   * Returns true if the period ends before a day: its end is known and before the day.
   *
   * @param day the day, not null
   */
  public boolean endsBefore(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return to().isPresent() && to().get().date().isBefore(day);
  }

  /**
   * Returns true if the period covers a day: it neither starts after it nor ends before it.
   *
   * @param day the day, not null
   */
  public boolean covers(LocalDate day) {
    return !startsAfter(day) && !endsBefore(day);
  }

  /**
   * Returns true if the two periods share a day, or may: neither ends before the other starts,
   * each bound taken as the interval of its days. {@code 2006 to 2007-06} and {@code 2008-01-01
   * on} do not overlap; {@code 2006 to 2007} and {@code 2007-06 on} do.
   *
   * @param other the other period, not null
   */
  public boolean overlaps(Period other) {
    Objects.requireNonNull(other, "other");
    return !endsBeforeStartOf(this, other) && !endsBeforeStartOf(other, this);
  }

  private static boolean endsBeforeStartOf(Period a, Period b) {
    return a.to().isPresent() && b.from().isPresent()
        && a.to().get().date().lastDay().isBefore(b.from().get().date().firstDay());
  }

  /**
   * Returns true if the period covers a day only because a bound known to the year or month
   * contains it: a start of {@code 2018} against 2018-10-19 may have been before the day or after
   * it.
   *
   * @param day the day, not null
   */
  public boolean isUncertainOn(LocalDate day) {
    return covers(day) && (from().isPresent() && partlyContains(from().get().date(), day)
        || to().isPresent() && partlyContains(to().get().date(), day));
  }

  private static boolean partlyContains(PartialDate date, LocalDate day) {
    return !date.isComplete() && date.contains(day);
  }

  /** Returns a builder of periods. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Period} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutablePeriod.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (from().isPresent() && to().isPresent()) {
      PartialDate start = from().get().date();
      PartialDate end = to().get().date();
      checkArgument(!start.firstDay().isAfter(end.lastDay()), "a period must not end (%s) before it starts (%s)",
          end, start);
    }
  }

  /** Returns the bounds in words: "2011 to 2015", "2021 on", "until 2015" or "unbounded". */
  @Override
  public String toString() {
    if (from().isPresent()) {
      return from().get().date() + to().map(t -> " to " + t.date()).orElse(" on");
    }
    return to().map(t -> "until " + t.date()).orElse("unbounded");
  }
}
