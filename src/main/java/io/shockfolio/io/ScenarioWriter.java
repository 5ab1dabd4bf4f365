package io.shockfolio.io;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.Shock;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a scenario in the file format {@link ScenarioReader} reads: {@code #} lines for name, date
 * and description, then {@code target,move,measured,source,note} (and {@code intended} when a
 * move above +100% is meant). Moves are written as exact percentages ({@code -17%}, {@code -3.1%}).
 *
 * <p>The file is safe to open in a spreadsheet and reads back as it was written. Text cells go
 * through {@link CsvText#text} (a source {@code =HYPERLINK(…)} is written {@code '=HYPERLINK(…)}),
 * which {@link ScenarioReader} undoes; moves are numbers and stay as they are. A {@code #} line is
 * one cell starting with {@code #}, unless its value holds a separator followed by a formula
 * ({@code # name: a,=cmd}): such a line is written as one quoted field, {@code "# name: a,=cmd"}.
 */
public final class ScenarioWriter {

  private ScenarioWriter() {}

  /** The scenario as the text of a scenario file, with {@code \n} line ends. */
  public static String write(Scenario scenario) {
    return text(scenario.name(), scenario.date().toString(), scenario.description(),
        scenario.shocks().stream().map(ScenarioWriter::row).toList(),
        scenario.shocks().stream().anyMatch(Shock::intended));
  }

  /**
   * Scenario text from cells as a person typed them, to be read back with {@link ScenarioReader#parse}
   * so that an edited scenario meets the checks and messages of a file.
   *
   * @param rows each {@code target, move, measured, source, note}
   */
  public static String text(String name, String date, String description, List<String[]> rows,
      boolean intendedColumn) {
    StringWriter out = new StringWriter();
    out.append(meta("name", name));
    out.append(meta("date", date));
    if (!description.isBlank()) {
      out.append(meta("description", description));
    }
    try (ICSVWriter csv = new CSVWriterBuilder(out).withLineEnd("\n").build()) {
      csv.writeNext(intendedColumn
          ? new String[] {"target", "move", "measured", "source", "note", "intended"}
          : new String[] {"target", "move", "measured", "source", "note"}, false);
      for (String[] r : rows) {
        String[] cells = new String[intendedColumn ? 6 : 5];
        for (int i = 0; i < cells.length; i++) {
          String cell = i < r.length && r[i] != null ? oneLine(r[i]) : "";
          // the move is a number (-17%); every other cell is text
          cells[i] = i == 1 ? cell : CsvText.text(cell);
        }
        csv.writeNext(cells, false);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String[] row(Shock s) {
    return new String[] {s.target().toString(), percent(s.move()), s.measured().label(), s.source(), s.note(),
        s.intended() ? "yes" : ""};
  }

  /** A fraction as an exact percentage: {@code -0.17} as {@code -17%}, {@code -0.031} as {@code -3.1%}. */
  public static String percent(double move) {
    // 8 decimals of a percent: a scaled move such as -0.17 × 1.1 = -0.18700000000000003 is -18.7%
    return BigDecimal.valueOf(move).movePointRight(2).setScale(8, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString() + "%";
  }

  /** A {@code # key: value} line, quoted as one field when a spreadsheet would find a formula in it. */
  private static String meta(String key, String value) {
    String line = "# " + key + ": " + oneLine(value);
    return (CsvText.hasFormulaAfterSeparator(line) ? "\"" + line.replace("\"", "\"\"") + "\"" : line) + "\n";
  }

  private static String oneLine(String s) {
    return s.replace("\r", " ").replace("\n", " ").strip();
  }
}
