package io.shockfolio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shockfolio.TestFiles;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every portfolio against every scenario. The fixtures, all in EUR, valued as quantity × price:
 * <pre>
 * alpha  NVDA   100 × 100 = 10,000 (sector Chips)
 *        SOFT1   50 × 100 =  5,000 (Software)
 *        Cash (EUR)       =  5,000                  value before 20,000
 * beta   SOFT1   80 × 100 =  8,000 (Software)
 *        OTHER   20 × 100 =  2,000 (Energy)         value before 10,000
 * gamma  NVDA   -10 × 100 = -1,000 (a short)
 *        OTHER   30 × 100 =  3,000 (Energy)         value before  2,000
 *
 * chips: NVDA -20%, sector:Software -10%
 * broad: NVDA -10%, * -5% (every other non-cash holding)
 * </pre>
 * The sector model adds nothing here: the only reported move, NVDA's, counts for the sectors
 * Semiconductors and Chips, and no other holding is in either.
 */
class RunBatchTest {

  @TempDir
  Path tmp;

  static Path batch(String name) {
    return TestFiles.resource("io/shockfolio/batch/" + name);
  }

  static RunBatch.Request request(List<Path> portfolios, List<String> scenarios, int threads) {
    return new RunBatch.Request(portfolios, scenarios, Optional.empty(), Map.of(), "sector", threads);
  }

  /** The three good portfolios against chips and broad, named file by file. */
  static RunBatch.Result threeByTwo(int threads) {
    return new RunBatch().run(request(
        List.of(batch("portfolios/alpha.csv"), batch("portfolios/beta.csv"), batch("portfolios/gamma.csv")),
        List.of(batch("scenarios/chips.csv").toString(), batch("scenarios/broad.csv").toString()), threads),
        RunBatch.Progress.none());
  }

  @Test
  void matrixOfThreePortfoliosAndTwoScenariosWorkedByHand() {
    RunBatch.Result result = threeByTwo(2);

    String a = batch("portfolios/alpha.csv").toString();
    String b = batch("portfolios/beta.csv").toString();
    String g = batch("portfolios/gamma.csv").toString();
    assertThat(result.failures()).isEmpty();
    assertThat(result.scenarios()).extracting(Scenario::name).containsExactly("chips", "broad");
    assertThat(result.portfolios()).containsExactly("alpha", "beta", "gamma");
    assertThat(result.rows()).containsExactly(
        // alpha, chips: NVDA 10,000 × -20% = -2,000; SOFT1 5,000 × -10% (sector:Software) = -500; cash 0
        // → -2,500 of 20,000 = -12.5%; the worst holding is NVDA, -2,000
        new RunBatch.Row("alpha", a, "chips", "EUR", 20_000, -2_500, -0.125, "NVDA", -2_000),
        // alpha, broad: NVDA 10,000 × -10% = -1,000; SOFT1 5,000 × -5% (*) = -250; cash takes no * move
        // → -1,250 of 20,000 = -6.25%
        new RunBatch.Row("alpha", a, "broad", "EUR", 20_000, -1_250, -0.0625, "NVDA", -1_000),
        // beta, chips: SOFT1 8,000 × -10% = -800; OTHER (Energy) not moved → -800 of 10,000 = -8%
        new RunBatch.Row("beta", b, "chips", "EUR", 10_000, -800, -0.08, "SOFT1", -800),
        // beta, broad: SOFT1 8,000 × -5% = -400; OTHER 2,000 × -5% = -100 → -500 of 10,000 = -5%
        new RunBatch.Row("beta", b, "broad", "EUR", 10_000, -500, -0.05, "SOFT1", -400),
        // gamma, chips: the short NVDA -1,000 × -20% = +200; OTHER not moved → +200 of |2,000| = +10%;
        // no holding lost, so no worst holding
        new RunBatch.Row("gamma", g, "chips", "EUR", 2_000, 200, 0.10, "", 0),
        // gamma, broad: short NVDA -1,000 × -10% = +100; OTHER 3,000 × -5% = -150 → -50 of 2,000 = -2.5%
        new RunBatch.Row("gamma", g, "broad", "EUR", 2_000, -50, -0.025, "OTHER", -150));
    assertThat(result.pairs()).isEqualTo(6);
    assertThat(result.hasBadInput()).isFalse();
  }

