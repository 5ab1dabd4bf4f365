package io.shockfolio.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  private static String demo(List<ReportChart> charts) {
    return MarkdownReport.render(List.of(Fixture.demo()), charts, Locale.US);
  }

  /** The number of {@code |} without a backslash before them: the cell borders of a table row. */
  private static long borders(String row) {
    long n = 0;
    for (int i = 0; i < row.length(); i++) {
      if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) {
        n++;
      }
    }
    return n;
  }

  @Test
  void headingsComeInTheOrderOfTheHtmlReport() {
    String md = demo(List.of());
    assertThat(md).startsWith("# Shockfolio report — demo — deepseek-2025-01-27\n");
    int last = -1;
    for (String h : List.of("## Scenario deepseek-2025-01-27 (2025-01-27)", "### Summary", "#### Largest losses",
        "### Holdings", "### Shocks", "### Methods and their limits", "### Holdings not moved", "### Notes")) {
      int at = md.indexOf("\n" + h + "\n");
      assertThat(at).as(h).isGreaterThan(last);
      last = at;
    }
  }

  @Test
  void summaryGivesTheHandWorkedTotals() {
    // Fixture.demo: before 28,300.00, after 26,088.50, P&L -2,211.50 = -7.81%
    assertThat(demo(List.of())).contains("- **Value before:** 28,300.00 EUR\n- **Value after:** 26,088.50 EUR\n"
        + "- **P&L:** −2,211.50 EUR\n- **P&L %:** −7.81%\n");
  }

  @Test
  void tablesAreGithubTablesWithNumbersOnTheRight() {
    String md = demo(List.of());
    assertThat(md).contains("| Holding | ISIN / symbol | Value before EUR | Move | FX move | P&L EUR | Method | Why |\n"
        + "| --- | --- | ---: | ---: | ---: | ---: | --- | --- |\n"
        + "| ASML.AS (ASML Holding) | NL0010273215 | 10,000.00 | −10.00% |  | −1,000.00 | reported (by ISIN) |"
        + " ASML.AS: -10% from isin:NL0010273215 (intraday, The Market (themarket.ch), 27 Jan 2025), matched by ISIN"
        + " NL0010273215 |\n");
    // SAP: estimated -3% with its band, 4,000 × -3% = -120.00
    assertThat(md).contains("| SAP.DE (SAP SE) | DE0007164600 | 4,000.00 | −3.00% (90%: −8.00% to +2.00%) |  | −120.00 |"
        + " conditional |");
    assertThat(md).contains("| **Total** |  | **28,300.00** | **−7.81%** |  | **−2,211.50** |  |  |\n");
    // every shock with its timing and source
    assertThat(md).contains("| NVDA | −17.00% | intraday | heise+, \"Wie Deepseek die KI-Szene aufmischt\" |"
        + " about -17% over the day | 1 |\n",
        "| sector:Semiconductors | −5.00% | close | my own guess |  | 2 |\n",
        "| currency:USD | −1.00% | close | desk note \\</svg\\> (internal) | the dollar against the base currency | 1 |\n");
  }

  @Test
  void everyRowOfATableHasAsManyCellsAsItsHeader() {
    String[] lines = demo(List.of()).split("\n");
    int tables = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("| ") && (i == 0 || !lines[i - 1].startsWith("|"))) {
        tables++;
        long header = borders(lines[i]);
        for (int j = i + 1; j < lines.length && lines[j].startsWith("|"); j++) {
          assertThat(borders(lines[j])).as(lines[j]).isEqualTo(header);
        }
      }
    }
    // largest losses, holdings, shocks, not moved
    assertThat(tables).isEqualTo(4);
  }

  @Test
  void userTextStaysText() {
    String md = demo(List.of());
    assertThat(md).contains("| \\<script\\>alert(1)\\</script\\> & \"Co\" | ");
    // every < of the user's text has its backslash: no tag reaches a Markdown renderer
    assertThat(md).doesNotContainPattern("(?i)(?<!\\\\)<(script|/svg|b>)");
    // a note that starts like a list item, with a pipe, stays one item of the notes
    assertThat(md).contains("- Skipped 3 lines before the header \\<b\\>Symbol\\</b\\>\n"
        + "- \\- a note that looks like a list \\| with a pipe\n");
  }

  @Test
  void inlineEscapesMarkupAndFoldsLines() {
    assertThat(MarkdownReport.inline("a|b\\c\nd\r\ne")).isEqualTo("a\\|b\\\\c d e");
    assertThat(MarkdownReport.inline("*bold* _it_ `code` [link](x) <b> ~strike~ #1")).isEqualTo(
        "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\<b\\> \\~strike\\~ \\#1");
    // a character reference would be decoded; a lone & would not
    assertThat(MarkdownReport.inline("AT&T &amp; &#60;")).isEqualTo("AT&T \\&amp; \\&\\#60;");
    // a start that makes a list item or a break is defused; numbers are left alone
    assertThat(MarkdownReport.line(MarkdownReport.inline("- item"))).isEqualTo("\\- item");
    assertThat(MarkdownReport.line(MarkdownReport.inline("+ item"))).isEqualTo("\\+ item");
    assertThat(MarkdownReport.line(MarkdownReport.inline("---"))).isEqualTo("\\---");
    assertThat(MarkdownReport.line(MarkdownReport.inline("12. twelve"))).isEqualTo("12\\. twelve");
    assertThat(MarkdownReport.line(MarkdownReport.inline("3) three"))).isEqualTo("3\\) three");
    assertThat(MarkdownReport.line(MarkdownReport.inline("  # heading"))).isEqualTo("\\# heading");
    assertThat(MarkdownReport.line(MarkdownReport.inline("-17% at the open"))).isEqualTo("-17% at the open");
    assertThat(MarkdownReport.line(MarkdownReport.inline("0.00"))).isEqualTo("0.00");
    assertThat(MarkdownReport.line(MarkdownReport.inline("+0.41%"))).isEqualTo("+0.41%");
  }

  @Test
  void chartsAreImageLinksToTheirPngFiles() {
    List<ReportChart> charts = new ArrayList<>();
    charts.add(new ReportChart("deepseek-2025-01-27", "pnl-by-holding", "P&L by holding [EUR]", "",
        "charts/demo--deepseek-2025-01-27--pnl-by-holding.png"));
    charts.add(new ReportChart("deepseek-2025-01-27", "odd", "Odd name", "", "my charts/a (1).png"));
    charts.add(new ReportChart("deepseek-2025-01-27", "svg-only", "SVG only", Fixture.svg("x"), ""));
    String md = demo(charts);
    assertThat(md).contains("\n![P&L by holding \\[EUR\\]](charts/demo--deepseek-2025-01-27--pnl-by-holding.png)\n")
        .contains("\n![Odd name](my%20charts/a%20%281%29.png)\n")
        .doesNotContain("SVG only");
    // after the largest losses, before the holdings table
    assertThat(md.indexOf("![P&L")).isGreaterThan(md.indexOf("#### Largest losses"))
        .isLessThan(md.indexOf("### Holdings\n"));
  }

  @Test
  void severalScenariosHaveAComparisonTableFirst() {
    String md = MarkdownReport.render(List.of(Fixture.demo(), Fixture.premarket()), List.of(), Locale.US);
    assertThat(md.indexOf("## Comparison of 2 scenarios")).isPositive()
        .isLessThan(md.indexOf("## Scenario deepseek-2025-01-27 (2025-01-27)"));
    // premarket: 5,000 × -12% = -600.00, -600 / 28,300 = -2.12%, after 27,700.00
    assertThat(md).contains("| deepseek-2025-01-27-nvda-premarket (Nvidia at its pre-market fall) | 2025-01-27 | none |"
        + " 28,300.00 EUR | −600.00 EUR | −2.12% | 27,700.00 EUR |\n");
  }
}
