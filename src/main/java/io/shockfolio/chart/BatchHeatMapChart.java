package io.shockfolio.chart;

import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A heat map of a batch: portfolios (rows) by scenarios (columns), each cell the portfolio's P&amp;L
 * in % of its value before, coloured as {@link HeatMapChart} colours moves: vermillion for losses
 * through white at 0 to blue for gains, symmetric around 0 up to the largest magnitude shown. A
 * pair that did not run is light grey and reads {@value #NOT_RUN_LABEL}.
 *
 * <p>Rows are sorted by the portfolio's worst P&amp;L % in any column shown, the worst at the top;
 * ties keep input order. Beyond {@value #MAX_ROWS} portfolios the rest, all with smaller worst
 * losses, are counted in a subtitle. Beyond {@value #MAX_COLUMNS} scenarios the chart keeps those
 * with the largest loss of any portfolio, in input order, and counts the rest: the matrix files
 * hold every pair.
 */
public final class BatchHeatMapChart {

  /** The most portfolios shown. */
  public static final int MAX_ROWS = 40;

  /** The most scenarios shown: each column needs room for a label such as {@code -12.34%}. */
  public static final int MAX_COLUMNS = 12;

  /** Portfolio names longer than this are cut: file names run longer than holdings' names. */
  static final int MAX_LABEL_LENGTH = 28;

  /** The label of a pair that did not run. */
  public static final String NOT_RUN_LABEL = "–";

  /** The key of the dataset's one series. */
  public static final String SERIES = "pnl %";

  /** Pixels of the layout height not given to the rows: title, subtitles, column heads, padding. */
  static final int RESERVED_HEIGHT = 200;

  private BatchHeatMapChart() {}

  /**
   * What to draw.
   *
   * @param portfolios the portfolios' names, one per row of {@code pnlPct}
   * @param scenarios the scenarios, one per column of {@code pnlPct}
   * @param pnlPct each portfolio's P&amp;L under each scenario as a fraction of its value before
   *     ({@code -0.05} is -5%); {@code NaN} where the pair did not run
   * @param model the model that moved the holdings the news did not name, e.g. {@code sector}
   */
  public record Matrix(List<String> portfolios, List<Scenario> scenarios, double[][] pnlPct, String model) {

    public Matrix {
      portfolios = List.copyOf(portfolios);
      scenarios = List.copyOf(scenarios);
      Objects.requireNonNull(model, "model");
      if (pnlPct.length != portfolios.size()) {
        throw new IllegalArgumentException("Expected " + portfolios.size() + " rows of P&L, but found " + pnlPct.length);
      }
      double[][] copy = new double[pnlPct.length][];
      for (int p = 0; p < pnlPct.length; p++) {
        if (pnlPct[p].length != scenarios.size()) {
          throw new IllegalArgumentException("Expected " + scenarios.size() + " columns in row " + (p + 1)
              + ", but found " + pnlPct[p].length);
        }
        copy[p] = pnlPct[p].clone();
      }
      pnlPct = copy;
    }

    /** The P&amp;L % of portfolio {@code p} under scenario {@code s}. */
    public double at(int p, int s) {
      return pnlPct[p][s];
    }
  }

  /**
   * What is shown.
   *
   * @param rows the portfolios shown, as indexes into the matrix, top first
   * @param columns the scenarios shown, as indexes into the matrix, left first
   * @param rowLabels the portfolios' labels, cut and made unique, in row order
   * @param hiddenRows portfolios left out as having smaller losses
   * @param hiddenColumns scenarios left out
   * @param maxAbs the largest P&amp;L % in magnitude among the cells shown, the end of the colour scale
   */
  record Grid(List<Integer> rows, List<Integer> columns, List<String> rowLabels, int hiddenRows,
      int hiddenColumns, double maxAbs) {}

  /** The heat map of {@code matrix}. */
  public static JFreeChart create(Matrix matrix, Locale locale) {
    Objects.requireNonNull(matrix, "matrix");
    Objects.requireNonNull(locale, "locale");
    Grid grid = grid(matrix);
    int n = grid.columns().size();
    int m = grid.rows().size();

    DefaultXYZDataset dataset = new DefaultXYZDataset();
    double[][] xyz = new double[3][n * m];
    int k = 0;
    for (int y = 0; y < m; y++) {
      for (int x = 0; x < n; x++) {
        xyz[0][k] = x;
        xyz[1][k] = y;
        xyz[2][k] = matrix.at(grid.rows().get(y), grid.columns().get(x));
        k++;
      }
    }
    if (m > 0 && n > 0) {
      dataset.addSeries(SERIES, xyz);
    }

    HeatMapChart.DivergingPaintScale scale = new HeatMapChart.DivergingPaintScale(
        grid.maxAbs() > 0 ? grid.maxAbs() : 0.01);
    List<String> names = grid.columns().stream().map(s -> matrix.scenarios().get(s).name()).toList();
    SymbolAxis scenarioAxis = new HeatMapChart.HeadAxis(
        HeatMapChart.scenarioLabels(names, HeatMapChart.columnWidth(Math.max(1, n))), names);
    SymbolAxis portfolioAxis = new SymbolAxis(null, grid.rowLabels().toArray(String[]::new));
    // every row keeps its name: the font is sized so they fit, so the axis must not thin them out
    portfolioAxis.setAutoTickUnitSelection(false);
    portfolioAxis.setTickUnit(new NumberTickUnit(1));
    XYPlot plot = HeatMapChart.gridPlot(dataset, scenarioAxis, portfolioAxis, scale, n, m);
    plot.setNoDataMessage("No portfolio ran against any scenario");
    Font cellFont = cellFont(m);
    for (int y = 0; y < m; y++) {
      for (int x = 0; x < n; x++) {
        double v = matrix.at(grid.rows().get(y), grid.columns().get(x));
        XYTextAnnotation a = new XYTextAnnotation(cellLabel(v, locale), x, y);
        a.setFont(cellFont);
        a.setPaint(HeatMapChart.textPaint(scale.getPaint(v)));
        a.setTextAnchor(TextAnchor.CENTER);
        plot.addAnnotation(a, false);
      }
    }

    JFreeChart chart = new JFreeChart(null, ChartTheme.TITLE_FONT, plot, false);
    titled(chart, matrix);
    String key = key(grid, matrix);
    if (!key.isEmpty()) {
      chart.addSubtitle(new TextTitle(key));
    }
    HeatMapChart.styled(chart, scale, locale, "P&L");
    portfolioAxis.setTickLabelFont(rowFont(m));
    return chart;
  }

  /**
   * The title, {@code "12 portfolios — 4 scenarios"} (one scenario: its name and date), the sources
   * of the moves and the method, laid out as {@link ChartText#titled} lays them out.
   */
  private static void titled(JFreeChart chart, Matrix matrix) {
    int p = matrix.portfolios().size();
    String portfolios = String.format(Locale.ROOT, "%,d %s", p, p == 1 ? "portfolio" : "portfolios");
    List<Scenario> scenarios = matrix.scenarios();
    String title = portfolios + " — " + (scenarios.size() == 1
        ? scenarios.get(0).name() + " (" + scenarios.get(0).date() + ")"
        : scenarios.size() + " scenarios");
    chart.setTitle(new TextTitle(title, ChartTheme.TITLE_FONT));
    // the sources line reads the scenarios' shocks only; a result without holdings carries them
    Portfolio none = new Portfolio("", "", List.of(), List.of());
    String sources = ChartText.sources(scenarios.stream()
        .map(s -> new ScenarioResult(none, s, "", matrix.model(), List.of(), Map.of(), List.of())).toList());
    int at = 0;
    if (!sources.isEmpty()) {
      chart.addSubtitle(at++, new TextTitle(sources));
    }
    chart.addSubtitle(at, new TextTitle("Each portfolio's P&L in % of its value · " + ChartText.method(matrix.model())));
  }

  /**
   * The rows and columns shown. Columns: every scenario, or beyond {@value #MAX_COLUMNS} those
   * with the largest loss of any portfolio (ties in input order), kept in input order. Rows: the
   * portfolios sorted by their worst P&amp;L % in the columns shown, the worst first, ties in input
   * order; the first {@value #MAX_ROWS}.
   */
  static Grid grid(Matrix matrix) {
    int portfolios = matrix.portfolios().size();
    int scenarios = matrix.scenarios().size();
    List<Integer> columns = new ArrayList<>();
    for (int s = 0; s < scenarios; s++) {
      columns.add(s);
    }
    if (scenarios > MAX_COLUMNS) {
      List<Integer> all = new ArrayList<>(columns);
      columns = new ArrayList<>(columns);
      double[] worst = new double[scenarios]; // each column's once, not once per comparison
      for (int s = 0; s < scenarios; s++) {
        worst[s] = worstOfColumn(matrix, s);
      }
      all.sort(Comparator.comparingDouble(s -> worst[s]));
      columns = new ArrayList<>(all.subList(0, MAX_COLUMNS));
      columns.sort(Comparator.naturalOrder());
    }
    List<Integer> shownColumns = List.copyOf(columns);
    List<Integer> rows = new ArrayList<>();
    for (int p = 0; p < portfolios; p++) {
      rows.add(p);
    }
    double[] worst = new double[portfolios]; // each row's once, not once per comparison
    for (int p = 0; p < portfolios; p++) {
      worst[p] = worstOfRow(matrix, p, shownColumns);
    }
    // stable: equal worst losses keep input order
    rows.sort(Comparator.comparingDouble(p -> worst[p]));
    int hiddenRows = Math.max(0, rows.size() - MAX_ROWS);
    rows = List.copyOf(rows.subList(0, Math.min(MAX_ROWS, rows.size())));
    double maxAbs = 0;
    for (int p : rows) {
      for (int s : shownColumns) {
        double v = matrix.at(p, s);
        if (!Double.isNaN(v)) {
          maxAbs = Math.max(maxAbs, Math.abs(v));
        }
      }
    }
    List<String> labels = ChartText.uniqueLabels(rows.stream().map(p -> matrix.portfolios().get(p)).toList(),
        MAX_LABEL_LENGTH);
    return new Grid(rows, shownColumns, labels, hiddenRows, scenarios - shownColumns.size(), maxAbs);
  }

  /** The lowest P&amp;L % of any portfolio under scenario {@code s}; +∞ when none ran. */
  private static double worstOfColumn(Matrix matrix, int s) {
    double worst = Double.POSITIVE_INFINITY;
    for (int p = 0; p < matrix.portfolios().size(); p++) {
      double v = matrix.at(p, s);
      if (!Double.isNaN(v)) {
        worst = Math.min(worst, v);
      }
    }
    return worst;
  }

  /** The lowest P&amp;L % of portfolio {@code p} in {@code columns}; +∞ when none ran. */
  private static double worstOfRow(Matrix matrix, int p, List<Integer> columns) {
    double worst = Double.POSITIVE_INFINITY;
    for (int s : columns) {
      double v = matrix.at(p, s);
      if (!Double.isNaN(v)) {
        worst = Math.min(worst, v);
      }
    }
    return worst;
  }

  /**
   * What the order means and what was left out, e.g. {@code "sorted by each portfolio's largest
   * loss · 8 more portfolios with smaller losses not shown"}.
   */
  static String key(Grid grid, Matrix matrix) {
    List<String> parts = new ArrayList<>();
    if (grid.rows().size() > 1) {
      parts.add("sorted by each portfolio's largest loss");
    }
    if (grid.hiddenRows() > 0) {
      parts.add(String.format(Locale.ROOT, "%,d more %s with smaller losses not shown", grid.hiddenRows(),
          grid.hiddenRows() == 1 ? "portfolio" : "portfolios"));
    }
    if (grid.hiddenColumns() > 0) {
      parts.add(String.format(Locale.ROOT, "%,d more %s with smaller losses not shown", grid.hiddenColumns(),
          grid.hiddenColumns() == 1 ? "scenario" : "scenarios"));
    }
    boolean notRun = false;
    for (int p : grid.rows()) {
      for (int s : grid.columns()) {
        notRun |= Double.isNaN(matrix.at(p, s));
      }
    }
    if (notRun) {
      parts.add(NOT_RUN_LABEL + " did not run");
    }
    return String.join(" · ", parts);
  }

  /** A cell's words: the P&amp;L % with an explicit sign and two decimals, {@code -4.60%}; {@value #NOT_RUN_LABEL} when not run. */
  static String cellLabel(double pnlPct, Locale locale) {
    if (Double.isNaN(pnlPct)) {
      return NOT_RUN_LABEL;
    }
    return ChartTheme.of(locale).signedPercent(pnlPct) + "%";
  }

  /** The font of the cell labels: 13 points up to 25 rows, smaller so that 40 rows still fit. */
  static Font cellFont(int rows) {
    return new Font(ChartTheme.FONT_FAMILY, Font.PLAIN, fontSize(rows, 13));
  }

  /** The font of the portfolio names. */
  static Font rowFont(int rows) {
    return new Font(ChartTheme.FONT_FAMILY, Font.PLAIN, fontSize(rows, ChartTheme.TICK_LABEL_FONT.getSize()));
  }

  /** {@code largest} points, or less when a row at the layout size is shorter than 1.4 lines of it; at least 9. */
  private static int fontSize(int rows, int largest) {
    double rowHeight = (ChartRenderer.DEFAULT_HEIGHT - RESERVED_HEIGHT) / (double) Math.max(1, rows);
    return (int) Math.max(9, Math.min(largest, Math.floor(rowHeight / 1.4)));
  }

  /**
   * The chart as SVG at {@value ChartRenderer#DEFAULT_WIDTH}×{@value ChartRenderer#DEFAULT_HEIGHT},
   * as {@link ChartRenderer#svg(JFreeChart)} draws it but with ids that stay the same from run to
   * run (JFreeSVG otherwise names its clip paths after the clock), so that a batch's files are the
   * same byte for byte each time.
   */
  public static String svg(JFreeChart chart) {
    return ChartRenderer.svg(chart);
  }
}
