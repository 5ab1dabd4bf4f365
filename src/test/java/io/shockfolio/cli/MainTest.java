package io.shockfolio.cli;

import static io.shockfolio.cli.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import io.shockfolio.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, one-line errors, the table, JSON and charts. */
class MainTest {

  @TempDir
  Path tmp;

  /** A table row: these cells in this order, separated by blanks only. */
  private static String row(String... cells) {
    return "(?m)^" + String.join("\\s+", java.util.Arrays.stream(cells).map(java.util.regex.Pattern::quote).toList())
        + "(\\s|$)";
  }

  private static String cli(String name) {
    return TestFiles.resource("io/shockfolio/cli/" + name).toString();
  }

  private static String real(String name) {
    return TestFiles.resource("io/shockfolio/io/real/" + name).toString();
  }

  @Test
  void defaultRunPrintsTheSamplePortfolioTableAndSavesBothCharts() throws Exception {
    Run r = run("run", "--out", tmp.toString());

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    // Sample portfolio (Value in EUR column): ENR.DE 8,310.00 x -19% = -1,578.90;
    // ASML.AS 14,462.00 x -10% = -1,446.20; NVDA 8,154.16 x -17% = -1,386.2072 -> -1,386.21.
    // Total -4,411.31 of 95,926.06 (sum of the Value in EUR column) = -4.60%.
    assertThat(r.out())
        .contains("sample-portfolio × deepseek-2025-01-27 (2025-01-27)")
        .containsPattern(row("ENR.DE", "8,310.00", "-19.00%", "ISIN", "-1,578.90"))
        .containsPattern(row("NVDA", "8,154.16", "-17.00%", "ISIN", "-1,386.21"))
        .containsPattern(row("Total", "95,926.06", "-4.60%", "-4,411.31"))
        .containsPattern(row("Value after", "91,514.75"))
        // unmoved: SAP.DE 10,712.00 + ALV.DE 9,300.00 + SU.PA 6,150.00 + MSFT 8,462.90 + IWDA.AS 25,375.00
        // + cash 5,000.00 = 64,999.90, which is 64,999.90 / 95,926.06 = 67.76% of the value
        .contains("Not moved: 6 of 9 holdings, 64,999.90 EUR (67.76% of the value)");
    // the table fits an 80-column terminal; only the chart paths at the end depend on --out
    assertThat(r.out().lines().filter(l -> !l.contains(tmp.toString())))
        .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "sample-portfolio--deepseek-2025-01-27--pnl-by-holding.png",
          "sample-portfolio--deepseek-2025-01-27--pnl-by-holding.svg",
          "sample-portfolio--deepseek-2025-01-27--waterfall.png",
          "sample-portfolio--deepseek-2025-01-27--waterfall.svg",
          "sample-portfolio--deepseek-2025-01-27--by-sector.png",
          "sample-portfolio--deepseek-2025-01-27--by-sector.svg");
    }
  }

  @Test
  void allChartsOfTwoScenariosAndTheReportAreWritten() throws Exception {
    Path report = tmp.resolve("report.html");
    Run r = run("run", "-s", "deepseek-2025-01-27", "-s", "deepseek-2025-01-27-full", "--charts", "all",
        "--chart-format", "png", "--out", tmp.toString(), "--report", report.toString());

    assertThat(r.code()).as(r.err()).isZero();
    String[] single = {"pnl-by-holding", "waterfall", "by-sector", "by-currency", "by-country", "allocation",
        "severity"};
    java.util.List<String> expected = new java.util.ArrayList<>();
    for (String scenario : new String[] {"deepseek-2025-01-27", "deepseek-2025-01-27-full"}) {
      for (String chart : single) {
        expected.add("sample-portfolio--" + scenario + "--" + chart + ".png");
      }
    }
    expected.add("sample-portfolio--comparison.png");
    expected.add("sample-portfolio--heatmap.png");
    expected.add("report.html");
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
    }
    // without price history there is no distribution and nothing to compare the reported moves with
    assertThat(r.out())
        .contains("Note: distribution chart of deepseek-2025-01-27 not drawn: needs --history")
        .contains("Note: reported-vs-actual chart of deepseek-2025-01-27-full not drawn: needs --history that"
            + " covers the event date, 2025-01-27");
    String html = Files.readString(report);
    // 7 charts per scenario and the 2 comparison charts, inline
    assertThat(html.split("<svg", -1)).hasSize(2 * 7 + 2 + 1);
    // the headline total, as in the table, with a real minus sign
    assertThat(html).contains("sample-portfolio").contains("\u22124,411.31").doesNotContain("<script");
  }

  @Test
  void aMarkdownReportHasItsPngsBesideIt() throws Exception {
    Path report = tmp.resolve("out").resolve("report.md");
    Run r = run("run", "--charts", "waterfall", "--out", tmp.resolve("charts").toString(), "--report",
        report.toString());

    assertThat(r.code()).as(r.err()).isZero();
    String md = Files.readString(report);
    assertThat(md).contains("](sample-portfolio--deepseek-2025-01-27--waterfall.png)");
    assertThat(report.resolveSibling("sample-portfolio--deepseek-2025-01-27--waterfall.png")).isRegularFile();
  }

  @Test
  void chartSizeAndScaleSetThePngsPixels() throws Exception {
    Run r = run("run", "--charts", "waterfall", "--chart-format", "png", "--size", "1600x1000", "--chart-scale", "2",
        "--out", tmp.toString());

    assertThat(r.code()).as(r.err()).isZero();
    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(
        tmp.resolve("sample-portfolio--deepseek-2025-01-27--waterfall.png").toFile());
    // laid out at 1600x1000, drawn twice as fine
    assertThat(image.getWidth()).isEqualTo(3200);
    assertThat(image.getHeight()).isEqualTo(2000);
  }

  @Test
  void badChartOptionsAreOneLineUsageErrors() {
    Run format = run("run", "--charts", "png", "--out", tmp.toString());
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).hasLineCount(1).contains("--charts: found 'png', expected all, none or"
        + " chart names: pnl-by-holding, waterfall,").contains("; image formats go in --chart-format");

    Run size = run("run", "--size", "big", "--out", tmp.toString());
    assertThat(size.code()).isEqualTo(2);
    assertThat(size.err()).hasLineCount(1).contains("--size: found 'big', expected WIDTHxHEIGHT in pixels, such as 1600x1000");

    Run small = run("run", "--size", "600x400", "--out", tmp.toString());
    assertThat(small.code()).isEqualTo(2);
    assertThat(small.err()).hasLineCount(1).contains("--size: found 600x400, expected a width from 800 and a height"
        + " from 500 up to 10000, such as 1600x1000");

    Run huge = run("run", "--size", "8000x6000", "--chart-scale", "2", "--out", tmp.toString());
    assertThat(huge.code()).isEqualTo(2);
    assertThat(huge.err()).hasLineCount(1).contains("--size 8000x6000 with --chart-scale 2.0 gives a PNG over 10000 pixels");

    Run report = run("run", "--report", tmp.resolve("report.pdf").toString(), "--out", tmp.toString());
    assertThat(report.code()).isEqualTo(2);
    assertThat(report.err()).hasLineCount(1).contains("--report: found '").contains("expected a file name ending in .html or .md");

    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files).as("nothing is written after a usage error").isEmpty();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aTargetLossWithoutPercentSignIsAFractionAndSaysSo() {
    Run r = run("run", "--target-loss", "10", "--charts", "none");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).hasLineCount(1).contains("--target-loss: found '10', expected a loss between 0% and 100%,"
        + " such as 10% (without % it is a fraction: 0.10 is 10%)");
  }

  @Test
  void aMissingHistoryFileIsNamedAsGiven() {
    Path missing = tmp.resolve("prices").resolve("x.csv");
    Run r = run("run", "--history", missing.toString(), "--charts", "none");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("shockfolio: " + missing + ": no such file" + System.lineSeparator());
  }

  @Test
  void aMarkdownReportBesideTheChartsListsEachFileOnce() {
    Run r = run("run", "--charts", "waterfall", "--chart-format", "png", "--out", tmp.toString(),
        "--report", tmp.resolve("report.md").toString());
    assertThat(r.code()).as(r.err()).isZero();
    String png = tmp.resolve("sample-portfolio--deepseek-2025-01-27--waterfall.png").toString();
    assertThat(r.out().lines().filter(l -> l.strip().equals(png))).hasSize(1);
  }

  @Test
  void aComparisonChartOfOneScenarioIsANoteNotAnError() {
    Run r = run("run", "--charts", "heatmap", "--out", tmp.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Note: heatmap chart not drawn: it compares scenarios; give two or more with --scenario");
  }

  @Test
  void degiroExportMeetsAsmlAndSiemensEnergyByIsinInEuroToTheCent() {
    Run r = run("run", "--portfolio", real("degiro_nl_Portfolio.csv"), "--scenario", "deepseek-2025-01-27",
        "--base", "EUR", "--model", "none", "--charts", "none");

    assertThat(r.code()).isZero();
    // From the file's "Waarde in EUR" column: SIEMENS ENERGY 20270,40 x -19% = -3851.376 -> -3,851.38;
    // ASML 13262,40 x -10% = -1,326.24; total -5,177.62 EUR. Value before: the column's sum over
    // all 19 rows, 211,672.25 (awk -F'","' over the file, decimal commas turned to points).
    assertThat(r.out())
        .containsPattern(row("SIEMENS ENERGY AG", "20,270.40", "-19.00%", "ISIN", "-3,851.38"))
        .containsPattern(row("ASML HOLDING NV", "13,262.40", "-10.00%", "ISIN", "-1,326.24"))
        .containsPattern(row("Total", "211,672.25", "-2.45%", "-5,177.62"));
  }

  @Test
  void jsonHasTheDocumentedFields() throws Exception {
    Run r = run("run", "--format", "json", "--charts", "none");

    assertThat(r.code()).isZero();
    var parser = new JsonFactory().createParser(r.out());
    java.util.Set<String> names = new java.util.HashSet<>();
    while (parser.nextToken() != null) {
      if (parser.currentToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        names.add(parser.currentName());
      }
    }
    assertThat(names).contains("portfolio", "scenario", "baseCurrency", "valueBefore", "valueAfter", "pnl",
        "pnlPct", "holdings", "symbol", "isin", "name", "currency", "move", "matchedBy", "method", "pnlBase",
        "unmatched", "warnings");
    assertThat(r.out()).contains("\"pnl\" : -4411.31", "\"baseCurrency\" : \"EUR\"", "\"move\" : -0.17");
  }

  @Test
  void csvNeutralisesFormulasAndKeepsNumbersPlain() throws Exception {
    Path p = tmp.resolve("formula.csv");
    Files.writeString(p, "Symbol,Name,Quantity,Price,Currency\nNVDA,=HYPERLINK(\"http://x\"),10,100,USD\n");
    Run r = run("run", "-p", p.toString(), "--format", "csv", "--charts", "none");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("'=HYPERLINK(\"\"http://x\"\")").contains(",1000,-0.17,");
  }

  @Test
  void listsAndShowsBundledScenarios() {
    Run list = run("scenarios");
    assertThat(list.code()).isZero();
    assertThat(list.out()).contains("deepseek-2025-01-27 ", "deepseek-2025-01-27-full", "deepseek-2025-01-27-nvda-premarket");

    Run show = run("scenarios", "show", "deepseek-2025-01-27");
    assertThat(show.code()).isZero();
    assertThat(show.out()).contains("ENR.DE", "-19%", "The Market (themarket.ch)");
  }

  @Test
  void badRowsAreReportedTogetherWithExitCode2AndNoStackTrace() {
    Run r = run("run", "-p", cli("portfolio-bad-numbers.csv"), "--charts", "none");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).containsExactly(
        "shockfolio: " + cli("portfolio-bad-numbers.csv") + ":2: column 2 'Quantity': found 'ten', expected a number"
            + " such as 1234.56, 1,234.56 or 1.234,56",
        "shockfolio: " + cli("portfolio-bad-numbers.csv") + ":4: column 3 'Price': found '1.2.3x', expected a number"
            + " such as 1234.56, 1,234.56 or 1.234,56");
  }

  @Test
  void skipBadRowsContinuesAndListsThem() {
    Run r = run("run", "-p", cli("portfolio-bad-numbers.csv"), "--skip-bad-rows", "--charts", "none");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("skipped bad row:").contains("AVGO");
  }

  @Test
  void aTransactionExportIsRefusedForWhatItIs() {
    Run r = run("run", "-p", cli("degiro-transactions.csv"), "--charts", "none");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("this is a transaction export").doesNotContain("Exception");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void oneInstrumentSpelledTwiceInAScenarioIsRefusedByShowAndRunAlike() throws Exception {
    Path s = tmp.resolve("twice.csv");
    Files.writeString(s, "# date: 2025-01-27\ntarget,move,measured,source\nNVDA,-17%,close,a\nisin:US67066G1040,-12%,close,b\n");
    String expected = "shockfolio: scenario twice: targets NVDA and isin:US67066G1040 both name Nvidia; keep one move"
        + " per instrument" + System.lineSeparator();
    Run show = run("scenarios", "show", s.toString());
    assertThat(show.code()).isEqualTo(2);
    assertThat(show.err()).isEqualTo(expected);
    Run r = run("run", "-s", s.toString(), "--charts", "none");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(expected);
  }

  @Test
  void twoScenariosOfOneNameKeepTheirOwnCharts() throws Exception {
    Path s = tmp.resolve("variant.csv");
    Files.writeString(s, "# name: deepseek-2025-01-27\n# date: 2025-01-27\ntarget,move,measured,source\nASML.AS,-20%,close,me\n");
    Path out = tmp.resolve("charts");
    Run r = run("run", "-s", "deepseek-2025-01-27", "-s", s.toString(), "--charts", "pnl-by-holding,by-sector",
        "--chart-format", "png", "--out", out.toString());
    assertThat(r.code()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "sample-portfolio--deepseek-2025-01-27--pnl-by-holding.png",
          "sample-portfolio--deepseek-2025-01-27--by-sector.png",
          "sample-portfolio--deepseek-2025-01-27-2--pnl-by-holding.png",
          "sample-portfolio--deepseek-2025-01-27-2--by-sector.png");
    }
  }

  @Test
  void aScenarioGivenAsPortfolioIsRefusedForWhatItIs() {
    Run r = run("run", "-p", "scenarios/deepseek-2025-01-27.csv", "--charts", "none");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("shockfolio: scenarios/deepseek-2025-01-27.csv:4: this is a scenario file"
        + " (columns target, move), not a list of holdings; give it with --scenario" + System.lineSeparator());
  }

  @Test
  void anUnknownCurrencyCodeIsBadInput() {
    Run r = run("run", "-p", cli("portfolio-unknown-currency.csv"), "--charts", "none");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("shockfolio: " + cli("portfolio-unknown-currency.csv") + ":2: column 4 'Currency':"
        + " found 'ZZZ', expected an ISO 4217 currency code such as EUR" + System.lineSeparator());
  }

  @Test
  void extraCellsBeyondTheHeaderAreNoted() {
    Run r = run("run", "-p", cli("portfolio-ragged-row.csv"), "--charts", "none");
    assertThat(r.code()).isZero();
    // the notes are wrapped to 80 columns
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains("1 row(s) have more cells than the header's 4; the extra cells were ignored (line 3)");
  }

  @Test
  void aScenarioMoveAtMinus100IsRefused() throws Exception {
    Path s = tmp.resolve("crash.csv");
    Files.writeString(s, "# date: 2025-01-27\ntarget,move,measured,source\nNVDA,-100%,close,me\n");
    Run r = run("run", "-s", s.toString(), "--charts", "none");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("shockfolio: " + s + ":3: column 2 'move': found '-100%', expected a move above"
        + " -100% (a price cannot fall below zero)" + System.lineSeparator());
  }

  @Test
  void missingFilesAndUnknownScenariosAreBadInput() {
    Run missing = run("run", "-p", tmp.resolve("nope.csv").toString(), "--charts", "none");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("shockfolio: " + tmp.resolve("nope.csv") + ": no such file" + System.lineSeparator());

    Run unknown = run("run", "-s", "no-such-scenario", "--charts", "none");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("shockfolio: no scenario file 'no-such-scenario' and no bundled scenario of that name;");
  }

  @Test
  void usageErrorsExitWith2() {
    Run r = run("run", "--no-such-option");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("shockfolio: Unknown option: '--no-such-option'");

    Run fx = run("run", "--fx", "USD/EUR=abc", "--charts", "none");
    assertThat(fx.code()).isEqualTo(2);
    assertThat(fx.err()).isEqualTo("shockfolio: --fx: found 'USD/EUR=abc', expected PAIR=RATE such as USD/EUR=0.96"
        + " (one USD is 0.96 EUR) (see 'shockfolio run --help')" + System.lineSeparator());
  }

  @Test
  void debugShowsTheStackTrace() {
    Run r = run("--debug", "run", "-p", cli("degiro-transactions.csv"), "--charts", "none");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("io.shockfolio.domain.InputException").contains("\tat ");

    Run sub = run("run", "--debug", "-p", cli("degiro-transactions.csv"), "--charts", "none");
    assertThat(sub.err()).contains("\tat ");
  }

  @Test
  void severityScalesTheScenario() {
    Run r = run("run", "--severity", "0.5", "--charts", "none");
    // half of each headline move: ENR.DE 8,310 x -9.5% = -789.45
    assertThat(r.out()).contains("severity ×0.5").containsPattern(row("ENR.DE", "8,310.00", "-9.50%", "ISIN", "-789.45"));
  }

  @Test
  void versionAndHelp() {
    assertThat(run("--version").out()).startsWith("shockfolio ");
    Run help = run("run", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--portfolio", "--scenario", "--base", "--fx", "--format", "--charts");
  }

  @Test
  void topLevelHelpListsEveryCommandAndAMistypedCommandIsUsage() {
    Run help = run("--help");
    assertThat(help.code()).isZero();
    // Main adds only the subcommand a command line names; help and mistakes must still see all five
    assertThat(help.out()).containsPattern("(?m)^  run ").containsPattern("(?m)^  batch ")
        .containsPattern("(?m)^  scenarios ").containsPattern("(?m)^  backtest ").containsPattern("(?m)^  gui ");

    Run typo = run("runn");
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).startsWith("shockfolio: Unmatched argument at index 0: 'runn'");
  }

  @Test
  void theSubcommandIsTheFirstArgumentThatIsNoOption() {
    assertThat(Main.subcommandNamed(new String[] {"--debug", "scenarios", "show", "run"})).isEqualTo("scenarios");
    assertThat(Main.subcommandNamed(new String[] {"run", "--scenario", "batch"})).isEqualTo("run");
    assertThat(Main.subcommandNamed(new String[] {"--help"})).isNull();
    assertThat(Main.subcommandNamed(new String[] {"report"})).isNull();
    // a nested command reached through its parent
    Run show = run("--debug", "scenarios", "show", "deepseek-2025-01-27");
    assertThat(show.code()).isZero();
    assertThat(show.out()).contains("NVDA");
  }
}
