package org.untoc.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.untoc.core.UntocException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code untoc} command-line tool: explore the UNTOC institutional structure from the
 * embedded reference data.
 *
 * <p>Exit codes: 0 on success; 1 when a command ran and found problems; 2 on bad usage,
 * unreadable input or output that cannot be written, with a one-line message on standard error
 * and never a stack trace. A closed pipe ends the command quietly, with code 0.
 *
 * <p>{@code --data}, {@code --edition} and {@code --format} may come before the command's name
 * as well as after it, for the commands that take them.
 */
@Command(name = "untoc",
    mixinStandardHelpOptions = true,
    versionProvider = UntocCommand.Version.class,
    description = "Explore the institutional structure of the United Nations Convention against"
        + " Transnational Organized Crime: its instruments, bodies, UNODC units and programmes.",
    footer = {"", "--data, --edition and --format may come before the command's name too, for the commands that"
        + " take them. Exit codes: 0 success; 1 the command found problems; 2 bad usage, unreadable input or"
        + " output that cannot be written."},
    subcommands = {TreeCommand.class, ShowCommand.class, FindCommand.class, ListCommand.class,
        EditionsCommand.class, DiffCommand.class, HistoryCommand.class, ValidateCommand.class, MigrateCommand.class,
        ExportCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class})
public final class UntocCommand implements Callable<Integer> {
  /** Exit code: the command ran and found nothing wrong. */
  public static final int OK = 0;
  /** Exit code: the command ran and found problems. */
  public static final int PROBLEMS = 1;
  /** Exit code: bad usage, unreadable input or output that cannot be written. */
  public static final int USAGE = 2;

