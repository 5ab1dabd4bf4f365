package io.shockfolio.bench;

import io.shockfolio.domain.Portfolio;
import io.shockfolio.io.PortfolioReader;
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
 * Reading a portfolio: {@link PortfolioReader#parse} on CSV text already in memory (no file, no
 * decoding), so the figure is the reader's own work: finding the header and the columns, guessing
 * the decimal mark, and turning every row into a holding.
 *
 * <p>Input: {@link Inputs#portfolioCsv} of {@code rows} holdings ({@code symbol,quantity,price,sector},
 * about 3.5 MB for 100,000 rows).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PortfolioParseBenchmark {

  @Param("100000")
  int rows;

  private String text;

  @Setup
  public void setUp() {
    text = Inputs.portfolioCsv(rows);
    int read = parse().holdings().size();
    if (read != rows) {
      throw new IllegalStateException("Expected " + rows + " holdings, but the reader found " + read);
    }
  }

  @Benchmark
  public Portfolio parse() {
    return PortfolioReader.parse(text, "generated.csv", "generated", PortfolioReader.Options.defaults());
  }
}
