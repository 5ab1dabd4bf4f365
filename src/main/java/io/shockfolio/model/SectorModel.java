package io.shockfolio.model;

import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.Holding;
import io.shockfolio.domain.Holdings;
import io.shockfolio.domain.Method;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.Percent;
import io.shockfolio.domain.ReferenceInstrument;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code sector} model: a holding the news did not name takes the average reported move of
 * its sector. The sector comes from the portfolio file, else from the reference list; a reported
 * move counts for the sector the reference list gives its instrument, and for the sector the
 * portfolio file gives it when the portfolio holds it. Sectors compare ignoring
 * case, accents, spaces and punctuation. There is no band: an average says nothing about spread.
 */
public final class SectorModel implements Propagation {

  private record Reported(String label, double move) {}

  private final Map<String, List<Reported>> bySector = new LinkedHashMap<>();
  private final Map<String, Set<String>> labelsBySector = new HashMap<>();
  private final Map<String, String> sectorNames = new LinkedHashMap<>();
  /** Each sector's estimate, made once: every holding of a sector gets the same one. */
  private final Map<String, Optional<Estimate>> estimates = new HashMap<>();
  /** Each sector spelling's key, folded once. */
  private final Map<String, String> keys = new HashMap<>();

  /** The reported moves of {@code scenario}, grouped by the sector of the instruments they name. */
  public SectorModel(Scenario scenario, InstrumentRegistry registry) {
    this(scenario, registry, new Portfolio("", "", List.of(), List.of()));
  }

