package org.untoc.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.untoc.core.DatedFact;
import org.untoc.core.Entity;
import org.untoc.core.Instrument;
import org.untoc.core.PartialDate;
import org.untoc.core.Period;
import org.untoc.core.Programme;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The day of {@code --as-of DATE}: the registry as of a day ({@code Registry.asOf}), in place of
 * an edition. The day is {@code yyyy-MM-dd}; the edition is the one whose period covers it, and
 * giving {@code --edition} as well is a usage error.
 */
final class AsOf {
  @Option(names = "--as-of", paramLabel = "DATE",
      description = "A day, yyyy-MM-dd: the edition whose period covers it, less what did not exist on that day;"
          + " not with --edition.")
  @Nullable String text;

  /**
   * Returns the day asked for, or null where {@code --as-of} is not given.
   *
   * @param spec the command, for its usage errors
   * @param edition the edition given after the command's name or before it, or null
   * @throws ParameterException if the day is not {@code yyyy-MM-dd} or an edition is given too
   */
  @Nullable LocalDate day(CommandSpec spec, @Nullable String edition) {
    if (text == null) {
      return null;
    }
    if (edition != null) {
      throw new ParameterException(spec.commandLine(), "--as-of and --edition both choose the edition; give one"
          + " (--as-of " + text + " chooses the edition whose period covers that day)");
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--as-of': '" + text
          + "' is not a day; expected yyyy-MM-dd, such as 2019-06-01");
    }
  }

  /**
   * Returns why an entity was not there on a day by its own dates, or null if its dates do not
   * exclude the day: "did not exist yet on 2019-06-01: established 27 December 2019 (General
   * Assembly resolution 74/247)".
   */
  static @Nullable String excluded(Entity e, LocalDate day) {
    Period p = e.period();
    if (p.startsAfter(day)) {
      return "did not exist yet on " + day + ": " + started(e) + " " + fact(p.from().orElseThrow());
    }
    if (p.endsBefore(day)) {
      return "no longer existed on " + day + ": ended " + fact(p.to().orElseThrow());
    }
    return null;
  }

  /**
   * Returns the dates of an entity that leave a day undecided, those known only to a year or month
   * that contains it: "established 2014 [PUBLIC_RECORD]".
   */
  static String undecided(Entity e, LocalDate day) {
    List<String> parts = new ArrayList<>(2);
    e.period().from().filter(f -> f.date().contains(day)).ifPresent(f -> parts.add(started(e) + " " + fact(f)));
    e.period().to().filter(t -> t.date().contains(day)).ifPresent(t -> parts.add("ended " + fact(t)));
    return String.join(", ", parts);
  }

  /** Returns the word for an entity's start: an instrument is adopted, a programme started, others established. */
  private static String started(Entity e) {
    return e instanceof Instrument ? "adopted" : e instanceof Programme ? "started" : "established";
  }

  /** Returns a dated fact in words: "27 December 2019 (General Assembly resolution 74/247) [PUBLIC_RECORD]". */
  static String fact(DatedFact f) {
    return words(f.date()) + f.note().map(n -> " (" + n + ")").orElse("") + " [" + f.provenance().basis() + "]";
  }

  /** Returns a partial date in words: "27 December 2019", "December 2019" or "2019". */
  static String words(PartialDate d) {
    String month = d.month().map(m -> m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " ")
        .orElse("");
    return d.toLocalDate().map(x -> x.getDayOfMonth() + " ").orElse("") + month + d.year();
  }
}
