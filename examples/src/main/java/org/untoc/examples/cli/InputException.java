package org.untoc.examples.cli;

/**
 * Thrown when an input file cannot be read: it names the file, the line (and, for JSON, the
 * JSON Pointer) and what was wrong. The tool prints its message and exits with code 2.
 */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }

  InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
