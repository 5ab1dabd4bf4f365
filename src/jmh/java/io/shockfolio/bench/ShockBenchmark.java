package io.shockfolio.bench;

import io.shockfolio.domain.Breakdown;
import io.shockfolio.domain.Holding;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.MatchKind;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.io.InstrumentListReader;
import io.shockfolio.io.PortfolioReader;
import io.shockfolio.model.FxRates;
import io.shockfolio.model.InstrumentRegistry;
import io.shockfolio.model.ShockEngine;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Matching and applying shocks, model {@code none}.
 *
 * <p>Input: {@code holdings} holdings of {@link Inputs#portfolioCsv} (read once, before timing) and a
 * scenario of {@code shocks} ticker shocks ({@link Inputs#scenario}), each matching one holding;
 * the bundled reference list; base currency USD, no exchange rates.
 *
 * <ul>
 *   <li>{@link #apply}: {@link ShockEngine#apply}, what {@code run --model none} computes: every holding
 *       resolved against the reference list, matched against the shocks' index, valued and moved.
 *   <li>{@link #resolve}: the reference-list look-up alone, one per holding: the part of matching
 *       that does not depend on the scenario.
 *   <li>{@link #summarise}: what the table and charts read from the result: the total, the holdings
 *       sorted by P&amp;L, the breakdowns by sector and by currency, the holdings not moved.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ShockBenchmark {

  @Param("100000")
  int holdings;

  @Param("1000")
  int shocks;

  private InstrumentRegistry registry;
  private ShockEngine engine;
  private Portfolio portfolio;
  private Scenario scenario;
  private ScenarioResult result;

  @Setup
  public void setUp() {
    registry = InstrumentRegistry.of(InstrumentListReader.bundled());
    engine = new ShockEngine(registry);
    portfolio = PortfolioReader.parse(Inputs.portfolioCsv(holdings), "generated.csv", "generated",
        PortfolioReader.Options.defaults());
    scenario = Inputs.scenario(shocks);
    result = apply();
    long matched = result.impacts().stream().filter(i -> i.price().kind() == MatchKind.SYMBOL).count();
    if (matched != Math.min(shocks, holdings)) {
      throw new IllegalStateException("Expected " + Math.min(shocks, holdings) + " holdings matched by ticker, but "
          + matched + " were");
    }
  }

  @Benchmark
  public ScenarioResult apply() {
    return engine.apply(portfolio, scenario, "USD", FxRates.none());
  }

  @Benchmark
  public void resolve(Blackhole bh) {
    for (Holding h : portfolio.holdings()) {
      bh.consume(registry.resolve(h.instrument()));
    }
  }

  @Benchmark
  public void summarise(Blackhole bh) {
    bh.consume(result.pnl());
    List<HoldingImpact> sorted = result.byPnl();
    bh.consume(sorted.get(0));
    List<Breakdown> sectors = result.bySector();
    bh.consume(sectors);
    bh.consume(result.byCurrency());
    bh.consume(result.unmatched().size());
  }
}
