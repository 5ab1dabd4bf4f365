package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shockfolio.domain.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void rowsKnowTheLinesTheySpan() {
    List<Csv.Row> rows = Csv.parse("a,b\n\"x\ny\nz\",1\nc,2\n", ',', "f.csv", 10);

    assertThat(rows).extracting(Csv.Row::line).containsExactly(10, 11, 14);
    assertThat(rows).extracting(Csv.Row::lastLine).containsExactly(10, 13, 14);
    assertThat(rows.get(1).cell(0)).isEqualTo("x\ny\nz");
  }

  @Test
  void quotesAreDoubledInsideQuotedFields() {
    List<Csv.Row> rows = Csv.parse("\"say \"\"hi\"\", twice\",2\n", ',', "f.csv", 1);

    assertThat(rows.get(0).cells()).containsExactly("say \"hi\", twice", "2");
  }

  @Test
  void cellsAreTrimmedOfSpacesNoBreakSpacesAndBom() {
    Csv.Row row = Csv.parse(" a ,\u00a0,\u00a0b\u202f,\uFEFFc\n", ',', "f.csv", 1).get(0);

    assertThat(row.cell(0)).isEqualTo("a");
    assertThat(row.cell(1)).isEmpty();
    assertThat(row.cell(2)).isEqualTo("b");
    assertThat(row.cell(3)).isEqualTo("c");
    assertThat(row.cell(9)).as("beyond the row").isEmpty();
    assertThat(row.filled()).isEqualTo(3);
    assertThat(Csv.parse("\u00a0,,\n", ',', "f.csv", 1).get(0).isBlank()).isTrue();
  }

  @Test
  void anUnclosedQuoteNamesTheLineItOpensOn() {
    assertThatThrownBy(() -> Csv.parse("a,b\nc,d\n\"e,f\ng,h\n", ',', "f.csv", 5)).isInstanceOf(InputException.class)
        .hasMessage("f.csv:7: a quoted field is never closed; expected a closing \" before the end of the file");
  }

  @Test
  void separatorIsTheOneThatSplitsMost() {
    assertThat(Csv.separatorOf("Datum;Typ;Wert;Notiz")).isEqualTo(';');
    assertThat(Csv.separatorOf("a\tb\tc")).isEqualTo('\t');
    assertThat(Csv.separatorOf("Symbol,Name,Price")).isEqualTo(',');
    assertThat(Csv.separatorOf("\"a;b;c\",d")).as("separators inside quotes do not count").isEqualTo(',');
    assertThat(Csv.separatorOf("Ticker")).isEqualTo(',');
  }

  @Test
  void aLineIsSplitAsTheParserSplitsIt() {
    // without quotes a line is split at each separator, blanks and empty cells kept, as OpenCSV does
    for (String line : List.of("Symbol,Quantity,Price", " a , b ,", ",,", "x", "Stück;Kurs;;", "a\tb\t c",
        "Waarde in EUR,,Lokale waarde")) {
      for (char sep : new char[] {',', ';', '\t'}) {
        assertThat(Csv.cells(line, sep, "f.csv", 3)).as("%s split at %s", line, sep)
            .containsExactly(Csv.parse(line, sep, "f.csv", 3).get(0).cells());
      }
    }
    assertThat(Csv.cells("a,,b,", ',', "f.csv", 1)).containsExactly("a", "", "b", "");
    // quotes go to the parser: the separator inside them splits nothing
    assertThat(Csv.cells("\"Value, in EUR\",x", ',', "f.csv", 1)).containsExactly("Value, in EUR", "x");
    assertThatThrownBy(() -> Csv.cells("\"open,x", ',', "f.csv", 7)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("f.csv:7:");
  }

  /** Every record of a {@link Csv.Rows} until the end or an exception, which is kept as the last item. */
  private static List<Object> drain(Csv.Rows rows) {
    List<Object> out = new java.util.ArrayList<>();
    try (rows) {
      for (Csv.Row r = rows.next(); r != null; r = rows.next()) {
        out.add(r.line() + "-" + r.lastLine() + ":" + String.join("|", r.cells()));
      }
    } catch (InputException e) {
      out.add(e.getMessage());
    }
    return out;
  }

  @Test
  void readingAheadGivesTheSameRecordsAndTheSameErrorAtTheSameRecord() {
    // past READ_AHEAD_AFTER records, so that most are read on the read-ahead thread: a quoted cell
    // spanning two lines every 1000 records shifts the line numbers, and a quote left open ends it
    StringBuilder text = new StringBuilder();
    int records = Csv.Rows.READ_AHEAD_AFTER * 3;
    for (int i = 0; i < records; i++) {
      text.append(i % 1000 == 0 ? "\"two\nlines\"," + i + "\n" : "r" + i + "," + i + "\n");
    }
    String good = text.toString();
    String bad = good + "last,\"never closed\n";

    List<Object> plain = drain(new Csv.Rows(new java.io.StringReader(good), ',', "f.csv", 5));
    List<Object> ahead = drain(new Csv.Rows(new java.io.StringReader(good), ',', "f.csv", 5, true));
    assertThat(ahead).hasSize(records).isEqualTo(plain);
    // 25 records of two lines among the first 24,576 - 1: the last record starts on line 5 + 24,575 + 25
    assertThat(ahead.get(records - 1)).isEqualTo((5 + records - 1 + records / 1000 + 1) + "-"
        + (5 + records - 1 + records / 1000 + 1) + ":r" + (records - 1) + "|" + (records - 1));

    List<Object> plainBad = drain(new Csv.Rows(new java.io.StringReader(bad), ',', "f.csv", 5));
    List<Object> aheadBad = drain(new Csv.Rows(new java.io.StringReader(bad), ',', "f.csv", 5, true));
    assertThat(aheadBad).isEqualTo(plainBad).hasSize(records + 1);
    assertThat((String) aheadBad.get(records)).startsWith("f.csv:" + (5 + records + records / 1000 + 1) + ":")
        .contains("a quoted field is never closed");
  }

  @Test
  void closingBeforeTheEndStopsTheReadAheadThread() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Csv.Rows.READ_AHEAD_AFTER * 20; i++) {
      text.append("r").append(i).append('\n');
    }
    Csv.Rows rows = new Csv.Rows(new java.io.StringReader(text.toString()), ',', "f.csv", 1, true);
    for (int i = 0; i <= Csv.Rows.READ_AHEAD_AFTER + 5; i++) {
      assertThat(rows.next().cell(0)).isEqualTo("r" + i);
    }
    rows.close();
    assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
        .doesNotContain("shockfolio-read-ahead");
  }
}
