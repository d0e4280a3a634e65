package org.untoc.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
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
}
