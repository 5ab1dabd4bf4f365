package io.shockfolio.cli;

import static io.shockfolio.cli.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile inputs, each a file under {@code corpus/} named after its fault, run through
 * the command line as a user would: a portfolio with {@code run --portfolio}, a scenario with
 * {@code run --scenario} (on the sample portfolio), a price history with {@code run --history
 * --model conditional}. Each gives exit code 2 and exactly the error lines below, or exit code 0
 * and a table holding the line below (a documented safe result). No output carries a raw control
 * or bidirectional character, and no error a stack trace.
 */
class CorpusTest {

  private static final Path CORPUS = Path.of("src/test/resources/io/shockfolio/corpus");

  /** Exit code 2 and exactly these error lines, or exit code 0 and each of these lines in the output. */
  private record Expect(int code, String text) {
    static Expect error(String line) {
      return new Expect(2, "shockfolio: " + line + "\n");
    }

    static Expect safe(String shown) {
      return new Expect(0, shown);
    }
  }

  private static final String NUMBER = "expected a number such as 1234.56, 1,234.56 or 1.234,56";

  private static final Map<String, Expect> TABLE = new TreeMap<>(Map.ofEntries(
      Map.entry("portfolio/empty.csv", Expect.error(
          "portfolio/empty.csv: is empty; expected a header row and one row per holding")),
      Map.entry("portfolio/header-only.csv", Expect.error(
          "portfolio/header-only.csv: has a header on line 1 but no holdings; expected one row per holding below it")),
      Map.entry("portfolio/binary-garbage.csv", Expect.error(
          "portfolio/binary-garbage.csv: is an Excel workbook or other zip file, not text; expected a CSV file"
              + " (save it as CSV)")),
      Map.entry("portfolio/truncated-mid-quote.csv", Expect.error(
          "portfolio/truncated-mid-quote.csv:4: a quoted field is never closed; expected a closing \" before the"
              + " end of the file")),
      Map.entry("portfolio/unclosed-quote.csv", Expect.error(
          "portfolio/unclosed-quote.csv:2: a quoted field is never closed; expected a closing \" before the end of"
              + " the file")),
      Map.entry("portfolio/mixed-delimiters.csv", Expect.error(
          "portfolio/mixed-delimiters.csv:3: the cells are separated by ';' but the header's by ','; expected one"
              + " separator throughout the file")),
      // Siemens 10 x 210,50 = 2,105.00; the name "Börse" is in Windows-1252 bytes
      Map.entry("portfolio/windows-1252.csv", Expect.safe("UTF-8; read as Windows-1252\nSIE.DE                         2,105.00")),
      // NVDA 10 x 142.62 = 1,426.20 in each of the four UTF-16 files
      Map.entry("portfolio/utf-16le-bom.csv", Expect.safe("NVDA                           1,426.20")),
      Map.entry("portfolio/utf-16be-bom.csv", Expect.safe("NVDA                           1,426.20")),
      Map.entry("portfolio/utf-16le-no-bom.csv", Expect.safe("NVDA                           1,426.20")),
      Map.entry("portfolio/utf-16be-no-bom.csv", Expect.safe("NVDA                           1,426.20")),
      // the mark before MSFT is trimmed like a space: MSFT 5 x 444.06 = 2,220.30
      Map.entry("portfolio/bom-in-the-middle.csv", Expect.safe("MSFT                           2,220.30")),
      Map.entry("portfolio/bom-before-a-second-header.csv", new Expect(2,
          "shockfolio: portfolio/bom-before-a-second-header.csv:3: column 3 'Quantity': found 'Quantity', " + NUMBER
              + "\nshockfolio: portfolio/bom-before-a-second-header.csv:3: column 4 'Price': found 'Price', " + NUMBER
              + "\n")),
      Map.entry("portfolio/nan-price.csv", Expect.error(
          "portfolio/nan-price.csv:2: column 4 'Price': found 'NaN', " + NUMBER)),
      Map.entry("portfolio/infinity-price.csv", Expect.error(
          "portfolio/infinity-price.csv:2: column 4 'Price': found 'Infinity', " + NUMBER)),
      Map.entry("portfolio/1e400-price.csv", Expect.error(
          "portfolio/1e400-price.csv:2: column 4 'Price': found '1e400', which is too large; " + NUMBER)),
      Map.entry("portfolio/negative-price.csv", Expect.error(
          "portfolio/negative-price.csv:2: column 4 'Price': found a negative price -142.62, expected a price of"
              + " zero or more")),
      // 1.234.567 can only be 1,234,567 (two points cannot both be decimal marks): x 2,00 = 2,469,134.00
      Map.entry("portfolio/german-thousands-quantity.csv", Expect.safe("SIE.DE                     2,469,134.00")),
      Map.entry("portfolio/thousands-dots-in-a-point-file.csv", Expect.safe("NVDA                   2,469,134.00")),
      Map.entry("portfolio/duplicate-headers.csv", Expect.error(
          "portfolio/duplicate-headers.csv:1: column 5 'Price': the header repeats column 'Price' (also column 4);"
              + " expected each column once, so no value is guessed at")),
      // a terminal runs nothing: formulas are shown as written (CSV outputs neutralise them)
      Map.entry("portfolio/formula-names.csv", Expect.safe("=HYPERLINK(\"http://x\",\"y\")       100.00")),
      Map.entry("portfolio/path-traversal-name.csv", Expect.safe("../../etc/passwd                 100.00")),
      // NUL and BEL shown as U+FFFD; tab and CR as a space; the leading ESC is trimmed like white space
      Map.entry("portfolio/control-characters-in-names.csv", Expect.safe(
          "Nul\uFFFDByte                         100.00\n"
              + "[31mRed\uFFFD[0m                      200.00          -              0.00     0.00%\n"
              + "Carriage Return                  300.00          -              0.00     0.00%\n"
              + "Bell\uFFFDTab End")),
      Map.entry("portfolio/right-to-left-override-name.csv", Expect.safe(
          "Invoice\uFFFDgpj.exe                  100.00          -              0.00     0.00%\n"
              // the marks U+200F and U+200E stay: they place neutral characters, they reorder nothing
              + "\u200FMarked\u200E                         200.00")),
      Map.entry("scenario/empty.csv", Expect.error(
          "scenario/empty.csv: no header row; expected a line 'target,move,measured,source,note' after the '#'"
              + " lines")),
      Map.entry("scenario/header-only.csv", Expect.error(
          "scenario/header-only.csv: has a header but no shocks; expected at least one row")),
      Map.entry("scenario/binary-garbage.csv", Expect.error(
          "scenario/binary-garbage.csv: is not a text file (found binary data); expected a CSV file")),
      Map.entry("scenario/move-minus-100-percent.csv", Expect.error(
          "scenario/move-minus-100-percent.csv:4: column 2 'move': found '-100%', expected a move above -100%"
              + " (a price cannot fall below zero)")),
      Map.entry("scenario/move-below-minus-100-percent.csv", Expect.error(
          "scenario/move-below-minus-100-percent.csv:4: column 2 'move': found '-150%', expected a move above"
              + " -100% (a price cannot fall below zero)")),
      Map.entry("scenario/nan-move.csv", Expect.error(
          "scenario/nan-move.csv:4: column 2 'move': found 'NaN', expected a move such as -17% or -0.17")),
      Map.entry("scenario/infinity-move.csv", Expect.error(
          "scenario/infinity-move.csv:4: column 2 'move': found '-Infinity%', expected a move such as -17% or"
              + " -0.17")),
      Map.entry("scenario/no-date.csv", Expect.error(
          "scenario/no-date.csv: no '# date: YYYY-MM-DD' line; expected the event date at the top")),
      Map.entry("scenario/really-a-portfolio.csv", Expect.error(
          "scenario/really-a-portfolio.csv:1: expected the header 'target,move,measured,source,note' but found"
              + " 'Symbol,Name,Quantity,Price,Currency' (missing: target, move, measured, source). This looks like a"
              + " portfolio file; give it with --portfolio.")),
      Map.entry("scenario/matches-nothing.csv", Expect.safe("Not moved: 9 of 9 holdings, 95,926.06 EUR\n1 of 1 shocks matched no holding")),
      // findings of the fuzz tests (FuzzFindingsTest checks them at the reader)
      Map.entry("fuzz/portfolio-name-spans-lines.csv", Expect.error(
          "fuzz/portfolio-name-spans-lines.csv:2: found no value for 'APPLE INC'; expected a market value, or a"
              + " quantity and a price, or a weight with --total")),
      Map.entry("fuzz/history-header-of-separators-only.csv", Expect.error(
          // the history reader names the file without its folder
          "history-header-of-separators-only.csv:1: the header has no column names; expected a header such as"
              + " Date,Close and one row per day")),
      Map.entry("history/empty.csv", Expect.error(
          "empty.csv: is empty; expected a header such as Date,Close and one row per day")),
      Map.entry("history/header-only.csv", Expect.error(
          "header-only.csv:1: the header is not followed by any row; expected one row per day under it")),
      Map.entry("history/non-numeric-close.csv", Expect.error(
          "non-numeric-close.csv:31: column 2 'NVDA': found 'abc', expected a price such as 142.62")),
      Map.entry("history/same-date-twice-different-prices.csv", Expect.error(
          "same-date-twice-different-prices.csv:61: same date 2024-11-22 twice with different prices for NVDA"
              + " (lines 60 and 61); expected one price per date")),
      Map.entry("history/dates-in-the-future.csv", Expect.error(
          "dates-in-the-future.csv:106: column 1 'Date': found 2999-01-04, a date after today; expected the date of"
              + " a past close"))));

