package io.shockfolio.cli;

import static io.shockfolio.cli.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import io.shockfolio.TestFiles;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portfolio and a scenario whose names would run a formula, a script or a link, hide text, or
 * climb out of the output folder; every output keeps them as inert text.
 *
 * <p>The numbers, by hand: +cmd 8,310.00 × -19% = -1,578.90; -2+3 1,000.00 × -10% = -100.00; RTL
 * 500.00 × -5% (sector rule Software) = -25.00; MD 200.00 not moved. Total -1,703.90 of 10,010.00,
 * -17.02197…%.
 */
class HostileNamesTest {

  private static final String PORTFOLIO = TestFiles.resource("io/shockfolio/outputs/portfolio-hostile-names.csv")
      .toString();
  private static final String SCENARIO = TestFiles.resource("io/shockfolio/outputs/scenario-hostile-names.csv")
      .toString();

  private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"click\")";
  private static final String SCRIPT = "<script>alert(1)</script> \"onmouseover=alert(1) x=\"";
  /** The name "Evil‮FDP.exe bell␇ esc␛[31m" with the right-to-left override, bell and escape as spaces. */
  private static final String RTL_SHOWN = "Evil FDP.exe bell  esc [31m";
  private static final String MARKDOWN = "[x](javascript:alert(1)) **b** <img src=x onerror=alert(1)> www.evil.example";

  @TempDir
  Path tmp;

  private static List<String[]> csv(String text) throws Exception {
    try (CSVReader reader = new CSVReader(new StringReader(text))) {
      return reader.readAll();
    }
  }

  /** Every cell is a plain number or text that does not start a formula. */
  private static void noFormulaIn(List<String[]> rows) {
    for (String[] row : rows) {
      for (String cell : row) {
        if (!cell.matches("-?[0-9]+(\\.[0-9]+)?(E-?[0-9]+)?")) {
          assertThat(cell).as(String.join(",", row)).doesNotMatch("(?s)^[=+\\-@\t\r].*");
        }
      }
    }
  }

  @Test
  void csvMarksEveryTextCellThatWouldRunAndLeavesNumbersPlain() throws Exception {
    Run r = run("run", "-p", PORTFOLIO, "-s", SCENARIO, "--format", "csv", "--charts", "none");

    assertThat(r.code()).as(r.err()).isZero();
    List<String[]> rows = csv(r.out());
    assertThat(rows).hasSize(5);
    noFormulaIn(rows);
    // portfolio, scenario, date, symbol, isin, name, currency, value_before, move, fx_move, matched_by,
    // method, pnl_local, pnl_base, contribution (-1578.9 / 10010), base_currency, why
    assertThat(rows.get(1)).containsExactly("portfolio-hostile-names", "../../etc/passwd", "2025-01-27", "'+cmd", "",
        "'" + HYPERLINK, "EUR", "8310", "-0.19", "0", "symbol", "reported", "-1578.9", "-1578.9",
        "-0.15773226773226773", "EUR",
        "'+cmd: -19% from +CMD (close, " + HYPERLINK + "), matched by symbol +cmd ~ +CMD");
    assertThat(rows.get(2)[3]).isEqualTo("'-2+3");
    assertThat(rows.get(2)[12]).isEqualTo("-100");
  }

  @Test
  void theTableInTheTerminalHasNoEscapeSequenceOrDirectionOverride() {
    Run r = run("run", "-p", PORTFOLIO, "-s", SCENARIO, "--charts", "none");

    assertThat(r.code()).as(r.err()).isZero();
    // the source of the Software rule: its bell and right-to-left override shown as U+FFFD
    assertThat(r.out()).doesNotContain("\u001b", "\u0007", "\u202e").contains("<b>desk</b>\uFFFD\uFFFD </svg>");
  }

