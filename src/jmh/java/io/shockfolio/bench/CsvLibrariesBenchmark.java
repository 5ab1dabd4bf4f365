package io.shockfolio.bench;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.StringReader;
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
 * Splitting CSV text into records alone, with the parser the portfolio reader uses (OpenCSV's RFC
 * 4180 parser, with the line count the reader asks for) and with FastCSV (a parser built for
 * speed, with each record's starting line). Beside {@link PortfolioParseBenchmark}, this says how
 * much of reading a portfolio is the CSV library's.
 *
 * <p>Input: {@link Inputs#portfolioCsv} of {@code rows} holdings, as in {@link PortfolioParseBenchmark}.
 * The score of each method is the time for all rows; the returned count keeps the work from being removed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CsvLibrariesBenchmark {

  @Param("100000")
  int rows;

  private String text;

  @Setup
  public void setUp() throws IOException {
    text = Inputs.portfolioCsv(rows);
    long a = openCsv();
    long b = fastCsv();
    if (a != b) {
      throw new IllegalStateException("OpenCSV counted " + a + ", FastCSV " + b);
    }
  }

  @Benchmark
  public long openCsv() throws IOException {
    long n = 0;
    try (CSVReader reader = new CSVReaderBuilder(new StringReader(text))
        .withCSVParser(new RFC4180ParserBuilder().withSeparator(',').build()).build()) {
      for (String[] cells = reader.readNext(); cells != null; cells = reader.readNext()) {
        n += cells.length + reader.getLinesRead();
      }
    } catch (com.opencsv.exceptions.CsvValidationException e) {
      throw new IllegalStateException(e);
    }
    return n;
  }

  @Benchmark
  public long fastCsv() throws IOException {
    long n = 0;
    try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(',').skipEmptyLines(false)
        .ignoreDifferentFieldCount(true).ofCsvRecord(new StringReader(text))) {
      for (CsvRecord r : reader) {
        // the line after the record, as OpenCSV's count of lines read gives it
        n += r.getFieldCount() + r.getStartingLineNumber();
      }
    }
    return n;
  }
}
