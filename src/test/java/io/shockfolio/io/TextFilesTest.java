package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shockfolio.domain.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

  @org.junit.jupiter.api.Test
  void readsUtf16WithoutAByteOrderMarkByItsZeroBytes() {
    String text = "Symbol,Quantity\nNVDA,10\n";
    assertThat(TextFiles.decode(text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE)).text()).isEqualTo(text);
    assertThat(TextFiles.decode(text.getBytes(java.nio.charset.StandardCharsets.UTF_16BE)).text()).isEqualTo(text);
  }

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @Test
  void utf8WithBomLosesTheBom() {
    TextFiles.Decoded d = TextFiles.decode(concat(BOM, "symbol,cv\nAAPL,954.08\n".getBytes(StandardCharsets.UTF_8)));

    assertThat(d.text()).isEqualTo("symbol,cv\nAAPL,954.08\n");
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.fallback()).isFalse();
  }

  @Test
  void utf8WithoutBom() {
    TextFiles.Decoded d = TextFiles.decode("Datum;Gebühren\n".getBytes(StandardCharsets.UTF_8));

    assertThat(d.text()).isEqualTo("Datum;Gebühren\n");
    assertThat(d.fallback()).isFalse();
  }

  @Test
  void utf16WithEitherBom() {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Stück".getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Stück".getBytes(StandardCharsets.UTF_16BE));

    assertThat(TextFiles.decode(le).text()).isEqualTo("Stück");
    assertThat(TextFiles.decode(le).charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(TextFiles.decode(be).text()).isEqualTo("Stück");
  }

  @Test
  void bytesThatAreNotUtf8AreWindows1252() {
    // "Börse;€" in Windows-1252: ö is 0xF6 and € is 0x80, neither valid alone in UTF-8
    TextFiles.Decoded d = TextFiles.decode(new byte[] {'B', (byte) 0xF6, 'r', 's', 'e', ';', (byte) 0x80});

    assertThat(d.text()).isEqualTo("Börse;€");
    assertThat(d.charset()).isEqualTo(TextFiles.WINDOWS_1252);
    assertThat(d.fallback()).isTrue();
  }

  @Test
  void readsTheGermanFixtureAsWindows1252() {
    TextFiles.Decoded d = TextFiles.read(PortfolioReaderTest.resource("german-broker-semicolon-cp1252.csv"), "x");

    assertThat(d.fallback()).isTrue();
    assertThat(d.text()).contains("Bezeichnung;ISIN;WKN;Stück;Kurs;Währung;Börse;Kurswert;Kurswert in EUR");
  }

  @Test
  void missingFileAndFolderAreInputProblems(@TempDir Path dir) {
    assertThatThrownBy(() -> TextFiles.read(dir.resolve("gone.csv"), "gone.csv")).isInstanceOf(InputException.class)
        .hasMessage("gone.csv: no such file");
    assertThatThrownBy(() -> TextFiles.read(dir, "holdings")).isInstanceOf(InputException.class)
        .hasMessage("holdings: is a folder; expected a CSV file");
  }

  @Test
  void readsAFile(@TempDir Path dir) throws IOException {
    Path f = Files.write(dir.resolve("p.csv"), concat(BOM, "a\r\nb".getBytes(StandardCharsets.UTF_8)));

    assertThat(TextFiles.read(f, "p.csv").text()).isEqualTo("a\r\nb");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
