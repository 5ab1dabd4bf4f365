package io.shockfolio.app;

import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.io.ResultCsv;
import io.shockfolio.io.ResultJson;
import io.shockfolio.io.ResultTable;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** Results as text for people (a table) and for programs (CSV, JSON): what a front end prints. */
public final class Reports {

  private Reports() {}

  /** The 80-column table of one result, numbers in {@code locale}'s format. */
  public static String table(ScenarioResult result, Locale locale) {
    return new ResultTable(locale).render(result);
  }

  /** One CSV row per holding and scenario; see {@link ResultCsv}. */
  public static void csv(List<ScenarioResult> results, Writer out) {
    ResultCsv.write(results, out);
  }

  /** One JSON object per scenario, an array for several; see {@link ResultJson}. */
  public static void json(List<ScenarioResult> results, Writer out) {
    ResultJson.write(results, out);
  }

  /** A move or loss as people write it, {@code 10%}, {@code -17 %} or {@code 0.10}, as a fraction. */
  public static double parseMove(String text) {
    return io.shockfolio.io.ScenarioReader.parseMove(text, io.shockfolio.io.Numbers.DecimalMark.POINT);
  }

  /** A back-test's accuracy table. */
  public static String backtest(io.shockfolio.domain.BacktestResult result) {
    return io.shockfolio.io.BacktestReport.table(result);
  }

  /** A back-test as CSV, one row per name. */
  public static void backtestCsv(io.shockfolio.domain.BacktestResult result, Writer out) {
    io.shockfolio.io.BacktestReport.csv(result, out);
  }

  /** {@code lead} and {@code text} broken at spaces to fit {@code width} columns. */
  public static String wrap(String lead, String text, int width) {
    return ResultTable.wrap(lead, text, width);
  }
}
