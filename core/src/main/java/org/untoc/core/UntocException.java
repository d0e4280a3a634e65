package org.untoc.core;

/**
 * The base of every exception untoc-core throws for bad data or a failed lookup.
 *
 * <p>Catch this type to handle every domain error of the library in one place; the subtypes
 * carry the details.
 */
public class UntocException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public UntocException(String message) {
    super(message);
  }

  /** Creates an exception with a message and a cause. */
  public UntocException(String message, Throwable cause) {
    super(message, cause);
  }
}
