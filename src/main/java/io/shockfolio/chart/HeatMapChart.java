package io.shockfolio.chart;

import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.ScenarioResult;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.font.FontRenderContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A heat map of holdings (rows) by scenarios (columns): each cell is coloured by the holding's
 * whole move in the base currency (price and exchange rate), on a diverging scale from vermillion
 * for losses through white at 0 to blue for gains, symmetric around 0 up to the largest move shown.
 * Each cell is labelled with its move in percent, {@value #ESTIMATED} in front when a model
 * estimated it; a cell the scenario does not move is light grey and reads {@value #NOT_MOVED_LABEL}.
 *
 * <p>Rows are the holdings some scenario moves, the worst P&amp;L (in any scenario) at the top.
 * Beyond {@value #MAX_ROWS} of them the chart keeps the {@value #MAX_ROWS} with the largest
 * P&amp;L in magnitude in any scenario; a subtitle counts the rest.
 */
public final class HeatMapChart {

  /** The most holdings shown. */
  public static final int MAX_ROWS = 25;

  /** Put in front of a cell's label when a model estimated the move. */
  public static final String ESTIMATED = "~";

  /** The label of a cell the scenario does not move. */
  public static final String NOT_MOVED_LABEL = "–";

  /** The colour of a cell the scenario does not move: a grey no move on the scale takes. */
  static final Color NOT_MOVED = ChartTheme.GRIDLINE;

  /** Light cells get this text colour, dark ones white. */
  static final Color DARK_TEXT = ChartTheme.TEXT;

  static final Font CELL_FONT = new Font(ChartTheme.FONT_FAMILY, Font.PLAIN, 13);

  /** The key of the dataset's one series. */
  public static final String SERIES = "move";

  /** The width the chart is laid out for, which sets how long a scenario name may be. */
  static final int LAYOUT_WIDTH = ChartRenderer.DEFAULT_WIDTH;

  /** The font of the scenario names above the columns. */
  static final Font HEAD_FONT = new Font(ChartTheme.FONT_FAMILY, Font.BOLD, 14);

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  /** Pixels of the chart's width not given to the columns: holding names, colour legend, padding. */
  static final int RESERVED_WIDTH = 330;

  private HeatMapChart() {}

  /**
   * One cell: the holding's whole move as a fraction and its P&amp;L in the base currency.
   *
   * @param moved whether the scenario reaches the holding at all
   * @param estimated whether a model estimated the move
   */
  record Cell(double move, double pnl, boolean moved, boolean estimated) {}

  /** One row: the holding's label and its cell in each scenario, in the order of the results. */
  record Row(String label, List<Cell> cells) {}

  /**
   * The rows in chart order (top first), and what was left out.
   *
   * @param rows the holdings shown
   * @param smaller holdings moved by some scenario but left out as smaller than the rows shown
   * @param unmoved holdings no scenario moves
   * @param maxAbs the largest move in magnitude among the rows, the end of the colour scale
   */
  record Grid(List<Row> rows, int smaller, int unmoved, double maxAbs) {}

  /**
   * The heat map of {@code results}, which must be of one portfolio: the same holdings in the same
   * order.
   *
   * @throws IllegalArgumentException when there is no result or the results' holdings differ
   */
  public static JFreeChart create(List<ScenarioResult> results, Locale locale) {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(locale, "locale");
    Grid grid = grid(results);
    List<String> scenarios = scenarioLabels(results);
    int n = results.size();
    int m = grid.rows().size();

    DefaultXYZDataset dataset = new DefaultXYZDataset();
    double[][] xyz = new double[3][n * m];
    int k = 0;
    for (int y = 0; y < m; y++) {
      for (int x = 0; x < n; x++) {
        Cell c = grid.rows().get(y).cells().get(x);
        xyz[0][k] = x;
        xyz[1][k] = y;
        xyz[2][k] = c.moved() ? c.move() : Double.NaN;
        k++;
      }
    }
    if (m > 0) {
      dataset.addSeries(SERIES, xyz);
    }

    double end = grid.maxAbs() > 0 ? grid.maxAbs() : 0.01;
    DivergingPaintScale scale = new DivergingPaintScale(end);

    SymbolAxis scenarioAxis = new HeadAxis(scenarios, ScenarioComparisonChart.seriesNames(results));
    SymbolAxis holdingAxis = new SymbolAxis(null,
        grid.rows().stream().map(Row::label).toArray(String[]::new));
    XYPlot plot = gridPlot(dataset, scenarioAxis, holdingAxis, scale, n, m);
    plot.setNoDataMessage(n == 1
        ? "No holding moved in this scenario" : "No holding moved in any of the scenarios");
    for (int y = 0; y < m; y++) {
      for (int x = 0; x < n; x++) {
        Cell c = grid.rows().get(y).cells().get(x);
        XYTextAnnotation a = new XYTextAnnotation(cellLabel(c, locale), x, y);
        a.setFont(c.estimated() ? CELL_FONT.deriveFont(Font.ITALIC) : CELL_FONT);
        a.setPaint(textPaint(c.moved() ? scale.getPaint(c.move()) : NOT_MOVED));
        a.setTextAnchor(TextAnchor.CENTER);
        plot.addAnnotation(a, false);
      }
    }

    JFreeChart chart = new JFreeChart(null, ChartTheme.TITLE_FONT, plot, false);
    ChartText.titled(chart, results, locale);
    String key = key(grid, n);
    if (!key.isEmpty()) {
      chart.addSubtitle(new TextTitle(key));
    }
    styled(chart, scale, locale, "Move");
    return chart;
  }

  /**
   * The plot of a heat map of {@code n} columns and {@code m} rows: scenario heads across the top,
   * rows down the side with row 0 at the top, each cell a block of {@code scale}'s colour, slightly
   * smaller than the cell so white gutters part the cells.
   */
  static XYPlot gridPlot(DefaultXYZDataset dataset, SymbolAxis scenarioAxis, SymbolAxis rowAxis,
      DivergingPaintScale scale, int n, int m) {
    for (SymbolAxis a : List.of(scenarioAxis, rowAxis)) {
      a.setGridBandsVisible(false);
      a.setTickMarksVisible(false);
      a.setAxisLineVisible(false);
      a.setAutoRangeIncludesZero(false);
    }
    scenarioAxis.setRange(-0.5, Math.max(1, n) - 0.5);
    rowAxis.setRange(-0.5, Math.max(1, m) - 0.5);
    rowAxis.setInverted(true);

    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setPaintScale(scale);
    renderer.setBlockWidth(0.97);
    renderer.setBlockHeight(0.9);
    renderer.setBlockAnchor(RectangleAnchor.CENTER);

    XYPlot plot = new XYPlot(dataset, scenarioAxis, rowAxis, renderer);
    plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
    return plot;
  }

  /**
   * Gives a heat map made by {@link #gridPlot} the theme, no grid lines (the gutters part the
   * cells), the scenario heads' font, and the legend of {@code scale} titled {@code what}.
   */
  static void styled(JFreeChart chart, DivergingPaintScale scale, Locale locale, String what) {
    ChartTheme.of(locale).apply(chart);
    XYPlot plot = chart.getXYPlot();
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.getDomainAxis().setTickLabelFont(HEAD_FONT);
    chart.addSubtitle(legend(scale, locale, what));
  }

  /**
   * The scenario axis: its symbols are the heads laid out for {@value #LAYOUT_WIDTH} pixels, and
   * when drawn each head is cut again from the full name to the width its column has, so no head
   * is dropped or runs into the next at a smaller size.
   */
  static final class HeadAxis extends SymbolAxis {
    private static final long serialVersionUID = 1L;

    private final List<String> names;

    HeadAxis(List<String> heads, List<String> names) {
      super(null, heads.toArray(new String[0]));
      this.names = List.copyOf(names);
    }

    /** The heads for columns {@code columnWidth} pixels wide, a gap of 8 pixels kept between them. */
    List<String> heads(double columnWidth) {
      return scenarioLabels(names, columnWidth - 8);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected List refreshTicksHorizontal(java.awt.Graphics2D g2, java.awt.geom.Rectangle2D dataArea,
        org.jfree.chart.ui.RectangleEdge edge) {
      List ticks = super.refreshTicksHorizontal(g2, dataArea, edge);
      List<String> heads = heads(dataArea.getWidth() / Math.max(1, names.size()));
      List out = new ArrayList();
      for (Object o : ticks) {
        org.jfree.chart.axis.ValueTick t = (org.jfree.chart.axis.ValueTick) o;
        int i = (int) Math.round(t.getValue());
        String text = i >= 0 && i < heads.size() ? heads.get(i) : t.getText();
        out.add(new org.jfree.chart.axis.NumberTick(t.getTickType(), t.getValue(), text, t.getTextAnchor(),
            t.getRotationAnchor(), t.getAngle()));
      }
      return out;
    }
  }

  /** The colour legend: a vertical strip at the right with percent ticks, its axis named {@code label}. */
  static PaintScaleLegend legend(DivergingPaintScale scale, Locale locale, String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setRange(scale.getLowerBound(), scale.getUpperBound());
    double stepPct = ChartTheme.tickStep(200 * scale.end(), 8);
    DecimalFormat format = new DecimalFormat(
        stepPct == Math.rint(stepPct) ? "0%" : "0.##%", DecimalFormatSymbols.getInstance(locale));
    axis.setTickUnit(new NumberTickUnit(stepPct / 100, format));
    axis.setLabelFont(ChartTheme.AXIS_LABEL_FONT);
    axis.setLabelPaint(ChartTheme.TEXT);
    axis.setTickLabelFont(ChartTheme.TICK_LABEL_FONT);
    axis.setTickLabelPaint(ChartTheme.TEXT);
    axis.setAxisLinePaint(ChartTheme.AXIS_LINE);
    axis.setTickMarkPaint(ChartTheme.AXIS_LINE);
    PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    legend.setStripWidth(16);
    legend.setSubdivisionCount(256);
    legend.setStripOutlineVisible(false);
    legend.setBackgroundPaint(ChartTheme.BACKGROUND);
    legend.setFrame(BlockBorder.NONE);
    legend.setMargin(new RectangleInsets(40, 16, 40, 0));
    legend.setPadding(new RectangleInsets(4, 4, 4, 4));
    return legend;
  }

  /** What the marks mean and what was left out, e.g. {@code "~ estimated by a model · – not moved"}. */
  static String key(Grid grid, int scenarios) {
    List<String> parts = new ArrayList<>();
    boolean estimated = grid.rows().stream().flatMap(r -> r.cells().stream()).anyMatch(Cell::estimated);
    boolean still = grid.rows().stream().flatMap(r -> r.cells().stream()).anyMatch(c -> !c.moved());
    if (estimated) {
      parts.add(ESTIMATED + " estimated by a model");
    }
    if (still) {
      parts.add(NOT_MOVED_LABEL + " not moved by the scenario");
    }
    if (grid.smaller() > 0) {
      parts.add(grid.smaller() + (grid.smaller() == 1 ? " holding" : " holdings")
          + " with smaller P&L not shown");
    }
    if (grid.unmoved() > 0) {
      parts.add(grid.unmoved() + (grid.unmoved() == 1 ? " holding" : " holdings")
          + " not moved by " + (scenarios == 1 ? "the scenario" : "any scenario"));
    }
    return String.join(" · ", parts);
  }

  /**
   * The rows of the heat map. A holding is shown when some scenario moves it; beyond
   * {@value #MAX_ROWS} such holdings, those with the largest P&amp;L in magnitude in any scenario.
   * Rows are sorted by their worst P&amp;L across the scenarios, the worst first; ties keep
   * portfolio order.
   *
   * @throws IllegalArgumentException when there is no result or the results' holdings differ
   */
  static Grid grid(List<ScenarioResult> results) {
    if (results.isEmpty()) {
      throw new IllegalArgumentException("Expected at least one scenario result, but found none");
    }
    int holdings = results.get(0).impacts().size();
    for (ScenarioResult r : results) {
      if (r.impacts().size() != holdings) {
        throw new IllegalArgumentException("Expected the results of one portfolio, but "
            + r.scenario().name() + " has " + r.impacts().size() + " holdings, not " + holdings);
      }
      for (int h = 0; h < holdings; h++) {
        if (!r.impacts().get(h).holding().equals(results.get(0).impacts().get(h).holding())) {
          throw new IllegalArgumentException("Expected the results of one portfolio, but holding "
              + (h + 1) + " of " + r.scenario().name() + " differs");
        }
      }
    }
    List<Integer> moved = new ArrayList<>();
    for (int h = 0; h < holdings; h++) {
      final int i = h;
      if (results.stream().anyMatch(r -> r.impacts().get(i).isMatched())) {
        moved.add(h);
      }
    }
    List<Integer> shown = new ArrayList<>(moved);
    // largest magnitude first; ties keep portfolio order (the sort is stable)
    shown.sort(Comparator.comparingDouble((Integer h) -> largestPnl(results, h)).reversed());
    if (shown.size() > MAX_ROWS) {
      shown = new ArrayList<>(shown.subList(0, MAX_ROWS));
    }
    shown.sort(Comparator.naturalOrder());
    shown.sort(Comparator.comparingDouble((Integer h) -> worstPnl(results, h)));

    List<String> labels = ChartText.uniqueLabels(shown.stream()
        .map(h -> results.get(0).impacts().get(h).holding().label()).toList());
    List<Row> rows = new ArrayList<>();
    double maxAbs = 0;
    for (int i = 0; i < shown.size(); i++) {
      List<Cell> cells = new ArrayList<>();
      for (ScenarioResult r : results) {
        HoldingImpact impact = r.impacts().get(shown.get(i));
        Cell c = new Cell(impact.totalMove(), impact.pnl(), impact.isMatched(), impact.isEstimated());
        cells.add(c);
        if (c.moved()) {
          maxAbs = Math.max(maxAbs, Math.abs(c.move()));
        }
      }
      rows.add(new Row(labels.get(i), cells));
    }
    return new Grid(rows, moved.size() - shown.size(), holdings - moved.size(), maxAbs);
  }

  private static double largestPnl(List<ScenarioResult> results, int h) {
    return results.stream().mapToDouble(r -> Math.abs(r.impacts().get(h).pnl())).max().orElse(0);
  }

  private static double worstPnl(List<ScenarioResult> results, int h) {
    return results.stream().mapToDouble(r -> r.impacts().get(h).pnl()).min().orElse(0);
  }

  /**
   * A cell's words: its move with an explicit sign and one decimal, {@code -17.0%}, after
   * {@value #ESTIMATED} when estimated; {@value #NOT_MOVED_LABEL} when not moved.
   */
  static String cellLabel(Cell cell, Locale locale) {
    if (!cell.moved()) {
      return NOT_MOVED_LABEL;
    }
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setGroupingUsed(true);
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    f.setRoundingMode(RoundingMode.HALF_UP);
    double pct = BigDecimal.valueOf(cell.move()).movePointRight(2).doubleValue();
    String text = ChartTheme.of(locale).signed(pct, f) + "%";
    return cell.estimated() ? ESTIMATED + text : text;
  }

  /**
   * The scenario names for the column heads, each short enough to fit its column at
   * {@value #LAYOUT_WIDTH} pixels in {@link #HEAD_FONT}. A longer name keeps its start and its end
   * ({@code deepseek-2025…headline-only}). When that leaves two heads alike, their heads show the
   * part where the names differ instead ({@code …number-0-of-t…}), and a head still alike gets its
   * 1-based column appended ({@code " #2"}).
   */
  static List<String> scenarioLabels(List<ScenarioResult> results) {
    List<String> names = ScenarioComparisonChart.seriesNames(results);
    return scenarioLabels(names, columnWidth(names.size()));
  }

  /** The column heads for {@code names}, as {@link #scenarioLabels(List)}, each at most {@code room} pixels wide. */
  static List<String> scenarioLabels(List<String> names, double room) {
    List<String> cut = names.stream().map(s -> fit(s, room, HeatMapChart::middleCut)).toList();
    int prefix = commonPrefix(names);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < cut.size(); i++) {
      String label = cut.get(i);
      if (cut.indexOf(label) != cut.lastIndexOf(label)) {
        String distinct = distinctPart(names.get(i), prefix);
        label = fit(distinct, room, ChartText::truncate);
      }
      out.add(label);
    }
    for (int i = 0; i < out.size(); i++) {
      String label = out.get(i);
      if (out.indexOf(label) != out.lastIndexOf(label)) {
        String suffix = " #" + (i + 1);
        String name = names.get(i);
        out.set(i, fit(name, room - width(suffix), HeatMapChart::middleCut) + suffix);
      }
    }
    return out;
  }

  /** About how wide, in pixels, each of {@code n} columns is at {@value #LAYOUT_WIDTH}, less a gap. */
  static double columnWidth(int n) {
    return (LAYOUT_WIDTH - RESERVED_WIDTH) / (double) Math.max(1, n) - 8;
  }

  static double width(String text) {
    return HEAD_FONT.getStringBounds(text, FRC).getWidth();
  }

  /** {@code text} cut by {@code cutter} to the most characters that fit in {@code room} pixels. */
  private static String fit(String text, double room, BiFunction<String, Integer, String> cutter) {
    int length = text.codePointCount(0, text.length());
    for (int max = length; max > 4; max--) {
      String cut = cutter.apply(text, max);
      if (width(cut) <= room) {
        return cut;
      }
    }
    return cutter.apply(text, 4);
  }

  /** How many characters all {@code names} share at their start. */
  static int commonPrefix(List<String> names) {
    if (names.isEmpty()) {
      return 0;
    }
    String first = names.get(0);
    int p = first.length();
    for (String n : names) {
      int i = 0;
      while (i < Math.min(p, n.length()) && n.charAt(i) == first.charAt(i)) {
        i++;
      }
      p = i;
    }
    return p;
  }

  /**
   * {@code name} from the word before where the names start to differ, after {@value ChartText#ELLIPSIS}:
   * {@code stress-variant-number-0-of-the-year-2025} with a shared prefix of 22 characters gives
   * {@code …number-0-of-the-year-2025}.
   */
  static String distinctPart(String name, int prefix) {
    if (prefix <= 0 || prefix >= name.length()) {
      return name;
    }
    int start = prefix;
    // back to the start of the word the difference is in, then over the word before it
    while (start > 0 && Character.isLetterOrDigit(name.charAt(start - 1))) {
      start--;
    }
    while (start > 0 && !Character.isLetterOrDigit(name.charAt(start - 1))) {
      start--;
    }
    while (start > 0 && Character.isLetterOrDigit(name.charAt(start - 1))) {
      start--;
    }
    return start == 0 ? name : ChartText.ELLIPSIS + name.substring(start);
  }

  /** {@code text} cut to {@code max} characters by replacing its middle with {@value ChartText#ELLIPSIS}. */
  static String middleCut(String text, int max) {
    String t = text.strip();
    int length = t.codePointCount(0, t.length());
    if (length <= max) {
      return t;
    }
    int keep = Math.max(2, max - 1);
    int head = (keep + 1) / 2;
    int tail = keep - head;
    int headEnd = t.offsetByCodePoints(0, head);
    int tailStart = t.offsetByCodePoints(0, length - tail);
    return t.substring(0, headEnd) + ChartText.ELLIPSIS + t.substring(tailStart);
  }

  /** White on dark cells, dark text on light ones. */
  static Color textPaint(Paint background) {
    if (!(background instanceof Color c)) {
      return DARK_TEXT;
    }
    double luminance = (0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen())
        + 0.0722 * linear(c.getBlue()));
    // the luminance where white and dark text have the same contrast
    return luminance < 0.18 ? Color.WHITE : DARK_TEXT;
  }

  private static double linear(int channel) {
    double v = channel / 255.0;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }

  /**
   * Vermillion ({@link ChartTheme#LOSS}) at {@code -end}, white at 0, blue ({@link ChartTheme#BEFORE})
   * at {@code +end}, blended linearly between; values beyond the ends take the end colour, and
   * {@code NaN} (not moved) is light grey.
   *
   * @param end the largest magnitude, above 0
   */
  record DivergingPaintScale(double end) implements PaintScale, Serializable {

    DivergingPaintScale {
      if (!(end > 0) || !Double.isFinite(end)) {
        throw new IllegalArgumentException("Expected a scale end > 0, but found " + end);
      }
    }

    @Override
    public double getLowerBound() {
      return -end;
    }

    @Override
    public double getUpperBound() {
      return end;
    }

    @Override
    public Paint getPaint(double value) {
      if (Double.isNaN(value)) {
        return NOT_MOVED;
      }
      double t = Math.min(1, Math.abs(value) / end);
      Color to = value < 0 ? ChartTheme.LOSS : ChartTheme.BEFORE;
      return new Color(blend(255, to.getRed(), t), blend(255, to.getGreen(), t),
          blend(255, to.getBlue(), t));
    }

    private static int blend(int from, int to, double t) {
      return (int) Math.round(from + (to - from) * t);
    }
  }
}
