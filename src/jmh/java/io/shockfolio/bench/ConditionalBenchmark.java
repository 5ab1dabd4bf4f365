package io.shockfolio.bench;

import io.shockfolio.domain.PriceHistory;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import io.shockfolio.io.InstrumentListReader;
import io.shockfolio.model.ConditionalGaussian;
import io.shockfolio.model.ConditionalModel;
import io.shockfolio.model.CovarianceEstimator;
import io.shockfolio.model.InstrumentRegistry;
import io.shockfolio.model.ReturnHistory;
import io.shockfolio.model.Shrinkage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.linear.RealMatrix;
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

/**
 * The conditional model: conditioning {@code names} names on {@code reported} reported moves.
 *
 * <p>Input: the price history {@link Inputs#prices} of {@code names} series {@code T1} … over
 * {@code days} daily returns (seed 7); the reported moves are {@code T1} … {@code T20}, moved by
 * {@code -(1 + j mod 10)%}; every other series is a name to estimate.
 *
 * <ul>
 *   <li>{@link #solve}: {@link ConditionalGaussian} on a covariance estimated before timing: the
 *       Cholesky solve of Σ_SS against Σ_SU, the means and the variances of the other names.
 *   <li>{@link #model}: {@link ConditionalModel#of} on the return history: which names have enough
 *       history, the covariance estimate (no shrinkage) and the solve; what {@code --model conditional}
 *       does once per scenario.
 *   <li>{@link #returns}: {@link ReturnHistory#of}: the union calendar and the log returns of every
 *       series over the window, from the closes.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ConditionalBenchmark {

  @Param("500")
  int names;

  @Param("2500")
  int days;

  @Param("20")
  int reported;

  private PriceHistory prices;
  private LocalDate asOf;
  private ReturnHistory history;
  private Scenario scenario;
  private InstrumentRegistry registry;
  private List<String> tickers;
  private RealMatrix covariance;
  private int[] s;
  private int[] u;
  private double[] moves;

  @Setup
  public void setUp() {
    prices = Inputs.prices(names, days, 7);
    asOf = prices.series().get(0).dates().get(days);
    history = returns();
    registry = InstrumentRegistry.of(InstrumentListReader.bundled());
    List<Shock> shocks = new ArrayList<>();
    s = new int[reported];
    moves = new double[reported];
    for (int j = 0; j < reported; j++) {
      double move = -(1 + j % 10) / 100.0;
      shocks.add(Shock.of(ShockTarget.symbol("T" + (j + 1)), move, "generated"));
      s[j] = j;
      moves[j] = Math.log1p(move);
    }
    scenario = Scenario.of("generated-" + reported, LocalDate.of(2025, 1, 27), "generated", shocks);
    tickers = new ArrayList<>();
    u = new int[names - reported];
    for (int i = reported; i < names; i++) {
      tickers.add("T" + (i + 1));
      u[i - reported] = i;
    }
    double[][] data = new double[names][];
    for (int i = 0; i < names; i++) {
      data[i] = history.returns("T" + (i + 1)).orElseThrow();
    }
    covariance = CovarianceEstimator.estimate(data, Shrinkage.NONE).covariance();
    ConditionalModel m = model();
    if (m.reportedCount() != reported || m.estimate("T" + names).isEmpty()) {
      throw new IllegalStateException("Expected the model to condition on " + reported + " moves and estimate T"
          + names + ", but it conditions on " + m.reportedCount() + ": " + m.notes());
    }
  }

  @Benchmark
  public ConditionalGaussian solve() {
    return new ConditionalGaussian(covariance, s, u, moves);
  }

  @Benchmark
  public ConditionalModel model() {
    return ConditionalModel.of(history, scenario, registry, Shrinkage.NONE, tickers);
  }

  @Benchmark
  public ReturnHistory returns() {
    return ReturnHistory.of(prices, asOf, days);
  }
}