  /** The options a command may also take before its name. */
  private static final List<String> GLOBAL = List.of("--data", "--edition", "--format");

  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE",
      description = "A registry document to use in place of the embedded reference data, for any command.")
  @Nullable Path data;

  @Option(names = "--edition", paramLabel = "ID",
      description = "The edition, for the commands that take one (tree, show, list, validate, migrate, export).")
  @Nullable String edition;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "The form of the output, for the commands that take one.")
  @Nullable String format;

  /** Where {@code -} reads from. */
  InputStream stdin = System.in;

  /** Prints the usage on standard error when no command is given: that is a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    spec.commandLine().getErr().flush();
    return USAGE;
  }

  /**
   * Returns a command line for the tool, writing to the given streams, with untoc's exit codes
   * and error handling.
   *
   * @param in what {@code -} reads, not null
   * @param out where results go, not null
   * @param err where errors go, not null
   * @return the command line, not null
   */
  public static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
    UntocCommand root = new UntocCommand();
    root.stdin = in;
    CommandLine cl = new CommandLine(root);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
        UntocCommand::commandList);
    cl.setExitCodeExceptionMapper(e -> USAGE);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine at = ex.getCommandLine();
      at.getErr().println("untoc: " + message(ex));
      at.getErr().println("Try '" + at.getCommandSpec().qualifiedName() + " --help' for more information.");
      at.getErr().flush();
      return USAGE;
    });
    cl.setExecutionStrategy(parseResult -> {
      try {
        checkGlobals(parseResult);
        return new CommandLine.RunLast().execute(parseResult);
      } catch (OutputException e) {
        // writing the help or the version fails outside the commands
        if (!e.isClosedPipe()) {
          err.println("untoc: " + e.getMessage());
          err.flush();
        }
        return e.isClosedPipe() ? OK : USAGE;
      } catch (OutOfMemoryError e) {
        err.println("untoc: " + tooLarge());
        err.flush();
        return USAGE;
      }
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof OutputException o && o.isClosedPipe()) {
        return OK;
      }
      if (ex instanceof UntocException || ex instanceof InputException || ex instanceof OutputException) {
        commandLine.getErr().println("untoc: " + ex.getMessage());
      } else {
        // a fault of the tool: one line, as every other failure, but saying so
        commandLine.getErr().println("untoc: unexpected failure, please report it: " + ex);
      }
      commandLine.getErr().flush();
      return USAGE;
    });
    return cl;
  }

  /** Returns the message of a usage error: for a mistyped command, the commands that are close to it. */
  private static String message(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException u && ex.getCommandLine().getCommandSpec().parent() == null
        && !u.isUnknownOption() && !u.getUnmatched().isEmpty()) {
      String typed = u.getUnmatched().get(0);
      List<String> close = closeCommands(typed, ex.getCommandLine().getSubcommands().keySet());
      return "no command '" + typed + "'" + (close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close)
          + "?");
    }
    return ex.getMessage();
  }

  /** Returns the commands within two edits of what was typed, or that start with it. */
  static List<String> closeCommands(String typed, Iterable<String> commands) {
    String t = typed.toLowerCase(Locale.ROOT);
    List<String> close = new ArrayList<>();
    for (String c : commands) {
      if (distance(t, c) <= Math.min(2, Math.max(1, c.length() / 3)) || t.length() >= 2 && c.startsWith(t)) {
        close.add(c);
      }
    }
    return close;
  }

  /** The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /**
   * Refuses an option given before the command's name that the command does not take, or that is
   * given after its name as well.
   */
  private static void checkGlobals(ParseResult root) {
    ParseResult sub = root.subcommand();
    if (sub == null) {
      return;
    }
    for (String name : GLOBAL) {
      if (!root.hasMatchedOption(name)) {
        continue;
      }
      CommandLine command = sub.commandSpec().commandLine();
      if (sub.commandSpec().findOption(name) == null) {
        throw new ParameterException(command, name + " does not apply to " + sub.commandSpec().qualifiedName());
      }
      if (sub.hasMatchedOption(name)) {
        throw new ParameterException(command, name + " is given both before and after '" + sub.commandSpec().name()
            + "'; give it once");
      }
    }
  }

  /**
   * Returns the edition of a command: the one given after its name, or else before it.
   *
   * @param own the option of the command, or null
   * @return the edition, or null where none is given
   */
  @Nullable String edition(@Nullable String own) {
    return own != null ? own : edition;
  }

  /**
   * Returns the format of a command: the one given after its name, or else before it (read as
   * the command reads it), or else the default.
   */
  <E extends Enum<E>> E format(@Nullable E own, Class<E> type, E otherwise, CommandSpec command) {
    if (own != null) {
      return own;
    }
    if (format == null) {
      return otherwise;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(format.strip())) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    throw new ParameterException(command.commandLine(), "Invalid value for option '--format': expected one of "
        + names + " (case-insensitive) but was '" + format + "'");
  }

  /** Returns the message for a heap too small for the input. */
  static String tooLarge() {
    return "too large for the memory Java was given (at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
        + " MB); give it more with java -Xmx, such as java -Xmx4g -jar untoc.jar";
  }

  /**
   * Renders the list of commands with each command's description whole, wrapped under the
   * description column.
   */
  private static String commandList(Help help) {
    Map<String, Help> commands = help.subcommands();
    if (commands.isEmpty()) {
      return "";
    }
    int width = help.commandSpec().usageMessage().width();
    int names = 0;
    for (String name : commands.keySet()) {
      names = Math.max(names, name.length());
    }
    int first = names + 4;
    TextTable table = TextTable.forColumns(help.colorScheme(),
        new Column(first, 2, Column.Overflow.SPAN), new Column(width - first, 0, Column.Overflow.WRAP));
    for (Map.Entry<String, Help> c : commands.entrySet()) {
      String[] description = c.getValue().commandSpec().usageMessage().description();
      table.addRowValues(c.getKey(), String.join(" ", description).replace("%n", " ").replace("%%", "%").strip()
          .replaceAll(" {2,}", " "));
    }
    return table.toString();
  }

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command-line arguments, not null
   */
  public static void main(String[] args) {
    PrintWriter out = Output.stdout();
    PrintWriter err = new PrintWriter(System.err, true);
    int code;
    try {
      code = commandLine(System.in, out, err).execute(args);
      out.flush();
    } catch (OutputException e) {
      code = e.isClosedPipe() ? OK : USAGE;
      if (!e.isClosedPipe()) {
        err.println("untoc: " + e.getMessage());
      }
    }
    err.flush();
    System.exit(code);
  }

  /** Reads the version from the resource the build writes. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = UntocCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"untoc " + p.getProperty("version", "(unknown version)")};
    }
  }
}
