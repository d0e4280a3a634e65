package org.untoc.json.mapping;

import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.untoc.core.UntocException;

/**
 * Thrown when a mapping table cannot be read as one: it is empty, its header row lacks a
 * required column or names one twice, it cannot be parsed further, or its bytes are not text in
 * its encoding. (A row that breaks the format on its own is read with its problem instead.)
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
  private final long offset;
  private final String found;
  private final String expected;

  MappingTableException(String source, long line, int column, @Nullable String pointer, String found,
      String expected, String detail, @Nullable Throwable cause) {
    this(source, line, column, pointer, -1, found, expected, detail, cause);
  }

  MappingTableException(String source, long line, int column, @Nullable String pointer, long offset, String found,
      String expected, String detail, @Nullable Throwable cause) {
    super(source + (line > 0 ? ", line " + line : "") + (column > 0 ? ", column " + column : "")
        + (pointer == null || pointer.isEmpty() ? "" : ", at " + pointer) + ": " + detail);
    this.source = source;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    this.offset = offset;
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

  /** Returns the column of the problem, from 1, for malformed JSON or an SSSOM metadata block; 0 otherwise. */
  public int column() {
    return column;
  }

  /**
   * Returns the JSON Pointer of the problem in a JSON table, such as {@code /1}, or the empty
   * pointer for the whole document; empty for CSV and where no value is at fault.
   */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }

  /**
   * Returns the offset in the file, from 0, of the first byte that is not text in the table's
   * encoding; empty for other problems.
   */
  public OptionalLong offset() {
    return offset < 0 ? OptionalLong.empty() : OptionalLong.of(offset);
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
