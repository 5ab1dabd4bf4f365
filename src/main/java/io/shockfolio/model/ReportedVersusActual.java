package io.shockfolio.model;

import io.shockfolio.domain.Analysis;
import io.shockfolio.domain.PriceHistory;
import io.shockfolio.domain.PriceSeries;
import io.shockfolio.domain.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Each reported move beside the actual close-to-close move of the event date, when the price
 * history covers it: the previous close of the same series to the event day's close. News figures
 * are often intraday, pre-market or rounded; a difference above the threshold is flagged.
 */
public final class ReportedVersusActual {

  private ReportedVersusActual() {}

  /**
   * Compares every reported move the history can price on {@code scenario.date()}.
   *
   * @param threshold the difference (as a fraction, e.g. 0.02) above which a row is flagged
   * @param notes receives a line for each reported move the history cannot price
   */
  public static List<Analysis.ReportedVersusActual> compare(Scenario scenario, PriceHistory history, InstrumentRegistry registry,
      double threshold, List<String> notes) {
    LocalDate day = scenario.date();
    List<Analysis.ReportedVersusActual> rows = new ArrayList<>();
    for (HistoryNames.Reported r : HistoryNames.reported(scenario, registry,
        t -> history.get(t).isPresent(), new ArrayList<>())) {
      PriceSeries s = history.get(r.ticker()).orElseThrow();
      int i = Collections.binarySearch(s.dates(), day);
      if (i <= 0) {
        notes.add(r.label() + ": no " + (i == 0 ? "close before " : "close on ") + day + " in the price history of "
            + r.ticker() + "; not compared with the actual move");
        continue;
      }
      double actual = s.closes()[i] / s.closes()[i - 1] - 1;
      double reported = r.shock().move();
      rows.add(new Analysis.ReportedVersusActual(r.label(), r.ticker(), reported, r.shock().measured(), actual,
          Math.abs(actual - reported) > threshold));
    }
    return rows;
  }
}
