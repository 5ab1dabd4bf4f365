package io.shockfolio.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import io.shockfolio.chart.BatchHeatMapChart;
import io.shockfolio.chart.ChartRenderer;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.Scenario;
import io.shockfolio.io.CsvText;
import io.shockfolio.io.Threads;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;

/**
 * The files of a batch, all in one folder, each written whole through a temporary file and none
 * put in place before all are written ({@link OutputFiles}):
 *
 * <ul>
 *   <li>{@value #MATRIX_CSV}: one row per portfolio and scenario that ran, portfolios in input
 *       order, each with the scenarios in input order. Columns {@code portfolio, file, scenario,
 *       base_currency, value_before, pnl, pnl_percent, worst_holding, worst_holding_pnl}: money in
 *       {@code base_currency} to the cent, {@code pnl_percent} in percent of the value before
 *       ({@code -4.5987} is -4.5987%) to 4 decimals, the worst holding the one with the largest
 *       loss (empty when none lost). Numbers have a decimal point, no grouping and no trailing
 *       zeros; text a spreadsheet would run as a formula starts with {@code '}.
 *   <li>{@value #MATRIX_JSON}: the same rows with the same values ({@code portfolio, file, scenario,
 *       baseCurrency, valueBefore, pnl, pnlPercent, worstHolding, worstHoldingPnl}), one per line,
 *       and the failures.
 *   <li>{@value #FAILURES}: each input that could not be used, one line per problem.
 *   <li>{@value #CHART}{@code .png} and {@code .svg}: the heat map of P&amp;L % at 1200×800.
 * </ul>
 */
public final class SaveBatch {

  public static final String MATRIX_CSV = "batch-matrix.csv";
  public static final String MATRIX_JSON = "batch-matrix.json";
  public static final String FAILURES = "batch-failures.txt";
  /** The heat map's file name without extension. */
  public static final String CHART = "batch-heatmap";

  static final String[] HEADER = {"portfolio", "file", "scenario", "base_currency", "value_before", "pnl",
      "pnl_percent", "worst_holding", "worst_holding_pnl"};

  /** The pairs listed under "Worst pairs" in the summary. */
  static final int WORST_PAIRS = 10;

  private static final JsonFactory JSON = new JsonFactory();

  private SaveBatch() {}

  /**
   * Writes the matrix (CSV and JSON), the failures and the heat map (PNG and SVG) into {@code folder},
   * all or none.
   *
   * @return the files written, in that order
   * @throws InputException when the folder cannot be written to
   */
  public static List<Path> save(RunBatch.Result result, Path folder, Locale locale) {
    try (OutputFiles files = new OutputFiles()) {
      save(result, folder, locale, files);
      return files.commit();
    }
  }

  /** The files {@link #save} writes in {@code folder}, in that order. */
  public static List<Path> targets(Path folder) {
    return List.of(folder.resolve(MATRIX_CSV), folder.resolve(MATRIX_JSON), folder.resolve(FAILURES),
        folder.resolve(CHART + ".png"), folder.resolve(CHART + ".svg"));
  }

  /**
   * Writes the files of {@link #save(RunBatch.Result, Path, Locale)} into {@code files}, which puts
   * them in place when committed.
   *
   * @return the files written, in that order
   * @throws InputException when a file would replace an input, or the folder cannot be written to
   */
  public static List<Path> save(RunBatch.Result result, Path folder, Locale locale, OutputFiles files) {
    List<Path> targets = targets(folder);
    files.inOrder(targets); // listed in this order, though the JSON may be done before the CSV
    // the JSON (the largest file) is written on a second thread while this one writes the rest
    FutureTask<Void> json = new FutureTask<>(() -> {
      files.write(targets.get(1), out -> {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        json(result, w);
        w.flush();
      });
      return null;
    });
    Thread jsonThread = new Thread(json, "batch-json");
    jsonThread.start();
    try {
      files.write(targets.get(0), out -> {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        csv(result, w);
        w.flush();
      });
      files.write(targets.get(2), failures(result).getBytes(StandardCharsets.UTF_8));
      JFreeChart chart = chart(result, locale);
      files.write(targets.get(3), ChartRenderer.png(chart));
      files.write(targets.get(4), BatchHeatMapChart.svg(chart).getBytes(StandardCharsets.UTF_8));
    } finally {
      // the JSON's temporary file must be registered, or removed, before anyone commits or closes
      Threads.joinUninterruptibly(jsonThread);
    }
    try {
      json.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while writing " + targets.get(1), e);
    }
    return targets;
  }

