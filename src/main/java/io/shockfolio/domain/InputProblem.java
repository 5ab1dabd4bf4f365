package io.shockfolio.domain;

import java.util.Objects;

/**
 * One thing wrong with an input file, located as precisely as the reader could: file, line,
 * column, what was found and what was expected.
 *
 * <p>{@link #toString()} gives the one-line form shown to users, for example
 * {@code degiro.csv:4: column 3 'Aantal': found "abc", expected a number such as 12 or 1.234,56}.
 * It stays one line whatever the file holds: the file name, column name and message (a quoted
 * cell that spans lines, quoted back) go through {@link SafeText#forTerminal}, so line breaks are
 * spaces and control characters {@code U+FFFD}.
 *
 * @param file the file name as the user gave it, or empty for a problem with the command line
 * @param line the 1-based physical line, or 0 when the problem concerns the whole file
 * @param column the 1-based column, or 0 when no single column is at fault
 * @param columnName the header of that column, or empty
 * @param message what was found and what was expected
 */
public record InputProblem(String file, int line, int column, String columnName, String message) {

  public InputProblem {
    file = SafeText.forTerminal(Objects.requireNonNull(file, "file"));
    columnName = SafeText.forTerminal(Objects.requireNonNull(columnName, "columnName"));
    message = SafeText.forTerminal(Objects.requireNonNull(message, "message"));
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "Expected line >= 0 and column >= 0, but found " + line + " and " + column);
    }
  }

  /** A problem with the file as a whole. */
  public static InputProblem ofFile(String file, String message) {
    return new InputProblem(file, 0, 0, "", message);
  }

  /** A problem with what the user typed rather than with a file. */
  public static InputProblem ofUsage(String message) {
    return new InputProblem("", 0, 0, "", message);
  }

  /** A problem with one line, not tied to a column. */
  public static InputProblem ofLine(String file, int line, String message) {
    return new InputProblem(file, line, 0, "", message);
  }

  /** A problem with one cell. */
  public static InputProblem ofCell(String file, int line, int column, String columnName, String message) {
    return new InputProblem(file, line, column, columnName, message);
  }

  @Override
  public String toString() {
    if (file.isEmpty()) {
      return message;
    }
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ");
    if (column > 0) {
      sb.append("column ").append(column);
      if (!columnName.isEmpty()) {
        sb.append(" '").append(columnName).append('\'');
      }
      sb.append(": ");
    }
    return sb.append(message).toString();
  }
}
