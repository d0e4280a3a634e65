package org.untoc.json.mapping;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.untoc.core.UntocException;

/**
 * Thrown when a mapping table cannot be read as one: it is empty, its header row lacks a
 * required column or names one twice, a row is malformed, a JSON value has the wrong type, or
 * the text is not UTF-8.
 *
 * <p>It names the table, where the problem is (the line and, for JSON, the JSON Pointer), what
 * was found there and what was expected. The message says the same in words: {@code
 * mappings.json, line 2, at /1/programme: expected a string, found a number}.
 */
public final class MappingTableException extends UntocException {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final long line;
  private final int column;
  private final @Nullable String pointer;
  private final String found;
  private final String expected;

  MappingTableException(String source, long line, int column, @Nullable String pointer, String found,
      String expected, String detail, @Nullable Throwable cause) {
    super(source + (line > 0 ? ", line " + line : "") + (column > 0 ? ", column " + column : "")
        + (pointer == null || pointer.isEmpty() ? "" : ", at " + pointer) + ": " + detail);
    this.source = source;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    this.found = found;
    this.expected = expected;
    if (cause != null) {
      initCause(cause);
    }
  }

  /** Returns the name of the table: its file, or the name it was read under. */
  public String source() {
    return source;
  }

  /** Returns the line of the problem, from 1; 0 if it is not known. */
  public long line() {
    return line;
  }

  /** Returns the column of the problem, from 1, for malformed JSON; 0 otherwise. */
  public int column() {
    return column;
  }

  /**
   * Returns the JSON Pointer of the problem in a JSON table, such as {@code /1/programme}, or
   * the empty pointer for the whole document; empty for CSV and where no value is at fault.
   */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }

  /** Returns what was found. */
  public String found() {
    return found;
  }

  /** Returns what was expected instead. */
  public String expected() {
    return expected;
  }
}
