package org.untoc.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.untoc.core.Registry;
import org.untoc.core.Untoc;
import org.untoc.core.UntocException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code untoc} command-line tool: explore the UNTOC institutional structure from the
 * embedded reference data.
 *
 * <p>Exit codes: 0 on success; 1 when a command ran and found problems; 2 on bad usage or
 * unreadable input, with a one-paragraph message on standard error and never a stack trace.
 */
@Command(name = "untoc",
    mixinStandardHelpOptions = true,
    versionProvider = UntocCommand.Version.class,
    description = "Explore the institutional structure of the United Nations Convention against"
        + " Transnational Organized Crime: its instruments, bodies, UNODC units and programmes.",
    subcommands = {TreeCommand.class, CommandLine.HelpCommand.class})
public final class UntocCommand implements Runnable {
  /** Exit code: the command ran and found nothing wrong. */
  public static final int OK = 0;
  /** Exit code: the command ran and found problems. */
  public static final int PROBLEMS = 1;
  /** Exit code: bad usage or unreadable input. */
  public static final int USAGE = 2;

  @Spec
  CommandSpec spec;

  /** Prints the usage when no command is given. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Returns the registry commands work on: the embedded reference data. */
  static Registry registry() {
    return Untoc.reference();
  }

  /**
   * Returns a command line for the tool, writing to the given streams, with untoc's exit codes
   * and error handling.
   *
   * @param out where results go, not null
   * @param err where errors go, not null
   * @return the command line, not null
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new UntocCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> USAGE);
    cl.setParameterExceptionHandler((ex, args) -> {
      ex.getCommandLine().getErr().println("untoc: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
          + " --help' for more information.");
      return USAGE;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof UntocException || ex instanceof IllegalArgumentException) {
        commandLine.getErr().println("untoc: " + ex.getMessage());
        return USAGE;
      }
      throw ex;
    });
    return cl;
  }

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command-line arguments, not null
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = commandLine(out, err).execute(args);
    out.flush();
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
