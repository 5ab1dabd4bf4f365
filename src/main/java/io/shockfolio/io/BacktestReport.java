package io.shockfolio.io;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import io.shockfolio.domain.BacktestResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * A back-test as a table for people (accuracy of the model and the two baselines) or as CSV, one
 * row per name: {@code symbol,predicted,actual,lower,upper,beta} (simple returns as fractions).
 */
public final class BacktestReport {

  private BacktestReport() {}

  public static String table(BacktestResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append(ResultTable.wrap("", "Back-test of " + r.scenario() + " on " + r.event() + ": " + r.rows().size()
        + " names the scenario does not report, estimated on " + r.window() + " daily returns to " + r.asOf()
        + " (shrinkage " + r.shrinkage() + ")", 80));
    sb.append('\n');
    sb.append(String.format(Locale.ROOT, "%-28s %22s %12s %14s%n", "Prediction", "Mean abs. error (pp)",
        "Correlation", "In 90% band"));
    sb.append("-".repeat(79)).append('\n');
    line(sb, "conditional model", r.model());
    line(sb, "zero move (baseline)", r.zero());
    line(sb, "beta to basket (baseline)", r.beta());
    if (!r.notes().isEmpty()) {
      sb.append("\nNotes\n");
      for (String n : r.notes()) {
        sb.append(ResultTable.wrap("  ", n, 80));
      }
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String name, BacktestResult.Accuracy a) {
    sb.append(String.format(Locale.ROOT, "%-28s %22.2f %12s %14s%n", name, a.meanAbsoluteError(),
        Double.isNaN(a.correlation()) ? "-" : String.format(Locale.ROOT, "%.2f", a.correlation()),
        Double.isNaN(a.bandCoverage()) ? "-" : String.format(Locale.ROOT, "%.0f%%", a.bandCoverage() * 100)));
  }

  public static void csv(BacktestResult r, Writer out) {
    ICSVWriter csv = new CSVWriter(out, ',', '"', '"', "\n");
    csv.writeNext(new String[] {"symbol", "predicted", "actual", "lower", "upper", "beta"}, false);
    for (BacktestResult.Row row : r.rows()) {
      csv.writeNext(new String[] {CsvText.text(row.ticker()), ResultCsv.num(row.predicted()),
          ResultCsv.num(row.actual()), ResultCsv.num(row.lower()), ResultCsv.num(row.upper()),
          ResultCsv.num(row.beta())}, false);
    }
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
