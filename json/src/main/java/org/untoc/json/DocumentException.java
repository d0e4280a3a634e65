package org.untoc.json;

import com.google.common.collect.ImmutableList;
import org.untoc.core.UntocException;

/**
 * Thrown when a registry document cannot be read: it is not well-formed JSON, breaks a limit,
 * does not have the structure or the types of the format, or describes a registry that breaks
 * an integrity rule.
 *
 * <p>It is the one exception a reader throws for any input. {@link #problems()} lists what was
 * found, each with its JSON Pointer, line and column; a syntax, structure or type problem stops
 * the reading, so there is one, while the integrity rules are all checked and every breach is
 * listed. The accessors of this exception describe the first problem. The message shows up to
 * the first {@value #MESSAGE_LIMIT} problems.
 */
public final class DocumentException extends UntocException {
  private static final long serialVersionUID = 1L;
  /** How many problems the message shows at most. */
  public static final int MESSAGE_LIMIT = 20;

  @SuppressWarnings("serial") // ImmutableList and DocumentProblem are serializable
  private final ImmutableList<DocumentProblem> problems;

  DocumentException(ImmutableList<DocumentProblem> problems, Throwable cause) {
    super(message(problems), cause);
    this.problems = problems;
  }

  DocumentException(DocumentProblem problem) {
    super(message(ImmutableList.of(problem)));
    this.problems = ImmutableList.of(problem);
  }

  private static String message(ImmutableList<DocumentProblem> problems) {
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    StringBuilder sb = new StringBuilder("the document has ").append(problems.size()).append(" problems:");
    problems.stream().limit(MESSAGE_LIMIT).forEach(p -> sb.append("\n  ").append(p));
    if (problems.size() > MESSAGE_LIMIT) {
      sb.append("\n  ... and ").append(problems.size() - MESSAGE_LIMIT).append(" more");
    }
    return sb.toString();
  }

  /**
   * Returns every problem found, never empty; integrity problems are ordered by the position of
   * the offending item: editions, then entities, then relations.
   */
  public ImmutableList<DocumentProblem> problems() {
    return problems;
  }

  /** Returns the JSON Pointer of the first problem, such as {@code /relations/12/to}. */
  public String pointer() {
    return problems.get(0).pointer();
  }

  /** Returns the line of the first problem, from 1. */
  public int line() {
    return problems.get(0).line();
  }

  /** Returns the column of the first problem, from 1. */
  public int column() {
    return problems.get(0).column();
  }

  /** Returns what was found at the first problem. */
  public String found() {
    return problems.get(0).found();
  }

  /** Returns what was expected at the first problem. */
  public String expected() {
    return problems.get(0).expected();
  }
}