  @Test
  void aFolderGivesItsCsvFilesSortedAndABadPortfolioIsSkippedWithFileLineAndColumn() {
    RunBatch.Result result = new RunBatch().run(request(List.of(batch("portfolios")),
        List.of(batch("scenarios/chips.csv").toString()), 2), RunBatch.Progress.none());

    // alpha, beta, gamma, zz-bad: the bad one is reported, the others run
    assertThat(result.portfolioFiles()).isEqualTo(4);
    assertThat(result.portfolios()).containsExactly("alpha", "beta", "gamma");
    assertThat(result.pairs()).isEqualTo(3);
    assertThat(result.failures()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(RunBatch.Failure.Kind.PORTFOLIO);
      assertThat(f.input()).isEqualTo(batch("portfolios/zz-bad.csv").toString());
      assertThat(f.internal()).isFalse();
      assertThat(f.problems()).containsExactly(batch("portfolios/zz-bad.csv")
          + ":2: column 4 'Price': found '1.2.3x', expected a number such as 1234.56, 1,234.56 or 1.234,56");
    });
    assertThat(result.hasBadInput()).isTrue();
    assertThat(result.hasInternalError()).isFalse();
  }

  @Test
  void aBadScenarioFileIsAFailureAndTheOthersRun() {
    RunBatch.Result result = new RunBatch().run(request(List.of(batch("portfolios/alpha.csv")),
        List.of(batch("scenarios").toString()), 1), RunBatch.Progress.none());

    // the folder sorted: broad, broken, chips
    assertThat(result.scenarios()).extracting(Scenario::name).containsExactly("broad", "chips");
    assertThat(result.failures()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(RunBatch.Failure.Kind.SCENARIO);
      assertThat(f.problems()).containsExactly(batch("scenarios/broken.csv")
          + ":5: column 2 'move': found 'abc', expected a move such as -17% or -0.17");
    });
    // alpha still ran against both good ones: -6.25% and -12.5% (see the class comment)
    assertThat(result.rows()).extracting(RunBatch.Row::pnlPct).containsExactly(-0.0625, -0.125);
  }

  @Test
  void unknownNamesMissingPathsAndEmptyFoldersAreFailuresInInputOrderNotAborts() throws IOException {
    Path empty = Files.createDirectory(tmp.resolve("empty"));
    Path missing = tmp.resolve("missing.csv");

    RunBatch.Result result = new RunBatch().run(request(List.of(batch("portfolios"), missing, empty),
        List.of("no-such-scenario", "deepseek-2025-01-27"), 2), RunBatch.Progress.none());

    // scenarios first, then portfolios as given: the folder's bad file before the paths after it
    assertThat(result.failures()).extracting(f -> f.kind().label() + " " + f.problems().get(0)).containsExactly(
        "scenario no-such-scenario: no scenario file 'no-such-scenario' and no bundled scenario of that name;"
            + " bundled: deepseek-2025-01-27, deepseek-2025-01-27-full, deepseek-2025-01-27-headline-nasdaq,"
            + " deepseek-2025-01-27-nvda-premarket",
        "portfolio " + batch("portfolios/zz-bad.csv") + ":2: column 4 'Price': found '1.2.3x', expected a number"
            + " such as 1234.56, 1,234.56 or 1.234,56",
        "portfolio " + missing + ": no such file or folder",
        "portfolio " + empty + ": no .csv files in this folder; expected portfolio files");
    assertThat(result.portfolioFiles()).isEqualTo(4);
    // the headline scenario moves NVDA -17%: alpha 10,000 × -17% = -1,700; beta holds no headline name;
    // gamma's short NVDA -1,000 × -17% = +170
    assertThat(result.rows()).extracting(RunBatch.Row::portfolio, RunBatch.Row::pnl, RunBatch.Row::worstHolding)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("alpha", -1_700.0, "NVDA"),
            org.assertj.core.groups.Tuple.tuple("beta", 0.0, ""),
            org.assertj.core.groups.Tuple.tuple("gamma", 170.0, ""));
  }

  @Test
  void aPortfolioInSeveralCurrenciesWithoutBaseIsOneFailureNotOnePerScenario() throws IOException {
    Path mixed = tmp.resolve("mixed.csv");
    Files.writeString(mixed, "Symbol,Quantity,Price,Currency\nNVDA,10,100,USD\nSAP.DE,10,200,EUR\n");

    RunBatch.Result result = new RunBatch().run(request(List.of(mixed, batch("portfolios/alpha.csv")),
        List.of(batch("scenarios/chips.csv").toString(), batch("scenarios/broad.csv").toString()), 2),
        RunBatch.Progress.none());

    assertThat(result.failures()).singleElement().satisfies(f -> {
      assertThat(f.input()).isEqualTo(mixed.toString());
      assertThat(f.problems()).singleElement().asString()
          .startsWith(mixed + ": the holdings are in USD, EUR; choose the currency to report in with --base");
    });
    assertThat(result.portfolios()).containsExactly("alpha");

    // with --base EUR and a rate it runs: NVDA 10 × 100 USD × 0.9 = 900 EUR, × -20% = -180 under chips
    RunBatch.Result withRate = new RunBatch().run(new RunBatch.Request(List.of(mixed),
        List.of(batch("scenarios/chips.csv").toString()), Optional.of("eur"), Map.of("USD/EUR", 0.9), "none", 1),
        RunBatch.Progress.none());
    assertThat(withRate.failures()).isEmpty();
    // value before 900 + 10 × 200 = 2,900 EUR
    assertThat(withRate.rows()).singleElement().satisfies(r -> {
      assertThat(r.baseCurrency()).isEqualTo("EUR");
      assertThat(r.valueBefore()).isEqualTo(2_900);
      assertThat(r.pnl()).isEqualTo(-180);
      assertThat(r.worstHolding()).isEqualTo("NVDA");
    });
  }

  @Test
  void badOptionsStopBeforeAnythingRuns() {
    assertThatThrownBy(() -> new RunBatch().run(new RunBatch.Request(List.of(batch("portfolios")), List.of("x"),
        Optional.empty(), Map.of("USD/EUR", -1.0), "sector", 1), RunBatch.Progress.none()))
        .isInstanceOf(InputException.class).hasMessageStartingWith("--fx: ");
    assertThatThrownBy(() -> new RunBatch.Request(List.of(), List.of(), Optional.empty(), Map.of(), "conditional", 1))
        .isInstanceOf(InputException.class).hasMessageContaining("expected none or sector");
    assertThatThrownBy(() -> new RunBatch.Request(List.of(), List.of(), Optional.empty(), Map.of(), "none", 0))
        .isInstanceOf(InputException.class).hasMessage("--threads: found 0, expected from 1 to 256");
  }

  @Test
  void progressCountsEveryPairOnce() {
    AtomicLong started = new AtomicLong(-1);
    AtomicLong advanced = new AtomicLong();
    List<String> calls = new ArrayList<>();
    RunBatch.Progress progress = new RunBatch.Progress() {
      @Override
      public void start(long pairs) {
        started.set(pairs);
        calls.add("start");
      }

      @Override
      public void advance(long pairs) {
        advanced.addAndGet(pairs);
      }

      @Override
      public void finish() {
        calls.add("finish");
      }
    };

    // 4 files (one bad) × 2 good scenarios = 8 pairs; the bad file's pairs count as done too
    new RunBatch().run(request(List.of(batch("portfolios")), List.of(batch("scenarios").toString()), 3), progress);

    assertThat(started.get()).isEqualTo(8);
    assertThat(advanced.get()).isEqualTo(8);
    assertThat(calls).containsExactly("start", "finish");
  }

  @Test
  void theFilesAreTheSameByteForByteWithOneAndFourThreads() throws IOException {
    // 60 portfolios, so that four threads finish them out of order: copies of the fixtures
    // with other quantities, plus the bad file
    Path in = Files.createDirectory(tmp.resolve("in"));
    String[] fixtures = {"alpha", "beta", "gamma"};
    for (int i = 0; i < 60; i++) {
      String text = Files.readString(batch("portfolios/" + fixtures[i % 3] + ".csv"));
      Files.writeString(in.resolve(String.format("p%02d.csv", i)), text.replace(",100,", "," + (100 + i) + ","));
    }
    Files.copy(batch("portfolios/zz-bad.csv"), in.resolve("p30-bad.csv"));
    List<String> scenarios = List.of(batch("scenarios").toString(), "deepseek-2025-01-27-full");

    RunBatch.Result one = new RunBatch().run(request(List.of(in), scenarios, 1), RunBatch.Progress.none());
    RunBatch.Result four = new RunBatch().run(request(List.of(in), scenarios, 4), RunBatch.Progress.none());
    List<Path> a = SaveBatch.save(one, Files.createDirectory(tmp.resolve("one")), Locale.US);
    List<Path> b = SaveBatch.save(four, Files.createDirectory(tmp.resolve("four")), Locale.US);

    // 60 good portfolios × 3 good scenarios (broad, chips, deepseek-2025-01-27-full)
    assertThat(one.pairs()).isEqualTo(180);
    assertThat(one.failures()).hasSize(2);
    assertThat(a).hasSize(5);
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).getFileName()).isEqualTo(b.get(i).getFileName());
      assertThat(Files.readAllBytes(b.get(i))).as(b.get(i).getFileName().toString())
          .isEqualTo(Files.readAllBytes(a.get(i)));
    }
  }

  @Test
  void givesTheTotalsRunGivesForRealFilesAndEveryBundledScenario() {
    // the batch applies the engine itself; it must agree with 'run' to the cent
    List<Path> files = List.of(TestFiles.resource("io/shockfolio/io/real/degiro_nl_Portfolio.csv"),
        TestFiles.resource("io/shockfolio/io/real/ishares_SOXX_holdings_2026-08-03.csv"),
        TestFiles.resource("io/shockfolio/io/real/ark_ARKW_holdings_2020-07-20.csv"));
    List<String> names = ScenarioCatalog.bundledNames();
    List<Scenario> scenarios = names.stream().map(ScenarioCatalog::load).toList();
    for (String model : List.of("none", "sector")) {
      RunBatch.Result result = new RunBatch().run(new RunBatch.Request(files, names, Optional.empty(), Map.of(),
          model, 2), RunBatch.Progress.none());
      assertThat(result.failures()).isEmpty();
      List<RunBatch.Row> rows = result.rows();
      int k = 0;
      RunScenarios run = new RunScenarios();
      for (Path file : files) {
        Portfolio p = run.portfolio(Optional.of(file), RunScenarios.Reading.defaults(), Optional.empty());
        Modelling m = new Modelling(Optional.of(model), List.of(), Optional.empty(), Modelling.DEFAULT_WINDOW,
            "none", Optional.empty(), 0, 1, Optional.empty(), Optional.empty(), 0.02, false);
        for (ScenarioResult r : run.run(p, scenarios, new RunScenarios.Settings(Optional.empty(), Map.of(), 1.0, m))) {
          RunBatch.Row row = rows.get(k++);
          assertThat(row.scenario()).isEqualTo(r.scenario().name());
          assertThat(row.valueBefore()).as(model + " " + row).isEqualTo(r.valueBefore());
          assertThat(row.pnl()).as(model + " " + row).isEqualTo(r.pnl());
          assertThat(row.pnlPct()).as(model + " " + row).isEqualTo(r.pnlPct());
          assertThat(row.worstHolding()).isEqualTo(r.byPnl().get(0).holding().label());
        }
      }
      assertThat(k).isEqualTo(rows.size());
    }
  }
}
