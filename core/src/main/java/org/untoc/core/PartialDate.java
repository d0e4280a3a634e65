package org.untoc.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date known to the year, the month or the day: {@code 2000}, {@code 2008-03}, {@code
 * 2000-11-15}.
 *
 * <p>Sources often give only part of a date ("August 1976", "established 1997"); this type
 * records exactly as much as is known and no more. {@link #toString()} returns the ISO-8601 form
 * of the known part ({@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}) and {@link
 * #parse(CharSequence)} reads exactly that form back. Dates are ordered by year, then month, then
 * day, a less precise date coming before a more precise one that it contains.
 *
 * <h2>A partial date against a day</h2>
 * A partial date names the interval of its days: {@code 2018} is 2018-01-01 to 2018-12-31 ({@link
 * #firstDay()} to {@link #lastDay()}), {@code 2018-10} is 2018-10-01 to 2018-10-31, and {@code
 * 2018-10-19} is that one day. Against a day, it is exactly one of three things:
 * <ul>
 *   <li>{@linkplain #isBefore(LocalDate) before} the day, if its last day is before it;
 *   <li>{@linkplain #isAfter(LocalDate) after} the day, if its first day is after it;
 *   <li>else it {@linkplain #contains(LocalDate) contains} the day: {@code 2018} contains
 *       2018-10-19, and so does {@code 2018-10}; {@code 2018-10-19} contains only itself.
 * </ul>
 * A date that contains a day without being that day leaves undecided which of the two came
 * first: "established 2018" does not say whether before or after 19 October 2018. The methods
 * here never guess; what a caller makes of the undecided case is its rule to state (see {@link
 * Period#covers(LocalDate)}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartialDate implements Comparable<PartialDate> {
  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private final int year;
  private final int month;
  private final int day;

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * Obtains a date known to the year.
   *
   * @param year the year, from 1 to 9999
   * @return the date, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(year, 0, 0);
  }

  /**
   * Obtains a date known to the month.
   *
   * @param year the year, from 1 to 9999
   * @param month the month, from 1 to 12
   * @return the date, not null
   * @throws IllegalArgumentException if a field is out of range
   */
  public static PartialDate of(int year, int month) {
    checkYear(year);
    checkArgument(month >= 1 && month <= 12, "month must be from 1 to 12, found %s", month);
    return new PartialDate(year, month, 0);
  }

  /**
   * Obtains a date known to the day.
   *
   * @param year the year, from 1 to 9999
   * @param month the month, from 1 to 12
   * @param day the day of the month, valid for that month and year
   * @return the date, not null
   * @throws IllegalArgumentException if the fields do not make a date
   */
  public static PartialDate of(int year, int month, int day) {
    checkYear(year);
    try {
      LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          String.format("%04d-%02d-%02d is not a date: %s", year, month, day, e.getMessage()), e);
    }
    return new PartialDate(year, month, day);
  }

  /**
   * Obtains a partial date from its text, {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
   *
   * @param text the text, not null
   * @return the date, not null
   * @throws IllegalArgumentException if the text is not in one of the three forms or is not a
   *     date
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    checkArgument(m.matches(),
        "'%s' is not a partial date: expected yyyy, yyyy-MM or yyyy-MM-dd", text);
    int y = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return ofYear(y);
    }
    int mo = Integer.parseInt(m.group(2));
    return m.group(3) == null ? of(y, mo) : of(y, mo, Integer.parseInt(m.group(3)));
  }

  private static void checkYear(int year) {
    checkArgument(year >= 1 && year <= 9999, "year must be from 1 to 9999, found %s", year);
  }

  /** Returns the year. */
  public Year year() {
    return Year.of(year);
  }

  /** Returns the month, if known. */
  public Optional<Month> month() {
    return month == 0 ? Optional.empty() : Optional.of(Month.of(month));
  }

  /** Returns the year and month, if the month is known. */
  public Optional<YearMonth> yearMonth() {
    return month == 0 ? Optional.empty() : Optional.of(YearMonth.of(year, month));
  }

  /** Returns the full date, if the day is known. */
  public Optional<LocalDate> toLocalDate() {
    return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
  }

  /**
   * Obtains the date of a day, known to the day.
   *
   * @param day the day, not null
   * @return the date, not null
   * @throws IllegalArgumentException if the year is outside 1 to 9999
   */
  public static PartialDate of(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return of(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
  }

  /** Returns the first day of the interval the date names: 2018-01-01 for {@code 2018}. */
  public LocalDate firstDay() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /** Returns the last day of the interval the date names: 2018-12-31 for {@code 2018}. */
  public LocalDate lastDay() {
    if (month == 0) {
      return LocalDate.of(year, 12, 31);
    }
    return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
  }

  /**
   * Returns true if the date is before a day: its last day is before it. {@code 2017} and {@code
   * 2018-09} are before 2018-10-19; {@code 2018} is not.
   *
   * @param day the day, not null
   */
  public boolean isBefore(LocalDate day) {
    return lastDay().isBefore(Objects.requireNonNull(day, "day"));
  }

  /**
   * Returns true if the date is after a day: its first day is after it. {@code 2019} and {@code
   * 2018-11} are after 2018-10-19; {@code 2018} is not.
   *
   * @param day the day, not null
   */
  public boolean isAfter(LocalDate day) {
    return firstDay().isAfter(Objects.requireNonNull(day, "day"));
  }

  /**
   * Returns true if the interval the date names contains a day: it is neither before nor after
   * it. {@code 2018}, {@code 2018-10} and {@code 2018-10-19} contain 2018-10-19.
   *
   * @param day the day, not null
   */
  public boolean contains(LocalDate day) {
    return !isBefore(day) && !isAfter(day);
  }

  /** Returns true if the day is known. */
  public boolean isComplete() {
    return day != 0;
  }

  @Override
  public int compareTo(PartialDate other) {
    int c = Integer.compare(year, other.year);
    if (c == 0) {
      c = Integer.compare(month, other.month);
    }
    return c != 0 ? c : Integer.compare(day, other.day);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PartialDate other
        && other.year == year && other.month == month && other.day == day;
  }

  @Override
  public int hashCode() {
    return (year * 13 + month) * 32 + day;
  }

  /** Returns the date in English words, as precise as it is known: "27 December 2019", "December 2019", "2019". */
  public String toText() {
    String monthName = month().map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " ").orElse("");
    return (day == 0 ? "" : day + " ") + monthName + year;
  }

  /** Returns the canonical form: {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}. */
  @Override
  public String toString() {
    if (month == 0) {
      return String.format("%04d", year);
    }
    return day == 0 ? String.format("%04d-%02d", year, month)
        : String.format("%04d-%02d-%02d", year, month, day);
  }
}
