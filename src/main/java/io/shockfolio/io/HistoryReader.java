package io.shockfolio.io;

import io.shockfolio.domain.InputException;
import io.shockfolio.domain.InputProblem;
import io.shockfolio.domain.PriceHistory;
import io.shockfolio.domain.PriceSeries;
import io.shockfolio.domain.Text;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Reads daily price histories: the files people download from Yahoo Finance, yfinance, Nasdaq.com
 * or build themselves. One file, or a folder of them.
 *
 * <p><b>A folder</b> is read file by file: every {@code *.csv} in it (not in subfolders, not
 * hidden), in order of name, each read as a file below. A ticker may have prices in one file only.
 *
 * <p><b>A file</b> has one of these layouts, told apart by its header (the first line that is
 * neither blank nor a {@code #} comment):
 *
 * <ul>
 *   <li><b>One ticker, OHLC</b>: a date column and a close column, any other columns ignored.
 *       <pre>
 * Date,Open,High,Low,Close,Adj Close,Volume                  (Yahoo Finance download)
 * 2025-01-27,124.80,128.40,116.70,118.42,118.41,818830900
 *
 * Date,Symbol,Open,High,Low,Close,Adj Close,Volume           (with the ticker on every row)
 * 2025-01-27,NVDA,124.80,128.40,116.70,118.42,118.41,818830900
 *
 * date,open,high,low,close,volume                            (lower case)
 * 2025-01-27,238.12,240.50,232.11,233.61,29131300
 *
 * Date,Close                                                 (two columns)
 * 2025-01-27,118.42
 *
 * Date,Close/Last,Volume,Open,High,Low                       (Nasdaq.com: newest first, $, quoted thousands)
 * 01/27/2025,$118.42,"818,830,900",$124.80,$128.40,$116.70
 * </pre>
 *       The price is the adjusted close where the file has one ({@code Adj Close}, {@code Adj.
 *       Close}, {@code Adjusted Close}), else the close ({@code Close}, {@code Close/Last},
 *       {@code Closing Price}, {@code Close Price}, {@code Last}, {@code Price}, {@code NAV});
 *       a note says which, and {@link PriceSeries#column()} keeps it. Headers are compared
 *       ignoring case and punctuation. The ticker is the row's {@code Symbol} or {@code Ticker}
 *       cell; a file with several symbols gives one series per symbol. Without such a column the
 *       ticker is the file name without extension, upper case, as it is ({@code
 *       yf_adj_SPY_2015-2025.csv} gives {@code YF_ADJ_SPY_2015-2025}; rename the file to
 *       {@code SPY.csv}), and a note says so.
 *   <li><b>yfinance's three-line header</b> ({@code yf.download(...).to_csv()}): field names,
 *       then the ticker of each column, then {@code Date} alone; several tickers may share the
 *       file, each with its own columns (the two first lines may also come in the other order).
 *       <pre>
 * Price,Adj Close,Close,High,Low,Open,Volume
 * Ticker,BTC-USD,BTC-USD,BTC-USD,BTC-USD,BTC-USD,BTC-USD
 * Date,,,,,,
 * 2025-01-27,102087.69,102087.69,103022.48,97795.95,102597.20,76000000000
 * </pre>
 *   <li><b>Wide</b>: a date column, then one column per ticker, whose header is the ticker
 *       (upper-cased). An empty cell means no price that day (not listed yet, a holiday); a row
 *       with a date and no price at all is fine. A column without a single price is skipped with
 *       a note.
 *       <pre>
 * Date,AAPL,MSFT,NVDA,SPY
 * 2025-01-24,222.78,444.06,142.62,607.97
 * 2025-01-27,229.86,434.56,118.42,599.37
 * </pre>
 * </ul>
 *
 * A header is the one-ticker layout when it has an adjusted close, {@code Close},
 * {@code Close/Last}, {@code Close Price} or {@code Closing Price}, a {@code Symbol} or {@code Ticker}
 * column, or two of {@code Open}, {@code High}, {@code Low}, {@code Volume}; the weaker close names
 * ({@code Price}, {@code Last}, {@code NAV}) count only beside one of those four or as the only column
 * after the date. Otherwise it is the wide layout: {@code LOW}, {@code OPEN} and {@code NAV} are
 * tickers too. The date column is called {@code Date}, {@code Datum}, {@code Day}, {@code Time}, {@code Timestamp} or
 * {@code Datetime}, or is a first column without header (a pandas index) holding dates.
 *
 * <p><b>Separator</b>: {@code ,}, {@code ;} or tab, whichever splits the header most. <b>Encoding</b>:
 * as {@link TextFiles} reads it (UTF-8 with or without BOM, UTF-16, else Windows-1252, noted).
 *
 * <p><b>Dates</b>: year first ({@code 2025-01-27}, {@code 2025/01/27}, {@code 20250127}) or
 * year last with {@code /}, {@code .} or {@code -} ({@code 27/01/2025}, {@code 01/27/2025},
 * {@code 27.01.2025}); a time after the date ({@code 2025-01-27 00:00:00-05:00}) is ignored.
 * Whether year-last dates are day or month first is read from the file: a first field above 12
 * makes them day first, a second field above 12 month first. A file whose dates never tell
 * ({@code 03/04/2024} throughout) is refused until {@code --date-format dd/MM/yyyy} or
 * {@code MM/dd/yyyy} says which; a date where both exceed 12 and a file that says both are
 * errors. A date after tomorrow is an error: a close cannot come from the future (dates after the
 * event are fine: the estimates use none of them). With {@link Options#dateFormat()} the user's pattern is used instead (year-first dates
 * are still read as such).
 *
 * <p><b>Prices</b>: {@code 142.62}, {@code 142.6199951171875}, {@code $822.79}, {@code
 * "1,234.56"}, {@code 1.234,56} in a {@code ;} file (see {@link Numbers}). {@code -}, {@code NA},
 * {@code null} and the empty cell mean no price that day; one-ticker rows without a price are
 * skipped and noted (Yahoo wrote {@code null} rows). Zero, negative, {@code NaN}, {@code
 * Infinity} and text are errors.
 *
 * <p><b>Order and repeats</b>: rows may come in any order (Nasdaq.com's are newest first); the
 * series are oldest first. A date given twice with the same price is kept once and noted; with
 * different prices it is an error naming both lines. A forward-filled filler row (the previous
 * day's close again, with volume 0, where the file has a volume column) is dropped and noted
 * with its line; an empty or unreadable volume does not count as 0.
 *
 * <p><b>Refused</b>, with one line saying why: an empty file, a header without rows, a binary
 * file (an Excel workbook), a header that repeats a column (real downloads exist where a second
 * ticker's prices were merged into repeated {@code Close} columns), a portfolio or trade list
 * (no date column, or a {@code Quantity}, {@code Weight} or {@code ISIN} column), a scenario
 * file. Every bad cell is reported with file, line, column and what was expected, all of them
 * together (the first {@value #MAX_PROBLEMS} of a file, and how many more).
 */
public final class HistoryReader {

  /**
   * How to read dates beyond what can be guessed.
   *
   * @param dateFormat a {@code java.time} pattern such as {@code dd/MM/yyyy} ({@code --date-format}),
   *     checked when the options are made
   */
  public record Options(Optional<String> dateFormat) {

    /** @throws InputException when the pattern is not one of a day, a month and a year */
    public Options {
      Objects.requireNonNull(dateFormat, "dateFormat");
      dateFormat.ifPresent(HistoryDates.UserFormat::of);
    }

    public static Options defaults() {
      return new Options(Optional.empty());
    }
  }

  static final int MAX_PROBLEMS = 20;
  /** The epoch day of a row without a (good) date. */
  private static final long NO_DAY = Long.MIN_VALUE;
  private static final int SHOWN = 5;

  private static final Set<String> DATE_NAMES = Set.of("date", "datum", "day", "time", "timestamp",
      "datetime", "date time", "trade date", "tradedate", "unnamed 0");
  private static final List<String> ADJUSTED_NAMES = List.of("adj close", "adjclose", "adjusted close",
      "adj close price", "adjusted close price", "adjusted closing price");
  private static final List<String> CLOSE_NAMES = List.of("close", "close last", "closing price",
      "close price", "closing", "last", "last price", "price", "nav", "schlusskurs", "cloture", "slotkoers");
  private static final Set<String> STRONG_CLOSE_NAMES = Set.of("close", "close last", "closing price",
      "close price");
  private static final Set<String> SYMBOL_NAMES = Set.of("symbol", "ticker");
  private static final Set<String> VOLUME_NAMES = Set.of("volume", "vol");
  private static final Set<String> OHLC_NAMES = Set.of("open", "high", "low", "volume", "vol");

  private enum Kind { ONE_TICKER, WIDE, YFINANCE }

  /**
   * A column of prices.
   *
   * @param index its 0-based index
   * @param name its header, as written
   * @param ticker the ticker, or null when it comes from the Symbol column or the file name
   * @param volume the 0-based index of its volume column, or -1
   */
  private record PriceColumn(int index, String name, String ticker, int volume) {}

  /**
   * How a file is laid out.
   *
   * @param headerRows how many rows the header takes (3 for yfinance)
   * @param dateColumn the 0-based index of the date column
   * @param dateName its header
   * @param symbolColumn the 0-based index of the Symbol column, or -1
   * @param symbolName its header
   * @param columns the price columns
   * @param width how many columns the header has
   */
  private record Layout(Kind kind, int headerRows, int dateColumn, String dateName, int symbolColumn,
      String symbolName, List<PriceColumn> columns, int width) {}

  /** Rows of one ticker to become a series. */
  private record Target(String ticker, int column, int[] rows) {}

  /** A date given on two lines. */
  private record Repeat(LocalDate date, int firstLine, int secondLine) {

    @Override
    public String toString() {
      return "(lines " + firstLine + " and " + secondLine + ")";
    }
  }

  private final String file;
  private final String stem;
  private final HistoryDates.UserFormat userFormat;
  private final List<InputProblem> problems = new ArrayList<>();
  private int omitted;
  private final List<String> notes = new ArrayList<>();
  private final List<String> rowNotes = new ArrayList<>();
  /** Dates given twice, with the tickers concerned: the same price both times, or not. */
  private final Map<Repeat, List<String>> samePrice = new LinkedHashMap<>();
  private final Map<Repeat, List<String>> differentPrices = new LinkedHashMap<>();

  private HistoryReader(String file, Options options) {
    this.file = file;
    this.userFormat = options.dateFormat().map(HistoryDates.UserFormat::of).orElse(null);
    this.stem = FileNames.stem(file).strip().toUpperCase(Locale.ROOT);
  }

  /**
   * Reads a price history file, or every {@code *.csv} in a folder.
   *
   * @throws InputException with every problem found, each naming file, line and column
   */
  public static PriceHistory read(Path path, Options options) {
    Objects.requireNonNull(options, "options");
    if (Files.isDirectory(path)) {
      return readFolder(path, options);
    }
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    // a missing file is named as given, folder and all; the file name names the series
    TextFiles.Decoded decoded = TextFiles.read(path, path.toString());
    HistoryReader reader = new HistoryReader(name, options);
    if (decoded.fallback()) {
      reader.notes.add(name + ": not valid UTF-8; read as Windows-1252");
    }
    return reader.parse(decoded.text());
  }

  /**
   * Parses the text of one price history file.
   *
   * @param file the file name: messages name it, and without a Symbol column its name without
   *     extension is the ticker
   * @throws InputException with every problem found, each naming file, line and column
   */
  public static PriceHistory parse(String text, String file, Options options) {
    return new HistoryReader(file, options).parse(text);
  }

  private static PriceHistory readFolder(Path folder, Options options) {
    String folderName = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path p : stream) {
        String n = p.getFileName().toString();
        if (!n.startsWith(".") && n.toLowerCase(Locale.ROOT).endsWith(".csv") && Files.isRegularFile(p)) {
          files.add(p);
        }
      }
    } catch (IOException e) {
      throw new InputException(InputProblem.ofFile(folderName, "cannot be read: " + e.getMessage()), e);
    }
    if (files.isEmpty()) {
      throw new InputException(InputProblem.ofFile(folderName,
          "is a folder without .csv files; expected one price history file per ticker, such as NVDA.csv"));
    }
    files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    List<InputProblem> problems = new ArrayList<>();
    List<PriceSeries> series = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Map<String, String> sourceOf = new HashMap<>();
    for (Path p : files) {
      PriceHistory h;
      try {
        h = read(p, options);
      } catch (InputException e) {
        problems.addAll(e.problems());
        continue;
      }
      for (PriceSeries s : h.series()) {
        String earlier = sourceOf.putIfAbsent(s.ticker(), s.source());
        if (earlier != null) {
          problems.add(InputProblem.ofFile(s.source(), s.ticker() + " has prices in " + earlier + " too;"
              + " expected each ticker in one file"));
        } else {
          series.add(s);
        }
      }
      notes.addAll(h.notes());
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new PriceHistory(series, notes);
  }

  // ---- one file ----------------------------------------------------------------------------

  private PriceHistory parse(String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw fileProblem("is empty; expected a header such as Date,Close and one row per day");
    }
    refuseBinary(text);
    int start = 0;
    int line = 1;
    while (true) {
      int end = text.indexOf('\n', start);
      String l = end < 0 ? text.substring(start) : text.substring(start, end);
      if (!l.isBlank() && !l.strip().startsWith("#")) {
        break;
      }
      if (end < 0) {
        throw fileProblem("has only comment lines; expected a header such as Date,Close and one row per day");
      }
      start = end + 1;
      line++;
    }
    int headerEnd = text.indexOf('\n', start);
    char separator = Csv.separatorOf(headerEnd < 0 ? text.substring(start) : text.substring(start, headerEnd));
    List<Csv.Row> all = Csv.parse(start == 0 ? text : text.substring(start), separator, file, line);
    List<Csv.Row> rows = new ArrayList<>(all.size());
    for (Csv.Row r : all) {
      if (!Csv.trim(r.cells()[0]).isEmpty() || !r.isBlank()) { // a date in front: not blank, no need to look on
        rows.add(r);
      }
    }
    if (rows.isEmpty()) { // the first line was separators only, like every line after it
      throw new InputException(InputProblem.ofLine(file, line,
          "the header has no column names; expected a header such as Date,Close and one row per day"));
    }
    Layout layout = layout(rows);
    List<Csv.Row> data = rows.subList(layout.headerRows(), rows.size());
    if (data.isEmpty()) {
      throw new InputException(InputProblem.ofLine(file, rows.get(layout.headerRows() - 1).line(),
          "the header is not followed by any row; expected one row per day under it"));
    }
    return read(layout, data, separator);
  }

  /** Binary data decodes to control characters: refuse it rather than report every cell. */
  private void refuseBinary(String text) {
    if (text.startsWith("PK\u0003\u0004")) {
      throw fileProblem("is an Excel workbook or other zip file, not text; expected a CSV file (save it as CSV)");
    }
    int n = Math.min(text.length(), 8192);
    int odd = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        odd = n;
        break;
      }
      if ((c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD') {
        odd++;
      }
    }
    if (odd > 0 && odd * 100 >= n) {
      throw fileProblem("is not a text file (found binary data); expected a CSV price history such as Date,Close");
    }
  }

  // ---- the header --------------------------------------------------------------------------

  private Layout layout(List<Csv.Row> rows) {
    Csv.Row header = rows.get(0);
    String[] cells = header.cells();
    String[] names = new String[cells.length];
    for (int c = 0; c < cells.length; c++) {
      names[c] = Text.fold(cells[c]);
    }
    Layout yf = yfinance(rows, names);
    if (yf != null) {
      return yf;
    }
    refuseScenario(header, names);
    int dateCol = -1;
    for (int c = 0; c < names.length && dateCol < 0; c++) {
      if (DATE_NAMES.contains(names[c])) {
        dateCol = c;
      }
    }
    if (dateCol < 0 && names[0].isEmpty() && rows.size() > 1 && HistoryDates.parts(rows.get(1).cell(0)) != null) {
      dateCol = 0; // pandas writes its date index with an empty header
    }
    refuseHoldings(header, names, dateCol >= 0);
    int symbolCol = -1;
    int ohlc = 0;
    boolean strong = false;
    boolean weak = false;
    for (int c = 0; c < names.length; c++) {
      if (SYMBOL_NAMES.contains(names[c]) && symbolCol < 0) {
        symbolCol = c;
      }
      ohlc += OHLC_NAMES.contains(names[c]) ? 1 : 0;
      strong |= ADJUSTED_NAMES.contains(names[c]) || STRONG_CLOSE_NAMES.contains(names[c]);
      weak |= CLOSE_NAMES.contains(names[c]);
    }
    // LOW, OPEN and NAV are tickers too: alone they do not make a one-ticker file
    boolean oneTicker = strong || symbolCol >= 0 || ohlc >= 2 || (weak && (ohlc >= 1 || names.length == 2));
    if (dateCol < 0) {
      throw new InputException(InputProblem.ofLine(file, header.line(), "found no date column in the header ("
          + list(cells, 6) + "); expected a column named Date"));
    }
    String dateName = cells[dateCol].strip();
    if (!oneTicker) {
      refuseRepeats(header, cells, c -> Csv.trim(cells[c]).toUpperCase(Locale.ROOT));
      List<PriceColumn> cols = new ArrayList<>();
      for (int c = 0; c < cells.length; c++) {
        if (c != dateCol) {
          String name = Csv.trim(cells[c]);
          cols.add(new PriceColumn(c, name, name.isEmpty() ? "" : name.toUpperCase(Locale.ROOT), -1));
        }
      }
      if (cols.isEmpty()) {
        throw new InputException(InputProblem.ofLine(file, header.line(), "the header has a date column but no"
            + " prices; expected Date,Close or Date and one column per ticker, such as Date,AAPL,MSFT"));
      }
      return new Layout(Kind.WIDE, 1, dateCol, dateName, -1, "", cols, cells.length);
    }
    refuseRepeats(header, cells, c -> names[c]);
    int close = find(names, ADJUSTED_NAMES);
    if (close < 0) {
      close = find(names, CLOSE_NAMES);
    }
    if (close < 0) {
      throw new InputException(InputProblem.ofLine(file, header.line(), "found no close column in the header ("
          + list(cells, 8) + "); expected one named Adj Close, Close or Close/Last"));
    }
    int volume = -1;
    for (int c = 0; c < names.length && volume < 0; c++) {
      if (VOLUME_NAMES.contains(names[c])) {
        volume = c;
      }
    }
    List<PriceColumn> cols = List.of(new PriceColumn(close, cells[close].strip(), null, volume));
    return new Layout(Kind.ONE_TICKER, 1, dateCol, dateName, symbolCol,
        symbolCol < 0 ? "" : cells[symbolCol].strip(), cols, cells.length);
  }

  /** The first column whose name is in {@code wanted}, trying the names in their order. */
  private static int find(String[] names, List<String> wanted) {
    for (String w : wanted) {
      for (int c = 0; c < names.length; c++) {
        if (names[c].equals(w)) {
          return c;
        }
      }
    }
    return -1;
  }

  /**
   * yfinance's header: {@code Price,Close,…} / {@code Ticker,BTC-USD,…} / {@code Date,,…}, or
   * with the first two lines swapped ({@code group_by="ticker"}), or with their first cells empty.
   */
  private Layout yfinance(List<Csv.Row> rows, String[] names) {
    if (rows.size() < 3) {
      return null;
    }
    String first = names[0];
    String second = Text.fold(rows.get(1).cell(0));
    Csv.Row dateRow = rows.get(2);
    String third = Text.fold(dateRow.cell(0));
    boolean firstOk = first.equals("price") || first.equals("ticker") || first.isEmpty();
    boolean secondOk = second.equals("price") || second.equals("ticker") || second.isEmpty();
    if (!firstOk || !secondOk || first.equals(second) && !first.isEmpty()
        || !(third.equals("date") || third.equals("datetime")) || dateRow.filled() != 1) {
      return null;
    }
    boolean swapped = first.equals("ticker") || second.equals("price");
    Csv.Row fieldRow = swapped ? rows.get(1) : rows.get(0);
    Csv.Row tickerRow = swapped ? rows.get(0) : rows.get(1);
    int width = Math.max(fieldRow.cells().length, tickerRow.cells().length);
    String[] fields = new String[width];
    String[] tickers = new String[width];
    String[] keys = new String[width];
    for (int c = 0; c < width; c++) {
      fields[c] = fieldRow.cell(c);
      String t = tickerRow.cell(c).toUpperCase(Locale.ROOT);
      tickers[c] = t.isEmpty() ? stem : t;
      keys[c] = c == 0 ? "" : Text.fold(fields[c]) + " " + tickers[c];
    }
    for (int c = 1; c < width; c++) {
      for (int d = 1; d < c; d++) {
        if (!Text.fold(fields[c]).isEmpty() && keys[c].equals(keys[d])) {
          throw repeated(fieldRow.line(), fields[c] + "' of '" + tickers[c], d, c);
        }
      }
    }
    Map<String, int[]> byTicker = new LinkedHashMap<>(); // ticker → {adjusted, close, volume}
    for (int c = 1; c < width; c++) {
      String f = Text.fold(fields[c]);
      int[] cols = byTicker.computeIfAbsent(tickers[c], t -> new int[] {-1, -1, -1});
      if (ADJUSTED_NAMES.contains(f)) {
        cols[0] = c;
      } else if (f.equals("close")) {
        cols[1] = c;
      } else if (VOLUME_NAMES.contains(f)) {
        cols[2] = c;
      }
    }
    List<PriceColumn> cols = new ArrayList<>();
    for (Map.Entry<String, int[]> e : byTicker.entrySet()) {
      int c = e.getValue()[0] >= 0 ? e.getValue()[0] : e.getValue()[1];
      if (c < 0) {
        throw new InputException(InputProblem.ofLine(file, fieldRow.line(), "yfinance header without a Close"
            + " column for " + e.getKey() + "; expected Close or Adj Close on line " + fieldRow.line()));
      }
      cols.add(new PriceColumn(c, fields[c], e.getKey(), e.getValue()[2]));
    }
    return new Layout(Kind.YFINANCE, 3, 0, dateRow.cell(0), -1, "", cols, width);
  }

  private void refuseRepeats(Csv.Row header, String[] cells, IntFunction<String> key) {
    Map<String, Integer> seen = new HashMap<>();
    for (int c = 0; c < cells.length; c++) {
      String k = key.apply(c);
      if (k.isEmpty()) {
        continue;
      }
      Integer first = seen.putIfAbsent(k, c);
      if (first != null) {
        throw repeated(header.line(), cells[c].strip(), first, c);
      }
    }
  }

  private InputException repeated(int line, String name, int first, int second) {
    return new InputException(InputProblem.ofLine(file, line, "the header repeats column '" + name
        + "' (columns " + (first + 1) + " and " + (second + 1) + "); expected each column once, so no prices"
        + " are guessed at"));
  }

  private void refuseScenario(Csv.Row header, String[] names) {
    List<String> n = Arrays.asList(names);
    if (n.contains("target") && (n.contains("move") || n.contains("shock"))) {
      throw new InputException(InputProblem.ofLine(file, header.line(), "this is a scenario file (columns "
          + list(header.cells(), 6) + "), not a price history; give it with --scenario"));
    }
  }

  /** A portfolio (no date, but holdings' columns) or a trade list (a date and quantities). */
  private void refuseHoldings(Csv.Row header, String[] names, boolean hasDate) {
    int known = 0;
    String holdingColumn = null;
    for (int c = 0; c < names.length; c++) {
      Optional<Column> col = Column.ofHeader(names[c]);
      if (col.isEmpty()) {
        continue;
      }
      known++;
      if (holdingColumn == null && (col.get() == Column.QUANTITY || col.get() == Column.WEIGHT
          || col.get() == Column.ISIN || (!hasDate && col.get() == Column.VALUE))) {
        holdingColumn = header.cells()[c].strip();
      }
    }
    if (!hasDate && (holdingColumn != null || known >= 2)) {
      throw new InputException(InputProblem.ofLine(file, header.line(), "this looks like a portfolio file"
          + " (columns " + list(header.cells(), 6) + ") and has no date column, so it is not a price history;"
          + " give it with --portfolio"));
    }
    if (hasDate && holdingColumn != null) {
      throw new InputException(InputProblem.ofLine(file, header.line(), "the column '" + holdingColumn
          + "' belongs to holdings or trades, not a price history (columns " + list(header.cells(), 6)
          + "); expected Date and Close, or Date and one column per ticker (a portfolio goes with --portfolio)"));
    }
  }

  // ---- the rows ----------------------------------------------------------------------------

  private PriceHistory read(Layout layout, List<Csv.Row> data, char separator) {
    int n = data.size();
    List<PriceColumn> columns = layout.columns();
    LocalDate[] dates = dates(layout, data);
    refuseFutureDates(layout, data, dates, LocalDate.now());
    Numbers.DecimalMark mark = separator == ',' ? Numbers.DecimalMark.POINT : decimalMark(columns, data);
    double[][] prices = new double[columns.size()][n];
    boolean[] headless = new boolean[columns.size()];
    for (int k = 0; k < columns.size(); k++) {
      headless[k] = layout.kind() == Kind.WIDE && columns.get(k).name().isEmpty();
    }
    boolean[] headlessReported = new boolean[columns.size()];
    for (int r = 0; r < n; r++) {
      Csv.Row row = data.get(r);
      String[] cells = row.cells();
      if (cells.length > layout.width()) {
        for (int c = layout.width(); c < cells.length; c++) {
          if (!Csv.trim(cells[c]).isEmpty()) {
            problem(InputProblem.ofLine(file, row.line(), "has " + cells.length + " cells but the header has "
                + layout.width() + "; expected one cell per header column"));
            break;
          }
        }
      }
      for (int k = 0; k < columns.size(); k++) {
        PriceColumn col = columns.get(k);
        String raw = row.cell(col.index());
        if (headless[k]) {
          if (!raw.isEmpty() && !headlessReported[k]) {
            headlessReported[k] = true;
            problem(InputProblem.ofCell(file, row.line(), col.index() + 1, "", "found '" + Messages.abbreviate(raw)
                + "' in a column without header; expected its ticker in the header"));
          }
          prices[k][r] = Double.NaN;
          continue;
        }
        prices[k][r] = price(raw, row, col, mark);
      }
    }
    List<Target> targets = targets(layout, data);
    long[] days = new long[n];
    for (int r = 0; r < n; r++) {
      days[r] = dates[r] == null ? NO_DAY : dates[r].toEpochDay();
    }
    List<PriceSeries> series = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    for (Target t : targets) {
      PriceColumn col = columns.get(t.column());
      PriceSeries s = series(t, col, layout, data, dates, days, prices[t.column()]);
      if (s != null) {
        series.add(s);
      } else if (!col.name().isEmpty() || layout.kind() != Kind.WIDE) {
        empty.add(t.ticker());
      }
    }
    for (Map.Entry<Repeat, List<String>> e : differentPrices.entrySet()) {
      Repeat k = e.getKey();
      problem(InputProblem.ofLine(file, k.secondLine(), "same date " + k.date() + " twice with different prices"
          + forTickers(e.getValue(), targets.size()) + " " + k + "; expected one price per date"));
    }
    if (!problems.isEmpty()) {
      throw failure();
    }
    if (series.isEmpty()) {
      if (layout.kind() == Kind.ONE_TICKER) {
        PriceColumn col = columns.get(0);
        throw new InputException(InputProblem.ofCell(file, data.get(0).line(), col.index() + 1, col.name(),
            "found no price in any row; expected a price on at least one day"));
      }
      throw fileProblem("has no price in any column; expected prices under the tickers of the header");
    }
    List<String> fileNotes = new ArrayList<>(notes);
    fileNotes.add(usedNote(layout, series));
    if (!empty.isEmpty()) {
      fileNotes.add(file + ": " + empty.size() + " ticker(s) without a single price skipped: " + shown(empty));
    }
    if (samePrice.size() == 1) {
      Map.Entry<Repeat, List<String>> e = samePrice.entrySet().iterator().next();
      fileNotes.add(file + ": same date " + e.getKey().date() + " twice with the same price"
          + forTickers(e.getValue(), targets.size()) + " " + e.getKey() + "; kept once");
    } else if (!samePrice.isEmpty()) {
      List<String> pairs = new ArrayList<>();
      for (Map.Entry<Repeat, List<String>> e : samePrice.entrySet()) {
        pairs.add(e.getKey().date() + forTickers(e.getValue(), targets.size()) + " " + e.getKey());
      }
      fileNotes.add(file + ": " + pairs.size() + " dates twice with the same price, kept once each: " + shown(pairs));
    }
    fileNotes.addAll(rowNotes);
    return new PriceHistory(series, fileNotes);
  }

  private String usedNote(Layout layout, List<PriceSeries> series) {
    return switch (layout.kind()) {
      case WIDE -> file + ": a wide table; prices of " + series.size() + " ticker(s), one column each";
      case ONE_TICKER -> file + ": prices from column '" + layout.columns().get(0).name() + "'"
          + (layout.symbolColumn() < 0 ? "; no Symbol column, so the ticker " + stem + " is the file name" : "");
      case YFINANCE -> {
        List<String> used = layout.columns().stream().map(PriceColumn::name).distinct().toList();
        yield file + ": prices from column" + (used.size() == 1 ? " '" + used.get(0) + "'"
            : "s '" + String.join("', '", used) + "'") + " (yfinance three-line header)";
      }
    };
  }

  /**
   * A close cannot come from the future: a date after tomorrow (a day of grace for time zones) is
   * a typo such as 2052 for 2025, and would sort after every real price.
   */
  private void refuseFutureDates(Layout layout, List<Csv.Row> data, LocalDate[] dates, LocalDate today) {
    LocalDate latest = today.plusDays(1);
    for (int r = 0; r < dates.length; r++) {
      if (dates[r] != null && dates[r].isAfter(latest)) {
        problem(InputProblem.ofCell(file, data.get(r).line(), layout.dateColumn() + 1, layout.dateName(),
            "found " + dates[r] + ", a date after today; expected the date of a past close"));
      }
    }
  }

  /** The date of every row, null where it is missing or bad (then a problem says so). */
  private LocalDate[] dates(Layout layout, List<Csv.Row> data) {
    int n = data.size();
    int col = layout.dateColumn();
    String name = layout.dateName();
    LocalDate[] dates = new LocalDate[n];
    if (userFormat != null) {
      for (int r = 0; r < n; r++) {
        Csv.Row row = data.get(r);
        String raw = row.cell(col);
        if (raw.isEmpty()) {
          problem(InputProblem.ofCell(file, row.line(), col + 1, name, "found no date; expected a date such as "
              + userFormat.example()));
          continue;
        }
        dates[r] = userFormat.parse(raw);
        if (dates[r] == null) {
          problem(InputProblem.ofCell(file, row.line(), col + 1, name, "found '" + Messages.abbreviate(raw)
              + "', expected a date such as " + userFormat.example() + " (--date-format " + userFormat.pattern() + ")"));
        }
      }
      return dates;
    }
    HistoryDates.Parts[] parts = new HistoryDates.Parts[n];
    int dayFirst = -1;
    int monthFirst = -1;
    int ambiguous = -1;
    for (int r = 0; r < n; r++) {
      Csv.Row row = data.get(r);
      String raw = row.cell(col);
      HistoryDates.Parts p = HistoryDates.parts(raw);
      if (p == null) {
        problem(InputProblem.ofCell(file, row.line(), col + 1, name, (raw.isEmpty() ? "found no date"
            : "found '" + Messages.abbreviate(raw) + "'") + ", expected a date such as 2025-01-27, 27/01/2025 or 01/27/2025"));
        continue;
      }
      parts[r] = p;
      if (p.yearFirst()) {
        continue;
      }
      if (p.first() > 12 && p.second() > 12) {
        problem(InputProblem.ofCell(file, row.line(), col + 1, name, "found '" + p.text() + "', expected a date:"
            + " neither " + p.first() + " nor " + p.second() + " can be a month"));
        parts[r] = null;
      } else if (p.first() > 12) {
        dayFirst = dayFirst < 0 ? r : dayFirst;
      } else if (p.second() > 12) {
        monthFirst = monthFirst < 0 ? r : monthFirst;
      } else {
        ambiguous = ambiguous < 0 ? r : ambiguous;
      }
    }
    HistoryDates.Order order = HistoryDates.Order.DMY;
    if (dayFirst >= 0 && monthFirst >= 0) {
      int a = Math.min(dayFirst, monthFirst);
      int b = Math.max(dayFirst, monthFirst);
      problem(InputProblem.ofCell(file, data.get(b).line(), col + 1, name, "found '" + parts[b].text() + "' ("
          + (b == dayFirst ? "day" : "month") + " first) but line " + data.get(a).line() + " has '" + parts[a].text()
          + "' (" + (a == dayFirst ? "day" : "month") + " first); expected one order of day and month throughout"));
      return dates;
    } else if (monthFirst >= 0) {
      order = HistoryDates.Order.MDY;
    } else if (dayFirst < 0 && ambiguous >= 0) {
      HistoryDates.Parts p = parts[ambiguous];
      char s = p.separator();
      problem(InputProblem.ofFile(file, "dates such as " + p.text() + " could be DD" + s + "MM or MM" + s + "DD;"
          + " expected --date-format " + HistoryDates.Order.DMY.pattern(s) + " or " + HistoryDates.Order.MDY.pattern(s)));
      return dates;
    }
    for (int r = 0; r < n; r++) {
      HistoryDates.Parts p = parts[r];
      if (p == null) {
        continue;
      }
      dates[r] = p.toDate(order);
      if (dates[r] == null) {
        HistoryDates.Order o = p.yearFirst() ? HistoryDates.Order.YMD : order;
        problem(InputProblem.ofCell(file, data.get(r).line(), col + 1, name, "found '" + p.text()
            + "', which is no day of the calendar (read as " + o.pattern(p.separator() == 0 ? '-' : p.separator())
            + "); expected a real date"));
      }
    }
    return dates;
  }

  /** A {@code ;} or tab separated file says by its prices whether {@code ,} is its decimal mark. */
  private static Numbers.DecimalMark decimalMark(List<PriceColumn> columns, List<Csv.Row> data) {
    for (Csv.Row row : data) {
      for (PriceColumn col : columns) {
        Numbers.DecimalMark m = Numbers.evidence(row.cell(col.index()));
        if (m != Numbers.DecimalMark.UNKNOWN) {
          return m;
        }
      }
    }
    return Numbers.DecimalMark.POINT;
  }

  /** The price in a cell; NaN when there is none (missing, or bad and reported). */
  private double price(String raw, Csv.Row row, PriceColumn col, Numbers.DecimalMark mark) {
    if (raw.isEmpty()) {
      return Double.NaN;
    }
    double v;
    try {
      OptionalDouble parsed = Numbers.parse(raw, mark);
      if (parsed.isEmpty()) {
        return Double.NaN;
      }
      v = parsed.getAsDouble();
    } catch (NumberFormatException e) {
      String found = Numbers.TOO_LARGE.equals(e.getMessage())
          ? "found '" + Messages.abbreviate(raw) + "', which is too large;" : "found '" + Messages.abbreviate(raw) + "',";
      problem(InputProblem.ofCell(file, row.line(), col.index() + 1, col.name(),
          found + " expected a price such as 142.62"));
      return Double.NaN;
    }
    if (!(v > 0)) {
      problem(InputProblem.ofCell(file, row.line(), col.index() + 1, col.name(),
          "found '" + Messages.abbreviate(raw) + "', expected a price above zero"));
      return Double.NaN;
    }
    return v;
  }

  /** The series to build: one per price column, or one per symbol of the Symbol column. */
  private List<Target> targets(Layout layout, List<Csv.Row> data) {
    int n = data.size();
    List<Target> targets = new ArrayList<>();
    int[] all = new int[n];
    for (int r = 0; r < n; r++) {
      all[r] = r;
    }
    if (layout.kind() != Kind.ONE_TICKER) {
      for (int k = 0; k < layout.columns().size(); k++) {
        targets.add(new Target(layout.columns().get(k).ticker(), k, all));
      }
      return targets;
    }
    int sc = layout.symbolColumn();
    if (sc < 0) {
      targets.add(new Target(stem, 0, all));
      return targets;
    }
    Map<String, List<Integer>> bySymbol = new LinkedHashMap<>();
    List<Integer> unnamed = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      String s = data.get(r).cell(sc).toUpperCase(Locale.ROOT);
      if (s.isEmpty()) {
        unnamed.add(r);
      } else {
        bySymbol.computeIfAbsent(s, x -> new ArrayList<>()).add(r);
      }
    }
    if (bySymbol.isEmpty()) {
      targets.add(new Target(stem, 0, all)); // an empty Symbol column: the file name it is
      return targets;
    }
    String symbolName = layout.symbolName();
    for (int r : unnamed) {
      problem(InputProblem.ofCell(file, data.get(r).line(), sc + 1, symbolName,
          "found no ticker; expected the ticker of the row's prices, as on the other rows"));
    }
    for (Map.Entry<String, List<Integer>> e : bySymbol.entrySet()) {
      targets.add(new Target(e.getKey(), 0, e.getValue().stream().mapToInt(Integer::intValue).toArray()));
    }
    return targets;
  }

  /**
   * One ticker's series: its rows with a date and a price, oldest first; a repeated date is
   * kept once (same price) or recorded as a problem; filler rows are dropped. Null without prices.
   */
  private PriceSeries series(Target t, PriceColumn col, Layout layout, List<Csv.Row> data, LocalDate[] dates,
      long[] days, double[] prices) {
    int[] rows = t.rows();
    long[] keys = new long[rows.length];
    int m = 0;
    boolean sorted = true;
    List<Integer> withoutPrice = new ArrayList<>();
    for (int r : rows) {
      if (days[r] == NO_DAY) {
        continue;
      }
      if (Double.isNaN(prices[r])) {
        withoutPrice.add(data.get(r).line());
        continue;
      }
      keys[m] = ((days[r] + (1L << 30)) << 32) | r;
      sorted &= m == 0 || keys[m] > keys[m - 1];
      m++;
    }
    if (m == 0) {
      return null;
    }
    if (!sorted) {
      Arrays.sort(keys, 0, m);
    }
    LocalDate[] outDates = new LocalDate[m];
    double[] outCloses = new double[m];
    int[] outRows = new int[m];
    int kept = 0;
    List<Integer> fillers = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      int r = (int) keys[i];
      LocalDate d = dates[r];
      double p = prices[r];
      if (kept > 0 && days[r] == days[outRows[kept - 1]]) {
        Repeat key = new Repeat(d, data.get(outRows[kept - 1]).line(), data.get(r).line());
        (p == outCloses[kept - 1] ? samePrice : differentPrices)
            .computeIfAbsent(key, x -> new ArrayList<>()).add(t.ticker());
        continue;
      }
      if (kept > 0 && col.volume() >= 0 && p == outCloses[kept - 1] && zero(data.get(r).cell(col.volume()))) {
        fillers.add(data.get(r).line());
        continue;
      }
      outDates[kept] = d;
      outCloses[kept] = p;
      outRows[kept] = r;
      kept++;
    }
    String who = layout.kind() == Kind.ONE_TICKER && layout.symbolColumn() < 0 ? "" : " of " + t.ticker();
    if (!withoutPrice.isEmpty() && layout.kind() == Kind.ONE_TICKER) {
      rowNotes.add(file + ": " + withoutPrice.size() + " row(s)" + who + " without a price in '" + col.name()
          + "' skipped (" + Messages.lines(withoutPrice) + ")");
    }
    if (!fillers.isEmpty()) {
      fillers.sort(null);
      rowNotes.add(file + ": dropped " + fillers.size() + " filler row(s)" + who + " that repeat the previous close"
          + " with volume 0 (" + Messages.lines(fillers) + ")");
    }
    return new PriceSeries(t.ticker(), Arrays.asList(outDates).subList(0, kept),
        Arrays.copyOf(outCloses, kept), col.name(), file);
  }

  /** Whether a volume cell says 0; an empty or unreadable one does not. */
  private static boolean zero(String raw) {
    try {
      OptionalDouble parsed = Numbers.parse(raw, Numbers.DecimalMark.UNKNOWN);
      return parsed.isPresent() && parsed.getAsDouble() == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }


  // ---- messages ----------------------------------------------------------------------------

  private void problem(InputProblem p) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(p);
    } else {
      omitted++;
    }
  }

  private InputException failure() {
    List<InputProblem> all = new ArrayList<>(problems);
    all.sort(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column));
    if (omitted > 0) {
      all.add(InputProblem.ofFile(file, omitted + " more problem(s) like these not shown"));
    }
    return new InputException(all);
  }

  private InputException fileProblem(String message) {
    return new InputException(InputProblem.ofFile(file, message));
  }

  /** {@code " for AAPL, MSFT"} when the file has several tickers. */
  private static String forTickers(List<String> tickers, int targets) {
    return targets <= 1 ? "" : " for " + shown(tickers);
  }

  /** The first few items, and how many more. */
  private static String shown(List<String> items) {
    String head = String.join(", ", items.subList(0, Math.min(SHOWN, items.size())));
    return items.size() <= SHOWN ? head : head + " and " + (items.size() - SHOWN) + " more";
  }

  private static String list(String[] cells, int max) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(max, cells.length); i++) {
      sb.append(i > 0 ? ", " : "").append(Csv.trim(cells[i]));
    }
    return cells.length > max ? sb.append(", …").toString() : sb.toString();
  }


}
