package io.shockfolio.model;

import io.shockfolio.domain.Instrument;
import io.shockfolio.domain.Venue;
import io.shockfolio.domain.Listing;
import io.shockfolio.domain.MatchKind;
import io.shockfolio.domain.ReferenceInstrument;
import io.shockfolio.domain.ShockTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The instrument reference list, indexed for look-ups by ISIN, ticker and name.
 *
 * <p>A ticker alone is not an identity: {@code ENR} is Siemens Energy on Xetra and Energizer on
 * the NYSE, {@code SU} is Schneider Electric in Paris and Suncor in New York. A holding's ticker
 * therefore resolves to a reference instrument only when its venue (from a suffix such as
 * {@code .DE}) agrees with one of the instrument's listings or, lacking a venue, its currency
 * does; a bare ticker in another currency is taken as the US line.
 */
public class InstrumentRegistry {

  /**
   * How a holding was tied to a reference instrument.
   *
   * @param instrument the reference instrument
   * @param kind by ISIN, symbol or name
   * @param detail what matched, for people: the ISIN, the ticker, or the name in quotes
   */
  public record Resolution(ReferenceInstrument instrument, MatchKind kind, String detail) {}

  private record Entry(ReferenceInstrument instrument, Listing listing, Optional<Venue> venue) {}


  private final List<ReferenceInstrument> instruments;
  private final Map<String, ReferenceInstrument> byIsin = new HashMap<>();
  private final Map<String, List<Entry>> byRoot = new HashMap<>();
  private final Map<String, List<ReferenceInstrument>> byName = new HashMap<>();

  /** Not private, and the class not final, so that a test can count the look-ups of a run. */
  InstrumentRegistry(List<ReferenceInstrument> instruments) {
    this.instruments = List.copyOf(instruments);
    for (ReferenceInstrument ri : this.instruments) {
      if (!ri.isin().isEmpty()) {
        ReferenceInstrument previous = byIsin.put(ri.isin(), ri);
        if (previous != null) {
          throw new IllegalArgumentException(
              "Reference list names ISIN " + ri.isin() + " twice: " + previous.name() + " and " + ri.name());
        }
      }
      for (Listing l : ri.listings()) {
        String root = SymbolKey.parse(l.ticker()).map(SymbolKey::root).orElseThrow();
        byRoot.computeIfAbsent(root, k -> new ArrayList<>()).add(new Entry(ri, l, Venue.ofCode(l.venue())));
      }
      List<String> names = new ArrayList<>(ri.aliases());
      names.add(ri.name());
      for (String n : names) {
        String key = Names.normalize(n);
        if (!key.isEmpty()) {
          List<ReferenceInstrument> list = byName.computeIfAbsent(key, k -> new ArrayList<>());
          if (!list.contains(ri)) {
            list.add(ri);
          }
        }
      }
    }
  }

  public static InstrumentRegistry of(List<ReferenceInstrument> instruments) {
    return new InstrumentRegistry(instruments);
  }

  public List<ReferenceInstrument> instruments() {
    return instruments;
  }

  /** The reference instrument with this ISIN. */
  public Optional<ReferenceInstrument> byIsin(String isin) {
    return Optional.ofNullable(byIsin.get(isin.trim().toUpperCase(Locale.ROOT)));
  }

  /**
   * Ties a holding's instrument to the reference list: by ISIN, else by ticker (venue or currency
   * must agree), else by name.
   */
  public Optional<Resolution> resolve(Instrument instrument) {
    return resolve(instrument, SymbolKey.parse(instrument.symbol()));
  }

  /** {@link #resolve(Instrument)} with the instrument's ticker already parsed, for a run over many holdings. */
  Optional<Resolution> resolve(Instrument instrument, Optional<SymbolKey> key) {
    if (!instrument.isin().isEmpty()) {
      ReferenceInstrument ri = byIsin.get(instrument.isin());
      if (ri != null) {
        return Optional.of(new Resolution(ri, MatchKind.ISIN, instrument.isin()));
      }
    }
    if (key.isPresent()) {
      List<Entry> fits = listingsFor(key.get(), instrument.currency());
      if (!fits.isEmpty() && fits.stream().map(Entry::instrument).distinct().count() == 1) {
        Entry e = fits.get(0);
        String detail = instrument.symbol().equalsIgnoreCase(e.listing().ticker())
            ? instrument.symbol()
            : instrument.symbol() + " = " + e.listing();
        return Optional.of(new Resolution(e.instrument(), MatchKind.SYMBOL, detail));
      }
    }
    if (!instrument.isin().isEmpty()) {
      // an ISIN the list does not know is another security, whatever its name says
      return Optional.empty();
    }
    if (byName.isEmpty() || instrument.name().isEmpty()) {
      return Optional.empty();
    }
    String name = Names.normalize(instrument.name());
    List<ReferenceInstrument> named = byName.getOrDefault(name, List.of());
    if (named.size() == 1) {
      return Optional.of(new Resolution(named.get(0), MatchKind.NAME, "'" + instrument.name() + "'"));
    }
    return Optional.empty();
  }

