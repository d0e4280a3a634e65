package org.untoc.json;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.untoc.core.Rule;

/**
 * One problem found in a registry document: where it is (a JSON Pointer, a line and a column),
 * what was found there and what was expected; for a breach of an integrity rule, the rule.
 *
 * <p>The pointer follows RFC 6901: {@code /relations/12/to} is the key {@code to} of the
 * thirteenth relation; the empty pointer is the whole document. Lines and columns count from
 * 1; they are those of the offending token, or, for a problem found only once the whole
 * document was read (an integrity rule), those of the start of the offending edition, entity
 * or relation.
 *
 * <p>This class is immutable and thread-safe; problems are equal if all they tell is.
 */
public final class DocumentProblem implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String pointer;
  private final int line;
  private final int column;
  private final String found;
  private final String expected;
  private final @Nullable Rule rule;

  DocumentProblem(String pointer, int line, int column, String found, String expected,
      @Nullable Rule rule) {
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.found = Objects.requireNonNull(found, "found");
    this.expected = Objects.requireNonNull(expected, "expected");
    this.rule = rule;
  }

  /** Returns the JSON Pointer of the offending value, such as {@code /relations/12/to}. */
  public String pointer() {
    return pointer;
  }

  /** Returns the line of the offending value, from 1; 0 if unknown. */
  public int line() {
    return line;
  }

  /** Returns the column of the offending value, from 1; 0 if unknown. */
  public int column() {
    return column;
  }

  /** Returns what was found: a description of the offending value or of what is wrong. */
  public String found() {
    return found;
  }

  /** Returns what was expected instead. */
  public String expected() {
    return expected;
  }

  /** Returns the integrity rule broken, if the problem is the breach of one. */
  public Optional<Rule> rule() {
    return Optional.ofNullable(rule);
  }

  /** Two problems are equal if their pointers, lines, columns, findings, expectations and rules are. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DocumentProblem p && pointer.equals(p.pointer) && line == p.line
        && column == p.column && found.equals(p.found) && expected.equals(p.expected) && rule == p.rule;
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, line, column, found, expected, rule);
  }

  /**
   * Returns the problem in one line: {@code at /relations/12/to (line 40, column 13): found ...,
   * expected ...}, or for a rule {@code ...: dangling-reference: ...; expected ...}.
   */
  @Override
  public String toString() {
    String where = "at " + (pointer.isEmpty() ? "the document root" : pointer)
        + " (line " + line + ", column " + column + "): ";
    return rule == null
        ? where + "found " + found + ", expected " + expected
        : where + rule.label() + ": " + found + "; expected " + expected;
  }
}
