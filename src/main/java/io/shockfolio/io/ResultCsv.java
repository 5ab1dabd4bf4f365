package io.shockfolio.io;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.ScenarioResult;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Results as CSV, one row per holding and scenario. Numbers use a decimal point and no grouping;
 * moves are fractions ({@code -0.17}). Every text cell goes through {@link CsvText#text}, so one
 * that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage return)
 * starts with {@code '}; numbers stay plain numbers ({@code -1578.9}).
 *
 * <p>The last column says why each holding moved. In a result of more than {@value #LARGE}
 * holdings, what an estimate rests on is written out once when it is long and shared (the sector
 * model's list of every reported move of a sector), in the first row that has it; the later rows
 * say {@code … estimated by the sector model from the same inputs as NVDA above}. Written out in
 * every row, a million holdings against a thousand moves made a file of some 1.5 GB.
 */
public final class ResultCsv {

  static final String[] HEADER = {"portfolio", "scenario", "date", "symbol", "isin", "name", "currency",
      "value_before", "move", "fx_move", "matched_by", "method", "pnl_local", "pnl_base", "contribution",
      "base_currency", "why"};

  /** Results of more holdings than this name long shared estimate inputs once. */
  static final int LARGE = 1_000;

  /** Estimate inputs longer than this are named once in a large result. */
  static final int LONG_INPUTS = 80;

  private ResultCsv() {}

  public static void write(List<ScenarioResult> results, Writer out) {
    ICSVWriter csv = new CSVWriter(out, ',', '"', '"', "\n");
    csv.writeNext(HEADER, false);
    for (ScenarioResult r : results) {
      // a large result's estimated holdings name the long inputs they share (the sector model lists
      // every reported move of the sector) once, in the first row that has them; later rows refer to it
      boolean large = r.impacts().size() > LARGE;
      Map<String, String> firstWith = new HashMap<>();
      for (HoldingImpact i : r.impacts()) {
        String why;
        if (large && i.isEstimated() && i.estimate().inputs().length() > LONG_INPUTS) {
          String first = firstWith.putIfAbsent(i.estimate().inputs(), i.holding().label());
          why = first == null ? i.explain() : i.explain("the same inputs as " + first + " above");
        } else {
          why = i.explain();
        }
        csv.writeNext(new String[] {
            text(r.portfolio().name()), text(r.scenario().name()), text(r.scenario().date().toString()),
            text(i.holding().instrument().symbol()), text(i.holding().instrument().isin()),
            text(i.holding().instrument().name()), text(i.holding().currency()),
            num(i.valueBefore()), num(i.move()), num(i.fxMove()), text(i.matchedBy().label()),
            text(i.method().label()), num(i.pnlLocal()), num(i.pnl()), num(r.contribution(i)),
            text(r.baseCurrency()), text(why)}, false);
      }
    }
    try {
      csv.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A text cell a spreadsheet shows as text, never runs as a formula: {@link CsvText#text}, whose rule it is. */
  public static String text(String s) {
    return CsvText.text(s);
  }

  static String num(double v) {
    if (!Double.isFinite(v)) {
      return "";
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
