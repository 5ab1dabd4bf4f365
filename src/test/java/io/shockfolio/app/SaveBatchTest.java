package io.shockfolio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.shockfolio.domain.InputException;
import java.awt.image.BufferedImage;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of a batch; the numbers are those of RunBatchTest, worked by hand there. */
class SaveBatchTest {

  @TempDir
  Path tmp;

  private static String file(String name) {
    return RunBatchTest.batch("portfolios/" + name + ".csv").toString();
  }

  @Test
  void csvHasOneRowPerPairInInputOrderWithPlainNumbers() {
    StringWriter out = new StringWriter();

    SaveBatch.csv(RunBatchTest.threeByTwo(2), out);

    // money to the cent without trailing zeros, P&L in percent: -2,500 of 20,000 is -12.5
    assertThat(out.toString()).isEqualTo(
        "portfolio,file,scenario,base_currency,value_before,pnl,pnl_percent,worst_holding,worst_holding_pnl\n"
        + "alpha," + file("alpha") + ",chips,EUR,20000,-2500,-12.5,NVDA,-2000\n"
        + "alpha," + file("alpha") + ",broad,EUR,20000,-1250,-6.25,NVDA,-1000\n"
        + "beta," + file("beta") + ",chips,EUR,10000,-800,-8,SOFT1,-800\n"
        + "beta," + file("beta") + ",broad,EUR,10000,-500,-5,SOFT1,-400\n"
        + "gamma," + file("gamma") + ",chips,EUR,2000,200,10,,0\n"
        + "gamma," + file("gamma") + ",broad,EUR,2000,-50,-2.5,OTHER,-150\n");
  }

