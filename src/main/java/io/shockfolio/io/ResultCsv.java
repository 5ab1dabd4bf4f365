package io.shockfolio.io;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.ScenarioResult;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Results as CSV, one row per holding and scenario. Numbers use a decimal point and no grouping;
 * moves are fractions ({@code -0.17}). Every text cell goes through {@link CsvText#text}, so one
 * that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage return)
 * starts with {@code '}; numbers stay plain numbers ({@code -1578.9}).
 */
public final class ResultCsv {

  static final String[] HEADER = {"portfolio", "scenario", "date", "symbol", "isin", "name", "currency",
      "value_before", "move", "fx_move", "matched_by", "method", "pnl_local", "pnl_base", "contribution",
      "base_currency", "why"};

  private ResultCsv() {}

  public static void write(List<ScenarioResult> results, Writer out) {
    ICSVWriter csv = new CSVWriter(out, ',', '"', '"', "\n");
    csv.writeNext(HEADER, false);
    for (ScenarioResult r : results) {
      for (HoldingImpact i : r.impacts()) {
        csv.writeNext(new String[] {
            text(r.portfolio().name()), text(r.scenario().name()), text(r.scenario().date().toString()),
            text(i.holding().instrument().symbol()), text(i.holding().instrument().isin()),
            text(i.holding().instrument().name()), text(i.holding().currency()),
            num(i.valueBefore()), num(i.move()), num(i.fxMove()), text(i.matchedBy().label()),
            text(i.method().label()), num(i.pnlLocal()), num(i.pnl()), num(r.contribution(i)),
            text(r.baseCurrency()), text(i.explain())}, false);
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