  /** The command line that feeds a corpus file to the reader of its folder. */
  private static Run runOn(String entry, String... more) {
    String file = CORPUS.resolve(entry).toString();
    // a fuzz finding's reader is the first word of its name: fuzz/history-….csv
    String reader = entry.startsWith("fuzz/") ? entry.substring(5, entry.indexOf('-')) : entry.substring(0, entry.indexOf('/'));
    String[] args = switch (reader) {
      case "portfolio" -> new String[] {"run", "--portfolio", file, "--charts", "none"};
      case "scenario" -> new String[] {"run", "--scenario", file, "--charts", "none"};
      default -> new String[] {"run", "--history", file, "--model", "conditional", "--charts", "none"};
    };
    String[] all = Stream.concat(Stream.of(args), Stream.of(more)).toArray(String[]::new);
    Run r = run(all);
    return new Run(r.code(), r.out(), r.err().replace(CORPUS + "/", ""));
  }

  static Stream<String> entries() {
    return TABLE.keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void eachFileGivesItsExpectedOutcome(String entry) {
    Expect expect = TABLE.get(entry);
    Run r = runOn(entry);

    assertThat(r.code()).as(r.err()).isEqualTo(expect.code());
    if (expect.code() == 2) {
      assertThat(r.err()).isEqualTo(expect.text());
      assertThat(r.out()).isEmpty();
    } else {
      assertThat(r.err()).isEmpty();
      for (String line : expect.text().split("\n")) {
        assertThat(r.out()).contains(line);
      }
    }
    assertThat(r.err()).doesNotContain("\tat ", "Exception");
    assertThat(r.out() + r.err()).doesNotContainPattern("[\\x00-\\x08\\x0b-\\x1f\\x7f\\u202a-\\u202e\\u2066-\\u2069]");
  }

  @Test
  void everyFileOfTheCorpusHasAnEntryAndEveryEntryAFile() throws IOException {
    try (Stream<Path> files = Files.walk(CORPUS)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> CORPUS.relativize(p).toString().replace('\\', '/')))
          .containsExactlyInAnyOrderElementsOf(TABLE.keySet());
    }
  }

  // ---- files too large to commit, made here ---------------------------------------------------

  @TempDir
  Path tmp;

  private static final String HEADER = "Symbol,Name,Quantity,Price,Currency\n";

  @Test
  void aTenMegabyteLineGivesOneLineNamingIt() throws IOException {
    Path f = tmp.resolve("ten-megabyte-line.csv");
    Files.writeString(f, HEADER + "NVDA," + "x".repeat(10 << 20) + ",10,142.62,USD\n", StandardCharsets.UTF_8);

    Run r = run("run", "--portfolio", f.toString(), "--charts", "none");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("shockfolio: " + f + ":2: the line is longer than 1048576 characters; expected at"
        + " most 1048576 (raise the limit with --limits line-length=…)\n");
  }

  @Test
  void aHundredThousandColumnsGiveOneLineNamingTheHeader() throws IOException {
    Path f = tmp.resolve("hundred-thousand-columns.csv");
    StringBuilder sb = new StringBuilder("Symbol,Quantity,Price");
    for (int i = 3; i < 100_000; i++) {
      sb.append(",c").append(i);
    }
    Files.writeString(f, sb.append("\nNVDA,10,142.62\n"), StandardCharsets.UTF_8);

    Run r = run("run", "--portfolio", f.toString(), "--charts", "none");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("shockfolio: " + f + ":1: the line has more than 10000 cells; expected at most"
        + " 10000 (raise the limit with --limits cells=…)\n");
  }

  @Test
  void aHundredThousandColumnsOfHistoryGiveOneLine() throws IOException {
    Path f = tmp.resolve("wide.csv");
    StringBuilder sb = new StringBuilder("Date");
    for (int i = 0; i < 100_000; i++) {
      sb.append(",T").append(i);
    }
    Files.writeString(f, sb.append("\n2025-01-24,1\n"), StandardCharsets.UTF_8);

    Run r = run("run", "--history", f.toString(), "--model", "conditional", "--charts", "none");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("shockfolio: " + f + ":1: the line has more than 10000 cells; expected at most"
        + " 10000 (raise the limit with --limits cells=…)\n");
  }
}