  /** The heat map of the batch's P&amp;L %. */
  public static JFreeChart chart(RunBatch.Result result, Locale locale) {
    return BatchHeatMapChart.create(matrix(result), locale);
  }

  /** The data of the heat map: the portfolios that ran, by the scenarios that loaded. */
  static BatchHeatMapChart.Matrix matrix(RunBatch.Result result) {
    return new BatchHeatMapChart.Matrix(result.portfolios(), result.scenarios(), result.pnlPctMatrix(),
        result.model());
  }

  /** The matrix as CSV; see the class comment. */
  public static void csv(RunBatch.Result result, Writer out) {
    ICSVWriter csv = new RowWriter(out);
    csv.writeNext(HEADER, false);
    try {
      csv.flush();
      // each text cell is made by OpenCSV once for every distinct text, then the rows are put together
      Map<String, String> cells = new HashMap<>();
      Function<String, String> cell = t -> cells.computeIfAbsent(t, x -> csvCell(CsvText.text(x)));
      String[] scenarios = result.scenarios().stream().map(sc -> cell.apply(sc.name())).toArray(String[]::new);
      StringBuilder sb = new StringBuilder(1 << 16);
      for (RunBatch.Outcome o : result.outcomes()) {
        if (!o.ranAny()) {
          continue;
        }
        String prefix = cell.apply(o.name) + ',' + cell.apply(o.file) + ',';
        String currency = cell.apply(o.baseCurrency);
        for (int s = 0; s < o.scenarios; s++) {
          if (!o.ran[s]) {
            continue;
          }
          sb.append(prefix).append(scenarios[s]).append(',').append(currency).append(',');
          appendMoney(sb, o.valueBefore).append(',');
          appendMoney(sb, o.pnl[s]).append(',');
          appendPercent(sb, o.pnlPct[s]).append(',');
          sb.append(cell.apply(o.worst[s])).append(',');
          appendMoney(sb, o.worstPnl[s]).append('\n');
          if (sb.length() > (1 << 16) - 1024) {
            out.append(sb);
            sb.setLength(0);
          }
        }
      }
      out.append(sb);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A cell as OpenCSV writes it in a row of {@link #csv}: quoted, with quotes doubled, where it must be. */
  private static String csvCell(String text) {
    java.io.StringWriter w = new java.io.StringWriter();
    RowWriter one = new RowWriter(w);
    one.writeNext(new String[] {text}, false);
    String line = w.toString();
    return line.substring(0, line.length() - 1); // without its line end
  }

  /** OpenCSV's writer, with one line buffer for all rows rather than a new kilobyte for each of a million. */
  private static final class RowWriter extends CSVWriter {
    private final StringBuilder line = new StringBuilder(256);

    RowWriter(Writer out) {
      super(out, ',', '"', '"', "\n");
    }

    @Override
    public void writeNext(String[] nextLine, boolean applyQuotesToAll) {
      line.setLength(0);
      try {
        writeNext(nextLine, applyQuotesToAll, line);
      } catch (IOException e) {
        exception = e; // as CSVWriter keeps it, for checkError and flush
      }
    }
  }

  /**
   * The matrix as JSON: {@code {"model", "portfolios": [names], "scenarios": [names], "rows":
   * [{…}], "failures": [{"kind", "input", "problems": [lines], "internal"}]}}, a row per line.
   */
  public static void json(RunBatch.Result result, Writer out) {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new RowPerLine());
      g.writeStartObject();
      g.writeStringField("model", result.model());
      g.writeArrayFieldStart("portfolios");
      for (String p : result.portfolios()) {
        g.writeString(p);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("scenarios");
      for (Scenario s : result.scenarios()) {
        g.writeString(s.name());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("rows");
      // the rows as RowPerLine lays them out, each text quoted by Jackson once for every distinct
      // text and written past the generator: a million rows make no generator call each
      g.flush();
      Map<String, String> quoted = new HashMap<>();
      Function<String, String> json = t -> quoted.computeIfAbsent(t, SaveBatch::jsonString);
      String[] scenarios = result.scenarios().stream().map(sc -> json.apply(sc.name())).toArray(String[]::new);
      StringBuilder sb = new StringBuilder(1 << 16);
      boolean first = true;
      for (RunBatch.Outcome o : result.outcomes()) {
        if (!o.ranAny()) {
          continue;
        }
        String prefix = "{\"portfolio\":" + json.apply(o.name) + ",\"file\":" + json.apply(o.file) + ",\"scenario\":";
        String currency = ",\"baseCurrency\":" + json.apply(o.baseCurrency) + ",\"valueBefore\":";
        for (int s = 0; s < o.scenarios; s++) {
          if (!o.ran[s]) {
            continue;
          }
          sb.append(first ? "\n" : ",\n").append(prefix).append(scenarios[s]).append(currency);
          first = false;
          appendMoney(sb, o.valueBefore).append(",\"pnl\":");
          appendMoney(sb, o.pnl[s]).append(",\"pnlPercent\":");
          appendPercent(sb, o.pnlPct[s]).append(",\"worstHolding\":").append(json.apply(o.worst[s]))
              .append(",\"worstHoldingPnl\":");
          appendMoney(sb, o.worstPnl[s]).append('}');
          if (sb.length() > (1 << 16) - 1024) {
            out.append(sb);
            sb.setLength(0);
          }
        }
      }
      if (!first) {
        sb.append('\n'); // RowPerLine ends a list of rows on a line of its own; the generator counted none
      }
      out.append(sb);
      g.writeEndArray();
      g.writeArrayFieldStart("failures");
      for (RunBatch.Failure f : result.failures()) {
        g.writeStartObject();
        g.writeStringField("kind", f.kind().label());
        g.writeStringField("input", f.input());
        g.writeArrayFieldStart("problems");
        for (String p : f.problems()) {
          g.writeString(p);
        }
        g.writeEndArray();
        g.writeBooleanField("internal", f.internal());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text as the generator of {@link #json} writes a string value: quoted and escaped. */
  private static String jsonString(String text) {
    java.io.StringWriter w = new java.io.StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeString(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Compact JSON with a line break between the entries of the top object and between the
   * objects of its {@code rows} and {@code failures}, so a batch of a million rows is a million
   * lines rather than one, or twelve million.
   */
  private static final class RowPerLine extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    private static boolean inList(JsonGenerator g) {
      JsonStreamContext c = g.getOutputContext();
      JsonStreamContext parent = c.getParent();
      return c.inArray() && parent != null && parent.getParent() != null && parent.getParent().inRoot()
          && ("rows".equals(parent.getCurrentName()) || "failures".equals(parent.getCurrentName()));
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      if (inList(g)) {
        g.writeRaw('\n');
      }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(inList(g) ? ",\n" : ",");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      g.writeRaw(inList(g) && values > 0 ? "\n]" : "]");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      JsonStreamContext parent = g.getOutputContext().getParent();
      g.writeRaw(parent != null && parent.inRoot() ? ",\n" : ",");
    }
  }

  /** The failures file: one line per problem, {@code <kind>: <file>:<line>: …}. */
  public static String failures(RunBatch.Result result) {
    StringBuilder sb = new StringBuilder();
    if (result.failures().isEmpty()) {
      sb.append("Every input was used: ").append(result.portfolioFiles()).append(" portfolio files × ")
          .append(result.scenarios().size()).append(" scenarios ran.\n");
      return sb.toString();
    }
    long inputs = result.failures().size();
    sb.append(inputs).append(inputs == 1 ? " input was" : " inputs were")
        .append(" skipped; everything else ran.\n");
    for (RunBatch.Failure f : result.failures()) {
      for (String p : f.problems()) {
        sb.append(f.kind().label()).append(": ").append(p).append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * One line per failed input for the terminal: its first problem, and how many more the
   * failures file lists.
   */
  public static List<String> failureLines(RunBatch.Result result) {
    List<String> lines = new ArrayList<>();
    for (RunBatch.Failure f : result.failures()) {
      String more = f.problems().size() > 1
          ? " (and " + (f.problems().size() - 1) + " more in " + FAILURES + ")" : "";
      lines.add(f.kind().label() + ": " + f.problems().get(0) + more);
    }
    return lines;
  }

  /**
   * A summary for people, at most 80 columns wide: what ran, each scenario's average and worst
   * portfolio, and the {@value #WORST_PAIRS} worst pairs; numbers in {@code locale}'s format.
   */
  public static String table(RunBatch.Result result, Locale locale) {
    StringBuilder sb = new StringBuilder();
    int portfolios = result.portfolios().size();
    long pairs = result.pairs();
    sb.append(String.format(locale, "Batch: %,d %s × %,d %s, %,d pairs, model %s%n", portfolios,
        portfolios == 1 ? "portfolio" : "portfolios", result.scenarios().size(),
        result.scenarios().size() == 1 ? "scenario" : "scenarios", pairs, result.model()));
    if (result.hasBadInput()) {
      sb.append(String.format(locale, "%,d %s skipped (see %s)%n", result.failures().size(),
          result.failures().size() == 1 ? "input" : "inputs", FAILURES));
    }
    if (pairs == 0) {
      return sb.toString();
    }
    NumberFormat pct = percentFormat(locale);
    int n = result.scenarios().size();
    double[] sum = new double[n];
    int[] count = new int[n];
    double[] worst = new double[n];
    String[] worstName = new String[n];
    List<RunBatch.Row> worstPairs = new ArrayList<>();
    Comparator<RunBatch.Row> byLoss = Comparator.comparingDouble(RunBatch.Row::pnlPct);
    List<String> names = result.scenarios().stream().map(Scenario::name).toList();
    result.forEachIndexedRow((r, s) -> {
      sum[s] += r.pnlPct();
      if (count[s]++ == 0 || r.pnlPct() < worst[s]) {
        worst[s] = r.pnlPct();
        worstName[s] = r.portfolio();
      }
      // keep the worst pairs; a later pair of equal loss stays behind the earlier (stable insertion)
      if (worstPairs.size() < WORST_PAIRS || r.pnlPct() < worstPairs.get(worstPairs.size() - 1).pnlPct()) {
        int at = worstPairs.size();
        while (at > 0 && byLoss.compare(worstPairs.get(at - 1), r) > 0) {
          at--;
        }
        worstPairs.add(at, r);
        if (worstPairs.size() > WORST_PAIRS) {
          worstPairs.remove(worstPairs.size() - 1);
        }
      }
    });
    sb.append('\n');
    line(sb, String.format(locale, "%-30s %10s %8s  %s", "Scenario", "Portfolios", "Average", "Worst portfolio"));
    sb.append("-".repeat(80)).append('\n');
    for (int s = 0; s < n; s++) {
      if (count[s] == 0) {
        continue;
      }
      line(sb, String.format(locale, "%-30s %,10d %8s  %-18s %8s", cut(names.get(s), 30), count[s],
          signedPercent(sum[s] / count[s], pct), cut(worstName[s], 18), signedPercent(worst[s], pct)));
    }
    sb.append('\n');
    sb.append("Worst pairs (P&L in each portfolio's base currency)\n");
    line(sb, String.format(locale, "%-16s %-20s %15s %-3s %8s  %s", "Portfolio", "Scenario", "P&L", "", "%",
        "Worst"));
    sb.append("-".repeat(80)).append('\n');
    NumberFormat money = moneyFormat(locale);
    for (RunBatch.Row r : worstPairs) {
      line(sb, String.format(locale, "%-16s %-20s %15s %-3s %8s  %s", cut(r.portfolio(), 16),
          cut(r.scenario(), 20), signed(r.pnl(), money), r.baseCurrency(), signedPercent(r.pnlPct(), pct),
          r.worstHolding().length() <= 12 ? r.worstHolding() : r.worstHolding().substring(0, 11) + "…"));
    }
    return sb.toString();
  }

  /** Appends {@code text} without trailing blanks, and a line break. */
  private static void line(StringBuilder sb, String text) {
    sb.append(text.stripTrailing()).append('\n');
  }

  private static NumberFormat percentFormat(Locale locale) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    f.setRoundingMode(java.math.RoundingMode.HALF_UP);
    return f;
  }

  private static NumberFormat moneyFormat(Locale locale) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setGroupingUsed(true);
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    f.setRoundingMode(java.math.RoundingMode.HALF_UP);
    return f;
  }

  private static String signedPercent(double fraction, NumberFormat f) {
    return signed(fraction * 100, f) + "%";
  }

  /** {@code value} in {@code f} with an explicit sign; none when it shows as zero. */
  private static String signed(double value, NumberFormat f) {
    String body = f.format(Math.abs(value));
    if (body.equals(f.format(0))) {
      return body;
    }
    return (value < 0 ? "-" : "+") + body;
  }

  /**
   * {@code text} in at most {@code max} characters: a longer one keeps its start and its end,
   * where names of one family differ ({@code deepseek-2…-premarket}).
   */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int head = (max - 1 + 1) / 2;
    int tail = max - 1 - head;
    return text.substring(0, head) + "…" + text.substring(text.length() - tail);
  }

  /**
   * An amount of the result (already whole cents) with a decimal point and no trailing zeros:
   * {@code -1446.2}, {@code 95926.06}, {@code 0}.
   */
  static String money(double amount) {
    // a cent-rounded double times 100 is within far less than half a cent of its cents
    return decimal(Math.round(amount * 100), 2);
  }

  /**
   * A fraction as a percentage rounded half away from zero to 4 decimals, no trailing zeros:
   * {@code -0.0459871} gives {@code -4.5987}.
   */
  static String percent(double fraction) {
    long units = Math.round(Math.abs(fraction) * 1_000_000);
    return decimal(fraction < 0 ? -units : units, 4);
  }

  /** {@link #money} appended to {@code sb}. */
  private static StringBuilder appendMoney(StringBuilder sb, double amount) {
    return appendDecimal(sb, Math.round(amount * 100), 2);
  }

  /** {@link #percent} appended to {@code sb}. */
  private static StringBuilder appendPercent(StringBuilder sb, double fraction) {
    long units = Math.round(Math.abs(fraction) * 1_000_000);
    return appendDecimal(sb, fraction < 0 ? -units : units, 4);
  }

  /** {@code units / 10^scale} written plainly, without trailing zeros. */
  static String decimal(long units, int scale) {
    return appendDecimal(new StringBuilder(24), units, scale).toString();
  }

  /** {@link #decimal} appended to {@code sb}. */
  private static StringBuilder appendDecimal(StringBuilder sb, long units, int scale) {
    if (units == 0) {
      return sb.append('0');
    }
    if (units < 0) {
      sb.append('-');
    }
    long abs = Math.abs(units);
    long pow = 1;
    for (int i = 0; i < scale; i++) {
      pow *= 10;
    }
    sb.append(abs / pow);
    long frac = abs % pow;
    if (frac != 0) {
      sb.append('.');
      for (long digit = pow / 10; frac != 0; digit /= 10) {
        sb.append((char) ('0' + frac / digit));
        frac %= digit;
      }
    }
    return sb;
  }
}
