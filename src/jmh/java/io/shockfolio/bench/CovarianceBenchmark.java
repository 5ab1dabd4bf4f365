package io.shockfolio.bench;

import io.shockfolio.model.CovarianceEstimator;
import io.shockfolio.model.Shrinkage;
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

/**
 * Estimating the covariance of daily log returns: {@link CovarianceEstimator#estimate}, which runs its
 * pairs on the common fork-join pool (as many threads as cores, less one).
 *
 * <p>Input: {@link Inputs#returns} of {@code names} names over {@code days} days (one factor, seed 42).
 * With {@code gaps = true} every tenth name has no returns on its first 250 days (a later listing)
 * and every name misses one day in fifty (a holiday of its venue), so the pairwise path with its
 * overlap counts and the positive semi-definite check and repair are timed too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CovarianceBenchmark {

  @Param("500")
  int names;

  @Param("2500")
  int days;

  @Param({"none", "ledoit-wolf"})
  String shrinkage;

  @Param({"false", "true"})
  boolean gaps;

  private double[][] returns;
  private Shrinkage kind;

  @Setup
  public void setUp() {
    returns = Inputs.returns(names, days, 42);
    if (gaps) {
      for (int i = 0; i < names; i++) {
        if (i % 10 == 0) {
          java.util.Arrays.fill(returns[i], 0, Math.min(250, days), Double.NaN);
        }
        for (int t = i % 50; t < days; t += 50) {
          returns[i][t] = Double.NaN;
        }
      }
    }
    kind = Shrinkage.parse(shrinkage);
  }

  @Benchmark
  public CovarianceEstimator.Estimate estimate() {
    return CovarianceEstimator.estimate(returns, kind);
  }
}
