package io.shockfolio.domain;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * What a scenario does to each holding, kept column by column: the amounts as arrays of doubles,
 * the matches and estimates as references to the few objects the holdings share (every holding
 * of a sector has the same estimate), and the holding as its position in the portfolio, so a
 * million impacts take some 30 MB rather than a million objects.
 *
 * <p>It is an unmodifiable {@code List<HoldingImpact>}: {@link #get} makes the impact, equal to the
 * one added, each time it is asked, and with it the explanation of the holding's move. Loops over
 * many holdings read the columns instead ({@link #pnl}, {@link #valueBefore}, {@link #isMatched}…).
 */
public final class Impacts extends AbstractList<HoldingImpact> implements RandomAccess {

  private static final Method[] METHODS = Method.values();

  private final List<Holding> holdings;
  private final Holdings columns;
  private final int size;
  /** Each impact's position in {@code holdings}; null when the impact at i is of holding i. */
  private final int[] positions;
  /** Holdings the engine changed (a sector from the reference list), by impact position. */
  private final Map<Integer, Holding> changed;
  private final Match[] prices;
  /** Null when no holding has an exchange-rate match. */
  private final Match[] fxs;
  /** Null when no holding has an estimate. */
  private final Estimate[] estimates;
  private final byte[] methods;
  private final double[] valuesBefore;
  private final double[] pnls;
  /** Null when every local P&amp;L is the P&amp;L. */
  private final double[] localPnls;

  private Impacts(Builder b) {
    holdings = b.holdings;
    columns = holdings instanceof Holdings h ? h : null;
    size = b.size;
    positions = b.positions == null ? null : Arrays.copyOf(b.positions, size);
    changed = Map.copyOf(b.changed);
    prices = Arrays.copyOf(b.prices, size);
    fxs = b.fxs == null ? null : Arrays.copyOf(b.fxs, size);
    estimates = b.estimates == null ? null : Arrays.copyOf(b.estimates, size);
    methods = Arrays.copyOf(b.methods, size);
    valuesBefore = Arrays.copyOf(b.valuesBefore, size);
    pnls = Arrays.copyOf(b.pnls, size);
    localPnls = b.localPnls == null ? null : Arrays.copyOf(b.localPnls, size);
  }

  /** The impacts as they are when already kept in columns, else copied into columns. */
  public static Impacts of(List<HoldingImpact> impacts) {
    if (impacts instanceof Impacts i) {
      return i;
    }
    List<Holding> holdings = new ArrayList<>(impacts.size());
    for (HoldingImpact i : impacts) {
      holdings.add(i.holding());
    }
    Builder b = new Builder(holdings);
    for (int k = 0; k < impacts.size(); k++) {
      HoldingImpact i = impacts.get(k);
      b.add(k, null, i.price(), i.fx(), i.method(), i.estimate(), i.valueBefore(), i.pnl(), i.pnlLocal());
    }
    return b.build();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public HoldingImpact get(int i) {
    Objects.checkIndex(i, size);
    return new HoldingImpact(holding(i), prices[i], fx(i), METHODS[methods[i]], estimate(i), valuesBefore[i],
        pnls[i], pnlLocal(i));
  }

  /** The holding of impact {@code i}, as the engine saw it. */
  public Holding holding(int i) {
    Holding h = changed.isEmpty() ? null : changed.get(i);
    return h != null ? h : holdings.get(position(i));
  }

  private int position(int i) {
    return positions == null ? i : positions[i];
  }

  public double valueBefore(int i) {
    return valuesBefore[i];
  }

  public double pnl(int i) {
    return pnls[i];
  }

  public double pnlLocal(int i) {
    return localPnls == null ? pnls[i] : localPnls[i];
  }

  public Match price(int i) {
    return prices[i];
  }

  public Match fx(int i) {
    return fxs == null ? Match.none() : fxs[i];
  }

  /** The estimate, or null. */
  public Estimate estimate(int i) {
    return estimates == null ? null : estimates[i];
  }

  /** As {@link HoldingImpact#isMatched()}. */
  public boolean isMatched(int i) {
    return prices[i].isMatched() || fx(i).isMatched() || estimate(i) != null;
  }

  /** As {@link HoldingImpact#isEstimated()}. */
  public boolean isEstimated(int i) {
    return !prices[i].isMatched() && estimate(i) != null;
  }

  /** The holding's currency. */
  public String currency(int i) {
    Holding h = changed.isEmpty() ? null : changed.get(i);
    if (h == null && columns != null) {
      return columns.currency(position(i));
    }
    return holding(i).currency();
  }

  /** The holding's sector as the engine saw it (the file's, else the reference list's), or empty. */
  public String sector(int i) {
    Holding h = changed.isEmpty() ? null : changed.get(i);
    if (h == null && columns != null) {
      return columns.sector(position(i));
    }
    return holding(i).instrument().sector();
  }

  /** The holding's country, or empty. */
  public String country(int i) {
    Holding h = changed.isEmpty() ? null : changed.get(i);
    if (h == null && columns != null) {
      return columns.country(position(i));
    }
    return holding(i).instrument().country();
  }

  /** Whether the holding is cash. */
  public boolean isCash(int i) {
    Holding h = changed.isEmpty() ? null : changed.get(i);
    if (h == null && columns != null) {
      return columns.isCash(position(i));
    }
    return holding(i).cash();
  }

  /** Impacts added one by one, then kept in columns by {@link #build}. */
  public static final class Builder {
    private final List<Holding> holdings;
    private int size;
    private int[] positions;
    private final Map<Integer, Holding> changed = new HashMap<>();
    private Match[] prices;
    private Match[] fxs;
    private Estimate[] estimates;
    private byte[] methods;
    private double[] valuesBefore;
    private double[] pnls;
    private double[] localPnls;

    /** Impacts of {@code holdings}, which {@link #add} names by position. */
    public Builder(List<Holding> holdings) {
      this.holdings = Objects.requireNonNull(holdings, "holdings");
      int n = Math.max(16, holdings.size());
      prices = new Match[n];
      methods = new byte[n];
      valuesBefore = new double[n];
      pnls = new double[n];
    }

    /**
     * Adds the impact on the holding at {@code position}.
     *
     * @param changed the holding as the engine saw it when that is not the one at {@code position}
     *     (a sector filled in from the reference list), else null
     */
    public Builder add(int position, Holding changed, Match price, Match fx, Method method, Estimate estimate,
        double valueBefore, double pnl, double pnlLocal) {
      Objects.requireNonNull(price, "price");
      Objects.requireNonNull(fx, "fx");
      Objects.requireNonNull(method, "method");
      Objects.checkIndex(position, holdings.size());
      if (size == prices.length) {
        int n = size + (size >> 1) + 16;
        prices = Arrays.copyOf(prices, n);
        methods = Arrays.copyOf(methods, n);
        valuesBefore = Arrays.copyOf(valuesBefore, n);
        pnls = Arrays.copyOf(pnls, n);
        if (positions != null) {
          positions = Arrays.copyOf(positions, n);
        }
        if (fxs != null) {
          fxs = Arrays.copyOf(fxs, n);
        }
        if (estimates != null) {
          estimates = Arrays.copyOf(estimates, n);
        }
        if (localPnls != null) {
          localPnls = Arrays.copyOf(localPnls, n);
        }
      }
      if (position != size && positions == null) {
        positions = new int[prices.length];
        for (int k = 0; k < size; k++) {
          positions[k] = k;
        }
      }
      if (positions != null) {
        positions[size] = position;
      }
      if (changed != null) {
        this.changed.put(size, changed);
      }
      prices[size] = price;
      if (fx.isMatched() && fxs == null) {
        fxs = new Match[prices.length];
        Arrays.fill(fxs, 0, size, Match.none());
      }
      if (fxs != null) {
        fxs[size] = fx;
      }
      if (estimate != null && estimates == null) {
        estimates = new Estimate[prices.length];
      }
      if (estimates != null) {
        estimates[size] = estimate;
      }
      methods[size] = (byte) method.ordinal();
      valuesBefore[size] = valueBefore;
      pnls[size] = pnl;
      if (Double.doubleToRawLongBits(pnlLocal) != Double.doubleToRawLongBits(pnl) && localPnls == null) {
        localPnls = Arrays.copyOf(pnls, prices.length);
      }
      if (localPnls != null) {
        localPnls[size] = pnlLocal;
      }
      size++;
      return this;
    }

    public Impacts build() {
      return new Impacts(this);
    }
  }
}