  /**
   * Whether {@link #resolve(Instrument, Optional)} may find an instrument for a holding of this
   * ISIN, ticker root (null for none) and name; when false it finds none. A quick test for a run
   * over many holdings, most of which the list does not know.
   */
  boolean mayResolve(String isin, String root, String name) {
    return (!isin.isEmpty() && byIsin.containsKey(isin)) || (root != null && byRoot.containsKey(root))
        || (isin.isEmpty() && !name.isEmpty() && !byName.isEmpty());
  }

  /**
   * Explains why a holding's ticker did not resolve though the reference list knows that ticker
   * elsewhere ({@code ENR} in USD is not Siemens Energy's {@code ENR} on Xetra), or empty.
   */
  public Optional<String> collision(Instrument instrument) {
    return collision(instrument, SymbolKey.parse(instrument.symbol()));
  }

  /** {@link #collision(Instrument)} with the instrument's ticker already parsed. */
  Optional<String> collision(Instrument instrument, Optional<SymbolKey> key) {
    if (key.isEmpty() || !listingsFor(key.get(), instrument.currency()).isEmpty()) {
      return Optional.empty();
    }
    List<Entry> others = byRoot.getOrDefault(key.get().root(), List.of());
    if (others.isEmpty()) {
      return Optional.empty();
    }
    Entry e = others.get(0);
    return Optional.of("ticker " + instrument.symbol() + " (" + instrument.currency() + ") was not taken for "
        + e.instrument().name() + " (" + e.listing() + ", " + e.listing().currency()
        + "): the venue or currency differs");
  }

  /** The reference instrument a scenario target names, if the list knows it. */
  public Optional<ReferenceInstrument> resolve(ShockTarget target) {
    switch (target.kind()) {
      case ISIN:
        return byIsin(target.value());
      case SYMBOL: {
        Optional<SymbolKey> key = SymbolKey.parse(target.value());
        if (key.isEmpty()) {
          return Optional.empty();
        }
        List<ReferenceInstrument> candidates = byRoot.getOrDefault(key.get().root(), List.of()).stream()
            .filter(e -> key.get().venue().isPresent()
                ? e.venue().map(v -> v.sameMarket(key.get().venue().get())).orElse(false)
                // a bare ticker is a US ticker (or an index or coin): ENR is not Xetra's ENR
                : e.venue().map(Venue::isUs).orElse(true))
            .map(Entry::instrument).distinct().toList();
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
      }
      default:
        return Optional.empty();
    }
  }

  /**
   * The listings a holding's ticker can be: with a venue, listings on that market; without one,
   * listings in the holding's currency ({@code ENR} in EUR is Xetra's), else US listings and
   * listings without a venue (an index, a coin), as for scenario targets, since a bare ticker is a
   * US ticker ({@code NVDA} valued in EUR is still Nvidia; {@code ENR} in USD is
   * Energizer, not Siemens Energy).
   */
  private List<Entry> listingsFor(SymbolKey key, String currency) {
    List<Entry> all = byRoot.getOrDefault(key.root(), List.of());
    if (all.isEmpty()) {
      return all; // most tickers of a large file: none of the list's
    }
    if (key.venue().isPresent()) {
      return all.stream().filter(e -> e.venue().map(v -> v.sameMarket(key.venue().get())).orElse(false)).toList();
    }
    List<Entry> sameCurrency = all.stream().filter(e -> e.listing().currency().equals(currency)).toList();
    return !sameCurrency.isEmpty() ? sameCurrency
        : all.stream().filter(e -> e.venue().map(Venue::isUs).orElse(true)).toList();
  }
}
