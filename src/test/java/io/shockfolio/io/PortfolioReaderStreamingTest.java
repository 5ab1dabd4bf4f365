package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.shockfolio.domain.Holding;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.io.PortfolioReader.Options;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files are read row by row rather than whole: the rows come one at a time from the file, and
 * what the reader learns only at the end (a comma as decimal mark, bytes that are not UTF-8)
 * gives the same holdings as reading the whole text would.
 */
class PortfolioReaderStreamingTest {

  @TempDir
  Path dir;

  /** An endless CSV text, {@code X1,1,1.5}, {@code X2,2,1.5}, …, made as it is read. */
  private static final class EndlessRows extends Reader {
    private long row;
    private String pending = "symbol,quantity,price\n";
    private int at;
    long served;

    @Override
    public int read(char[] buf, int off, int len) {
      if (at == pending.length()) {
        row++;
        pending = "X" + row + "," + row + ",1.5\n";
        at = 0;
      }
      int n = Math.min(len, pending.length() - at);
      pending.getChars(at, at + n, buf, off);
      at += n;
      served += n;
      return n;
    }

    @Override
    public void close() {}
  }

  @Test
  void rowsComeOneAtATimeFromTheirReader() {
    EndlessRows endless = new EndlessRows();
    try (Csv.Rows rows = new Csv.Rows(endless, ',', "endless.csv", 1)) {
      assertThat(rows.next().cells()).containsExactly("symbol", "quantity", "price");
      Csv.Row third = null;
      for (int i = 0; i < 3; i++) {
        third = rows.next();
      }
      assertThat(third.cells()).containsExactly("X3", "3", "1.5");
      assertThat(third.line()).isEqualTo(4);
    }
    // an endless text was never read to its end: only what a buffer of OpenCSV's reader holds
    assertThat(endless.served).isLessThan(100_000);
  }

  /** {@code rows} holdings {@code T<k>,<k>,2.5,Tech}: value 2.5 × k. */
  private static String holdings(int rows) {
    StringBuilder sb = new StringBuilder("symbol,quantity,price,sector\r\n");
    for (int k = 1; k <= rows; k++) {
      sb.append('T').append(k).append(',').append(k).append(",2.5,Tech\r\n");
    }
    return sb.toString();
  }

  @Test
  void aFileReadRowByRowGivesWhatItsWholeTextGives() throws IOException {
    // 100,000 rows: past the lines read ahead for the header and many times the read buffer
    String text = holdings(100_000);
    Path file = Files.writeString(dir.resolve("big.csv"), text, StandardCharsets.UTF_8);

    Portfolio fromFile = PortfolioReader.read(file, "big.csv", Options.defaults());
    Portfolio fromText = PortfolioReader.parse(text, "big.csv", "big", Options.defaults());

    assertThat(fromFile.holdings()).hasSize(100_000).isEqualTo(fromText.holdings());
    Holding last = fromFile.holdings().get(99_999);
    // line 100,001 (the header is line 1): 100,000 × 2.5 = 250,000
    assertThat(last.instrument().symbol()).isEqualTo("T100000");
    assertThat(last.value()).isEqualTo(250_000.0);
    assertThat(last.line()).isEqualTo(100_001);
    assertThat(fromFile.notes()).isEqualTo(fromText.notes());
  }

  @Test
  void aCommaFoundLateMakesEarlierCellsReadWithIt() throws IOException {
    // 1.234 alone could be either; 12,50 and 7,25 can only be decimal commas, so the file's mark is
    // the comma and AAA holds 1,234 shares: 1,234 × 10 = 12,340 (not 1.234 × 10 = 12.34)
    String text = "Symbol,Quantity,Price\nAAA,\"1.234\",10\nBBB,2,\"12,50\"\nCCC,3,\"7,25\"\n";
    Path file = Files.writeString(dir.resolve("comma.csv"), text, StandardCharsets.UTF_8);

    for (Portfolio p : new Portfolio[] {PortfolioReader.read(file, "comma.csv", Options.defaults()),
        PortfolioReader.parse(text, "comma.csv", "comma", Options.defaults())}) {
      assertThat(p.holdings()).extracting(Holding::value).containsExactly(12_340.0, 25.0, 21.75);
    }
  }

  @Test
  void aPointFoundLateKeepsThePoint() {
    // 1.234 alone could be either; 12.50 says point: AAA holds 1.234 shares, 1.234 × 10 = 12.34
    Portfolio p = PortfolioReader.parse("Symbol,Quantity,Price\nAAA,1.234,10\nBBB,2,12.50\n", "p.csv", "p",
        Options.defaults());

    assertThat(p.holdings()).extracting(Holding::value).containsExactly(12.34, 25.0);
  }

  @Test
  void aByteThatIsNotUtf8FarIntoTheFileMakesAllOfItWindows1252() throws IOException {
    // 5,000 UTF-8 rows whose names have no accent, then "Börse" in Windows-1252 (ö is the lone byte 0xF6)
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("Name,Value,Currency\n".getBytes(StandardCharsets.US_ASCII));
    for (int k = 1; k <= 5_000; k++) {
      bytes.writeBytes(("Company " + k + ",100,EUR\n").getBytes(StandardCharsets.US_ASCII));
    }
    bytes.writeBytes(new byte[] {'B', (byte) 0xF6, 'r', 's', 'e', ',', '7', ',', 'E', 'U', 'R', '\n'});
    Path file = Files.write(dir.resolve("late.csv"), bytes.toByteArray());

    Portfolio p = PortfolioReader.read(file, "late.csv", Options.defaults());

    assertThat(p.holdings()).hasSize(5_001);
    assertThat(p.holdings().get(5_000).instrument().name()).isEqualTo("Börse");
    assertThat(p.notes()).contains("late.csv: not valid UTF-8; read as Windows-1252");
  }
}