  @Test
  void jsonHasTheSameRowsOnePerLineAndIsValid() throws Exception {
    StringWriter out = new StringWriter();

    SaveBatch.json(RunBatchTest.threeByTwo(1), out);

    String json = out.toString();
    assertThat(json.lines()).contains(
        "{\"portfolio\":\"alpha\",\"file\":\"" + file("alpha") + "\",\"scenario\":\"chips\",\"baseCurrency\":\"EUR\","
            + "\"valueBefore\":20000,\"pnl\":-2500,\"pnlPercent\":-12.5,\"worstHolding\":\"NVDA\","
            + "\"worstHoldingPnl\":-2000},",
        "{\"portfolio\":\"gamma\",\"file\":\"" + file("gamma") + "\",\"scenario\":\"broad\",\"baseCurrency\":\"EUR\","
            + "\"valueBefore\":2000,\"pnl\":-50,\"pnlPercent\":-2.5,\"worstHolding\":\"OTHER\","
            + "\"worstHoldingPnl\":-150}",
        "\"portfolios\":[\"alpha\",\"beta\",\"gamma\"],",
        "\"scenarios\":[\"chips\",\"broad\"],");
    // a JSON parser reads it through: 6 rows, each with 9 fields; no failures
    List<String> pnlPercents = new ArrayList<>();
    int objects = 0;
    try (JsonParser p = new JsonFactory().createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME && p.currentName().equals("pnlPercent")) {
          p.nextToken();
          pnlPercents.add(p.getText());
        }
        if (t == JsonToken.START_OBJECT) {
          objects++;
        }
      }
    }
    assertThat(objects).isEqualTo(1 + 6);
    assertThat(pnlPercents).containsExactly("-12.5", "-6.25", "-8", "-5", "10", "-2.5");
    assertThat(json).contains("\"failures\":[]");
  }

  @Test
  void namesThatNeedQuotingAreQuotedAsOpenCsvAndJacksonQuoteThem(@TempDir Path dir) throws Exception {
    Path odd = dir.resolve("=odd, \"x\".csv");
    Files.copy(RunBatchTest.batch("portfolios/alpha.csv"), odd);
    RunBatch.Result result = new RunBatch().run(RunBatchTest.request(List.of(odd),
        List.of(RunBatchTest.batch("scenarios/chips.csv").toString()), 1), RunBatch.Progress.none());
    StringWriter csv = new StringWriter();
    StringWriter json = new StringWriter();

    SaveBatch.csv(result, csv);
    SaveBatch.json(result, json);

    // the name starts as a formula would: marked with ', and with its comma and quotes the cell is
    // quoted and its quotes doubled; the numbers are alpha's under chips (see RunBatchTest)
    String file = odd.toString().replace("\"", "\"\"");
    assertThat(csv.toString()).endsWith("\n\"'=odd, \"\"x\"\"\",\"" + file + "\",chips,EUR,20000,-2500,-12.5,NVDA,-2000\n");
    // JSON escapes the quotes with a backslash and needs no formula mark
    assertThat(json.toString()).contains("\"rows\":[\n{\"portfolio\":\"=odd, \\\"x\\\"\",\"file\":\""
        + odd.toString().replace("\"", "\\\"") + "\",\"scenario\":\"chips\",\"baseCurrency\":\"EUR\","
        + "\"valueBefore\":20000,\"pnl\":-2500,\"pnlPercent\":-12.5,\"worstHolding\":\"NVDA\","
        + "\"worstHoldingPnl\":-2000}\n],\n\"failures\":[]}\n");
  }

  @Test
  void numbersAreWrittenPlainly() {
    assertThat(SaveBatch.money(95926.06)).isEqualTo("95926.06");
    assertThat(SaveBatch.money(-1446.2)).isEqualTo("-1446.2");
    assertThat(SaveBatch.money(-327.68)).isEqualTo("-327.68");
    assertThat(SaveBatch.money(0.29)).isEqualTo("0.29");
    assertThat(SaveBatch.money(-0.05)).isEqualTo("-0.05");
    assertThat(SaveBatch.money(0)).isEqualTo("0");
    // -4,411.31 of 95,926.06 = -0.0459866…: -4.59866…% to 4 decimals is -4.5987
    assertThat(SaveBatch.percent(-4411.31 / 95926.06)).isEqualTo("-4.5987");
    assertThat(SaveBatch.percent(0.125)).isEqualTo("12.5");
    assertThat(SaveBatch.percent(-0.00004)).isEqualTo("-0.004");
    assertThat(SaveBatch.percent(-0.00000001)).as("rounds to zero, without a sign").isEqualTo("0");
  }

  @Test
  void failuresFileAndTerminalLinesNameFileLineAndColumn() {
    RunBatch.Result result = new RunBatch().run(RunBatchTest.request(List.of(RunBatchTest.batch("portfolios")),
        List.of(RunBatchTest.batch("scenarios").toString()), 2), RunBatch.Progress.none());
    String bad = file("zz-bad");
    String broken = RunBatchTest.batch("scenarios/broken.csv").toString();

    assertThat(SaveBatch.failures(result)).isEqualTo("2 inputs were skipped; everything else ran.\n"
        + "scenario: " + broken + ":5: column 2 'move': found 'abc', expected a move such as -17% or -0.17\n"
        + "portfolio: " + bad + ":2: column 4 'Price': found '1.2.3x', expected a number such as 1234.56,"
        + " 1,234.56 or 1.234,56\n");
    assertThat(SaveBatch.failureLines(result)).containsExactly(
        "scenario: " + broken + ":5: column 2 'move': found 'abc', expected a move such as -17% or -0.17",
        "portfolio: " + bad + ":2: column 4 'Price': found '1.2.3x', expected a number such as 1234.56,"
            + " 1,234.56 or 1.234,56");
    assertThat(SaveBatch.failures(RunBatchTest.threeByTwo(1)))
        .isEqualTo("Every input was used: 3 portfolio files × 2 scenarios ran.\n");
  }

  @Test
  void summaryListsEachScenarioAndTheWorstPairsIn80Columns() {
    String table = SaveBatch.table(RunBatchTest.threeByTwo(2), Locale.US);

    assertThat(table).startsWith("Batch: 3 portfolios × 2 scenarios, 6 pairs, model sector\n");
    // chips: (-12.5 - 8 + 10) / 3 = -3.50%, worst alpha -12.50%; broad: (-6.25 - 5 - 2.5) / 3 = -4.58%
    assertThat(table).containsPattern("(?m)^chips\\s+3\\s+-3\\.50%\\s+alpha\\s+-12\\.50%$")
        .containsPattern("(?m)^broad\\s+3\\s+-4\\.58%\\s+alpha\\s+-6\\.25%$");
    // worst pairs, largest loss first: alpha/chips -12.5, beta/chips -8, alpha/broad -6.25, beta/broad -5,
    // gamma/broad -2.5, gamma/chips +10
    List<String> pairs = table.lines().dropWhile(l -> !l.startsWith("Worst pairs")).skip(3).toList();
    assertThat(pairs).hasSize(6);
    assertThat(pairs.get(0)).matches("alpha\\s+chips\\s+-2,500\\.00 EUR\\s+-12\\.50%\\s+NVDA");
    assertThat(pairs.get(1)).startsWith("beta ").contains("chips");
    assertThat(pairs.get(2)).startsWith("alpha ").contains("broad");
    assertThat(pairs.get(5)).matches("gamma\\s+chips\\s+\\+200\\.00 EUR\\s+\\+10\\.00%");
    assertThat(table.lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
    assertThat(SaveBatch.table(RunBatchTest.threeByTwo(2), Locale.GERMANY)).contains("-2.500,00 EUR", "-12,50%");
  }

  @Test
  void namesTooLongKeepTheirStartAndEnd() {
    assertThat(SaveBatch.cut("deepseek-2025-01-27-nvda-premarket", 20)).isEqualTo("deepseek-2…premarket");
    assertThat(SaveBatch.cut("chips", 20)).isEqualTo("chips");
  }

  @Test
  void savesTheFiveFilesAndTheHeatMapIs1200By800() throws Exception {
    List<Path> written = SaveBatch.save(RunBatchTest.threeByTwo(2), tmp, Locale.US);

    assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("batch-matrix.csv",
        "batch-matrix.json", "batch-failures.txt", "batch-heatmap.png", "batch-heatmap.svg");
    assertThat(written).allSatisfy(p -> assertThat(p.getParent()).isEqualTo(tmp));
    BufferedImage png = ImageIO.read(tmp.resolve("batch-heatmap.png").toFile());
    assertThat(png.getWidth()).isEqualTo(1200);
    assertThat(png.getHeight()).isEqualTo(800);
    assertThat(Files.readString(tmp.resolve("batch-heatmap.svg"))).contains("3 portfolios — 2 scenarios", "-12.50%");
    // no temporary file is left behind
    try (var files = Files.list(tmp)) {
      assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }
  }

  @Test
  void aFolderThatCannotBeWrittenIsOneLineNamingIt() throws Exception {
    // a file where the folder should be: the CSV and the JSON, written at once on two threads,
    // both fail; the message is the CSV's, the first file a save writes
    Path notAFolder = Files.writeString(tmp.resolve("taken"), "x");

    assertThatThrownBy(() -> SaveBatch.save(RunBatchTest.threeByTwo(2), notAFolder, Locale.US))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(notAFolder + ": cannot write there (FileAlreadyExistsException: ")
        .hasMessageEndingWith("); expected a folder you can write to");
    assertThat(Files.readString(notAFolder)).isEqualTo("x");
  }
}
