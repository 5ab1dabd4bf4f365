package io.shockfolio.model;

import io.shockfolio.domain.Holding;
import io.shockfolio.domain.Listing;
import io.shockfolio.domain.ReferenceInstrument;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which price series stands for a reported move or a holding. A reported instrument is found
 * under its tickers (any listing the reference list knows), an index or future under its proxy
 * (the Nasdaq Composite under QQQ), a holding under its own ticker without venue suffix, else
 * under its instrument's tickers.
 */
final class HistoryNames {

  /**
   * A reported move tied to a price series.
   *
   * @param shock the reported move
   * @param ticker the series that stands for it
   * @param label how to name it to people: {@code NVDA}, or {@code ^IXIC (via QQQ)}
   */
  record Reported(Shock shock, String ticker, String label) {
    /** The reported move as a daily log return. */
    double logMove() {
      return Math.log1p(shock.move());
    }

    /** Whether the series is a proxy (an index or future through an ETF), not the instrument's own prices. */
    boolean viaProxy() {
      return label.endsWith(" (via " + ticker + ")");
    }
  }

  private HistoryNames() {}

  /**
   * The scenario's instrument moves that the history covers, one per series (the first move in
   * scenario order wins when two stand for one series, e.g. the Nasdaq Composite and Nasdaq-100
   * futures both through QQQ), plus a note for each move left out.
   */
  static List<Reported> reported(Scenario scenario, InstrumentRegistry registry, Predicate<String> has,
      List<String> notes) {
    List<Reported> out = new ArrayList<>();
    Set<String> taken = new LinkedHashSet<>();
    for (Shock s : scenario.shocks()) {
      ShockTarget t = s.target();
      if (t.kind() != ShockTarget.Kind.SYMBOL && t.kind() != ShockTarget.Kind.ISIN) {
        continue;
      }
      Optional<ReferenceInstrument> ri = registry.resolve(t);
      Optional<String> ticker = Optional.empty();
      String label = t.toString();
      if (ri.isPresent() && !ri.get().proxy().isEmpty()) {
        ticker = Optional.of(ri.get().proxy()).filter(has);
        label = t + " (via " + ri.get().proxy() + ")";
      } else if (ri.isPresent()) {
        ticker = tickers(ri.get()).stream().filter(has).findFirst();
      } else if (t.kind() == ShockTarget.Kind.SYMBOL) {
        ticker = SymbolKey.parse(t.value()).flatMap(k -> seriesNames(k).stream().filter(has).findFirst());
      }
      if (ticker.isEmpty()) {
        notes.add("reported move " + t + " has no price history; it does not condition the estimates");
      } else if (!taken.add(ticker.get())) {
        notes.add("reported move " + t + " stands for " + ticker.get() + ", which an earlier move already sets;"
            + " left out");
      } else {
        out.add(new Reported(s, ticker.get(), label));
      }
    }
    return out;
  }

  /** The series that stands for a holding, if the history has one. */
  static Optional<String> holding(Holding h, Optional<ReferenceInstrument> ref, ReturnHistory history) {
    Optional<String> own = SymbolKey.parse(h.instrument().symbol())
        .flatMap(k -> seriesNames(k).stream().filter(history::contains).findFirst());
    if (own.isPresent()) {
      return own;
    }
    return ref.flatMap(ri -> tickers(ri).stream().filter(history::contains).findFirst());
  }

  /**
   * Why a holding finds no series in the history, in words a user can act on: a line known by ISIN
   * alone names no series unless the reference list knows its ticker.
   */
  static String noSeries(Holding h, Optional<ReferenceInstrument> ref) {
    if (h.instrument().symbol().isBlank() && ref.isEmpty()) {
      return "no price history: the file gives no ticker, and the reference list does not know ISIN "
          + (h.instrument().isin().isBlank() ? "(none given)" : h.instrument().isin());
    }
    return "no price history under " + (h.instrument().symbol().isBlank()
        ? ref.map(r -> String.join(" or ", tickers(r))).orElse("")
        : h.instrument().symbol());
  }

  /** The estimate with the price series it rests on named, so a user can see which history was read. */
  static io.shockfolio.domain.Estimate naming(io.shockfolio.domain.Estimate e, String series) {
    return e.withInputs(e.inputs() + "; price series " + series);
  }

  /**
   * The names a price series of this line can carry. A price file names a US line by its bare
   * ticker and any other line Yahoo style ({@code DTE.DE}), so {@code DTE.DE} (Deutsche Telekom)
   * is never read from {@code DTE} (DTE Energy), and a bare ticker is a US ticker.
   */
  static List<String> seriesNames(SymbolKey key) {
    if (key.venue().isEmpty() || key.venue().get().isUs()) {
      return List.of(key.root());
    }
    return key.venue().get().yahooSuffix().map(s -> List.of(key.root() + "." + s)).orElse(List.of());
  }

  private static List<String> tickers(ReferenceInstrument ri) {
    List<String> out = new ArrayList<>();
    for (Listing l : ri.listings()) {
      Optional<io.shockfolio.domain.Venue> venue = io.shockfolio.domain.Venue.ofCode(l.venue());
      SymbolKey.parse(l.ticker()).map(k -> new SymbolKey(k.root(), venue.or(k::venue)))
          .ifPresent(k -> out.addAll(seriesNames(k)));
    }
    return out;
  }

}
