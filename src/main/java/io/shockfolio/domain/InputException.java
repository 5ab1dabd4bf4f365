package io.shockfolio.domain;

import java.util.List;

/**
 * Bad input: a file that cannot be read as what it was given as, a cell that does not parse, an
 * option that makes no sense. Carries every problem found, each naming file, line and column.
 * Front ends show {@link #getMessage()} (one line per problem) and exit with code 2.
 */
public class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<InputProblem> problems;

  public InputException(List<InputProblem> problems) {
    super(join(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("An InputException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public InputException(InputProblem problem) {
    this(List.of(problem));
  }

  public InputException(InputProblem problem, Throwable cause) {
    super(problem.toString(), cause);
    this.problems = List.of(problem);
  }

  /** Bad input that is not a file: an option, an argument. */
  public static InputException ofUsage(String message) {
    return new InputException(InputProblem.ofUsage(message));
  }

  public List<InputProblem> problems() {
    return problems;
  }

  private static String join(List<InputProblem> problems) {
    StringBuilder sb = new StringBuilder();
    for (InputProblem p : problems) {
      if (sb.length() > 0) {
        sb.append(System.lineSeparator());
      }
      sb.append(p);
    }
    return sb.toString();
  }
}
