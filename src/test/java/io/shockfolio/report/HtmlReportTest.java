package io.shockfolio.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shockfolio.domain.ScenarioResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static final String ESCAPED_EVIL = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;";

  private static String demo() {
    return HtmlReport.render(List.of(Fixture.demo()), List.of(), Locale.US);
  }

  /** The text of the one {@code <section id="id">}. */
  static String section(String html, String id) {
    int start = html.indexOf("<section id=\"" + id + "\"");
    assertThat(start).as("section " + id).isNotNegative();
    return html.substring(start, html.indexOf("</section>", start));
  }

  /** The text from {@code from} to the first {@code to} after it. */
  static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    assertThat(start).as(from).isNotNegative();
    return text.substring(start, text.indexOf(to, start + from.length()));
  }

  /** The body rows of the first table after {@code heading}, each as its cells' text without tags. */
  static List<List<String>> rows(String html, String heading) {
    String table = between(between(html, heading, "</table>") + "</table>", "<tbody>", "</tbody>");
    List<List<String>> rows = new ArrayList<>();
    for (String tr : table.split("<tr>")) {
      if (!tr.contains("<td")) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      Matcher m = Pattern.compile("<td[^>]*>(.*?)</td>").matcher(tr);
      while (m.find()) {
        cells.add(m.group(1).replaceAll("<span class=\"note\">", " | ").replaceAll("<[^>]+>", ""));
      }
      rows.add(cells);
    }
    return rows;
  }

  @Test
  void titleNamesThePortfolioAndTheScenarios() {
    assertThat(demo()).contains("<title>Shockfolio report — demo — deepseek-2025-01-27</title>");
    String two = HtmlReport.render(List.of(Fixture.demo(), Fixture.premarket()), List.of(), Locale.US);
    assertThat(two).contains(
        "<title>Shockfolio report — demo — deepseek-2025-01-27, deepseek-2025-01-27-nvda-premarket</title>");
  }

  @Test
  void aScenarioHasItsPartsInOrder() {
    String s = section(demo(), "scenario-1");
    List<String> order = List.of("<h2>Scenario deepseek-2025-01-27 (2025-01-27)</h2>", "<h3>Summary</h3>",
        "<h4>Largest losses</h4>", "<h3>Holdings</h3>", "<h3>Shocks</h3>", "<h3>Methods and their limits</h3>",
        "<h3>Holdings not moved</h3>", "<h3>Notes</h3>");
    int last = -1;
    for (String heading : order) {
      int at = s.indexOf(heading);
      assertThat(at).as(heading).isGreaterThan(last);
      last = at;
    }
    // no analysis without price history
    assertThat(s).doesNotContain("<h3>Analysis</h3>");
  }

  @Test
  void severalScenariosGetAComparisonFirstAndASectionEach() {
    String html = HtmlReport.render(List.of(Fixture.demo(), Fixture.premarket()), List.of(), Locale.US);
    int comparison = html.indexOf("<section id=\"comparison\"");
    int first = html.indexOf("<section id=\"scenario-1\"");
    int second = html.indexOf("<section id=\"scenario-2\"");
    assertThat(comparison).isPositive().isLessThan(first);
    assertThat(first).isLessThan(second);
    assertThat(section(html, "scenario-2")).contains("deepseek-2025-01-27-nvda-premarket (2025-01-27)");
    // comparison rows: demo -2,211.50 (-7.81%, see Fixture.demo); premarket 5,000 × -12% = -600.00,
    // -600 / 28,300 = -2.12%, after 27,700.00
    List<List<String>> rows = rows(section(html, "comparison"), "<table>");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).startsWith("deepseek-2025-01-27 | DeepSeek Monday (R1 release)")
        .contains("28,300.00 EUR", "−2,211.50 EUR", "−7.81%", "26,088.50 EUR");
    assertThat(rows.get(1)).contains("−600.00 EUR", "−2.12%", "27,700.00 EUR", "none");
  }

  @Test
  void summaryGivesTheHandWorkedTotals() {
    String summary = between(section(demo(), "scenario-1"), "<h3>Summary</h3>", "<h4>");
    // Fixture.demo: before 28,300.00, after 26,088.50, P&L -2,211.50 = -7.81%
    assertThat(summary).contains("<dt>Value before</dt><dd>28,300.00 EUR</dd>",
        "<dt>Value after</dt><dd>26,088.50 EUR</dd>",
        "<dt>P&amp;L</dt><dd class=\"loss\">−2,211.50 EUR</dd>",
        "<dt>P&amp;L %</dt><dd class=\"loss\">−7.81%</dd>");
    // 2 reported (ASML, NVDA), 2 sector rules (evil name, TSM), 2 estimates (SAP, SIE), 2 not moved (cash, SHEL)
    assertThat(summary).contains("8 holdings: 2 moved by a reported move, 2 by a scenario rule, 2 by an estimate,"
        + " 2 not moved.");
    assertThat(summary).contains("USD/EUR 0.9600");
    // a real minus sign, never a hyphen, before negative numbers
    assertThat(summary).doesNotContain("-2,211.50").doesNotContain("-7.81");
  }

  @Test
  void largestLossesAreTheFiveWorstWithTheirMoveAndHowTheyMoved() {
    List<List<String>> rows = rows(section(demo(), "scenario-1"), "<h4>Largest losses</h4>");
    // -1,000 ASML, -891.50 NVDA, -120 SAP, -100 the evil name, -60 SIE; TSM's -40 is sixth
    assertThat(rows).extracting(r -> r.get(0).split(" \\| ")[0])
        .containsExactly("ASML.AS", "NVDA", "SAP.DE", ESCAPED_EVIL, "SIE.DE");
    assertThat(rows.get(0)).containsExactly("ASML.AS | ASML Holding", "−10.00%", "−1,000.00", "−3.53%",
        "reported, intraday");
    // NVDA: (1 - 0.17)(1 - 0.01) - 1 = -17.83%; -891.50 / 28,300 = -3.15%
    assertThat(rows.get(1)).containsExactly("NVDA | NVIDIA · USD", "−17.83%", "−891.50", "−3.15%",
        "reported, intraday; and currency:USD −1.00%");
    assertThat(rows.get(2).get(4)).isEqualTo("estimated by the conditional model, 90% band −8.00% to +2.00%");
    assertThat(rows.get(3).get(4)).isEqualTo("scenario rule sector:Semiconductors, close");
    assertThat(rows.get(4).get(4)).isEqualTo("estimated by the sector model, no band");
  }

  @Test
  void holdingsTableListsEveryHoldingWithItsMethodAndWhy() {
    String s = section(demo(), "scenario-1");
    List<List<String>> rows = rows(s, "<h3>Holdings</h3>");
    assertThat(rows).hasSize(8);
    assertThat(rows.get(0)).containsExactly("ASML.AS | ASML Holding", "NL0010273215", "10,000.00", "−10.00%", "",
        "−1,000.00", "reported | by ISIN",
        "ASML.AS: -10% from isin:NL0010273215 (intraday, The Market (themarket.ch), 27 Jan 2025), matched by ISIN"
            + " NL0010273215");
    // NVDA: price -17%, FX -1% shown apart
    assertThat(rows.get(1).subList(2, 7)).containsExactly("5,000.00", "−17.00%", "−1.00%", "−891.50",
        "reported | by symbol");
    // SAP: estimated, with its band under the move
    assertThat(rows.get(2).subList(3, 7)).containsExactly("−3.00% | 90%: −8.00% to +2.00%", "", "−120.00",
        "conditional");
    // the unmoved cash line and SHEL come last, with no move
    assertThat(rows).extracting(r -> r.get(0)).endsWith("Cash EUR | Cash (EUR)", "SHEL | Shell plc");
    assertThat(rows.get(7).get(3)).isEmpty();
    assertThat(rows.get(7).get(6)).isEqualTo("none");
    String total = between(s, "<tfoot>", "</tfoot>");
    assertThat(total).contains("Total", "28,300.00", "−7.81%", "−2,211.50");
    // numbers are right-aligned
    assertThat(between(s, "<h3>Holdings</h3>", "</thead>")).contains("<th class=\"num\" scope=\"col\">P&amp;L EUR</th>");
    assertThat(total).contains("<td class=\"num loss\">−2,211.50</td>");
  }

  @Test
  void everyShockIsListedWithItsTimingAndSource() {
    List<List<String>> rows = rows(section(demo(), "scenario-1"), "<h3>Shocks</h3>");
    assertThat(rows).containsExactly(
        List.of("NVDA", "−17.00%", "intraday", "heise+, &quot;Wie Deepseek die KI-Szene aufmischt&quot;",
            "about -17% over the day", "1"),
        List.of("isin:NL0010273215", "−10.00%", "intraday", "The Market (themarket.ch), 27 Jan 2025",
            "Monday morning European session", "1"),
        // the evil name and TSM
        List.of("sector:Semiconductors", "−5.00%", "close", "my own guess", "", "2"),
        List.of("currency:USD", "−1.00%", "close", "desk note &lt;/svg&gt; (internal)",
            "the dollar against the base currency", "1"));
  }

  @Test
  void methodsNameTheModelAndEveryMethodUsedWithItsLimits() {
    String methods = between(section(demo(), "scenario-1"), "<h3>Methods and their limits</h3>", "<h3>");
    assertThat(methods).contains("Model conditional for the holdings the news did not name")
        .contains("<strong>reported (2 holdings)</strong>")
        .contains("<strong>scenario rule (2 holdings)</strong>")
        .contains("<strong>sector (1 holding)</strong>")
        .contains("<strong>conditional (1 holding)</strong>")
        .contains("<strong>none (2 holdings)</strong>")
        .contains("multivariate normal of daily log returns", "90% band", "too calm for a tail day")
        .doesNotContain("<strong>beta");
  }

  @Test
  void unmatchedHoldingsAndWarningsAreListed() {
    String s = section(demo(), "scenario-1");
    String notMoved = between(s, "<h3>Holdings not moved</h3>", "<h3>");
    // cash 1,000 + SHEL 2,500 = 3,500.00, which is 3,500 / 28,300 = 12.37% of the value before
    assertThat(notMoved).contains("2 holdings worth 3,500.00 EUR (12.37% of the value before) were not moved");
    assertThat(rows(notMoved, "<table>")).extracting(r -> r.get(0))
        .containsExactly("Cash EUR | Cash (EUR)", "SHEL | Shell plc");
    String notes = s.substring(s.indexOf("<h3>Notes</h3>"));
    assertThat(notes).contains("<li>Skipped 3 lines before the header &lt;b&gt;Symbol&lt;/b&gt;</li>",
        "<li>- a note that looks like a list | with a pipe</li>");
  }

  @Test
  void analysisFiguresAppearWhenPriceHistoryGaveThem() {
    String s = section(HtmlReport.render(List.of(Fixture.withAnalysis()), List.of(), Locale.US), "scenario-1");
    assertThat(s.indexOf("<h3>Analysis</h3>")).isGreaterThan(s.indexOf("<h3>Notes</h3>"));
    List<List<String>> rva = rows(s, "<h4>Reported versus actual</h4>");
    // ASML: actual -7.05% minus reported -10% = +2.95 points, flagged
    assertThat(rva.get(1)).containsExactly("ASML.AS", "ASML.AS", "−10.00%", "intraday", "−7.05%", "+2.95%",
        "off by more than 2 points");
    assertThat(rows(s, "<h4>P&amp;L distribution")).containsExactly(List.of("analytic (normal)", "−2,211.50",
        "150.25", "247.16", "309.93", "349.53", "400.47"));
    assertThat(s).contains("The portfolio loses 10.00% of its value at 1.28 times the reported moves.");
    assertThat(rows(s, "<h4>Reverse stress</h4>")).containsExactly(List.of("NVDA", "−21.76%"));
  }

  @Test
  void numbersFollowTheLocale() {
    String summary = between(section(HtmlReport.render(List.of(Fixture.demo()), List.of(), Locale.GERMANY),
        "scenario-1"), "<h3>Summary</h3>", "<h4>");
    assertThat(summary).contains("<dd>28.300,00 EUR</dd>", "<dd class=\"loss\">−2.211,50 EUR</dd>",
        "<dd class=\"loss\">−7,81\u00a0%</dd>");
  }

  @Test
  void userTextIsEscapedEverywhere() {
    String html = demo();
    assertThat(html).contains(ESCAPED_EVIL).contains("desk note &lt;/svg&gt; (internal)")
        .doesNotContainIgnoringCase("<script").doesNotContain("</svg>").doesNotContain("<b>Symbol");
  }

  @Test
  void thePageFetchesNothingAndRunsNothing() {
    ReportChart chart = new ReportChart("deepseek-2025-01-27", "pnl", "P&L", Fixture.svg("chart"), "pnl.png");
    String html = HtmlReport.render(List.of(Fixture.demo(), Fixture.premarket()), List.of(chart), Locale.US);
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
        .doesNotContainIgnoringCase("<iframe").doesNotContainIgnoringCase("@import")
        .doesNotContainIgnoringCase("<img");
    assertThat(Pattern.compile("(?i)\\b(src|href|xlink:href)\\s*=\\s*[\"']?\\s*(https?:|//)").matcher(html).find())
        .as("a src or href to elsewhere").isFalse();
    assertThat(Pattern.compile("(?i)url\\(\\s*['\"]?\\s*(https?:|//)").matcher(html).find())
        .as("a CSS url() to elsewhere").isFalse();
    assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
  }

  @Test
  void chartsAreInlineScalableSvgWithTheirOwnIds() {
    ReportChart pnl = new ReportChart("deepseek-2025-01-27", "pnl-by-holding", "P&L by holding",
        Fixture.svg("first"), "a.png");
    ReportChart other = new ReportChart("deepseek-2025-01-27", "value-by-sector", "Value by sector",
        Fixture.svg("second"), "b.png");
    String html = HtmlReport.render(List.of(Fixture.demo()), List.of(pnl, other), Locale.US);
    assertThat(html).doesNotContain("<?xml").doesNotContain("<!DOCTYPE svg");
    assertThat(html.split("<svg ", -1)).hasSize(3);
    String first = between(html, "<figure id=\"chart-1\"", "</figure>");
    assertThat(first).contains("viewBox=\"0 0 1200 800\"", "style=\"max-width:100%;height:auto\"",
        "aria-label=\"P&amp;L by holding\"", ">first</text>", "<figcaption>P&amp;L by holding</figcaption>");
    // both documents used the same clip id; each now has its own, and its references follow
    assertThat(first).contains("id=\"c1-_123clip-0\"", "clip-path=\"url(#c1-_123clip-0)\"");
    assertThat(between(html, "<figure id=\"chart-2\"", "</figure>"))
        .contains("id=\"c2-_123clip-0\"", "clip-path=\"url(#c2-_123clip-0)\"", ">second</text>");
    // charts come after the summary, before the holdings table
    String s = section(html, "scenario-1");
    assertThat(s.indexOf("<figure")).isGreaterThan(s.indexOf("<h4>Largest losses</h4>"))
        .isLessThan(s.indexOf("<h3>Holdings</h3>"));
  }

  @Test
  void chartsGoToTheirScenarioAndComparisonChartsToTheComparison() {
    List<ScenarioResult> results = List.of(Fixture.demo(), Fixture.premarket());
    List<ReportChart> charts = List.of(
        new ReportChart("deepseek-2025-01-27-nvda-premarket", "pnl", "premarket P&L", Fixture.svg("pre"), ""),
        ReportChart.comparison("pnl-by-scenario", "P&L by scenario", Fixture.svg("cmp"), ""),
        new ReportChart("deepseek-2025-01-27", "pnl", "demo P&L", Fixture.svg("dem"), ""));
    String html = HtmlReport.render(results, charts, Locale.US);
    assertThat(section(html, "comparison")).contains(">cmp</text>").doesNotContain(">pre</text>");
    assertThat(section(html, "scenario-1")).contains(">dem</text>").doesNotContain(">pre</text>");
    assertThat(section(html, "scenario-2")).contains(">pre</text>").doesNotContain(">dem</text>");
  }

  @Test
  void chartsOfAScenarioThatRunsTwiceGoToEachRunInTurn() {
    List<ScenarioResult> results = List.of(Fixture.demo(), Fixture.demo());
    String name = "deepseek-2025-01-27";
    String html = HtmlReport.render(results, List.of(new ReportChart(name, "pnl", "P&L", Fixture.svg("one"), ""),
        new ReportChart(name, "pnl", "P&L", Fixture.svg("two"), "")), Locale.US);
    assertThat(section(html, "scenario-1")).contains(">one</text>").doesNotContain(">two</text>");
    assertThat(section(html, "scenario-2")).contains(">two</text>").doesNotContain(">one</text>");
    List<ReportChart> three = List.of(new ReportChart(name, "pnl", "P&L", "", ""),
        new ReportChart(name, "pnl", "P&L", "", ""), new ReportChart(name, "pnl", "P&L", "", ""));
    assertThatThrownBy(() -> HtmlReport.render(results, three, Locale.US))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more charts named 'pnl'");
  }

  @Test
  void aChartOfAScenarioNotInTheReportIsRefused() {
    ReportChart stray = new ReportChart("other-scenario", "pnl", "P&L", Fixture.svg("x"), "");
    assertThatThrownBy(() -> HtmlReport.render(List.of(Fixture.demo()), List.of(stray), Locale.US))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other-scenario");
    assertThatThrownBy(() -> HtmlReport.render(List.of(), List.of(), Locale.US))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aChartThatIsNotAPlainDrawingIsRefused() {
    for (String bad : List.of(
        "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'><rect/></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'>"
            + "<image xlink:href='https://example.com/x.png'/></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg'><rect style='fill:url(https://example.com/p)'/></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg'><foreignObject><p>hi</p></foreignObject></svg>",
        "<!DOCTYPE svg [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><svg xmlns='http://www.w3.org/2000/svg'>&x;</svg>",
        "not an svg")) {
      ReportChart c = new ReportChart("deepseek-2025-01-27", "c", "c", bad, "");
      assertThatThrownBy(() -> HtmlReport.render(List.of(Fixture.demo()), List.of(c), Locale.US)).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aRealChartWithTheEvilNameKeepsItAsText() {
    ScenarioResult r = Fixture.demo();
    org.jfree.chart.JFreeChart chart = io.shockfolio.chart.PnlByHoldingChart.create(r, Locale.US);
    ReportChart c = new ReportChart(r.scenario().name(), "pnl-by-holding", "P&L by holding",
        io.shockfolio.chart.ChartRenderer.svg(chart), "pnl.png");
    String html = HtmlReport.render(List.of(r), List.of(c), Locale.US);
    String figure = between(html, "<figure id=\"chart-1\"", "</figure>");
    // the chart labels the evil holding (cut to 22 characters) as text, escaped, and keeps its own viewBox
    assertThat(figure).contains("&lt;script&gt;alert(1)&lt;/scr", "viewBox=\"0 0 1200 800\"");
    assertThat(html).doesNotContainIgnoringCase("<script");
    assertThat(html.split("</svg>", -1)).hasSize(2);
  }
}