  @Test
  void theBatchMatrixMarksNamesAndFileNamesThatWouldRun() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Path.of(PORTFOLIO), in.resolve("=cmd.csv"));
    Path out = tmp.resolve("batch");

    Run r = run("batch", "--portfolios", in.toString(), "--scenarios", SCENARIO, "--out", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    List<String[]> rows = csv(Files.readString(out.resolve("batch-matrix.csv")));
    noFormulaIn(rows);
    // P&L -1,703.90 of 10,010.00 is -17.0219…%, to 4 decimals -17.022; the worst holding +cmd -1,578.90
    assertThat(rows.get(1)).containsExactly("'=cmd", in.resolve("=cmd.csv").toString(), "../../etc/passwd", "EUR",
        "10010", "-1703.9", "-17.022", "'+cmd", "-1578.9");
    wellFormedXml(out.resolve("batch-heatmap.svg"));
  }

  @Test
  void everyFileIsWrittenInsideTheOutputFolderUnderAPlainName() throws Exception {
    Path out = tmp.resolve("deep/out");
    Run r = run("run", "-p", PORTFOLIO, "-s", SCENARIO, "-s", "deepseek-2025-01-27", "--charts", "all",
        "--out", out.toString(), "--report", out.resolve("report.md").toString());

    assertThat(r.code()).as(r.err()).isZero();
    try (Stream<Path> all = Files.walk(tmp)) {
      List<Path> files = all.filter(Files::isRegularFile).toList();
      assertThat(files).isNotEmpty().allSatisfy(f -> {
        assertThat(f.getParent()).isEqualTo(out);
        assertThat(f.getFileName().toString()).matches("[a-z0-9-]+\\.(png|svg|md)");
      });
      // the scenario named ../../etc/passwd gives the slug etc-passwd
      assertThat(files).contains(out.resolve("portfolio-hostile-names--etc-passwd--waterfall.png"));
    }
  }

  @Test
  void chartsWithTheNamesAreWellFormedSvg() throws Exception {
    Path out = tmp.resolve("charts");
    Run r = run("run", "-p", PORTFOLIO, "-s", SCENARIO, "--charts", "all", "--chart-format", "svg",
        "--out", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    try (Stream<Path> svgs = Files.list(out)) {
      List<Path> files = svgs.toList();
      assertThat(files).hasSizeGreaterThan(3);
      for (Path f : files) {
        wellFormedXml(f);
        assertThat(Files.readString(f)).doesNotContain("\u202e", "\u0007", "<script", "<b>");
      }
    }
  }

  @Test
  void theHtmlReportShowsEveryNameAsTextAndHasNothingToRunOrFollow() throws Exception {
    Path report = tmp.resolve("report.html");
    Run r = run("run", "-p", PORTFOLIO, "-s", SCENARIO, "--charts", "all", "--out", tmp.resolve("c").toString(),
        "--report", report.toString());

    assertThat(r.code()).as(r.err()).isZero();
    String html = Files.readString(report);
    assertThat(html).doesNotContain("\u202e", "\u0007", "\u001b");
    Document page = Jsoup.parse(html);
    assertThat(page.select("script, iframe, object, embed, img, a, link, form, foreignObject, base")).isEmpty();
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as(e.tagName()).doesNotStartWith("on");
        if (a.getKey().endsWith("href") || a.getKey().equals("src")) {
          assertThat(a.getValue()).as(a.html()).startsWith("#");
        }
      }
    }
    // the holdings table: each name as it was written, shown as text under its symbol (a browser,
    // like jsoup's text(), shows the two spaces after "bell" as one)
    List<String> notes = page.select("td > span.note").eachText();
    assertThat(notes).contains(HYPERLINK, SCRIPT, RTL_SHOWN.replace("  ", " "), MARKDOWN);
    assertThat(html).contains("<span class=\"note\">" + RTL_SHOWN + "</span>");
    assertThat(page.select("svg")).hasSizeGreaterThan(3);
    assertThat(page.select("svg text").eachText()).anyMatch(t -> t.contains("<b>desk</b> </svg>"));
  }

  @Test
  void theMarkdownReportHasNoLinkOrHtmlOfItsOwn() throws Exception {
    Path report = tmp.resolve("report.md");
    Run r = run("run", "-p", PORTFOLIO, "-s", SCENARIO, "--charts", "waterfall", "--out", tmp.toString(),
        "--report", report.toString());

    assertThat(r.code()).as(r.err()).isZero();
    String md = Files.readString(report);
    assertThat(md).doesNotContain("\u202e", "\u0007");
    // markup characters of the names carry a backslash, and so do the ':' of '://', the '.' after www and @
    assertThat(md).contains("\\[x\\](javascript:alert(1)) \\*\\*b\\*\\* \\<img src=x onerror=alert(1)\\> www\\.evil.example",
        "\\<script\\>alert(1)\\</script\\>", "=HYPERLINK(\"http\\://evil.example\",\"click\")", "\\@note",
        "Evil FDP.exe");
    // no unescaped < anywhere, and the one link is the chart's image
    assertThat(md).doesNotContainPattern("(?<!\\\\)<");
    assertThat(md.lines().filter(l -> l.matches(".*(?<!\\\\)\\]\\(.*"))).containsExactly(
        "![From the value before to the value after](portfolio-hostile-names--etc-passwd--waterfall.png)");
  }

  private static void wellFormedXml(Path file) throws Exception {
    // the DOCTYPE names the SVG 1.0 DTD on the web: not fetched, the document is only checked for form
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.newDocumentBuilder().parse(file.toFile());
  }
}
