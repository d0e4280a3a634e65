package org.untoc.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Thrown when the tool cannot write its output: standard output or the file of {@code -o}. The
 * tool prints a one-line message and exits with code 2, or, where the reader of a pipe has
 * closed it, ends quietly.
 */
final class OutputException extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  private final String target;

  OutputException(String target, IOException cause) {
    super(cause);
    this.target = target;
  }

  /** Returns true if the reader of a pipe closed it (as {@code head} does once it has its lines). */
  boolean isClosedPipe() {
    String m = getCause().getMessage();
    return m != null && m.toLowerCase(Locale.ROOT).contains("pipe");
  }

  @Override
  public String getMessage() {
    String why = getCause().getMessage();
    return "cannot write " + target + (why == null ? "" : ": " + why);
  }
}
