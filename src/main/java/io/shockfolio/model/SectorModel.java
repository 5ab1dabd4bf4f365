package io.shockfolio.model;

import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.Holding;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code sector} model: a holding the news did not name takes the average reported move of
 * its sector. The sector comes from the portfolio file, else from the reference list; a reported
 * move counts for the sector the reference list gives its instrument, and for the sector the
 * portfolio file gives it when the portfolio holds it. Sectors compare ignoring
 * case, accents, spaces and punctuation. There is no band: an average says nothing about spread.
 */
public final class SectorModel implements Propagation {

  private record Reported(String label, double move) {}

  private final Map<String, List<Reported>> bySector;
  private final Map<String, String> sectorNames;
  /** Each sector's estimate, made once: every holding of a sector gets the same one. */
  private final Map<String, Optional<Estimate>> estimates;
  /** Whether {@link #estimates} already holds every sector's, and is shared: nothing is added. */
  private final boolean complete;
  /** Each sector spelling's estimate: one look-up per holding. Concurrent in a shared model. */
  private final Map<String, Optional<Estimate>> bySpelling;
  /** Each sector spelling's key, folded once. */
  private final Map<String, String> keys;

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
    this(new Prepared(scenario, registry), portfolio);
  }

  private SectorModel(Prepared prepared, Portfolio portfolio) {
    this(prepared, heldSectors(prepared, portfolio), false);
  }

  /**
   * The model of {@code prepared}'s scenario for a portfolio whose file gives the holdings that
   * shock {@code k} names the sectors {@code heldSectors.get(k)}; {@code heldSectors} null when none.
   * With {@code complete} every sector's estimate is made here and none later, so the model may be
   * shared between threads.
   */
  private SectorModel(Prepared prepared, List<List<String>> heldSectors, boolean complete) {
    this.keys = prepared.keys;
    this.bySector = new LinkedHashMap<>();
    this.sectorNames = new LinkedHashMap<>();
    this.estimates = new HashMap<>();
    Map<String, Set<String>> labelsBySector = new HashMap<>();
    for (int k = 0; k < prepared.n; k++) {
      if (prepared.referenceSectors[k] != null) {
        add(prepared.referenceSectors[k], prepared.labels[k], prepared.moves[k], labelsBySector);
      }
      if (heldSectors != null && heldSectors.get(k) != null) {
        for (String sector : heldSectors.get(k)) {
          add(sector, prepared.labels[k], prepared.moves[k], labelsBySector);
        }
      }
    }
    if (complete) {
      for (String key : bySector.keySet()) {
        estimates.put(key, estimateOf(key));
      }
    }
    this.complete = complete;
    this.bySpelling = complete ? new ConcurrentHashMap<>() : new HashMap<>();
  }

  /**
   * The part of the model that depends on the scenario alone: its named shocks, indexed, and
   * the sectors the reference list gives them. Made once per scenario, it makes the model of
   * each portfolio of a batch with {@link #forPortfolio}; read-only, so threads may share it.
   */
  public static final class Prepared {
    private final InstrumentRegistry registry;
    private final int n;
    /** Per shock: its target as the estimate names it, its move, and its reference instrument's sector if an equity's. */
    private final String[] labels;
    private final double[] moves;
    private final String[] referenceSectors;
    /** Per shock: the key of {@link #referenceSectors}, or null. */
    private final String[] referenceKeys;
    private final Map<String, Integer> byIsin = new HashMap<>();
    private final Map<ReferenceInstrument, List<Integer>> byReference = new IdentityHashMap<>();
    private final Map<String, List<Integer>> byRoot = new HashMap<>();
    /** 256 bits, one set for each root in {@link #byRoot} (at {@link Holdings#bit}): most roots find none set. */
    private final long[] rootBits = new long[4];
    private final List<SymbolKey> rawKeys;
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    /** The models made for portfolios that add sector spellings, by what they add: portfolios often add the same. */
    private final Map<List<List<String>>, SectorModel> models = new ConcurrentHashMap<>();
    /** The model of every portfolio that adds no sector spelling of its own, made when first needed. */
    private volatile SectorModel withoutHeldSectors;

    /**
     * Whether a shock may name the holding at {@code i}: its ISIN is a shock's, its ticker's root is
     * that of a shock the reference list does not know, or the list may know the holding, when a
     * shock names an instrument of the list. When false, no shock names it.
     */
    boolean mayName(io.shockfolio.domain.Holdings columns, int i) {
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

    /** The reported moves of {@code scenario}, indexed against {@code registry}. */
    public Prepared(Scenario scenario, InstrumentRegistry registry) {
      this.registry = registry;
      List<Shock> shocks = scenario.shocks();
      n = shocks.size();
      labels = new String[n];
      moves = new double[n];
      referenceSectors = new String[n];
      referenceKeys = new String[n];
      rawKeys = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        ShockTarget t = shocks.get(k).target();
        boolean named = t.kind() == ShockTarget.Kind.SYMBOL || t.kind() == ShockTarget.Kind.ISIN;
        Optional<ReferenceInstrument> ref = named ? registry.resolve(t) : Optional.empty();
        Optional<SymbolKey> raw = named && t.kind() == ShockTarget.Kind.SYMBOL && ref.isEmpty()
            ? SymbolKey.parse(t.value()) : Optional.empty();
        rawKeys.add(raw.orElse(null));
        if (!named) {
          continue;
        }
        labels[k] = t.toString();
        moves[k] = shocks.get(k).move();
        referenceSectors[k] = ref.filter(ri -> "equity".equals(ri.kind()) && !ri.sector().isEmpty())
            .map(ReferenceInstrument::sector).orElse(null);
        referenceKeys[k] = referenceSectors[k] == null ? null : ShockEngine.groupKey(referenceSectors[k]);
        if (t.kind() == ShockTarget.Kind.ISIN) {
          byIsin.putIfAbsent(t.value(), k);
        }
        if (ref.isPresent()) {
          byReference.computeIfAbsent(ref.get(), r -> new ArrayList<>()).add(k);
        } else if (raw.isPresent()) {
          byRoot.computeIfAbsent(raw.get().root(), r -> new ArrayList<>()).add(k);
          int bit = Holdings.bit(raw.get().root());
          rootBits[bit >>> 6] |= 1L << bit;
        }
      }
    }

    /** Whether some shock names an instrument, so that a holding may add its own sector spelling. */
    private boolean namesInstruments() {
      return !byIsin.isEmpty() || !byReference.isEmpty() || !byRoot.isEmpty();
    }

    /**
     * The model for a portfolio, as {@link SectorModel#SectorModel(Scenario, InstrumentRegistry,
     * Portfolio)} makes it, from the holdings as the engine resolved them.
     */
    public SectorModel forPortfolio(ShockEngine.ResolvedPortfolio portfolio) {
      return forPortfolio(new Holdings(portfolio));
    }

    /** {@link #forPortfolio(ShockEngine.ResolvedPortfolio)} from the holdings' view made once per portfolio. */
    public SectorModel forPortfolio(Holdings portfolio) {
      if (portfolio.registry != registry) {
        throw new IllegalArgumentException("The portfolio was resolved against another reference list");
      }
      List<List<String>> held = null;
      if (namesInstruments()) {
        for (int i = 0; i < portfolio.holdings.length; i++) {
          // most holdings: no shock can name them, told from the root's hash alone
          if (!byIsin.isEmpty() || !byReference.isEmpty()
              || (portfolio.rooted[i] && (rootBits[portfolio.bits[i] >>> 6] >>> portfolio.bits[i] & 1) != 0)) {
            held = addHeldSector(held, portfolio.holdings[i], portfolio.keys.get(i), portfolio.resolutions.get(i));
          }
        }
      }
      if (held == null) {
        return shared();
      }
      SectorModel m = models.get(held);
      if (m == null) {
        m = new SectorModel(this, held, true);
        if (models.size() < 10_000) {
          models.putIfAbsent(held, m);
        }
      }
      return m;
    }

    /**
     * Each holding's estimated move under the model {@link #forPortfolio(Holdings)} makes, by
     * position in the portfolio: the same number its estimate has, or NaN where it makes none
     * (cash aside: the engine asks nothing for cash). No model, estimate or text is made: a batch
     * asks this once for each of a million pairs, and the estimates, with their explanations, are
     * the model's when someone asks.
     */
    double[] moves(Holdings portfolio) {
      if (portfolio.registry != registry) {
        throw new IllegalArgumentException("The portfolio was resolved against another reference list");
      }
      double[] out = new double[portfolio.keyIds.length];
      java.util.Arrays.fill(out, Double.NaN);
      int sectors = portfolio.idsByKey.size();
      if (sectors == 0) {
        return out;
      }
      // the holdings of the view each shock names, in file order, as forPortfolio finds them
      int[][] named = null;
      int[] namedCount = null;
      if (namesInstruments()) {
        for (int i = 0; i < portfolio.holdings.length; i++) {
          if (!byIsin.isEmpty() || !byReference.isEmpty()
              || (portfolio.rooted[i] && (rootBits[portfolio.bits[i] >>> 6] >>> portfolio.bits[i] & 1) != 0)) {
            for (int k : shocksNaming(portfolio.holdings[i], portfolio.keys.get(i), portfolio.resolutions.get(i))) {
              if (named == null) {
                named = new int[n][];
                namedCount = new int[n];
              }
              if (named[k] == null) {
                named[k] = new int[4];
              } else if (namedCount[k] == named[k].length) {
                named[k] = java.util.Arrays.copyOf(named[k], namedCount[k] * 2);
              }
              named[k][namedCount[k]++] = i;
            }
          }
        }
      }
      // the reported moves in the order the model adds them: each shock's reference sector, then
      // the sectors the file gives the holdings it names, in file order
      int[] entrySector = new int[16];
      int[] entryShock = new int[16];
      int entries = 0;
      for (int k = 0; k < n; k++) {
        int held = named == null ? 0 : namedCount[k];
        if (entries + held + 1 > entrySector.length) {
          entrySector = java.util.Arrays.copyOf(entrySector, 2 * (entries + held + 1));
          entryShock = java.util.Arrays.copyOf(entryShock, entrySector.length);
        }
        if (referenceKeys[k] != null) {
          Integer id = portfolio.idsByKey.get(referenceKeys[k]);
          if (id != null) { // else no holding of the portfolio is of that sector
            entrySector[entries] = id;
            entryShock[entries++] = k;
          }
        }
        for (int m = 0; m < held; m++) {
          entrySector[entries] = portfolio.keyIds[portfolio.positions[named[k][m]]];
          entryShock[entries++] = k;
        }
      }
      if (entries == 0) {
        return out;
      }
      // the entries grouped by sector, each group in the order above (a stable counting sort)
      int[] start = new int[sectors + 1];
      for (int e = 0; e < entries; e++) {
        start[entrySector[e] + 1]++;
      }
      for (int sector = 0; sector < sectors; sector++) {
        start[sector + 1] += start[sector];
      }
      int[] grouped = new int[entries];
      int[] fill = java.util.Arrays.copyOf(start, sectors);
      for (int e = 0; e < entries; e++) {
        grouped[fill[entrySector[e]]++] = entryShock[e];
      }
      // each sector's average, each label once, as estimateOf takes it
      double[] mean = new double[sectors];
      double[] moves = new double[entries];
      for (int sector = 0; sector < sectors; sector++) {
        mean[sector] = Double.NaN;
        int count = 0;
        Set<String> seen = start[sector + 1] - start[sector] > 16 ? new HashSet<>() : null;
        for (int g = start[sector]; g < start[sector + 1]; g++) {
          String label = labels[grouped[g]];
          boolean again;
          if (seen != null) {
            again = !seen.add(label);
          } else {
            again = false;
            for (int f = start[sector]; f < g && !again; f++) {
              again = labels[grouped[f]].equals(label);
            }
          }
          if (!again) {
            moves[count++] = this.moves[grouped[g]];
          }
        }
        if (count > 0) {
          mean[sector] = java.util.Arrays.stream(moves, 0, count).average().orElseThrow();
        }
      }
      for (int p = 0; p < out.length; p++) {
        if (portfolio.keyIds[p] >= 0) {
          out[p] = mean[portfolio.keyIds[p]];
        }
      }
      return out;
    }

    /** The one model of every portfolio that adds no sector spelling, every estimate made once. */
    private SectorModel shared() {
      SectorModel m = withoutHeldSectors;
      if (m == null) {
        // two threads may both make it: the models are equal, and either serves
        m = new SectorModel(this, null, true);
        withoutHeldSectors = m;
      }
      return m;
    }

    /**
     * {@code held} with the sector the file gives {@code h} added under each shock that names it, made
     * when first needed: for each shock, the sectors of the holdings it names, in portfolio order.
     */
    private List<List<String>> addHeldSector(List<List<String>> held, Holding h, Optional<SymbolKey> key,
        Optional<InstrumentRegistry.Resolution> resolution) {
      String sector = h.instrument().sector();
      if (sector.isEmpty() || h.cash()) {
        return held;
      }
      List<Integer> naming = shocksNaming(h, key, resolution);
      if (naming.isEmpty()) {
        return held; // most holdings: no iterator made for them
      }
      for (int k : naming) {
        if (held == null) {
          held = new ArrayList<>(java.util.Collections.nCopies(n, null));
        }
        if (held.get(k) == null) {
          held.set(k, new ArrayList<>());
        }
        held.get(k).add(sector);
      }
      return held;
    }

    /**
     * The shocks, by position, that name this holding, in scenario order: one on its ISIN, one on
     * the reference instrument it resolves to, or, for tickers the list does not know, one whose
     * ticker can name its line.
     */
    private List<Integer> shocksNaming(Holding h, Optional<SymbolKey> key,
        Optional<InstrumentRegistry.Resolution> r) {
      Integer sameIsin = h.instrument().isin().isEmpty() ? null : byIsin.get(h.instrument().isin());
      List<Integer> sameReference = List.of();
      if (!byReference.isEmpty() && r.isPresent()) {
        sameReference = byReference.getOrDefault(r.get().instrument(), List.of());
      }
      List<Integer> sameTicker = List.of();
      if (!byRoot.isEmpty() && key.isPresent()) {
        List<Integer> candidates = byRoot.get(key.get().root());
        if (candidates != null) {
          sameTicker = new ArrayList<>(candidates.size());
          for (int k : candidates) {
            if (rawKeys.get(k).canName(key.get(), h.currency())) {
              sameTicker.add(k);
            }
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
  }

  /**
   * A portfolio's holdings as the model looks at them under every scenario of a batch, made once
   * per portfolio: those the file gives a sector of their own (cash aside), in file order, with
   * their tickers, reference instruments and a bit of each ticker root's hash side by side, so a
   * scenario that names none of them is told without reading the holdings.
   */
  public static final class Holdings {
    private final InstrumentRegistry registry;
    private final Holding[] holdings;
    private final List<Optional<SymbolKey>> keys = new ArrayList<>();
    private final List<Optional<InstrumentRegistry.Resolution>> resolutions = new ArrayList<>();
    private final boolean[] rooted;
    /** Each holding's ticker root's {@link #bit}, when {@link #rooted}. */
    private final int[] bits;
    /** Each holding's position in the portfolio. */
    private final int[] positions;
    /**
     * By position in the portfolio, every holding's: the number of the key of the sector the model
     * estimates it by (the file's, else the reference list's), or -1 for none.
     */
    private final int[] keyIds;
    /** The numbers of {@link #keyIds}, by sector key. */
    private final Map<String, Integer> idsByKey = new HashMap<>();

    /** The holdings of {@code portfolio} a shock can give a sector spelling. */
    public Holdings(ShockEngine.ResolvedPortfolio portfolio) {
      this.registry = portfolio.registry();
      List<ShockEngine.ResolvedHolding> resolved = portfolio.holdings();
      keyIds = new int[resolved.size()];
      Map<String, Integer> bySpelling = new HashMap<>();
      List<Integer> held = new ArrayList<>();
      for (int p = 0; p < keyIds.length; p++) {
        ShockEngine.ResolvedHolding r = resolved.get(p);
        String sector = sectorOf(r.holding(), r.resolution().map(InstrumentRegistry.Resolution::instrument));
        keyIds[p] = sector.isEmpty() ? -1 : bySpelling.computeIfAbsent(sector,
            x -> idsByKey.computeIfAbsent(ShockEngine.groupKey(x), k -> idsByKey.size()));
        if (!r.original().instrument().sector().isEmpty() && !r.original().cash()) {
          held.add(p);
        }
      }
      List<ShockEngine.ResolvedHolding> all = held.stream().map(resolved::get).toList();
      positions = held.stream().mapToInt(Integer::intValue).toArray();
      holdings = new Holding[all.size()];
      rooted = new boolean[all.size()];
      bits = new int[all.size()];
      for (int i = 0; i < holdings.length; i++) {
        ShockEngine.ResolvedHolding r = all.get(i);
        holdings[i] = r.original();
        keys.add(r.key());
        resolutions.add(r.resolution());
        rooted[i] = r.key().isPresent();
        bits[i] = rooted[i] ? bit(r.key().get().root()) : 0;
      }
    }

    /** Where a ticker root's bit is, 0 to 255. */
    static int bit(String root) {
      int h = root.hashCode();
      return (h ^ (h >>> 8) ^ (h >>> 16)) & 255;
    }
  }

  /** For each shock of {@code prepared}, the sectors the portfolio's file gives the holdings it names; null for none. */
  private static List<List<String>> heldSectors(Prepared prepared, Portfolio portfolio) {
    if (!prepared.namesInstruments()) {
      return null;
    }
    List<List<String>> held = null;
    io.shockfolio.domain.Holdings columns = portfolio.columns();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.sector(i).isEmpty() || columns.isCash(i)) {
        continue; // told from the columns, without making the holding
      }
      if (!prepared.mayName(columns, i)) {
        continue; // most holdings of a large file: no shock can name them, told without making them
      }
      Holding h = columns.get(i);
      Optional<SymbolKey> key = prepared.byReference.isEmpty() && prepared.byRoot.isEmpty() ? Optional.empty()
          : SymbolKey.parse(h.instrument().symbol());
      Optional<InstrumentRegistry.Resolution> r = prepared.byReference.isEmpty() ? Optional.empty()
          : prepared.registry.resolve(h.instrument(), key);
      held = prepared.addHeldSector(held, h, key, r);
    }
    return held;
  }

  private void add(String sector, String label, double move, Map<String, Set<String>> labelsBySector) {
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
    Optional<Estimate> e = bySpelling.get(sector);
    if (e != null) {
      return e;
    }
    String key = key(sector);
    e = estimates.get(key);
    if (e == null) {
      e = estimateOf(key); // empty for a sector without reported moves
      if (!complete) {
        estimates.put(key, e);
      }
    }
    if (bySpelling.size() < 10_000) {
      bySpelling.put(sector, e);
    }
    return e;
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
