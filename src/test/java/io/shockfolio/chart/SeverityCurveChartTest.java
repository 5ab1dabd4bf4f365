package io.shockfolio.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.chart.Results.Line;
import io.shockfolio.domain.Analysis;
import io.shockfolio.domain.ScenarioResult;
import java.awt.image.BufferedImage;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class SeverityCurveChartTest {

  /**
   * Results.small() (17,000 EUR before, P&amp;L -1,510 at ×1) with a linear curve -1,510 × k at
   * k = 0, 0.5, 1, 1.5, 2: 0, -755, -1,510, -2,265, -3,020, each over 17,000 as a share.
   */
  private static List<Analysis.SeverityPoint> linearCurve() {
    List<Analysis.SeverityPoint> curve = new ArrayList<>();
    for (double k : new double[] {0, 0.5, 1, 1.5, 2}) {
      curve.add(new Analysis.SeverityPoint(k, -1_510 * k, -1_510 * k / 17_000));
    }
    return curve;
  }

  /** {@link #linearCurve()} and a 10% reverse stress at ×1.13 (10% of 17,000 = 1,700 = 1,510 × 1.126). */
  private static ScenarioResult withCurveAndTarget() {
    Analysis a = new Analysis(List.of(), Optional.empty(), Optional.empty(),
        Optional.of(new Analysis.ReverseStress(0.10, 1.13, List.of(), Double.NaN)))
        .withSeverityCurve(linearCurve());
    return Results.small().withAnalysis(a);
  }

  private static XYPlot plot(JFreeChart chart) {
    return (XYPlot) chart.getPlot();
  }

  private static List<String> annotationTexts(XYPlot plot) {
    List<String> out = new ArrayList<>();
    for (XYAnnotation a : plot.getAnnotations()) {
      if (a instanceof XYPointerAnnotation p) {
        out.add(p.getText());
      }
    }
    return out;
  }

  private static List<String> subtitles(JFreeChart chart) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      Title t = chart.getSubtitle(i);
      if (t instanceof TextTitle tt) {
        out.add(tt.getText());
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<ValueMarker> rangeMarkers(XYPlot plot) {
    List<ValueMarker> out = new ArrayList<>();
    Collection<Marker> markers = plot.getRangeMarkers(Layer.BACKGROUND);
    if (markers != null) {
      markers.forEach(m -> out.add((ValueMarker) m));
    }
    return out;
  }

  @Test
  void drawsTheCurveInScaleOrder() {
    XYDataset ds = plot(SeverityCurveChart.create(withCurveAndTarget(), Locale.US)).getDataset();

    assertThat(ds.getSeriesKey(0)).isEqualTo(SeverityCurveChart.CURVE);
    assertThat(ds.getItemCount(0)).isEqualTo(5);
    // -1,510 × k at k = 0, 0.5, 1, 1.5, 2
    double[] xs = {0, 0.5, 1, 1.5, 2};
    double[] ys = {0, -755, -1_510, -2_265, -3_020};
    for (int i = 0; i < 5; i++) {
      assertThat(ds.getXValue(0, i)).isEqualTo(xs[i]);
      assertThat(ds.getYValue(0, i)).isCloseTo(ys[i], within(1e-9));
    }
  }

  @Test
  void marksTheAsReportedPointWithItsAmountAndShare() {
    XYPlot plot = plot(SeverityCurveChart.create(withCurveAndTarget(), Locale.US));
    XYDataset ds = plot.getDataset();

    // severity 1, the result's P&L -1,510; -1,510 / 17,000 = -8.882% → -8.88%
    assertThat(ds.getSeriesKey(1)).isEqualTo(SeverityCurveChart.AS_RUN);
    assertThat(ds.getXValue(1, 0)).isEqualTo(1.0);
    assertThat(ds.getYValue(1, 0)).isEqualTo(-1_510.0);
    assertThat(annotationTexts(plot)).contains("as reported: -1,510 EUR (-8.88%)");
    assertThat(plot.getRenderer().getSeriesPaint(1)).as("a loss").isEqualTo(ChartTheme.LOSS);
  }

  @Test
  void marksTheTargetLossWithAPointAndADashedLine() {
    XYPlot plot = plot(SeverityCurveChart.create(withCurveAndTarget(), Locale.US));
    XYDataset ds = plot.getDataset();

    // 10% of |17,000| = 1,700, so the point is (1.13, -1,700)
    assertThat(ds.getSeriesCount()).isEqualTo(3);
    assertThat(ds.getSeriesKey(2)).isEqualTo(SeverityCurveChart.TARGET);
    assertThat(ds.getXValue(2, 0)).isEqualTo(1.13);
    assertThat(ds.getYValue(2, 0)).isCloseTo(-1_700.0, within(1e-9));
    assertThat(annotationTexts(plot)).contains("10% loss at ×1.13");
    assertThat(rangeMarkers(plot)).extracting(ValueMarker::getValue)
        .as("the zero line and the target line").containsExactlyInAnyOrder(0.0, -1_700.0);
    ValueMarker target = rangeMarkers(plot).stream().filter(m -> m.getValue() != 0).findFirst().orElseThrow();
    assertThat(target.getLabel()).isEqualTo("target loss 10%: -1,700 EUR");
    assertThat(target.getStroke()).isEqualTo(SeverityCurveChart.DASHED);
    assertThat(target.getPaint()).isEqualTo(ChartTheme.LOSS);
  }

  @Test
  void aTargetFarBeyondTheCurveIsNamedInASubtitleInstead() {
    // 40% of 17,000 = 6,800 at ×8.4: more than TARGET_SHOWN_UP_TO (2) × the curve's end (×2) = ×4
    Analysis a = new Analysis(List.of(), Optional.empty(), Optional.empty(),
        Optional.of(new Analysis.ReverseStress(0.40, 8.4, List.of(), Double.NaN)))
        .withSeverityCurve(linearCurve());
    JFreeChart chart = SeverityCurveChart.create(Results.small().withAnalysis(a), Locale.US);

    assertThat(plot(chart).getDataset().getSeriesCount()).as("curve and as-reported point only").isEqualTo(2);
    assertThat(subtitles(chart)).contains("40% loss at ×8.4, beyond the chart");
    // the y axis ends near the curve's -3,020, so -6,800 gets no line
    assertThat(rangeMarkers(plot(chart))).extracting(ValueMarker::getValue).containsExactly(0.0);
    assertThat(plot(chart).getDomainAxis().getUpperBound()).isLessThan(3);
  }

  @Test
  void withoutAReverseStressThereIsNoTargetLine() {
    JFreeChart chart = SeverityCurveChart.create(
        Results.small().withAnalysis(Analysis.none().withSeverityCurve(linearCurve())), Locale.US);

    assertThat(plot(chart).getDataset().getSeriesCount()).isEqualTo(2);
    assertThat(rangeMarkers(plot(chart))).extracting(ValueMarker::getValue).containsExactly(0.0);
    assertThat(annotationTexts(plot(chart))).containsExactly("as reported: -1,510 EUR (-8.88%)");
  }

  @Test
  void aScaledScenarioIsMarkedWhereItRan() {
    // severity 2: ASML 10,000 × -0.20 = -2,000, -20.00% of 10,000; the curve is -1,000 × k
    ScenarioResult scaled = Results.build("demo", Results.scenario().scaled(2),
        List.of(new Line("ASML", "", "", 10_000, -0.20)));
    List<Analysis.SeverityPoint> curve = List.of(
        new Analysis.SeverityPoint(0, 0, 0),
        new Analysis.SeverityPoint(1, -1_000, -0.10),
        new Analysis.SeverityPoint(2, -2_000, -0.20));
    XYPlot plot = plot(SeverityCurveChart.create(
        scaled.withAnalysis(Analysis.none().withSeverityCurve(curve)), Locale.US));

    assertThat(plot.getDataset().getXValue(1, 0)).isEqualTo(2.0);
    assertThat(plot.getDataset().getYValue(1, 0)).isEqualTo(-2_000.0);
    assertThat(annotationTexts(plot)).containsExactly("as run at ×2: -2,000 EUR (-20.00%)");
  }

  @Test
  void labelsScalesAsTimesAndSharesOnASecondAxis() {
    XYPlot plot = plot(SeverityCurveChart.create(withCurveAndTarget(), Locale.US));
    NumberAxis x = (NumberAxis) plot.getDomainAxis();
    NumberAxis pnl = (NumberAxis) plot.getRangeAxis(0);
    NumberAxis pct = (NumberAxis) plot.getRangeAxis(1);

    assertThat(x.getNumberFormatOverride().format(0.5)).isEqualTo("×0.5");
    assertThat(x.getNumberFormatOverride().format(2)).isEqualTo("×2");
    assertThat(x.getLabel()).contains("×1 = as reported");
    assertThat(pnl.getLabel()).isEqualTo("P&L (EUR)");
    assertThat(pct.getLabel()).isEqualTo("P&L (% of value before)");
    // the same range, as a share of |17,000| in percent: EUR / 17,000 × 100
    assertThat(pct.getLowerBound()).isCloseTo(pnl.getLowerBound() / 17_000 * 100, within(1e-9));
    assertThat(pct.getUpperBound()).isCloseTo(pnl.getUpperBound() / 17_000 * 100, within(1e-9));
    // the range holds the data (0 down to the curve's -3,020) with room for the labels
    assertThat(pnl.getLowerBound()).isLessThan(-3_020);
    assertThat(pnl.getUpperBound()).isGreaterThan(0);
    // the range, -3,020 - 14% of 3,020 = -3,442.8 to 0 + 8% = 241.6, is 3,684.4 / 17,000 = 21.67%
    // long; in at most 10 steps that is steps of 2.5%, so ticks with 1 decimal
    assertThat(pnl.getLowerBound()).isCloseTo(-3_442.8, within(1e-9));
    assertThat(pnl.getUpperBound()).isCloseTo(241.6, within(1e-9));
    assertThat(pct.getTickUnit().getSize()).isEqualTo(2.5);
    assertThat(pct.getNumberFormatOverride().format(-7.5)).isEqualTo("-7.5%");
    assertThat(pct.getNumberFormatOverride().format(-10)).isEqualTo("-10.0%");
    assertThat(pct.getNumberFormatOverride().format(-1e-15)).as("no minus on zero").isEqualTo("0.0%");
  }

  @Test
  void followsTheGermanNumberFormat() {
    JFreeChart chart = SeverityCurveChart.create(withCurveAndTarget(), Locale.GERMANY);
    XYPlot plot = plot(chart);

    assertThat(annotationTexts(plot)).containsExactly("as reported: -1.510 EUR (-8,88%)", "10% loss at ×1,13");
    assertThat(((NumberAxis) plot.getDomainAxis()).getNumberFormatOverride().format(0.25)).isEqualTo("×0,25");
    assertThat(SeverityCurveChart.percentFormat(Locale.GERMANY, 2.5).format(-7.5)).isEqualTo("-7,5%");
  }

  @Test
  void rendersWithItsLabelsAsText() {
    JFreeChart chart = SeverityCurveChart.create(withCurveAndTarget(), Locale.US);

    String svg = ChartRenderer.svg(chart);
    assertThat(svg).contains("as reported: -1,510 EUR (-8.88%)", "10% loss at ×1.13",
        "target loss 10%: -1,700 EUR", "demo — deepseek-2025-01-27 (2025-01-27)");
    BufferedImage image = Images.drawnAtDefaultSize(chart);
  }

  @Test
  void hasTheSharedTitles() {
    JFreeChart chart = SeverityCurveChart.create(withCurveAndTarget(), Locale.US);

    assertThat(chart.getTitle().getText()).isEqualTo("demo — deepseek-2025-01-27 (2025-01-27)");
    assertThat(subtitles(chart).get(0))
        .isEqualTo("Total P&L -1,510 EUR (-8.88%) · the scenario's shocks as written, no estimates");
  }

  @Test
  void refusesAResultWithoutACurve() {
    assertThatThrownBy(() -> SeverityCurveChart.create(Results.small(), Locale.US))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("severity curve");
  }

  @Test
  void aLabelThatWouldLeaveThePlotGoesToTheMirroredSide() {
    // plot x 80..680, y 50..450; a label 240 × 16; the arrow puts its corner 44 px from the point,
    // 44 × cos 45° = 31.11 px across and down or up
    Rectangle2D area = new Rectangle2D.Double(80, 50, 600, 400);
    // the point (100, 200): south-west the label would end at 100 - 31.11 = 68.89 and start at
    // -171.11, out of the plot; on the opposite side, north-east (across the curve, as south-west
    // is), it spans 131.11..371.11 and 152.89..168.89
    assertThat(SeverityCurveChart.fitting(SeverityCurveChart.Side.SW, 100, 200, 240, 16, area))
        .isEqualTo(SeverityCurveChart.Side.NE);
    assertThat(SeverityCurveChart.Side.NE.box(100, 200, 240, 16).getX()).isCloseTo(131.11, within(0.01));
    assertThat(SeverityCurveChart.Side.NE.box(100, 200, 240, 16).getY()).isCloseTo(152.89, within(0.01));
    // the point (600, 440): south-west the label's top is at 471.11, below the plot; north-east and
    // south-east it is out on the right; north-west it spans 328.89..568.89 and 392.89..408.89
    assertThat(SeverityCurveChart.fitting(SeverityCurveChart.Side.SW, 600, 440, 240, 16, area))
        .isEqualTo(SeverityCurveChart.Side.NW);
    // room on its own side: kept
    assertThat(SeverityCurveChart.fitting(SeverityCurveChart.Side.SW, 400, 200, 240, 16, area))
        .isEqualTo(SeverityCurveChart.Side.SW);
  }

  @Test
  void theAsReportedLabelStaysInsideThePlotAtTheSmallestSize() {
    // the realistic portfolio loses 6,837 at ×1 of a curve to ×2.17: at 800x500 the label
    // "as reported: -6,837 EUR (-6.21%)" south-west of the point would run out at the left
    ScenarioResult r = AnalysisPreview.withAnalysis(ChartPreview.realistic(), 2.17, 0.10);
    for (int[] size : new int[][] {{800, 500}, {1200, 800}}) {
      JFreeChart chart = SeverityCurveChart.create(r, Locale.US);
      XYPlot plot = plot(chart);
      Rectangle2D area = Images.drawn(chart, size[0], size[1]).getPlotInfo().getDataArea();
      java.awt.Graphics2D g2 = Images.graphics(new java.awt.image.BufferedImage(1, 1,
          java.awt.image.BufferedImage.TYPE_INT_RGB));
      for (XYAnnotation a : plot.getAnnotations()) {
        SeverityCurveChart.FittingPointer p = (SeverityCurveChart.FittingPointer) a;
        double px = plot.getDomainAxis().valueToJava2D(p.getX(), area, plot.getDomainAxisEdge());
        double py = plot.getRangeAxis().valueToJava2D(p.getY(), area, plot.getRangeAxisEdge());
        java.awt.FontMetrics fm = g2.getFontMetrics(p.getFont());
        double w = Images.width(g2, p.getText(), p.getFont());
        SeverityCurveChart.Side side = SeverityCurveChart.fitting(p.side(), px, py, w,
            fm.getAscent() + fm.getDescent(), area);
        assertThat(area.contains(side.box(px, py, w, fm.getAscent() + fm.getDescent())))
            .as("%s at %dx%d", p.getText(), size[0], size[1]).isTrue();
      }
    }
  }
}
