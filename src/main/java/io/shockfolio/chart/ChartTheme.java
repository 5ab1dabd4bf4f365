package io.shockfolio.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look shared by every Shockfolio chart: a colour-blind-safe Okabe-Ito palette, a white
 * background with light grey gridlines, fonts sized to read well at 1200×800, and number formats
 * that follow a {@link Locale}.
 *
 * <p>Amounts use the locale's grouping. A chart whose largest amount is 1,000 or more shows whole
 * units everywhere (axis and labels); a chart of smaller amounts shows 2 decimals everywhere, so one
 * chart never mixes the two.
 */
public final class ChartTheme {

  /** Losses: Okabe-Ito vermillion. */
  public static final Color LOSS = new Color(0xD5, 0x5E, 0x00);
  /** Gains: Okabe-Ito bluish green. */
  public static final Color GAIN = new Color(0x00, 0x9E, 0x73);
  /** Bars that neither gain nor lose. */
  public static final Color NEUTRAL = new Color(0x99, 0x99, 0x99);
  /** Values before the scenario: Okabe-Ito blue. */
  public static final Color BEFORE = new Color(0x00, 0x72, 0xB2);
  /** Values after the scenario: Okabe-Ito orange. */
  public static final Color AFTER = new Color(0xE6, 0x9F, 0x00);

