package io.shockfolio.io;

/**
 * Text cells of the CSV files Shockfolio writes, safe to open in a spreadsheet: the one place the
 * rule against formula injection lives.
 *
 * <p>Excel, LibreOffice and Google Sheets run a cell that starts with {@code =}, {@code +},
 * {@code -} or {@code @} as a formula, and some start one after a tab or a carriage return; a
 * holding named {@code =HYPERLINK("http://…")} would become a link. Such a cell is written with a
 * leading apostrophe, which a spreadsheet shows as text (OWASP's advice for CSV injection). So
 * that the apostrophe can always be taken off again ({@link #restore}), a cell that already starts
 * with apostrophes followed by one of those characters gets one more:
 *
 * <pre>
 * =HYPERLINK("x")  is written  '=HYPERLINK("x")
 * -2+3             is written  '-2+3
 * '=X              is written  ''=X
 * 'quoted'         is written  'quoted'       (no formula follows the apostrophe)
 * </pre>
 *
 * Numbers are not text: a writer puts {@code -1578.9} in a numeric column as it is, never through
 * here, so it stays a number.
 */
public final class CsvText {

  /** The characters that make a spreadsheet read a cell as a formula when the cell starts with one. */
  public static final String FORMULA_START = "=+-@\t\r";

  private CsvText() {}

  /** {@code value} as a text cell a spreadsheet shows as text and never runs. */
  public static String text(String value) {
    return needsMark(value) ? "'" + value : value;
  }

  /**
   * The value of a cell written by {@link #text}: one leading apostrophe taken off when a formula
   * character follows the apostrophes; any other cell as it is.
   */
  public static String restore(String cell) {
    return cell.startsWith("'") && needsMark(cell.substring(1)) ? cell.substring(1) : cell;
  }

  /** Whether {@code s} is apostrophes (perhaps none) and then a formula character. */
  private static boolean needsMark(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '\'') {
      i++;
    }
    return i < s.length() && FORMULA_START.indexOf(s.charAt(i)) >= 0;
  }

  /**
   * Whether a spreadsheet that splits {@code line} at {@code ,}, {@code ;} or tab (whichever its
   * locale uses) would find a cell after the first that starts with a formula character, quotes
   * and spaces before it skipped: {@code a, =cmd} and {@code a;"@x"} would.
   */
  public static boolean hasFormulaAfterSeparator(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ',' && c != ';' && c != '\t') {
        continue;
      }
      int j = i + 1;
      while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '"')) {
        j++;
      }
      if (j < line.length() && FORMULA_START.indexOf(line.charAt(j)) >= 0 && line.charAt(j) != '\t') {
        return true;
      }
    }
    return false;
  }
}
