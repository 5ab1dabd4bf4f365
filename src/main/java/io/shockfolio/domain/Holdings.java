package io.shockfolio.domain;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The holdings of a portfolio, kept column by column rather than as one object per holding, so a
 * million of them take some 40 MB rather than 200: tickers packed into one array of characters,
 * sectors and currencies as numbers into a table of each distinct text, amounts as arrays of
 * doubles, and a column whose rows are all alike (no ISIN, no country, no second value) as one value.
 *
 * <p>It is an unmodifiable {@code List<Holding>}: {@link #get} makes the {@link Holding}, equal to
 * the one added, each time it is asked. Loops over many holdings read the columns instead
 * ({@link #value}, {@link #currency}, {@link #sector}…), which make nothing.
 */
public final class Holdings extends AbstractList<Holding> implements RandomAccess {

  private static final Holdings EMPTY = new Builder().build();

  private final int size;
  private final TextColumn symbols;
  private final TextColumn isins;
  private final TextColumn names;
  private final CodeColumn currencies;
  private final CodeColumn sectors;
  private final CodeColumn countries;
  private final CodeColumn assetClasses;
  private final CodeColumn fileBaseCurrencies;
  private final double[] quantities;
  private final double[] prices;
  private final double[] values;
  /** Null when no holding has a second value. */
  private final double[] fileBaseValues;
  /** Null when no holding is cash. */
  private final boolean[] cash;
  private final int[] lines;
  /** The lines of holdings read from more than one (repeats summed into one), by position. */
  private final Map<Integer, List<Integer>> moreLines;

  private Holdings(Builder b) {
    size = b.size;
    symbols = b.symbols.trimmed(size);
    isins = b.isins.trimmed(size);
    names = b.names.trimmed(size);
    currencies = b.currencies.trimmed(size);
    sectors = b.sectors.trimmed(size);
    countries = b.countries.trimmed(size);
    assetClasses = b.assetClasses.trimmed(size);
    fileBaseCurrencies = b.fileBaseCurrencies.trimmed(size);
    quantities = fit(b.quantities, size);
    prices = fit(b.prices, size);
    values = fit(b.values, size);
    fileBaseValues = b.fileBaseValues == null ? null : fit(b.fileBaseValues, size);
    cash = b.cash == null ? null : Arrays.copyOf(b.cash, size);
    lines = fit(b.lines, size);
    moreLines = Map.copyOf(b.moreLines);
  }

  /** The holdings as they are when already kept in columns, else copied into columns. */
  public static Holdings of(Collection<Holding> holdings) {
    if (holdings instanceof Holdings h) {
      return h;
    }
    if (holdings.isEmpty()) {
      return EMPTY;
    }
    Builder b = new Builder();
    for (Holding h : holdings) {
      b.add(h);
    }
    return b.build();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Holding get(int i) {
    java.util.Objects.checkIndex(i, size);
    Instrument instrument = new Instrument(symbols.get(i), isins.get(i), names.get(i), currencies.get(i),
        sectors.get(i), countries.get(i), assetClasses.get(i));
    List<Integer> l = moreLines.isEmpty() ? null : moreLines.get(i);
    return new Holding(instrument, quantities[i], prices[i], values[i], fileBaseValue(i), fileBaseCurrencies.get(i),
        isCash(i), l != null ? l : List.of(lines[i]));
  }

  /** The ticker as written in the file, or empty. */
  public String symbol(int i) {
    return symbols.get(i);
  }

  /** The ISIN, or empty. */
  public String isin(int i) {
    return isins.get(i);
  }

  /** The name as written in the file, or empty. */
  public String name(int i) {
    return names.get(i);
  }

  /** The currency code of the price and value. */
  public String currency(int i) {
    return currencies.get(i);
  }

  /** The sector as the file gives it, or empty. */
  public String sector(int i) {
    return sectors.get(i);
  }

  /** The country as the file gives it, or empty. */
  public String country(int i) {
    return countries.get(i);
  }

  /** The value in the holding's currency. */
  public double value(int i) {
    return values[i];
  }

  /** Whether the holding is cash or a money-market line. */
  public boolean isCash(int i) {
    return cash != null && cash[i];
  }

  /** The value in {@link #fileBaseCurrency}, or {@code NaN}. */
  public double fileBaseValue(int i) {
    return fileBaseValues == null ? Double.NaN : fileBaseValues[i];
  }

  /** The currency of the file's second value, or empty. */
  public String fileBaseCurrency(int i) {
    return fileBaseCurrencies.get(i);
  }

  /** The first file line the holding was read from. */
  public int line(int i) {
    return lines[i];
  }

  /** The currencies the holdings are priced in, in order of first appearance. */
  public List<String> currencies() {
    return currencies.distinct();
  }

  /*
   * A column array the builder filled to within an eighth of its length is kept as it is rather
   * than copied: a million holdings then need no second copy of each column. The builder only ever
   * writes past the holdings already built, which these holdings never read.
   */
  private static double[] fit(double[] a, int n) {
    return a.length - n <= a.length >> 3 ? a : Arrays.copyOf(a, n);
  }

  private static int[] fit(int[] a, int n) {
    return a.length - n <= a.length >> 3 ? a : Arrays.copyOf(a, n);
  }

  /** Holdings added one by one, then kept in columns by {@link #build}. */
  public static final class Builder {
    private int size;
    private final TextColumn symbols;
    private final TextColumn isins;
    private final TextColumn names;
    private final CodeColumn currencies;
    private final CodeColumn sectors;
    private final CodeColumn countries;
    private final CodeColumn assetClasses;
    private final CodeColumn fileBaseCurrencies;
    private double[] quantities;
    private double[] prices;
    private double[] values;
    private double[] fileBaseValues;
    private boolean[] cash;
    private int[] lines;
    private final Map<Integer, List<Integer>> moreLines = new HashMap<>();

    public Builder() {
      this(16);
    }

    /**
     * A builder with room for {@code expectedSize} holdings, so that a reader that knows roughly
     * how many rows follow does not grow each column again and again. More may be added.
     */
    public Builder(int expectedSize) {
      int n = Math.max(16, expectedSize);
      symbols = new TextColumn(n);
      isins = new TextColumn(n);
      names = new TextColumn(n);
      currencies = new CodeColumn(n);
      sectors = new CodeColumn(n);
      countries = new CodeColumn(n);
      assetClasses = new CodeColumn(n);
      fileBaseCurrencies = new CodeColumn(n);
      quantities = new double[n];
      prices = new double[n];
      values = new double[n];
      lines = new int[n];
    }

    public int size() {
      return size;
    }

    public Builder add(Holding h) {
      return add(h.instrument(), h.quantity(), h.price(), h.value(), h.fileBaseValue(), h.fileBaseCurrency(), h.cash(),
          h.line(), h.lines().size() == 1 ? null : h.lines());
    }

    /**
     * Adds what {@code new Holding(instrument, quantity, price, value, fileBaseValue,
     * fileBaseCurrency, cash, List.of(line))} would hold, without making it: a reader of a million
     * rows adds them so.
     *
     * @throws IllegalArgumentException as {@link Holding#check} does
     */
    public Builder add(Instrument instrument, double quantity, double price, double value, double fileBaseValue,
        String fileBaseCurrency, boolean cash, int line) {
      Holding.check(value, fileBaseValue, fileBaseCurrency);
      return add(instrument, quantity, price, value, fileBaseValue, fileBaseCurrency, cash, line, null);
    }

    private Builder add(Instrument i, double quantity, double price, double value, double fileBaseValue,
        String fileBaseCurrency, boolean isCash, int line, List<Integer> allLines) {
      if (size == values.length) {
        int n = size + (size >> 1) + 16;
        quantities = Arrays.copyOf(quantities, n);
        prices = Arrays.copyOf(prices, n);
        values = Arrays.copyOf(values, n);
        lines = Arrays.copyOf(lines, n);
        if (fileBaseValues != null) {
          fileBaseValues = grow(fileBaseValues, n);
        }
        if (cash != null) {
          cash = Arrays.copyOf(cash, n);
        }
      }
      symbols.add(i.symbol());
      isins.add(i.isin());
      names.add(i.name());
      currencies.add(i.currency());
      sectors.add(i.sector());
      countries.add(i.country());
      assetClasses.add(i.assetClass());
      fileBaseCurrencies.add(fileBaseCurrency);
      quantities[size] = quantity;
      prices[size] = price;
      values[size] = value;
      if (!Double.isNaN(fileBaseValue)) {
        if (fileBaseValues == null) {
          fileBaseValues = grow(new double[0], values.length);
        }
        fileBaseValues[size] = fileBaseValue;
      }
      if (isCash) {
        if (cash == null) {
          cash = new boolean[values.length];
        }
        cash[size] = true;
      }
      lines[size] = line;
      if (allLines != null) {
        moreLines.put(size, List.copyOf(allLines));
      }
      size++;
      return this;
    }

    private static double[] grow(double[] a, int n) {
      double[] out = Arrays.copyOf(a, n);
      Arrays.fill(out, a.length, n, Double.NaN);
      return out;
    }

    public Holdings build() {
      return new Holdings(this);
    }
  }

  /**
   * Texts that are mostly different (tickers, ISINs, names), their characters one after the other
   * in one array; nothing at all while every text is the same.
   */
  private static final class TextColumn {
    /** How many rows the column expects, to size its arrays when the texts start to differ. */
    private final int expected;
    private int size;
    /** The text of every row while all are the same; null once they differ. */
    private String same;
    private char[] chars;
    private int used;
    /** Where each row's text ends in {@code chars}. */
    private int[] ends;

    TextColumn(int expected) {
      this.expected = expected;
    }

    void add(String s) {
      if (size == 0) {
        same = s;
      } else if (same != null && !same.equals(s)) {
        spread();
      }
      if (same == null) {
        if (size == ends.length) {
          ends = Arrays.copyOf(ends, size + (size >> 1) + 16);
        }
        if (used + s.length() > chars.length) {
          chars = Arrays.copyOf(chars, Math.max(used + s.length(), chars.length + (chars.length >> 1) + 64));
        }
        s.getChars(0, s.length(), chars, used);
        used += s.length();
        ends[size] = used;
      }
      size++;
    }

    /** From one text for every row to each row's own. */
    private void spread() {
      String s = same;
      same = null;
      // the expected rows with texts as long as this one, which is a guess; the arrays grow when it is short
      chars = new char[(int) Math.min(Integer.MAX_VALUE - 16,
          Math.max(64, Math.max((size + 16L) * s.length() * 2, expected * (s.length() + 1L))))];
      ends = new int[Math.max(size + (size >> 1) + 16, expected)];
      used = 0;
      for (int k = 0; k < size; k++) {
        s.getChars(0, s.length(), chars, used);
        used += s.length();
        ends[k] = used;
      }
    }

    String get(int i) {
      if (same != null) {
        return same;
      }
      int start = i == 0 ? 0 : ends[i - 1];
      int end = ends[i];
      return start == end ? "" : new String(chars, start, end - start);
    }

    TextColumn trimmed(int n) {
      TextColumn t = new TextColumn(n);
      t.size = n;
      t.same = n == 0 ? "" : same;
      if (same == null && n > 0) {
        t.chars = chars.length - used <= chars.length >> 3 ? chars : Arrays.copyOf(chars, used);
        t.used = used;
        t.ends = fit(ends, n);
      }
      return t;
    }
  }

  /**
   * Texts that repeat (currencies, sectors, countries): each row is a number into a table of the
   * distinct texts, in order of first appearance; no numbers at all while every text is the same.
   */
  private static final class CodeColumn {
    /** How many rows the column expects, to size its codes when a second text appears. */
    private final int expected;
    private int size;
    private final List<String> texts = new ArrayList<>();
    private final Map<String, Integer> codes = new HashMap<>();
    /** Null while every row has code 0. */
    private int[] rows;

    /** The text of the last row and its code: neighbours mostly share a currency, a country. */
    private String last;
    private int lastCode;

    CodeColumn(int expected) {
      this.expected = expected;
    }

    void add(String s) {
      int code;
      if (s.equals(last)) {
        code = lastCode;
      } else {
        Integer known = find(s);
        if (known == null) {
          known = texts.size();
          texts.add(s);
          codes.put(s, known);
        }
        code = known;
        last = s;
        lastCode = code;
      }
      if (code != 0 && rows == null) {
        rows = new int[Math.max(size + (size >> 1) + 16, expected)];
      }
      if (rows != null) {
        if (size == rows.length) {
          rows = Arrays.copyOf(rows, size + (size >> 1) + 16);
        }
        rows[size] = code;
      }
      size++;
    }

    /** Texts up to which {@link #find} compares each text rather than hash it. */
    private static final int FEW = 16;

    /**
     * The code of a text seen before, or null. Among a few texts (sectors, currencies) comparing
     * is cheaper than hashing a text read afresh from each row, whose hash is not yet known.
     */
    private Integer find(String s) {
      if (texts.size() > FEW) {
        return codes.get(s);
      }
      for (int k = 0; k < texts.size(); k++) {
        if (texts.get(k).equals(s)) {
          return k;
        }
      }
      return null;
    }

    String get(int i) {
      return texts.isEmpty() ? "" : texts.get(rows == null ? 0 : rows[i]);
    }

    List<String> distinct() {
      return List.copyOf(texts);
    }

    CodeColumn trimmed(int n) {
      CodeColumn c = new CodeColumn(n);
      c.size = n;
      c.texts.addAll(texts);
      if (rows != null) {
        c.rows = fit(rows, n);
      }
      return c;
    }
  }
}