  /**
   * Colours for categories with no sign (sectors, scenarios), in order: the Okabe-Ito palette
   * without its black and yellow (too close to text and to white), then grey.
   */
  public static final java.util.List<Color> CATEGORY_COLORS = java.util.List.of(
      new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9),
      new Color(0x00, 0x9E, 0x73), new Color(0xD5, 0x5E, 0x00), new Color(0xCC, 0x79, 0xA7),
      new Color(0x99, 0x99, 0x99));

  /** The colour of category {@code i}, cycling through {@link #CATEGORY_COLORS}. */
  public static Color categoryColor(int i) {
    return CATEGORY_COLORS.get(Math.floorMod(i, CATEGORY_COLORS.size()));
  }

  public static final Color BACKGROUND = Color.WHITE;
  public static final Color GRIDLINE = new Color(0xDD, 0xDD, 0xDD);
  public static final Color TEXT = new Color(0x22, 0x22, 0x22);
  public static final Color SECONDARY_TEXT = new Color(0x55, 0x55, 0x55);
  public static final Color AXIS_LINE = new Color(0x88, 0x88, 0x88);
  /** The line drawn at zero on a P&amp;L axis. */
  public static final Color ZERO_LINE = new Color(0x44, 0x44, 0x44);

  /** The logical font family, which Java maps to an installed font on every platform, headless Linux included. */
  public static final String FONT_FAMILY = Font.SANS_SERIF;
  public static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 22);
  public static final Font SUBTITLE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 15);
  public static final Font AXIS_LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 15);
  public static final Font TICK_LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);
  public static final Font ITEM_LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);
  public static final Font LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 14);

  public static final Stroke GRIDLINE_STROKE = new BasicStroke(1.0f);
  public static final Stroke ZERO_LINE_STROKE = new BasicStroke(1.5f);

  /** Amounts at or above this magnitude are shown in whole units. */
  public static final double WHOLE_UNITS_FROM = 1000;

  private final Locale locale;

  private ChartTheme(Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  /** The theme with number formats of {@code locale}. */
  public static ChartTheme of(Locale locale) {
    return new ChartTheme(locale);
  }

  public Locale locale() {
    return locale;
  }

  /**
   * The amount format for a chart whose largest amount in magnitude is {@code maxAbs}: grouping,
   * no decimals from {@value #WHOLE_UNITS_FROM} up, else 2 decimals. A new instance each call
   * ({@link NumberFormat} is not thread-safe).
   */
  public NumberFormat amountFormat(double maxAbs) {
    return decimalFormat(decimalsFor(maxAbs));
  }

  /** The locale's number format with grouping and exactly {@code decimals} decimals, rounding half up. */
  NumberFormat decimalFormat(int decimals) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setGroupingUsed(true);
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f;
  }

  /**
   * Gives an amount axis round ticks: steps of 1, 2, 2.5 or 5 times a power of ten, at most about
   * {@code maxTicks} of them over the axis range (data, zero and the axis margins), and fewer when
   * the chart is drawn too small for their labels to stand apart. Tick labels have no decimals when
   * the step is a whole number, else 2 (amounts are never finer than a cent).
   *
   * @param dataMin the smallest value plotted
   * @param dataMax the largest value plotted
   */
  public void amountTicks(NumberAxis axis, double dataMin, double dataMax, int maxTicks) {
    double span = Math.max(dataMax, 0) - Math.min(dataMin, 0);
    span *= 1 + axis.getLowerMargin() + axis.getUpperMargin();
    roundTicks(axis, span, maxTicks);
  }

  /**
   * Gives an amount axis round ticks over an axis {@code span} long, as {@link #amountTicks} does
   * for an axis that need not reach zero.
   */
  void roundTicks(NumberAxis axis, double span, int maxTicks) {
    double step = tickStep(span, maxTicks);
    NumberFormat format = decimalFormat(step == Math.rint(step) ? 0 : 2);
    axis.setNumberFormatOverride(format);
    axis.setStandardTickUnits(new RoundTickUnits(step, format));
    axis.setTickUnit(new NumberTickUnit(step, format), false, false);
    axis.setAutoTickUnitSelection(true, false);
  }

  /** The smallest round step (1, 2, 2.5 or 5 × 10^k, at least 0.01) that cuts {@code span} into at most {@code maxTicks} parts. */
  static double tickStep(double span, int maxTicks) {
    if (!(span > 0) || !Double.isFinite(span)) {
      return 1;
    }
    double raw = span / Math.max(1, maxTicks);
    BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen((int) Math.floor(Math.log10(raw)));
    String[] factors = {"1", "2", "2.5", "5", "10"};
    for (String f : factors) {
      BigDecimal step = magnitude.multiply(new BigDecimal(f));
      if (step.scale() > 2 || step.compareTo(new BigDecimal("0.01")) < 0) {
        continue;
      }
      if (step.doubleValue() >= raw) {
        return step.doubleValue();
      }
    }
    return magnitude.multiply(BigDecimal.TEN).max(new BigDecimal("0.01")).doubleValue();
  }

  /** 0 decimals from {@value #WHOLE_UNITS_FROM} up, else 2. */
  public static int decimalsFor(double maxAbs) {
    return Math.abs(maxAbs) >= WHOLE_UNITS_FROM ? 0 : 2;
  }

  /**
   * {@code amount} with an explicit sign, in {@code format}: {@code +340}, {@code -1,000}; an
   * amount that rounds to zero has no sign.
   */
  public String signed(double amount, NumberFormat format) {
    String body = format.format(Math.abs(amount));
    if (format.format(0).equals(body)) {
      return body;
    }
    return (amount < 0 ? minusSign() : "+") + body;
  }

  /** {@code amount} signed, with decimals chosen by its own magnitude: {@code -1,510}, {@code +85.25}. */
  public String signedAmount(double amount) {
    return signed(amount, amountFormat(amount));
  }

  /** A fraction as a signed percentage with 2 decimals, without the {@code %}: {@code -0.0719} gives {@code -7.19}. */
  public String signedPercent(double fraction) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setGroupingUsed(true);
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    f.setRoundingMode(RoundingMode.HALF_UP);
    double pct = BigDecimal.valueOf(fraction).movePointRight(2).doubleValue();
    return signed(pct, f);
  }

  /** A plain number with up to 2 decimals and no trailing zeros: {@code 2}, {@code 1.5}. */
  public String plain(double value) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setGroupingUsed(true);
    f.setMinimumFractionDigits(0);
    f.setMaximumFractionDigits(2);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(value);
  }

  private String minusSign() {
    return String.valueOf(DecimalFormatSymbols.getInstance(locale).getMinusSign());
  }

  /**
   * Applies the shared look to {@code chart}: backgrounds, fonts, gridlines, axes, legend and flat
   * bars without shadows. Series colours and number formats are left to the chart that knows its
   * data. Returns the same chart.
   */
  public JFreeChart apply(JFreeChart chart) {
    Objects.requireNonNull(chart, "chart");
    chart.setBackgroundPaint(BACKGROUND);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(10, 14, 10, 20));
    TextTitle title = chart.getTitle();
    if (title != null) {
      title.setFont(TITLE_FONT);
      title.setPaint(TEXT);
      title.setPadding(new RectangleInsets(4, 4, 2, 4));
    }
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      styleSubtitle(chart.getSubtitle(i));
    }
    Plot plot = chart.getPlot();
    plot.setBackgroundPaint(BACKGROUND);
    plot.setOutlineVisible(false);
    plot.setNoDataMessageFont(AXIS_LABEL_FONT);
    plot.setNoDataMessagePaint(SECONDARY_TEXT);
    if (plot instanceof CategoryPlot cp) {
      styleCategoryPlot(cp);
    } else if (plot instanceof XYPlot xy) {
      xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
      xy.setDomainGridlinePaint(GRIDLINE);
      xy.setDomainGridlineStroke(GRIDLINE_STROKE);
      xy.setRangeGridlinePaint(GRIDLINE);
      xy.setRangeGridlineStroke(GRIDLINE_STROKE);
      for (int i = 0; i < xy.getDomainAxisCount(); i++) {
        styleAxis(xy.getDomainAxis(i));
      }
      for (int i = 0; i < xy.getRangeAxisCount(); i++) {
        styleAxis(xy.getRangeAxis(i));
      }
    }
    return chart;
  }

  private static void styleSubtitle(Title t) {
    if (t instanceof TextTitle tt) {
      tt.setFont(SUBTITLE_FONT);
      tt.setPaint(SECONDARY_TEXT);
      tt.setPadding(new RectangleInsets(2, 4, 8, 4));
    } else if (t instanceof LegendTitle legend) {
      legend.setItemFont(LEGEND_FONT);
      legend.setItemPaint(TEXT);
      legend.setBackgroundPaint(BACKGROUND);
      legend.setFrame(BlockBorder.NONE);
      legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
    }
  }

  private static void styleCategoryPlot(CategoryPlot cp) {
    if (cp instanceof CombinedDomainCategoryPlot combined) {
      for (Object sub : combined.getSubplots()) {
        CategoryPlot subplot = (CategoryPlot) sub;
        subplot.setBackgroundPaint(BACKGROUND);
        subplot.setOutlineVisible(false);
        styleCategoryPlot(subplot);
      }
    }
    cp.setAxisOffset(RectangleInsets.ZERO_INSETS);
    cp.setDomainGridlinesVisible(false);
    cp.setRangeGridlinesVisible(true);
    cp.setRangeGridlinePaint(GRIDLINE);
    cp.setRangeGridlineStroke(GRIDLINE_STROKE);
    cp.setRangeMinorGridlinesVisible(false);
    for (int i = 0; i < cp.getDomainAxisCount(); i++) {
      styleAxis(cp.getDomainAxis(i));
    }
    for (int i = 0; i < cp.getRangeAxisCount(); i++) {
      styleAxis(cp.getRangeAxis(i));
    }
    for (int i = 0; i < cp.getRendererCount(); i++) {
      CategoryItemRenderer r = cp.getRenderer(i);
      if (r == null) {
        continue;
      }
      r.setDefaultItemLabelFont(ITEM_LABEL_FONT);
      r.setDefaultItemLabelPaint(TEXT);
      if (r instanceof BarRenderer bar) {
        bar.setBarPainter(new StandardBarPainter());
        bar.setShadowVisible(false);
        bar.setDrawBarOutline(false);
      }
    }
  }

  private static void styleAxis(Axis axis) {
    if (axis == null) {
      return;
    }
    axis.setLabelFont(AXIS_LABEL_FONT);
    axis.setLabelPaint(TEXT);
    axis.setTickLabelFont(TICK_LABEL_FONT);
    axis.setTickLabelPaint(TEXT);
    axis.setAxisLinePaint(AXIS_LINE);
    axis.setTickMarkPaint(AXIS_LINE);
    axis.setLabelInsets(new RectangleInsets(6, 6, 6, 6));
  }

  /**
   * Labels the bars of a horizontal bar chart beyond their ends: a gain's label to its right, a
   * loss's to its left, {@code inset} pixels away.
   */
  static void labelBeyondBarEnds(BarRenderer renderer,
      org.jfree.chart.labels.CategoryItemLabelGenerator labels, double inset) {
    renderer.setDefaultItemLabelGenerator(labels);
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setItemLabelInsets(new RectangleInsets(inset, inset, inset, inset));
    renderer.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
        org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
    renderer.setDefaultNegativeItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
        org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE9, org.jfree.chart.ui.TextAnchor.CENTER_RIGHT));
  }

  /** Puts a plot's value axis at the bottom (of a horizontal plot) and draws a line at zero over the bars. */
  static void valueAxisBelowWithZeroLine(CategoryPlot plot) {
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
    plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(0, ZERO_LINE, ZERO_LINE_STROKE),
        org.jfree.chart.ui.Layer.FOREGROUND);
  }

  /** The paint for a bar of {@code amount}: loss, gain, or neutral for zero. */
  public static Paint paintFor(double amount) {
    if (amount < 0) {
      return LOSS;
    }
    return amount > 0 ? GAIN : NEUTRAL;
  }
}
