package io.shockfolio.io;

import io.shockfolio.domain.InputException;
import io.shockfolio.domain.InputProblem;
import io.shockfolio.domain.Listing;
import io.shockfolio.domain.ReferenceInstrument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the instrument reference list. One instrument per row:
 *
 * <pre>
 * name,isin,aliases,listings,currency,sector,country,kind,proxy
 * Siemens Energy,DE000ENER6Y0,SIEMENS ENERGY AG,XETRA:ENR:EUR,EUR,Energy equipment,Germany,equity
 * ASML Holding,NL0010273215,ASML HOLDING NV|ASML HOLDING ADR,XAMS:ASML:EUR|NASDAQ:ASML:USD,EUR,...
 * </pre>
 *
 * {@code aliases} and {@code listings} are {@code |}-separated; a listing is
 * {@code VENUE:TICKER:CURRENCY}, with an empty venue for indices and coins ({@code :BTC-USD:USD}).
 * {@code proxy} names a tradable series that stands in for an index in price histories.
 */
public final class InstrumentListReader {

  /** The list bundled with Shockfolio: the instruments the DeepSeek articles name. */
  public static final String BUNDLED = "/io/shockfolio/instruments.csv";

  private InstrumentListReader() {}

  public static List<ReferenceInstrument> bundled() {
    try (InputStream in = InstrumentListReader.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("The bundled instrument list " + BUNDLED + " is missing from the build");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "instruments.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<ReferenceInstrument> parse(String text, String file) {
    List<Csv.Row> rows = Csv.parse(text, ',', file, 1);
    List<ReferenceInstrument> out = new ArrayList<>();
    for (Csv.Row row : rows.subList(1, rows.size())) {
      if (row.isBlank() || row.cell(0).startsWith("#")) {
        continue;
      }
      try {
        List<String> aliases = split(row.cell(2));
        List<Listing> listings = new ArrayList<>();
        for (String l : split(row.cell(3))) {
          String[] p = l.split(":", -1);
          if (p.length != 3) {
            throw new IllegalArgumentException("listing '" + l + "' is not VENUE:TICKER:CURRENCY");
          }
          listings.add(new Listing(p[0].trim(), p[1].trim(), p[2].trim()));
        }
        out.add(new ReferenceInstrument(row.cell(0), row.cell(1), aliases, listings, row.cell(4), row.cell(5),
            row.cell(6), row.cell(7), row.cell(8)));
      } catch (IllegalArgumentException e) {
        throw new InputException(InputProblem.ofLine(file, row.line(), e.getMessage()));
      }
    }
    return out;
  }

  private static List<String> split(String cell) {
    return cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