  /**
   * The reported moves of {@code scenario}, grouped by the sector the reference list gives their
   * instruments and, where the portfolio holds a reported instrument, also by the sector its
   * file gives it (an iShares file calls Nvidia "Information Technology"), so holdings meet the
   * reported moves under the sector names their own file uses.
   *
   * <p>The holdings are looked at once each, not once per shock: the shocks are indexed by ISIN,
   * by reference instrument and by ticker root, so a million holdings against a thousand shocks
   * take a million look-ups.
   */
  public SectorModel(Scenario scenario, InstrumentRegistry registry, Portfolio portfolio) {
    List<Shock> shocks = scenario.shocks();
    int n = shocks.size();
    List<Optional<ReferenceInstrument>> refs = new ArrayList<>(n);
    Map<String, Integer> byIsin = new HashMap<>();
    Map<ReferenceInstrument, List<Integer>> byReference = new IdentityHashMap<>();
    Map<String, List<Integer>> byRoot = new HashMap<>();
    List<SymbolKey> rawKeys = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      ShockTarget t = shocks.get(k).target();
      boolean named = t.kind() == ShockTarget.Kind.SYMBOL || t.kind() == ShockTarget.Kind.ISIN;
      Optional<ReferenceInstrument> ref = named ? registry.resolve(t) : Optional.empty();
      refs.add(ref);
      Optional<SymbolKey> raw = named && t.kind() == ShockTarget.Kind.SYMBOL && ref.isEmpty()
          ? SymbolKey.parse(t.value()) : Optional.empty();
      rawKeys.add(raw.orElse(null));
      if (!named) {
        continue;
      }
      if (t.kind() == ShockTarget.Kind.ISIN) {
        byIsin.putIfAbsent(t.value(), k);
      }
      if (ref.isPresent()) {
        byReference.computeIfAbsent(ref.get(), r -> new ArrayList<>()).add(k);
      } else if (raw.isPresent()) {
        byRoot.computeIfAbsent(raw.get().root(), r -> new ArrayList<>()).add(k);
      }
    }
    // for each shock, the sectors the portfolio's file gives the holdings it names, in portfolio order
    List<List<String>> heldSectors = new ArrayList<>(java.util.Collections.nCopies(n, null));
    if (!byIsin.isEmpty() || !byReference.isEmpty() || !byRoot.isEmpty()) {
      Holdings columns = portfolio.columns();
      for (int i = 0; i < columns.size(); i++) {
        String sector = columns.sector(i);
        if (sector.isEmpty() || columns.isCash(i)) {
          continue; // told from the columns, without making the holding
        }
        if (!mayBeNamed(columns, i, registry, byIsin, byReference, byRoot)) {
          continue; // most holdings of a large file: no shock can name them, told without making them
        }
        Holding h = columns.get(i);
        for (int k : shocksNaming(h, registry, byIsin, byReference, byRoot, rawKeys)) {
          if (heldSectors.get(k) == null) {
            heldSectors.set(k, new ArrayList<>());
          }
          heldSectors.get(k).add(sector);
        }
      }
    }
    for (int k = 0; k < n; k++) {
      Shock s = shocks.get(k);
      ShockTarget t = s.target();
      if (t.kind() != ShockTarget.Kind.SYMBOL && t.kind() != ShockTarget.Kind.ISIN) {
        continue;
      }
      refs.get(k).filter(ri -> "equity".equals(ri.kind()) && !ri.sector().isEmpty())
          .ifPresent(ri -> add(ri.sector(), t.toString(), s.move()));
      if (heldSectors.get(k) != null) {
        for (String sector : heldSectors.get(k)) {
          add(sector, t.toString(), s.move());
        }
      }
    }
  }

  /**
   * Whether a shock may name the holding at {@code i}: its ISIN is a shock's, its ticker's root is
   * that of a shock the reference list does not know, or the list may know the holding, when a
   * shock names an instrument of the list. When false, {@link #shocksNaming} finds none.
   */
  private static boolean mayBeNamed(Holdings columns, int i, InstrumentRegistry registry,
      Map<String, Integer> byIsin, Map<ReferenceInstrument, List<Integer>> byReference,
      Map<String, List<Integer>> byRoot) {
    String isin = columns.isin(i);
    if (!isin.isEmpty() && byIsin.containsKey(isin)) {
      return true;
    }
    String root = SymbolKey.parse(columns.symbol(i)).map(SymbolKey::root).orElse(null);
    if (root != null && byRoot.containsKey(root)) {
      return true;
    }
    return !byReference.isEmpty() && registry.mayResolve(isin, root, columns.name(i));
  }

  /**
   * The shocks, by position, that name this holding, in scenario order: one on its ISIN, one on
   * the reference instrument it resolves to, or, for tickers the list does not know, one whose
   * ticker can name its line.
   */
  private static List<Integer> shocksNaming(Holding h, InstrumentRegistry registry, Map<String, Integer> byIsin,
      Map<ReferenceInstrument, List<Integer>> byReference, Map<String, List<Integer>> byRoot,
      List<SymbolKey> rawKeys) {
    Integer sameIsin = h.instrument().isin().isEmpty() ? null : byIsin.get(h.instrument().isin());
    Optional<SymbolKey> key = byReference.isEmpty() && byRoot.isEmpty() ? Optional.empty()
        : SymbolKey.parse(h.instrument().symbol());
    List<Integer> sameReference = List.of();
    if (!byReference.isEmpty()) {
      Optional<InstrumentRegistry.Resolution> r = registry.resolve(h.instrument(), key);
      if (r.isPresent()) {
        sameReference = byReference.getOrDefault(r.get().instrument(), List.of());
      }
    }
    List<Integer> sameTicker = List.of();
    if (!byRoot.isEmpty()) {
      if (key.isPresent()) {
        List<Integer> candidates = byRoot.getOrDefault(key.get().root(), List.of());
        if (!candidates.isEmpty()) {
          sameTicker = candidates.stream().filter(k -> rawKeys.get(k).canName(key.get(), h.currency())).toList();
        }
      }
    }
    if (sameIsin == null && sameReference.isEmpty() && sameTicker.isEmpty()) {
      return List.of();
    }
    java.util.TreeSet<Integer> all = new java.util.TreeSet<>(sameReference);
    all.addAll(sameTicker);
    if (sameIsin != null) {
      all.add(sameIsin);
    }
    return List.copyOf(all);
  }

  private void add(String sector, String label, double move) {
    String key = key(sector);
    sectorNames.putIfAbsent(key, sector);
    List<Reported> list = bySector.computeIfAbsent(key, k -> new ArrayList<>());
    if (labelsBySector.computeIfAbsent(key, k -> new HashSet<>()).add(label)) {
      list.add(new Reported(label, move));
    }
  }

  @Override
  public String name() {
    return "sector";
  }

  @Override
  public Optional<Estimate> estimate(Holding holding, Optional<ReferenceInstrument> reference) {
    String sector = sectorOf(holding, reference);
    if (sector.isEmpty() || bySector.isEmpty()) {
      return Optional.empty();
    }
    return estimates.computeIfAbsent(key(sector), this::estimateOf);
  }

  /** The estimate for every holding of the sector with this key. */
  private Optional<Estimate> estimateOf(String key) {
    List<Reported> moves = bySector.get(key);
    if (moves == null) {
      return Optional.empty();
    }
    double mean = moves.stream().mapToDouble(Reported::move).average().orElseThrow();
    List<Estimate.Contribution> shares = moves.stream()
        .map(r -> new Estimate.Contribution(r.label(), r.move() / moves.size())).toList();
    String inputs = "the average reported move of " + sectorNames.get(key) + ": " + String.join(", ",
        moves.stream().map(r -> r.label() + " " + Percent.format(r.move())).toList());
    return Optional.of(new Estimate(mean, Double.NaN, Double.NaN, Method.SECTOR_AVERAGE, shares, inputs));
  }

  @Override
  public Optional<String> whyNot(Holding holding, Optional<ReferenceInstrument> reference) {
    String sector = sectorOf(holding, reference);
    return Optional.of(sector.isEmpty() ? "no sector" : "no reported move in sector " + sector);
  }

  private static String sectorOf(Holding holding, Optional<ReferenceInstrument> reference) {
    String own = holding.instrument().sector();
    return !own.isEmpty() ? own : reference.map(ReferenceInstrument::sector).orElse("");
  }

  private String key(String sector) {
    String key = keys.get(sector);
    if (key == null) {
      key = ShockEngine.groupKey(sector);
      if (keys.size() < 10_000) { // a file of sectors that never repeat gains nothing from keeping them
        keys.put(sector, key);
      }
    }
    return key;
  }
}
