package io.shockfolio.io;

import io.shockfolio.domain.Currencies;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.InputProblem;
import io.shockfolio.domain.Isin;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import io.shockfolio.domain.Text;
import io.shockfolio.domain.Timing;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads a scenario file: a few {@code #} metadata lines, a header row, one shock per row.
 *
 * <pre>
 * # name: deepseek-2025-01-27
 * # date: 2025-01-27
 * # description: DeepSeek Monday, the four headline moves
 * target,move,measured,source,note
 * NVDA,-17%,intraday,"heise+, Wie Deepseek die KI-Szene aufmischt, 2025",
 * isin:DE000ENER6Y0,-19%,intraday,"The Market (NZZ), 29 Jan 2025",European morning session
 * sector:Semiconductors,-5%,close,my own guess,
 * currency:USD,-1%,close,my own guess,dollar falls against the base currency
 * *,-1%,close,my own guess,everything else
 * </pre>
 *
 * <ul>
 *   <li>{@code target}: a ticker ({@code NVDA}, {@code ASML.AS}, {@code "ASML NA"}), an ISIN
 *       ({@code isin:…}, or a bare ISIN), {@code sector:…}, {@code currency:…} or {@code *}.
 *   <li>{@code move}: {@code -17%}, {@code -17 %}, {@code −17%} (Unicode minus), {@code -0.17}
 *       or, in a semicolon file, {@code -8,9%}. A number without {@code %} is a fraction.
 *   <li>{@code measured}: {@code close}, {@code intraday} or {@code pre-market}.
 *   <li>{@code source}: who reported the move, and where.
 *   <li>{@code note} (optional): free text.
 *   <li>{@code intended} (optional): {@code yes} confirms a move above +100%.
 * </ul>
 * The separator may be {@code ,}, {@code ;} or tab. {@code # date:} is required; {@code # name:}
 * defaults to the file name. A cell that starts with an apostrophe before {@code = + - @} is read
 * without it ({@code '=X} is {@code =X}), as a spreadsheet shows it and as {@link ScenarioWriter}
 * writes text that would otherwise run as a formula; a {@code #} line may be quoted as one field. A move at or below -100% is an error, and so is a move above +100%
 * that is not marked as intended.
 */
public final class ScenarioReader {

  private static final List<String> REQUIRED = List.of("target", "move", "measured", "source");

  private ScenarioReader() {}

  /** Reads a scenario file from disk; {@code displayName} is how messages name it. */
  public static Scenario read(Path path, String displayName) {
    TextFiles.Decoded decoded = TextFiles.read(path, displayName);
    TextFiles.refuseBinary(decoded.text(), displayName);
    return parse(decoded.text(), displayName, FileNames.stem(path.getFileName().toString()));
  }

  /**
   * Parses scenario text.
   *
   * @param file the name messages use for the file
   * @param defaultName the scenario name when the file has no {@code # name:} line
   * @throws InputException with every problem found, each naming file, line and column
   */
  public static Scenario parse(String text, String file, String defaultName) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    Map<String, String> meta = new HashMap<>();
    Map<String, Integer> metaLine = new HashMap<>();
    int i = 0;
    for (; i < lines.length; i++) {
      String l = unquoteMeta(lines[i].strip());
      if (l.isEmpty()) {
        continue;
      }
      if (!l.startsWith("#")) {
        break;
      }
      String body = l.substring(1).strip();
      int colon = body.indexOf(':');
      if (colon > 0) {
        String key = body.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        meta.putIfAbsent(key, body.substring(colon + 1).strip());
        metaLine.putIfAbsent(key, i + 1);
      }
    }
    if (i == lines.length) {
      throw new InputException(InputProblem.ofFile(file,
          "no header row; expected a line 'target,move,measured,source,note' after the '#' lines"));
    }
    int headerLine = i + 1;
    String rest = String.join("\n", java.util.Arrays.asList(lines).subList(i, lines.length));
    char sep = Csv.separatorOf(lines[i]);
    List<Csv.Row> rows = Csv.parse(rest, sep, file, headerLine);
    Csv.Row header = rows.get(0);
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int c = 0; c < header.cells().length; c++) {
      String name = header.cell(c).toLowerCase(Locale.ROOT);
      if (!name.isEmpty() && columns.putIfAbsent(name, c) != null) {
        throw new InputException(InputProblem.ofCell(file, headerLine, c + 1, header.cell(c),
            "the header repeats column '" + header.cell(c) + "'; expected each column once"));
      }
    }
    List<String> missing = REQUIRED.stream().filter(r -> !columns.containsKey(r)).toList();
    if (!missing.isEmpty()) {
      String hint = looksLikePortfolio(columns.keySet())
          ? " This looks like a portfolio file; give it with --portfolio."
          : "";
      throw new InputException(InputProblem.ofLine(file, headerLine,
          "expected the header 'target,move,measured,source,note' but found '" + String.join(",", header.cells())
              + "' (missing: " + String.join(", ", missing) + ")." + hint));
    }

    List<InputProblem> problems = new ArrayList<>();
    LocalDate date = null;
    String dateText = meta.get("date");
    if (dateText == null) {
      problems.add(InputProblem.ofFile(file, "no '# date: YYYY-MM-DD' line; expected the event date at the top"));
    } else {
      try {
        date = LocalDate.parse(dateText);
      } catch (DateTimeParseException e) {
        problems.add(InputProblem.ofLine(file, metaLine.get("date"),
            "found date '" + dateText + "', expected YYYY-MM-DD such as 2025-01-27"));
      }
    }
    Numbers.DecimalMark mark = sep == ';' ? Numbers.DecimalMark.COMMA : Numbers.DecimalMark.POINT;
    List<Shock> shocks = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Csv.Row written : rows.subList(1, rows.size())) {
      if (written.isBlank() || written.cell(0).startsWith("#")) {
        continue;
      }
      Csv.Row row = restored(written);
      int before = problems.size();
      ShockTarget target = target(row, columns.get("target"), file, problems);
      double move = move(row, columns.get("move"), mark, file, problems);
      Timing timing = timing(row, columns.get("measured"), file, problems);
      String source = required(row, columns.get("source"), "source", "who reported the move, e.g. an outlet and article", file, problems);
      String note = columns.containsKey("note") ? row.cell(columns.get("note")) : "";
      boolean intended = columns.containsKey("intended") && isYes(row.cell(columns.get("intended")));
      if (problems.size() > before) {
        continue;
      }
      int moveCol = columns.get("move");
      if (move <= -1.0) {
        problems.add(InputProblem.ofCell(file, row.line(), moveCol + 1, "move",
            "found '" + row.cell(moveCol) + "', expected a move above -100% (a price cannot fall below zero)"));
        continue;
      }
      if (move > 1.0 && !intended) {
        problems.add(InputProblem.ofCell(file, row.line(), moveCol + 1, "move",
            "found '" + row.cell(moveCol) + "', expected at most +100%; if the move is meant, put yes in an"
                + " 'intended' column (a move written without % is a fraction: 17 means +1700%)"));
        continue;
      }
      // sector names compare loosely, as they are matched: "Software" and "software" are one target
      String key = target.kind() + ":" + (target.kind() == ShockTarget.Kind.SECTOR ? Text.fold(target.value()).replace(" ", "") : target.value());
      Integer first = seen.putIfAbsent(key, row.line());
      if (first != null) {
        problems.add(InputProblem.ofCell(file, row.line(), columns.get("target") + 1, "target",
            "target " + target + " already has a move on line " + first + "; expected each target once"
                + " (put conflicting reports in separate scenario files)"));
        continue;
      }
      shocks.add(new Shock(target, move, timing, source, note, intended));
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    if (shocks.isEmpty()) {
      throw new InputException(InputProblem.ofFile(file, "has a header but no shocks; expected at least one row"));
    }
    String name = meta.getOrDefault("name", defaultName);
    return Scenario.of(name, date, meta.getOrDefault("description", ""), shocks);
  }

  /**
   * A {@code #} line that {@link ScenarioWriter} quoted as one field ({@code "# name: a,=cmd"}) as
   * the line it stands for; any other line as it is.
   */
  private static String unquoteMeta(String line) {
    if (line.length() >= 3 && line.startsWith("\"#") && line.endsWith("\"")) {
      return line.substring(1, line.length() - 1).replace("\"\"", "\"").strip();
    }
    return line;
  }

  /** The row with each cell as written before {@link CsvText#text} marked it: {@code '=X} is {@code =X}. */
  private static Csv.Row restored(Csv.Row row) {
    String[] cells = new String[row.cells().length];
    for (int c = 0; c < cells.length; c++) {
      cells[c] = CsvText.restore(row.cell(c));
    }
    return new Csv.Row(row.line(), row.lastLine(), cells);
  }

  /** Parses a move cell: {@code -17%}, {@code −17 %}, {@code -0.17}. */
  public static double parseMove(String raw, Numbers.DecimalMark mark) {
    String s = raw.strip();
    boolean percent = s.contains("%");
    OptionalDouble v = Numbers.parse(s, mark);
    if (v.isEmpty()) {
      throw new NumberFormatException("empty");
    }
    // through BigDecimal, so "-8.9%" is exactly the double nearest -0.089
    return percent ? java.math.BigDecimal.valueOf(v.getAsDouble()).movePointLeft(2).doubleValue() : v.getAsDouble();
  }

  private static ShockTarget target(Csv.Row row, int col, String file, List<InputProblem> problems) {
    String raw = row.cell(col);
    String lower = raw.toLowerCase(Locale.ROOT);
    try {
      if (raw.isEmpty()) {
        throw new IllegalArgumentException("empty");
      }
      if (raw.equals("*")) {
        return ShockTarget.all();
      }
      if (lower.startsWith("isin:")) {
        String isin = raw.substring(5).strip();
        if (!Isin.isValid(isin)) {
          problems.add(InputProblem.ofCell(file, row.line(), col + 1, "target",
              "found '" + raw + "', expected a valid ISIN after 'isin:' (12 characters, right check digit)"));
          return null;
        }
        return ShockTarget.isin(isin);
      }
      if (lower.startsWith("sector:")) {
        return ShockTarget.sector(raw.substring(7));
      }
      if (lower.startsWith("currency:")) {
        String cur = raw.substring(9).strip().toUpperCase(Locale.ROOT);
        if (!Currencies.isKnown(cur)) {
          problems.add(InputProblem.ofCell(file, row.line(), col + 1, "target",
              "found '" + raw + "', expected an ISO 4217 currency code after 'currency:', e.g. currency:USD"));
          return null;
        }
        return ShockTarget.currency(cur);
      }
      if (Isin.isValid(raw)) {
        return ShockTarget.isin(raw);
      }
      return ShockTarget.symbol(raw);
    } catch (IllegalArgumentException e) {
      problems.add(InputProblem.ofCell(file, row.line(), col + 1, "target",
          "is empty; expected a ticker, isin:…, sector:…, currency:… or *"));
      return null;
    }
  }

  private static double move(Csv.Row row, int col, Numbers.DecimalMark mark, String file, List<InputProblem> problems) {
    String raw = row.cell(col);
    try {
      return parseMove(raw, mark);
    } catch (NumberFormatException e) {
      problems.add(InputProblem.ofCell(file, row.line(), col + 1, "move",
          "found '" + raw + "', expected a move such as -17% or -0.17"));
      return Double.NaN;
    }
  }

  private static Timing timing(Csv.Row row, int col, String file, List<InputProblem> problems) {
    String raw = row.cell(col);
    return Timing.parse(raw).orElseGet(() -> {
      problems.add(InputProblem.ofCell(file, row.line(), col + 1, "measured",
          "found '" + raw + "', expected close, intraday or pre-market"));
      return null;
    });
  }

  private static String required(Csv.Row row, int col, String name, String what, String file, List<InputProblem> problems) {
    String raw = row.cell(col);
    if (raw.isEmpty()) {
      problems.add(InputProblem.ofCell(file, row.line(), col + 1, name, "is empty; expected " + what));
    }
    return raw;
  }

  private static boolean isYes(String s) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true", "1", "x", "ja", "oui" -> true;
      default -> false;
    };
  }

  private static boolean looksLikePortfolio(java.util.Collection<String> headers) {
    for (String h : headers) {
      String k = h.toLowerCase(Locale.ROOT);
      if (k.contains("quantity") || k.contains("shares") || k.contains("market value") || k.contains("isin")
          || k.contains("price") || k.equals("symbol") || k.equals("ticker") || k.contains("weight")) {
        return true;
      }
    }
    return false;
  }
}
