package io.shockfolio.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.chart.ReportedVersusActualChart.PointLabels;
import io.shockfolio.domain.Analysis;
import io.shockfolio.domain.Analysis.ReportedVersusActual;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.Timing;
import java.awt.Dimension;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class ReportedVersusActualChartTest {

  /**
   * NVDA reported -17%, closed -16.97%: within the threshold; ASML reported -10%, closed -5.69%, and
   * the Nasdaq-100 futures -5% before the open, -2.95% at the close: both flagged.
   */
  private static ScenarioResult threeMoves() {
    return with(List.of(
        new ReportedVersusActual("NVDA", "NVDA", -0.17, Timing.CLOSE, -0.1697, false),
        new ReportedVersusActual("ASML", "ASML.AS", -0.10, Timing.CLOSE, -0.0569, true),
        new ReportedVersusActual("Nasdaq-100 futures", "NQ=F", -0.05, Timing.PRE_MARKET, -0.0295, true)));
  }

  private static ScenarioResult with(List<ReportedVersusActual> rows) {
    return Results.small().withAnalysis(new Analysis(rows, Optional.empty(), Optional.empty(), Optional.empty()));
  }

  /** The {@code i}-th text subtitle (the legend is a subtitle too, and not counted). */
  private static String subtitle(JFreeChart chart, int i) {
    List<String> texts = new ArrayList<>();
    for (int k = 0; k < chart.getSubtitleCount(); k++) {
      if (chart.getSubtitle(k) instanceof TextTitle t) {
        texts.add(t.getText());
      }
    }
    return texts.get(i);
  }

  private static XYPlot plot(JFreeChart chart) {
    return (XYPlot) chart.getPlot();
  }

  private static PointLabels labels(XYPlot plot) {
    return (PointLabels) plot.getAnnotations().stream().filter(a -> a instanceof PointLabels).findFirst()
        .orElseThrow();
  }

  @Test
  void plotsReportedAgainstActualInPercentSplitByTheFlag() {
    XYDataset ds = plot(ReportedVersusActualChart.create(threeMoves(), Locale.US)).getDataset(0);

    assertThat(ds.getSeriesCount()).isEqualTo(2);
    assertThat(ds.getSeriesKey(0)).isEqualTo(ReportedVersusActualChart.AGREE);
    assertThat(ds.getSeriesKey(1)).isEqualTo(ReportedVersusActualChart.FLAGGED);
    // fractions × 100: NVDA (-17, -16.97); ASML (-10, -5.69); futures (-5, -2.95)
    assertThat(ds.getItemCount(0)).isEqualTo(1);
    assertThat(ds.getXValue(0, 0)).isCloseTo(-17, within(1e-9));
    assertThat(ds.getYValue(0, 0)).isCloseTo(-16.97, within(1e-9));
    assertThat(ds.getItemCount(1)).isEqualTo(2);
    assertThat(ds.getXValue(1, 0)).isCloseTo(-10, within(1e-9));
    assertThat(ds.getYValue(1, 0)).isCloseTo(-5.69, within(1e-9));
    assertThat(ds.getXValue(1, 1)).isCloseTo(-5, within(1e-9));
    assertThat(ds.getYValue(1, 1)).isCloseTo(-2.95, within(1e-9));
  }

  @Test
  void paintsFlaggedPointsVermillionAndTheOthersBlue() {
    XYPlot plot = plot(ReportedVersusActualChart.create(threeMoves(), Locale.US));

    assertThat(plot.getRenderer(0).getSeriesPaint(0)).isEqualTo(ChartTheme.BEFORE);
    assertThat(plot.getRenderer(0).getSeriesPaint(1)).isEqualTo(ChartTheme.LOSS);
    assertThat(plot.getRenderer(0).getSeriesShape(0)).as("a second cue besides colour")
        .isNotEqualTo(plot.getRenderer(0).getSeriesShape(1));
  }

  @Test
  void labelsEveryPointWithItsTargetAndATimingOtherThanTheClose() {
    XYPlot plot = plot(ReportedVersusActualChart.create(threeMoves(), Locale.US));

    assertThat(labels(plot).labels()).containsExactly("NVDA", "ASML", "Nasdaq-100 futures (pre-market)");
  }

  @Test
  void bothAxesShareOneRangeAroundTheMovesAndZeroWithADiagonal() {
    XYPlot plot = plot(ReportedVersusActualChart.create(threeMoves(), Locale.US));
    NumberAxis x = (NumberAxis) plot.getDomainAxis();
    NumberAxis y = (NumberAxis) plot.getRangeAxis();

    // moves from -17 to 0 (zero is included): span 17, 6% = 1.02 of room each side
    assertThat(x.getLowerBound()).isCloseTo(-18.02, within(1e-9));
    assertThat(x.getUpperBound()).isCloseTo(1.02, within(1e-9));
    assertThat(y.getRange()).isEqualTo(x.getRange());
    XYDataset diagonal = plot.getDataset(1);
    assertThat(diagonal.getSeriesKey(0)).isEqualTo(ReportedVersusActualChart.DIAGONAL);
    assertThat(diagonal.getXValue(0, 0)).isCloseTo(-18.02, within(1e-9));
    assertThat(diagonal.getYValue(0, 0)).isCloseTo(-18.02, within(1e-9));
    assertThat(diagonal.getXValue(0, 1)).isCloseTo(1.02, within(1e-9));
    assertThat(diagonal.getYValue(0, 1)).isCloseTo(1.02, within(1e-9));
    assertThat(x.getLabel()).isEqualTo("Reported move (%)");
    assertThat(y.getLabel()).isEqualTo("Actual close-to-close move on 2025-01-27 (%)");
    assertThat(x.getNumberFormatOverride().format(-15)).isEqualTo("-15%");
  }

  @Test
  void axesFitPointsFarFromZeroWithoutStretchingToZero() {
    // NVDA (-17, -16.97) and AVGO (-17, -17.40): moves from -17.40 to -16.97, 0.43 long, widened to
    // the 2-point minimum around the middle -17.185: -18.185 to -16.185; zero is 16.97 away, more
    // than half of 2, so it is left out; 6% of 2 = 0.12 of room each side: -18.305 to -16.065
    XYPlot plot = plot(ReportedVersusActualChart.create(with(List.of(
        new ReportedVersusActual("NVDA", "NVDA", -0.17, Timing.INTRADAY, -0.1697, false),
        new ReportedVersusActual("AVGO", "AVGO", -0.17, Timing.CLOSE, -0.1740, false))), Locale.US));

    assertThat(plot.getDomainAxis().getLowerBound()).isCloseTo(-18.305, within(1e-9));
    assertThat(plot.getDomainAxis().getUpperBound()).isCloseTo(-16.065, within(1e-9));
    assertThat(plot.getRangeAxis().getRange()).isEqualTo(plot.getDomainAxis().getRange());
    XYDataset diagonal = plot.getDataset(1);
    assertThat(diagonal.getXValue(0, 0)).isCloseTo(-18.305, within(1e-9));
    assertThat(diagonal.getYValue(0, 1)).isCloseTo(-16.065, within(1e-9));
  }

  @Test
  void zeroStaysOnTheAxesWhenTheMovesAreNearIt() {
    // moves from -28.22 to -2.97, 25.25 long; zero is 2.97 away, within half of that: -28.22 to 0,
    // 6% of 28.22 = 1.6932 of room each side
    Range r = ReportedVersusActualChart.range(List.of(
        new ReportedVersusActualChart.Point("VST", -28, -28.22, false),
        new ReportedVersusActualChart.Point("QQQ", -3.07, -2.97, false)));

    assertThat(r.getLowerBound()).isCloseTo(-29.9132, within(1e-9));
    assertThat(r.getUpperBound()).isCloseTo(1.6932, within(1e-9));
  }

  @Test
  void withoutFlaggedPointsTheLegendHasNoFlaggedEntry() {
    JFreeChart chart = ReportedVersusActualChart.create(with(List.of(
        new ReportedVersusActual("NVDA", "NVDA", -0.17, Timing.CLOSE, -0.1697, false))), Locale.US);

    assertThat(plot(chart).getDataset(0).getSeriesCount()).isEqualTo(1);
    LegendItemCollection items = plot(chart).getLegendItems();
    assertThat(items.getItemCount()).isEqualTo(2);
    assertThat(items.get(0).getLabel()).isEqualTo(ReportedVersusActualChart.AGREE);
    assertThat(items.get(1).getLabel()).isEqualTo(ReportedVersusActualChart.DIAGONAL);
    assertThat(subtitle(chart, 1))
        .isEqualTo("1 reported move beside the actual close-to-close move; 0 flagged");
  }

  @Test
  void subtitleCountsMovesAndFlags() {
    JFreeChart chart = ReportedVersusActualChart.create(threeMoves(), Locale.US);

    assertThat(subtitle(chart, 1))
        .isEqualTo("3 reported moves beside the actual close-to-close move; 2 flagged");
  }

  @Test
  void germanTicksUseTheDecimalComma() {
    // moves of 0.4% and 0.3%: range 0 to 0.4 with 6% of room each side, 0.448 long, in at most 10
    // steps: 0.05, so ticks with 2 decimals
    JFreeChart chart = ReportedVersusActualChart.create(with(List.of(
        new ReportedVersusActual("SAP", "SAP.DE", 0.004, Timing.CLOSE, 0.003, false))), Locale.GERMANY);

    NumberAxis x = (NumberAxis) plot(chart).getDomainAxis();
    assertThat(x.getNumberFormatOverride().format(0.25)).isEqualTo("0,25%");
  }

  @Test
  void rendersTheLabelsAsText() {
    JFreeChart chart = ReportedVersusActualChart.create(threeMoves(), Locale.US);

    assertThat(ChartRenderer.svg(chart)).contains("NVDA", "ASML", "Nasdaq-100 futures (pre-market)",
        ReportedVersusActualChart.FLAGGED);
    BufferedImage image = Images.drawnAtDefaultSize(chart);
  }

  @Test
  void refusesAResultWithoutReportedMoves() {
    assertThatThrownBy(() -> ReportedVersusActualChart.create(Results.small(), Locale.US))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reported moves");
  }

  @Test
  void placesALabelRightOfItsPointWhenThereIsRoom() {
    // one point at (100, 100) in a 400 × 400 area; radius 6: right of it from 100 + 6 + 3 = 109,
    // vertically centred: 100 - 15 / 2 = 92.5
    List<Rectangle2D> boxes = PointLabels.place(List.of(new Point2D.Double(100, 100)),
        List.of(new Dimension(40, 15)), new Rectangle2D.Double(0, 0, 400, 400), 6, List.of());

    assertThat(boxes.get(0)).isEqualTo(new Rectangle2D.Double(109, 92.5, 40, 15));
  }

  @Test
  void placesALabelLeftOfItsPointAtTheRightEdge() {
    // the point at x 390 of a 400-wide area: a 40-wide label to the right would end at 439;
    // to the left it spans 390 - 9 - 40 = 341 to 381
    List<Rectangle2D> boxes = PointLabels.place(List.of(new Point2D.Double(390, 100)),
        List.of(new Dimension(40, 15)), new Rectangle2D.Double(0, 0, 400, 400), 6, List.of());

    assertThat(boxes.get(0)).isEqualTo(new Rectangle2D.Double(341, 92.5, 40, 15));
  }

  @Test
  void keepsLabelsOfNearbyPointsApartAndOffThePoints() {
    // three points 10 px apart on a row: right-of spots would collide, so the labels move
    List<Point2D> points = List.of(new Point2D.Double(200, 200), new Point2D.Double(210, 200),
        new Point2D.Double(220, 200));
    List<Dimension> sizes = List.of(new Dimension(60, 15), new Dimension(60, 15), new Dimension(60, 15));
    List<Rectangle2D> boxes = PointLabels.place(points, sizes, new Rectangle2D.Double(0, 0, 600, 400), 6,
        List.of());

    for (int i = 0; i < 3; i++) {
      for (int j = i + 1; j < 3; j++) {
        Rectangle2D overlap = boxes.get(i).createIntersection(boxes.get(j));
        assertThat(overlap.getWidth() <= 0 || overlap.getHeight() <= 0).as("boxes %d and %d", i, j).isTrue();
      }
      for (Point2D p : points) {
        assertThat(boxes.get(i).intersects(p.getX() - 6, p.getY() - 6, 12, 12)).as("box %d on a point", i)
            .isFalse();
      }
    }
  }

  @Test
  void neverPutsALabelNearerAnotherPointThanItsOwn() {
    // NVDA at (500, 300) and AVGO 13 px below it at (500, 313), both on a diagonal y = 570 - 0.54 x;
    // labels 100 × 15, radius 6. NVDA: right of it (509..609, 292.5..307.5) and left of it cross the
    // diagonal (at x 509 it is at y 295.1; at x 491, 304.9), and so does the upper-right spot (the
    // line runs from y 296.4 to 242.4 under 506.75..606.75). The lower-right spot (506.75, 306.75) is
    // free but 6.75 px from AVGO and 9.55 from NVDA: a reader would take it for AVGO's. The upper-left
    // spot (500 - 6.75 - 100, 300 - 6.75 - 15) = (393.25, 278.25) is free, 9.55 px from NVDA and
    // 20.9 from AVGO. AVGO: right of it (509, 313 - 7.5 = 305.5) is free, 9 px from AVGO and
    // sqrt(9² + 5.5²) = 10.55 from NVDA.
    List<Point2D> anchors = List.of(new Point2D.Double(500, 300), new Point2D.Double(500, 313));
    Line2D diagonal = new Line2D.Double(0, 570, 1000, 30);
    List<Rectangle2D> boxes = PointLabels.place(anchors, List.of(new Dimension(100, 15), new Dimension(100, 15)),
        new Rectangle2D.Double(0, 0, 1000, 600), 6, List.of(diagonal));

    assertThat(boxes.get(0)).isEqualTo(new Rectangle2D.Double(393.25, 278.25, 100, 15));
    assertThat(boxes.get(1)).isEqualTo(new Rectangle2D.Double(509, 305.5, 100, 15));
    assertThat(PointLabels.needsLeader(boxes.get(0), 0, anchors, 6)).isFalse();
    assertThat(PointLabels.needsLeader(boxes.get(1), 1, anchors, 6)).isFalse();
    // the spot the labels took before: beside NVDA but nearer AVGO, so it would need a leader line
    Rectangle2D misleading = new Rectangle2D.Double(506.75, 306.75, 100, 15);
    assertThat(PointLabels.ambiguous(misleading, 0, anchors)).isTrue();
    assertThat(PointLabels.needsLeader(misleading, 0, anchors, 6)).isTrue();
  }

  @Test
  void prefersASpotOffALine() {
    // a vertical line at x 130 crosses the right-of spot (109 to 149), so the label goes left
    List<Rectangle2D> boxes = PointLabels.place(List.of(new Point2D.Double(100, 100)),
        List.of(new Dimension(40, 15)), new Rectangle2D.Double(0, 0, 400, 400), 6,
        List.of(new Line2D.Double(130, 0, 130, 400)));

    assertThat(boxes.get(0)).isEqualTo(new Rectangle2D.Double(51, 92.5, 40, 15));
  }
}
