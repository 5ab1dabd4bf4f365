package io.shockfolio.app;

import io.shockfolio.domain.InputException;
import io.shockfolio.domain.PriceHistory;
import io.shockfolio.io.HistoryReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads the price histories a command names into one. */
final class Histories {

  private Histories() {}

  /**
   * Reads every file or folder and joins them.
   *
   * @throws InputException for a bad file, or a ticker priced in two of them
   */
  static PriceHistory read(List<Path> paths, Optional<String> dateFormat) {
    HistoryReader.Options options = new HistoryReader.Options(dateFormat);
    PriceHistory all = null;
    for (Path p : paths) {
      PriceHistory h = HistoryReader.read(p, options);
      try {
        all = all == null ? h : all.plus(h);
      } catch (IllegalArgumentException e) {
        throw InputException.ofUsage("--history: " + e.getMessage() + "; expected each ticker in one file");
      }
    }
    if (all == null) {
      throw InputException.ofUsage("--history: expected at least one price-history file or folder");
    }
    return all;
  }
}
