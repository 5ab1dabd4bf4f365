package io.shockfolio.io;

import io.shockfolio.domain.Currencies;
import io.shockfolio.domain.Holding;
import io.shockfolio.domain.Holdings;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.InputProblem;
import io.shockfolio.domain.Instrument;
import io.shockfolio.domain.Isin;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.Venue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads the portfolio files people already have: broker exports, ETF holdings files, their own
 * spreadsheets. There is no single format; the reader finds its way:
 *
 * <ul>
 *   <li><b>Header row</b>: the first line among the first 60 whose cells name the most known
 *       columns (see {@link Column} for every alias: {@code Ticker}, {@code Kürzel},
 *       {@code Symbool/ISIN}, {@code Aantal}, {@code Stück}, {@code Slotkoers}, {@code Lokale
 *       waarde}, {@code market value($)}, {@code Weight (%)}…). Lines above it (iShares writes
 *       nine) are skipped and reported. {@code --columns quantity=Shares} names a column outright;
 *       naming one the header does not have is an error. A header that repeats a column the
 *       reader uses (two {@code Price}) is refused; a repeated column it ignores is harmless.
 *   <li><b>Separator</b>: {@code ,}, {@code ;} or tab, whichever splits the header into known columns.
 *       A row split by another of them ({@code MSFT;Microsoft;5} under a comma header) is an error.
 *   <li><b>Numbers</b>: {@code 1,234.56}, {@code 1.234,56}, {@code "1657,80"}, {@code $822.79},
 *       {@code 8.87%}; {@code -}, {@code NA} and empty mean missing (see {@link Numbers}).
 *       {@code NaN}, {@code Infinity} and {@code 1e400} are errors.
 *   <li><b>Encoding</b>: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252 (noted).
 *       Line ends may be CRLF, LF or CR, and the last line may lack one.
 *   <li><b>Value</b>: a market-value column; else quantity × price; else weight × {@code --total}
 *       (weights in % when the header says so or they add up to more than 1.5); else a value in a
 *       named currency. A weight-only file without {@code --total} is refused as a whole.
 *       A value column whose cells are currency codes, followed by a column with no header, is
 *       DEGIRO's layout: code in the first, amount in the second (noted). A header such as
 *       {@code Waarde in EUR} gives a second value in that currency, which serves as the exchange
 *       rate (noted); when it is the file's only value, it is the value.
 *   <li><b>Currency</b>: the currency column ({@code €}, {@code $} and {@code £} are read as codes);
 *       else a Yahoo ticker suffix ({@code .SW} is CHF); else a {@code $}, {@code €} or {@code £} in
 *       the value header; else {@code --currency}; else USD, noted.
 *   <li><b>Footer</b>: after the data, blank rows and rows with at most one filled cell (ARK's
 *       and iShares' legal text, also when a quoted cell spans lines) are skipped and reported
 *       with every physical line they cover. Such rows between holdings are skipped and reported
 *       too. A sum row (a cell that is just {@code Summe}, {@code Total} or {@code Totaal}, and no
 *       symbol, ISIN, quantity or price) is skipped and reported.
 *   <li><b>Cash</b>: rows whose asset class says cash or money market, or whose name says cash,
 *       become cash holdings. Negative quantities are short positions with negative values.
 *       Zero-value rows (a future with only a notional) are kept and reported. Repeated lines of
 *       one instrument (same ISIN, else same symbol, in the same currency) are summed and reported.
 * </ul>
 *
 * Example of a file it reads as is (DEGIRO, Dutch):
 * <pre>
 * Product,Symbool/ISIN,Aantal,Slotkoers,Lokale waarde,,Waarde in EUR
 * CASH &amp; CASH FUND &amp; FTX CASH (EUR),,,,EUR,"260,04","260,04"
 * ASML HOLDING NV,NL0010273215,8,"1657,80",EUR,"13262,40","13262,40"
 * ALPHABET INC CLASS C,US02079K1079,13,"367,46",USD,"4776,98","4168,39"
 * </pre>
 *
 * Every bad cell is reported with file, line, column, what was found and what was expected;
 * all of them together, one line each. With {@link Options#skipBadRows} the bad rows are left
 * out and listed in the notes instead (unless no row is left). A transaction export (DEGIRO
 * {@code Transactions.csv}, Trade Republic, an IBKR trade report) and a price history (OHLC,
 * yfinance's three-line header, Nasdaq.com, a wide {@code Date,AAPL,MSFT} table) are recognised
 * and refused with a message saying so.
 */
public final class PortfolioReader {

  /**
   * How to read a file beyond what can be guessed.
   *
   * @param columns header names for columns the guess gets wrong, e.g. {@code QUANTITY → "Shares"}
   * @param total the portfolio's total value, to turn weights into values; NaN when not given
   * @param currency the currency of holdings whose file says none; empty when not given
   * @param skipBadRows whether rows with errors are skipped (and reported) instead of failing
   * @param totalCurrency the currency of {@code total} (the run's base currency); empty when the
   *     weighted rows' own currency is meant
   */
  public record Options(
      Map<Column, String> columns, double total, String currency, boolean skipBadRows, String totalCurrency) {
    public Options {
      columns = Map.copyOf(columns);
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(totalCurrency, "totalCurrency");
    }

    /** Options whose {@code --total} is in the currency of the weighted rows. */
    public Options(Map<Column, String> columns, double total, String currency, boolean skipBadRows) {
      this(columns, total, currency, skipBadRows, "");
    }

    public static Options defaults() {
      return new Options(Map.of(), Double.NaN, "", false, "");
    }
  }

  private static final int HEADER_SEARCH_LINES = 60;
  private static final int ISIN_LENGTH = 12;
  private static final Pattern CASH_NAME = Pattern.compile(
      "(?i).*\\b(cash|money market|geldmarkt|liquidit[aé]t|tagesgeld|govt instl|treasury sl agency)\\b.*");
  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
  private static final Pattern TOTALS_LABEL = Pattern.compile(
      "(?i)((account|portfolio|depot|grand|sub)\\s*)?(summe|gesamt|gesamtsumme|total|totals|totaal|somme|totale)"
          + "(\\s+\\w+)?\\s*:?");
  /** Amounts beyond this are not holdings but typos or overflow; a cent count must fit a long. */
  private static final double MAX_AMOUNT = 1e13;
  private static final Set<String> TRANSACTION_MARKERS = Set.of("order id", "orderid", "transactiekosten",
      "transaction costs", "transaktionskosten", "uitvoeringsplaats", "execution venue", "t price", "comm fee",
      "buy sell", "ibcommission", "gebuhren", "gebuehren", "steuern", "fees", "taxes", "transaction type",
      "transaktionstyp", "valutadatum", "mutatie", "tradeprice", "proceeds", "realized p l", "trades");
  private static final Set<String> DATE_HEADERS = Set.of("date", "datum", "date time", "trade date", "tijd",
      "time", "header", "transaction date", "buchungstag", "valuta");
  private static final Set<String> PRICE_HISTORY_COLUMNS = Set.of("open", "high", "low", "close", "adj close",
      "volume", "close last");

  /** Lines read ahead to find the header: the 60 searched, and the 3 after it that tell a price history. */
  private static final int PREFIX_LINES = HEADER_SEARCH_LINES + 3;

  private final String file;
  private final Options options;
  /** The decimal mark the rows are read with, when known before reading them; null to learn it from them. */
  private final Numbers.DecimalMark knownMark;
  private final List<InputProblem> problems = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private String[] headerCells = new String[0];
  private final List<Integer> weightedInTotalCurrency = new ArrayList<>();
  private final List<Integer> foreignLines = new ArrayList<>();
  private final List<Integer> valuedInHeaderCurrency = new ArrayList<>();
  private double weightSum;
  private String fundCurrency = "";
  private final java.util.Set<String> weightedCurrencies = new java.util.LinkedHashSet<>();
  /** Cells that say a comma is the decimal mark ({@code 1.234,56}), and cells that say a point is. */
  private int commaEvidence;
  private int pointEvidence;
  /** Whether a number was read whose value depends on the decimal mark ({@code 1.234}). */
  private boolean markMattered;
  /**
   * Each holding's {@link #mergeHash}, kept as it is read, from the texts the row gave, so that
   * finding repeats makes no text again.
   */
  private int[] mergeHashes;

  // what the rows gave, in file order
  private Holdings.Builder holdings;
  /** How long the text is, in bytes or characters, to guess how many rows it has; 0 when not known. */
  private final long textSize;
  private int lastData = -1;
  private final List<Integer> skipped = new ArrayList<>();
  private final List<Integer> totals = new ArrayList<>();
  private final List<Integer> ragged = new ArrayList<>();
  private int assumedCurrency;

  private PortfolioReader(String file, Options options, List<String> firstNotes, Numbers.DecimalMark knownMark,
      long textSize) {
    this.file = file;
    this.textSize = textSize;
    this.options = options;
    this.knownMark = knownMark;
    notes.addAll(firstNotes);
  }

  /**
   * Reads a portfolio file; {@code displayName} is how messages name it. The file is read as a
   * stream of rows, never whole; a file that is not UTF-8 is read again as Windows-1252, as
   * {@link TextFiles#read} would decode it.
   */
  public static Portfolio read(Path path, String displayName, Options options) {
    String name = FileNames.stem(path.getFileName().toString());
    try {
      return parse(() -> TextFiles.open(path, displayName, false), displayName, name, options, List.of(),
          sizeOf(path));
    } catch (TextFiles.NotUtf8 e) {
      return readAsWindows1252(path, displayName, name, options);
    } catch (InputException e) {
      // the encoding is that of the whole file: an error met before a byte that is not UTF-8 may not be one
      // in Windows-1252
      if (!TextFiles.fallsBack(path, displayName)) {
        throw e;
      }
      return readAsWindows1252(path, displayName, name, options);
    }
  }

  private static Portfolio readAsWindows1252(Path path, String displayName, String name, Options options) {
    return parse(() -> TextFiles.open(path, displayName, true), displayName, name, options,
        List.of(displayName + ": not valid UTF-8; read as Windows-1252"), sizeOf(path));
  }

  /** Parses portfolio text; {@code file} names it in messages and {@code name} in titles. */
  public static Portfolio parse(String text, String file, String name, Options options) {
    return parse(() -> new StringReader(text), file, name, options, List.of(), text.length());
  }

  /**
   * Reads the text {@code source} opens. Rows are read with a point as decimal mark while the
   * file's own mark is learned from them; in the rare file that turns out to use a comma after
   * cells such as {@code 1.234} that read otherwise with one, the text is read again with the comma.
   */
  private static Portfolio parse(Supplier<Reader> source, String file, String name, Options options,
      List<String> firstNotes, long textSize) {
    Portfolio portfolio = new PortfolioReader(file, options, firstNotes, null, textSize).parse(source, name);
    if (portfolio == null) {
      portfolio = new PortfolioReader(file, options, firstNotes, Numbers.DecimalMark.COMMA, textSize)
          .parse(source, name);
    }
    return portfolio;
  }

  private record Header(int line, char separator, Map<Column, Integer> columns, String[] cells, int score) {}

  /** The portfolio, or null when it must be read again with a comma as decimal mark. */
  private Portfolio parse(Supplier<Reader> source, String name) {
    checkOptions();
    // the default 8K chars: a larger buffer is zeroed for every file, 128 KB for each of a batch's
    // thousands of small files; 64K for a file of over a megabyte, which OpenCSV reads through it
    try (BufferedReader in = new BufferedReader(source.get(), bufferSize())) {
      return parse(in, name);
    } catch (IOException e) {
      throw new InputException(InputProblem.ofFile(file, "cannot be read: " + e.getMessage()), e);
    }
  }

  private Portfolio parse(BufferedReader in, String name) throws IOException {
    in.mark(1);
    if (in.read() != '\uFEFF') {
      in.reset();
    }
    in.mark(bufferSize()); // to read the rows from the header on again, when the buffer holds the lines read ahead
    List<String> prefix = new ArrayList<>();
    String line;
    while (prefix.size() < PREFIX_LINES && (line = in.readLine()) != null) {
      prefix.add(line);
    }
    String firstFilled = prefix.stream().filter(l -> !l.isBlank()).findFirst().orElse(null);
    while (firstFilled == null && (line = in.readLine()) != null) {
      firstFilled = line.isBlank() ? null : line; // only blank lines so far: no header will be found
    }
    if (firstFilled == null) {
      throw new InputException(InputProblem.ofFile(file, "is empty; expected a header row and one row per holding"));
    }
    String[] lines = prefix.toArray(String[]::new);
    refuseScenario(lines);
    Header header = findHeader(lines, firstFilled);
    refuseOtherKinds(header, lines);
    headerCells = header.cells;
    if (header.line > 1) {
      notes.add(file + ": skipped " + (header.line - 1) + " line(s) before the header on line " + header.line);
    }
    expectRows(prefix.subList(header.line - 1, prefix.size()));
    // the rows from the header on: read again when the lines read ahead were few enough to be kept,
    // else the lines read ahead, then the rest of the file
    Reader body;
    if (rewound(in)) {
      for (int l = 1; l < header.line; l++) {
        in.readLine();
      }
      body = in;
    } else {
      body = new SequenceReader(String.join("\n", prefix.subList(header.line - 1, prefix.size())) + "\n", in);
    }
    try (Csv.Rows rows = new Csv.Rows(body, header.separator, file, header.line, true)) {
      rows.next(); // the header
      return parse(rows, header, name);
    }
  }

  private Portfolio parse(Csv.Rows rows, Header header, String name) {
    Map<Column, Integer> cols = new EnumMap<>(header.columns);
    String baseCurrency = "";
    int baseValueCol = -1;
    for (int c = 0; c < header.cells.length; c++) {
      Optional<String> cur = Column.valueCurrency(header.cells[c]);
      if (cur.isPresent() && !Objects.equals(cols.get(Column.VALUE), c)) {
        baseCurrency = cur.get();
        baseValueCol = c;
      }
    }
    String headerCurrency = "";
    if (cols.containsKey(Column.VALUE)) {
      headerCurrency = Column.valueCurrency(header.cells[cols.get(Column.VALUE)]).orElse("");
    } else if (baseValueCol >= 0 && !(cols.containsKey(Column.QUANTITY) && cols.containsKey(Column.PRICE))) {
      // the only value column names its currency: it is the value, not a second one
      cols.put(Column.VALUE, baseValueCol);
      headerCurrency = baseCurrency;
      baseValueCol = -1;
      baseCurrency = "";
    }
    Integer v = cols.get(Column.VALUE);
    // weights, an iShares FX rate and DEGIRO's split value column are read from every row before any
    // holding: such files keep their rows until then; any other file is read row by row
    boolean fileWide = cols.containsKey(Column.WEIGHT)
        || (cols.containsKey(Column.FX_RATE) && cols.containsKey(Column.CURRENCY))
        || (v != null && v + 1 < header.cells.length && header.cells[v + 1].isBlank());
    List<Csv.Row> data = new ArrayList<>();
    if (fileWide) {
      for (Csv.Row row = rows.next(); row != null; row = rows.next()) {
        data.add(row);
      }
      splitCurrencyAndAmount(cols, header, data);
    }
    if (baseValueCol >= 0) {
      notes.add(file + ": column " + (baseValueCol + 1) + " '" + header.cells[baseValueCol].trim()
          + "' read as each holding's value in " + baseCurrency);
    }
    if (cols.containsKey(Column.WEIGHT) && Double.isNaN(options.total) && !cols.containsKey(Column.VALUE)
        && baseValueCol < 0 && !(cols.containsKey(Column.QUANTITY) && cols.containsKey(Column.PRICE))) {
      int w = cols.get(Column.WEIGHT);
      throw new InputException(InputProblem.ofCell(file, header.line, w + 1, header.cells[w].trim(),
          "the file gives weights but no values; expected --total to turn weights into values"
              + " (e.g. --total 100000)"));
    }
    Numbers.DecimalMark mark;
    if (fileWide) {
      for (Csv.Row row : data) {
        countEvidence(row, cols);
      }
      mark = knownMark != null ? knownMark : decimalMark(header.separator);
      fundCurrency = fundCurrency(data, cols, mark);
      boolean weightsInPercent = weightsInPercent(header, data, cols, mark);
      for (Csv.Row row : data) {
        row(row, header, cols, mark, weightsInPercent, baseValueCol, baseCurrency, headerCurrency);
      }
    } else {
      // a point reads every number as a comma would, except cells such as 1.234, which say nothing
      // themselves: if the file's mark is a comma and such a cell was read, the file is read again
      mark = knownMark != null ? knownMark : Numbers.DecimalMark.POINT;
      for (Csv.Row row = rows.next(); row != null; row = rows.next()) {
        countEvidence(row, cols);
        row(row, header, cols, mark, false, baseValueCol, baseCurrency, headerCurrency);
      }
      if (knownMark == null && markMattered && decimalMark(header.separator) == Numbers.DecimalMark.COMMA) {
        return null;
      }
    }
    return finish(header, name);
  }

  /** One data row: skipped (blank, footer, totals) and noted, or read into a holding. */
  private void row(Csv.Row row, Header header, Map<Column, Integer> cols, Numbers.DecimalMark mark,
      boolean weightsInPercent, int baseValueCol, String baseCurrency, String headerCurrency) {
    if (row.filled() == 1 && header.cells.length > 2 && otherSeparator(row, header) != 0) {
      char other = otherSeparator(row, header);
      problems.add(InputProblem.ofLine(file, row.line(), "the cells are separated by '" + (other == '\t' ? "tab" : other)
          + "' but the header's by '" + (header.separator == '\t' ? "tab" : header.separator)
          + "'; expected one separator throughout the file"));
      return;
    }
    if (row.filled() <= 1 && header.cells.length > 2) {
      for (int l = row.line(); l <= row.lastLine(); l++) {
        skipped.add(l);
      }
      return;
    }
    if (isTotalsRow(row, cols)) {
      totals.add(row.line());
      return;
    }
    lastData = row.line();
    if (row.cells().length > header.cells.length && hasFilledBeyond(row, header.cells.length)) {
      ragged.add(row.line());
    }
    // null exactly when the row has a problem, which holding() has recorded; else the holding is added
    Boolean assumed = holding(row, cols, mark, weightsInPercent, baseValueCol, baseCurrency, headerCurrency);
    if (assumed == Boolean.TRUE) {
      assumedCurrency++;
    }
  }

  /**
   * The separator other than the header's that splits a row read as one cell into at least three
   * ({@code MSFT;Microsoft;5} in a comma file), or 0: such a row is a holding, not a footer.
   */
  private static char otherSeparator(Csv.Row row, Header header) {
    for (String cell : row.cells()) {
      if (Csv.trim(cell).isEmpty()) {
        continue;
      }
      for (char sep : new char[] {',', ';', '\t'}) {
        if (sep != header.separator && cell.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1).length >= 3) {
          return sep;
        }
      }
    }
    return 0;
  }

  /** The notes on what was skipped and assumed, and the portfolio; or every problem found. */
  private Portfolio finish(Header header, String name) {
    final int last = lastData;
    List<Integer> footer = skipped.stream().filter(l -> l > last).toList();
    List<Integer> inner = skipped.stream().filter(l -> l < last).toList();
    if (!inner.isEmpty()) {
      notes.add(file + ": skipped " + inner.size() + " blank or one-cell line(s) between holdings ("
          + Messages.lines(inner) + ")");
    }
    if (!foreignLines.isEmpty()) {
      notes.add(file + ": " + foreignLines.size() + " line(s) not in the fund's currency " + fundCurrency
          + ": their Market Value is taken as the value in " + fundCurrency + ", quantity x price as the value in"
          + " their own currency (" + Messages.lines(foreignLines) + ")");
    }
    if (!valuedInHeaderCurrency.isEmpty()) {
      notes.add(file + ": " + valuedInHeaderCurrency.size() + " line(s) valued in the currency the value column"
          + " names, not their own (" + Messages.lines(valuedInHeaderCurrency) + ")");
    }
    if (!Double.isNaN(options.total)) {
      if (weightedCurrencies.isEmpty()) {
        notes.add(file + ": --total was not used: the file gives values, not weights");
      } else if (Math.abs(weightSum - 1) > 0.005) {
        notes.add(String.format(Locale.ROOT, "%s: the weights add up to %.2f%%, so the holdings are worth that"
            + " share of --total", file, weightSum * 100));
      }
    }
    if (weightedCurrencies.size() > 1) {
      throw InputException.ofUsage(file + ": the weighted rows are in " + String.join(", ", weightedCurrencies)
          + "; say which currency --total is in with --base");
    }
    if (!weightedInTotalCurrency.isEmpty()) {
      notes.add(file + ": " + weightedInTotalCurrency.size() + " weighted row(s) valued in " + options.totalCurrency
          + " as their share of --total; their own currency is not used (" + Messages.lines(weightedInTotalCurrency) + ")");
    }
    if (!ragged.isEmpty()) {
      notes.add(file + ": " + ragged.size() + " row(s) have more cells than the header's " + header.cells.length
          + "; the extra cells were ignored (" + Messages.lines(ragged) + ")");
    }
    if (!totals.isEmpty()) {
      notes.add(file + ": skipped " + totals.size() + " totals row(s) (" + Messages.lines(totals) + ")");
    }
    if (!footer.isEmpty()) {
      notes.add(file + ": skipped " + footer.size() + " blank or footer line(s) after the holdings ("
          + Messages.lines(footer) + ")");
    }
    if (assumedCurrency > 0) {
      notes.add(file + ": no currency given for " + assumedCurrency + " holding(s); assumed USD (set it with --currency)");
    }
    if (!problems.isEmpty()) {
      if (!options.skipBadRows || holdings.size() == 0) {
        throw new InputException(problems);
      }
      for (InputProblem p : problems) {
        notes.add("skipped bad row: " + p);
      }
    }
    if (holdings.size() == 0) {
      throw new InputException(InputProblem.ofFile(file, "has a header on line " + header.line
          + " but no holdings; expected one row per holding below it"));
    }
    return new Portfolio(name, file, merge(holdings.build()), notes);
  }

  /** Options come from the command line; say which one is wrong rather than fail later. */
  private void checkOptions() {
    if (!options.currency.isEmpty() && !Currencies.isKnown(options.currency.toUpperCase(Locale.ROOT))) {
      throw InputException.ofUsage("--currency: found '" + options.currency
          + "', expected an ISO 4217 currency code such as EUR");
    }
    if (!Double.isNaN(options.total) && options.total > MAX_AMOUNT) {
      throw InputException.ofUsage("--total: found " + options.total + ", expected an amount below 10^13");
    }
    if (!Double.isNaN(options.total) && !(options.total > 0 && Double.isFinite(options.total))) {
      throw InputException.ofUsage("--total: found " + options.total + ", expected a positive amount");
    }
  }

  // ---- header -------------------------------------------------------------------------------

  /**
   * iShares gives each line's Market Value in the fund's currency and an FX Rate from the line's
   * currency to it: the fund's currency is the one whose lines have a rate of exactly 1.
   */
  private static String fundCurrency(List<Csv.Row> data, Map<Column, Integer> cols, Numbers.DecimalMark mark) {
    Integer fx = cols.get(Column.FX_RATE);
    Integer cur = cols.get(Column.CURRENCY);
    if (fx == null || cur == null) {
      return "";
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Csv.Row row : data) {
      try {
        OptionalDouble rate = Numbers.parse(row.cell(fx), mark);
        String code = row.cell(cur).toUpperCase(Locale.ROOT);
        if (rate.isPresent() && rate.getAsDouble() == 1.0 && Currencies.isKnown(code)) {
          counts.merge(code, 1, Integer::sum);
        }
      } catch (NumberFormatException e) {
        // reported when the row is read
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
  }

  private static boolean hasFilledBeyond(Csv.Row row, int width) {
    for (int c = width; c < row.cells().length; c++) {
      if (!row.cells()[c].isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** A scenario file (header {@code target,move,…}) given as a portfolio is refused for what it is. */
  private void refuseScenario(String[] lines) {
    for (int i = 0; i < Math.min(lines.length, 20); i++) {
      String line = lines[i];
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      List<String> names = Arrays.stream(line.split("[,;\t]")).map(Column::normalize).toList();
      if (names.contains("target") && names.contains("move")) {
        throw new InputException(InputProblem.ofLine(file, i + 1, "this is a scenario file (columns target, move),"
            + " not a list of holdings; give it with --scenario"));
      }
      return;
    }
  }

  /** The header among the first lines; {@code firstFilled} is the file's first line that is not blank. */
  private Header findHeader(String[] lines, String firstFilled) {
    Header best = null;
    int limit = Math.min(lines.length, HEADER_SEARCH_LINES);
    for (int i = 0; i < limit; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      for (char sep : new char[] {',', ';', '\t'}) {
        if (sep != ',' && lines[i].indexOf(sep) < 0) {
          continue;
        }
        String[] cells;
        try {
          cells = Csv.cells(lines[i], sep, file, i + 1);
        } catch (InputException e) {
          continue;
        }
        Header h = mapHeader(cells, i + 1, sep);
        if (h != null && (best == null || h.score > best.score)) {
          best = h;
        }
      }
    }
    if (best != null) {
      checkNamedColumns(best);
    }
    if (best == null || best.score < 2) {
      String first = firstFilled;
      refuseOtherKinds(new Header(1, Csv.separatorOf(first), Map.of(),
          Csv.cells(first, Csv.separatorOf(first), file, 1), 0), lines);
      throw new InputException(InputProblem.ofFile(file, "found no header row in the first " + limit
          + " lines; expected columns such as Symbol, ISIN, Name, Quantity, Price, Market Value or Weight"
          + " (name them with --columns symbol=…,quantity=…)"));
    }
    if (!best.columns.containsKey(Column.VALUE) && !best.columns.containsKey(Column.WEIGHT)
        && !(best.columns.containsKey(Column.QUANTITY) && best.columns.containsKey(Column.PRICE))
        && Arrays.stream(best.cells).noneMatch(c -> Column.valueCurrency(c).isPresent())) {
      refuseOtherKinds(best, lines);
      throw new InputException(InputProblem.ofLine(file, best.line, "the header names no market value, no"
          + " quantity and price, and no weight; expected one of them to value the holdings"
          + " (name them with --columns value=…)"));
    }
    return best;
  }

  /** Every column named with {@code --columns} must be in the header, or the user's fix did nothing. */
  private void checkNamedColumns(Header header) {
    for (Map.Entry<Column, String> o : options.columns.entrySet()) {
      Integer c = header.columns.get(o.getKey());
      if (c == null || !Column.normalize(header.cells[c]).equals(Column.normalize(o.getValue()))) {
        throw new InputException(InputProblem.ofLine(file, header.line, "--columns " + o.getKey().key() + "="
            + o.getValue() + ": the header has no column '" + o.getValue() + "'; expected one of "
            + Arrays.stream(header.cells).map(String::trim).filter(x -> !x.isEmpty())
                .map(x -> "'" + x + "'").reduce((a, b) -> a + ", " + b).orElse("(none)")));
      }
    }
  }

  private Header mapHeader(String[] cells, int line, char sep) {
    Map<Column, Integer> cols = new EnumMap<>(Column.class);
    int score = 0;
    for (Map.Entry<Column, String> o : options.columns.entrySet()) {
      for (int c = 0; c < cells.length; c++) {
        if (Column.normalize(cells[c]).equals(Column.normalize(o.getValue()))) {
          cols.put(o.getKey(), c);
          score += 10;
          break;
        }
      }
    }
    for (int c = 0; c < cells.length; c++) {
      Optional<Column> col = Column.ofHeader(cells[c]);
      if (col.isPresent() && !cols.containsKey(col.get()) && !cols.containsValue(c)) {
        cols.put(col.get(), c);
        score++;
      } else if (col.isEmpty() && Column.valueCurrency(cells[c]).isPresent()) {
        score++;
      }
    }
    return score == 0 ? null : new Header(line, sep, cols, cells, score);
  }

  /** Refuses transaction exports and price histories, and headers that repeat a column. */
  private void refuseOtherKinds(Header header, String[] lines) {
    List<String> names = Arrays.stream(header.cells).map(Column::normalize).toList();
    boolean hasDate = names.stream().anyMatch(DATE_HEADERS::contains);
    List<String> markers = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      if (TRANSACTION_MARKERS.contains(names.get(c))) {
        markers.add(header.cells[c].trim());
      }
    }
    if (!markers.isEmpty() && (hasDate || names.contains("trades"))) {
      String hint = names.contains("trades") ? " (IBKR: the Open Positions report, not Trades)"
          : names.contains("order id") || names.contains("transactiekosten") ? " (DEGIRO: Portfolio, not Transactions)"
          : "";
      throw new InputException(InputProblem.ofLine(file, header.line,
          "this is a transaction export (a list of buys and sells, with columns such as '"
              + String.join("', '", markers) + "'), not a list of holdings; export your current positions"
              + " instead" + hint));
    }
    boolean valued = header.columns.containsKey(Column.QUANTITY) || header.columns.containsKey(Column.VALUE)
        || header.columns.containsKey(Column.WEIGHT);
    long ohlcv = names.stream().filter(PRICE_HISTORY_COLUMNS::contains).count();
    boolean firstIsDate = !names.isEmpty() && (names.get(0).equals("date") || names.get(0).equals("datum")
        || names.get(0).equals("price"));
    boolean wide = firstIsDate && names.size() > 2 && secondLineStartsWithDate(lines, header.line);
    if (!valued && ((ohlcv >= 3) || wide || (firstIsDate && ohlcv >= 1))) {
      throw new InputException(InputProblem.ofLine(file, header.line,
          "this looks like a price history (" + String.join(", ", Arrays.asList(header.cells).subList(0,
              Math.min(6, header.cells.length))) + (header.cells.length > 6 ? ", …" : "")
              + "), not a list of holdings; expected one row per holding with its value, or its quantity"
              + " and price"));
    }
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int c = 0; c < header.cells.length; c++) {
      String n = Column.normalize(header.cells[c]);
      if (n.isEmpty() || (Column.ofHeader(n).isEmpty() && Column.valueCurrency(header.cells[c]).isEmpty()
          && !options.columns.values().stream().map(Column::normalize).toList().contains(n))) {
        continue; // a repeated column the reader does not use (two "Notes") does no harm
      }
      Integer first = seen.putIfAbsent(n, c);
      if (first != null) {
        throw new InputException(InputProblem.ofCell(file, header.line, c + 1, header.cells[c].trim(),
            "the header repeats column '" + header.cells[c].trim() + "' (also column " + (first + 1)
                + "); expected each column once, so no value is guessed at"));
      }
    }
  }

  private static boolean secondLineStartsWithDate(String[] lines, int headerLine) {
    for (int i = headerLine; i < Math.min(lines.length, headerLine + 3); i++) {
      if (lines[i].matches("\\s*\"?\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}.*")) {
        return true;
      }
    }
    return false;
  }

  /**
   * DEGIRO puts a currency code under "Lokale waarde" and the amount in the next, unnamed column.
   * When the value column holds codes and the next header is empty, read them that way.
   */
  private void splitCurrencyAndAmount(Map<Column, Integer> cols, Header header, List<Csv.Row> data) {
    Integer v = cols.get(Column.VALUE);
    if (v == null || v + 1 >= header.cells.length || !header.cells[v + 1].isBlank()) {
      return;
    }
    int codes = 0;
    int filled = 0;
    for (Csv.Row row : data) {
      String cell = row.cell(v);
      if (!cell.isEmpty()) {
        filled++;
        if (CURRENCY_CODE.matcher(cell).matches()) {
          codes++;
        }
      }
    }
    if (filled > 0 && codes == filled) {
      boolean codesAreCurrency = cols.putIfAbsent(Column.CURRENCY, v) == null;
      cols.put(Column.VALUE, v + 1);
      notes.add(file + ": column " + (v + 1) + " '" + header.cells[v].trim() + "' holds currency codes"
          + (codesAreCurrency ? " (read as each holding's currency)" : "")
          + "; amounts read from column " + (v + 2) + ", which has no header");
    }
  }

  /** Counts what the row's numbers say about the decimal mark. */
  private void countEvidence(Csv.Row row, Map<Column, Integer> cols) {
    evidenceRow = row;
    for (Column c : EVIDENCE_COLUMNS) { // an array: no iterator per row
      Integer idx = cols.get(c);
      if (idx != null) {
        Numbers.DecimalMark evidence = Numbers.evidence(row.cell(idx));
        rowEvidence[c.ordinal()] = evidence;
        switch (evidence) {
          case COMMA -> commaEvidence++;
          case POINT -> pointEvidence++;
          default -> { }
        }
      }
    }
  }

  /**
   * The row whose evidence was counted last, and what each of its cells in {@link #EVIDENCE_COLUMNS}
   * said, by column: reading the row's numbers next need not work it out again.
   */
  private Csv.Row evidenceRow;
  private final Numbers.DecimalMark[] rowEvidence = new Numbers.DecimalMark[Column.values().length];

  private static final Column[] EVIDENCE_COLUMNS = {Column.QUANTITY, Column.PRICE, Column.VALUE, Column.WEIGHT};

  /** The file's decimal mark: what most of its numbers say, else a comma in a semicolon file. */
  private Numbers.DecimalMark decimalMark(char sep) {
    if (commaEvidence > pointEvidence) {
      return Numbers.DecimalMark.COMMA;
    }
    if (pointEvidence > commaEvidence) {
      return Numbers.DecimalMark.POINT;
    }
    return sep == ';' ? Numbers.DecimalMark.COMMA : Numbers.DecimalMark.UNKNOWN;
  }

  /** Weights are percentages when the header says % or they add up to more than 1.5. */
  private static boolean weightsInPercent(Header header, List<Csv.Row> data, Map<Column, Integer> cols,
      Numbers.DecimalMark mark) {
    Integer w = cols.get(Column.WEIGHT);
    if (w == null) {
      return false;
    }
    if (header.cells[w].contains("%")) {
      return true;
    }
    double sum = 0;
    for (Csv.Row row : data) {
      try {
        String cell = row.cell(w);
        if (cell.contains("%")) {
          return true;
        }
        sum += Numbers.parse(cell, mark).orElse(0);
      } catch (NumberFormatException e) {
        // reported when the row is read
      }
    }
    return sum > 1.5;
  }

  // ---- rows ---------------------------------------------------------------------------------

  /**
   * Adds the row's holding; returns whether its currency was assumed, or null when the row has a
   * problem, which is recorded instead.
   */
  private Boolean holding(Csv.Row row, Map<Column, Integer> cols, Numbers.DecimalMark mark,
      boolean weightsInPercent, int baseValueCol, String baseCurrency, String headerCurrency) {
    int problemsBefore = problems.size();
    String symbol = text(row, cols, Column.SYMBOL);
    String isin = text(row, cols, Column.ISIN).toUpperCase(Locale.ROOT);
    String name = text(row, cols, Column.NAME);
    if (!isin.isEmpty() && !Isin.isValid(isin)) {
      if (symbol.isEmpty()) {
        symbol = text(row, cols, Column.ISIN);
      } else {
        notes.add(file + ":" + row.line() + ": '" + isin + "' is not a valid ISIN; ignored");
      }
      isin = "";
    }
    if (isin.isEmpty() && symbol.length() >= ISIN_LENGTH && Isin.isValid(symbol)) { // a ticker is shorter
      isin = symbol.toUpperCase(Locale.ROOT);
      symbol = "";
    }
    double quantity = number(row, cols, Column.QUANTITY, mark);
    double price = number(row, cols, Column.PRICE, mark);
    double value = number(row, cols, Column.VALUE, mark);
    double weight = number(row, cols, Column.WEIGHT, mark);
    double baseValue = baseValueCol < 0 ? Double.NaN
        : number(row, baseValueCol, null, mark);
    double fxRate = number(row, cols, Column.FX_RATE, mark);
    String rowBaseCurrency = baseCurrency;
    if (problems.size() > problemsBefore) {
      return null; // a cell did not parse: say so once, not again as "no value"
    }
    if (price < 0) {
      problems.add(InputProblem.ofCell(file, row.line(), cols.get(Column.PRICE) + 1, header(cols, Column.PRICE),
          "found a negative price " + row.cell(cols.get(Column.PRICE)) + ", expected a price of zero or more"));
      return null;
    }
    String assetClass = text(row, cols, Column.ASSET_CLASS);
    String currencyCell = currencyOfSign(text(row, cols, Column.CURRENCY).toUpperCase(Locale.ROOT));
    boolean assumed = false;
    String currency;
    if (!currencyCell.isEmpty()) {
      if (!CURRENCY_CODE.matcher(currencyCell).matches() || !Currencies.isKnown(currencyCell)) {
        problems.add(InputProblem.ofCell(file, row.line(), cols.get(Column.CURRENCY) + 1,
            header(cols, Column.CURRENCY),
            "found '" + text(row, cols, Column.CURRENCY) + "', expected an ISO 4217 currency code such as EUR"));
        return null;
      }
      currency = currencyCell;
    } else {
      currency = suffixCurrency(symbol)
          .orElse(!headerCurrency.isEmpty() ? headerCurrency
              : !options.currency.isEmpty() ? options.currency.toUpperCase(Locale.ROOT) : "");
      if (currency.isEmpty()) {
        currency = "USD";
        assumed = true;
      }
    }

    if (!fundCurrency.isEmpty() && !currency.equals(fundCurrency) && !Double.isNaN(fxRate) && fxRate != 1.0
        && !Double.isNaN(quantity) && !Double.isNaN(price) && !Double.isNaN(value) && Double.isNaN(baseValue)) {
      // iShares: Market Value is in the fund's currency; the line's own value is quantity x price
      baseValue = value;
      rowBaseCurrency = fundCurrency;
      value = quantity * price;
      foreignLines.add(row.line());
    }
    if (!Double.isNaN(value) && !headerCurrency.isEmpty() && !headerCurrency.equals(currency)) {
      // the value column names its currency ("Wert in EUR"): the amount is in that currency
      valuedInHeaderCurrency.add(row.line());
      currency = headerCurrency;
    }
    if (Double.isNaN(value)) {
      if (!Double.isNaN(quantity) && !Double.isNaN(price)) {
        value = quantity * price;
      } else if (!Double.isNaN(weight) && !Double.isNaN(options.total)) {
        value = (weightsInPercent ? weight / 100.0 : weight) * options.total;
        weightSum += weightsInPercent ? weight / 100.0 : weight;
        if (!options.totalCurrency.isEmpty() && !options.totalCurrency.equals(currency)) {
          weightedInTotalCurrency.add(row.line());
          currency = options.totalCurrency; // a share of --total is an amount in the total's currency
        }
        weightedCurrencies.add(currency);
      } else if (!Double.isNaN(baseValue)) {
        value = baseValue;
        currency = baseCurrency;
        assumed = false;
        baseValue = Double.NaN;
      } else if (!Double.isNaN(weight)) {
        problems.add(InputProblem.ofLine(file, row.line(),
            "has a weight but no value; expected --total to turn weights into values (e.g. --total 100000)"));
        return null;
      } else {
        problems.add(InputProblem.ofLine(file, row.line(), "found no value for '" + firstNonEmpty(symbol, isin, name)
            + "'; expected a market value, or a quantity and a price, or a weight with --total"));
        return null;
      }
    }
    if (!Double.isFinite(value)) {
      problems.add(InputProblem.ofLine(file, row.line(), "the value of '" + firstNonEmpty(symbol, isin, name)
          + "' comes out too large (" + value + "); expected a quantity, price or weight of a real holding"));
      return null;
    }
    if (!Double.isNaN(quantity) && quantity < 0 && value > 0) {
      value = -value; // a short position is worth a negative amount whatever sign the file gives
      if (baseValue > 0) {
        baseValue = -baseValue;
      }
    }
    if (Math.abs(value) > MAX_AMOUNT || Math.abs(baseValue) > MAX_AMOUNT) {
      problems.add(InputProblem.ofLine(file, row.line(), "found a value of " + String.format(Locale.ROOT, "%.6g",
          Double.isNaN(baseValue) || Math.abs(value) > MAX_AMOUNT ? value : baseValue)
          + ", expected an amount below 10^13"));
      return null;
    }
    boolean cash = isCash(assetClass, name);
    if (value == 0) {
      notes.add(file + ":" + row.line() + ": " + firstNonEmpty(symbol, name, isin)
          + " has a market value of zero; listed, but no scenario can move it");
    }
    // the columns keep one instance of each repeated text (sector, currency, country)
    Instrument instrument = new Instrument(symbol, isin, name, currency, text(row, cols, Column.SECTOR),
        text(row, cols, Column.COUNTRY), assetClass);
    String fileBaseCurrency = Double.isNaN(baseValue) ? "" : rowBaseCurrency;
    holdings.add(instrument, quantity, price, value, baseValue, fileBaseCurrency, cash, row.line());
    keepMergeHash(isin, symbol, currency);
    return assumed;
  }

  /**
   * A broker's sum line ({@code Summe;;;;;;;;31.878,35}, IBKR's {@code Open Positions,Total,…}):
   * no symbol, ISIN, quantity or price, and a cell that is just "Summe", "Total", "Gesamt",
   * "Totaal" or "Somme".
   */
  private static final Column[] NOT_IN_TOTALS = {Column.ISIN, Column.QUANTITY, Column.PRICE};

  private static boolean isTotalsRow(Csv.Row row, Map<Column, Integer> cols) {
    for (Column c : NOT_IN_TOTALS) {
      if (!text(row, cols, c).isEmpty()) {
        return false;
      }
    }
    String symbol = text(row, cols, Column.SYMBOL);
    if (!symbol.isEmpty() && !TOTALS_LABEL.matcher(symbol).matches()) {
      return false;
    }
    for (int i = 0; i < row.cells().length; i++) {
      if (TOTALS_LABEL.matcher(row.cell(i)).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCash(String assetClass, String name) {
    String ac = assetClass.toLowerCase(Locale.ROOT);
    if (ac.contains("cash") || ac.contains("money market") || ac.contains("liquid")) {
      return true;
    }
    return mayNameCash(name) && CASH_NAME.matcher(name).matches();
  }

  /** The words {@link #CASH_NAME} looks for, one of which a cash line's name must contain. */
  private static final List<String> CASH_WORDS = List.of("cash", "money market", "geldmarkt", "liquidit",
      "tagesgeld", "govt instl", "treasury sl agency");

  /** Whether the name contains a word of {@link #CASH_NAME}, which most names do not: then no pattern is run. */
  private static boolean mayNameCash(String name) {
    if (name.isEmpty()) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (String word : CASH_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** A currency cell holding a sign rather than a code: {@code €} is EUR, {@code $} USD, {@code £} GBP. */
  private static String currencyOfSign(String cell) {
    return switch (cell) {
      case "€" -> "EUR";
      case "$", "US$" -> "USD";
      case "£" -> "GBP";
      default -> cell;
    };
  }

  private static Optional<String> suffixCurrency(String symbol) {
    int dot = symbol.lastIndexOf('.');
    if (dot <= 0 || symbol.contains(" ")) {
      return Optional.empty();
    }
    return Venue.ofYahooSuffix(symbol.substring(dot + 1).toUpperCase(Locale.ROOT)).flatMap(Venue::currency);
  }

  private static String text(Csv.Row row, Map<Column, Integer> cols, Column c) {
    Integer idx = cols.get(c);
    if (idx == null) {
      return "";
    }
    String s = row.cell(idx);
    return Numbers.isMissing(s) ? "" : s;
  }

  private double number(Csv.Row row, Map<Column, Integer> cols, Column c, Numbers.DecimalMark mark) {
    Integer idx = cols.get(c);
    return idx == null ? Double.NaN : number(row, idx, c, mark);
  }

  private String header(Map<Column, Integer> cols, Column c) {
    Integer idx = cols.get(c);
    String h = idx == null || idx >= headerCells.length ? "" : headerCells[idx].trim();
    return h.isEmpty() ? c.key() : h;
  }

  /**
   * The number in cell {@code idx}, or NaN when missing or bad, which is recorded; {@code column}
   * names the cell in messages when its header is blank, and is null for the second value column.
   */
  private double number(Csv.Row row, int idx, Column column, Numbers.DecimalMark mark) {
    String raw = row.cell(idx);
    if (!markMattered) {
      // the column's evidence, when countEvidence worked it out for this very row and column
      Numbers.DecimalMark evidence = row == evidenceRow && column != null ? rowEvidence[column.ordinal()] : null;
      markMattered = Numbers.dependsOnMark(raw, evidence);
    }
    try {
      OptionalDouble v = Numbers.parse(raw, mark);
      return v.isPresent() ? v.getAsDouble() : Double.NaN;
    } catch (NumberFormatException e) {
      String found = Numbers.TOO_LARGE.equals(e.getMessage())
          ? "found '" + Messages.abbreviate(raw) + "', which is too large;" : "found '" + Messages.abbreviate(raw) + "',";
      String header = idx < headerCells.length ? headerCells[idx].trim() : "";
      String what = header.isEmpty() && column != null ? column.key() : header; // as header(cols, column) says
      problems.add(InputProblem.ofCell(file, row.line(), idx + 1, what,
          found + " expected a number such as 1234.56, 1,234.56 or 1.234,56"));
      return Double.NaN;
    }
  }

  // ---- repeats -----------------------------------------------------------------------------

  /**
   * Sums repeated lines of one instrument (same ISIN, else same ticker, in one currency) into the
   * first; a line known by its name only is never a repeat. The lines are found through a table of
   * their positions, so a million holdings need no map entry, key or list each.
   */
  private List<Holding> merge(Holdings holdings) {
    int n = holdings.size();
    int capacity = Integer.highestOneBit(Math.max(2, 2 * n - 1)) << 1; // at least twice the lines
    int[] table = new int[capacity]; // a line's index + 1; 0 for a free place
    int[] first = new int[n]; // the first line with the same key, or the line itself
    boolean repeats = false;
    for (int i = 0; i < n; i++) {
      first[i] = i;
      int hash = mergeHashes[i];
      if (hash == NO_MERGE_ID) {
        continue;
      }
      int slot = (hash ^ (hash >>> 16)) & (capacity - 1);
      for (int j = table[slot] - 1; j >= 0; j = table[slot] - 1) {
        // the texts are compared only where the hashes agree: for repeats, and rare collisions
        if (mergeHashes[j] == hash && sameMergeId(holdings, i, j)) {
          first[i] = j;
          repeats = true;
          break;
        }
        slot = (slot + 1) & (capacity - 1);
      }
      if (first[i] == i) {
        table[slot] = i + 1;
      }
    }
    if (!repeats) {
      return holdings;
    }
    Map<Integer, List<Holding>> groups = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      if (first[i] != i) {
        groups.computeIfAbsent(first[i], f -> new ArrayList<>(List.of(holdings.get(f)))).add(holdings.get(i));
      }
    }
    Holdings.Builder out = new Holdings.Builder();
    for (int i = 0; i < n; i++) {
      if (first[i] != i) {
        continue;
      }
      List<Holding> g = groups.get(i);
      out.add(g == null ? holdings.get(i) : summed(g));
    }
    return out.build();
  }

  /** The {@link #mergeHash} of a holding that is never a repeat: it has neither ISIN nor ticker. */
  private static final int NO_MERGE_ID = 0;

  /**
   * A hash of what repeated lines share: the {@link #mergeId}, the currency, and whether the id is
   * an ISIN; {@link #NO_MERGE_ID} for a line with neither ISIN nor ticker, and never otherwise.
   */
  private static int mergeHash(String isin, String symbol, String currency) {
    boolean byIsin = !isin.isEmpty();
    if (!byIsin && symbol.isEmpty()) {
      return NO_MERGE_ID;
    }
    String id = byIsin ? isin : symbol.toUpperCase(Locale.ROOT);
    int hash = (id.hashCode() * 31 + currency.hashCode()) * 31 + (byIsin ? 1 : 0);
    return hash == NO_MERGE_ID ? 1 : hash;
  }

  private void keepMergeHash(String isin, String symbol, String currency) {
    int at = holdings.size() - 1;
    if (at == mergeHashes.length) {
      mergeHashes = java.util.Arrays.copyOf(mergeHashes, at * 2);
    }
    mergeHashes[at] = mergeHash(isin, symbol, currency);
  }

  /** Whether two holdings are lines of one instrument: same currency, and the same ISIN, else the same ticker. */
  private static boolean sameMergeId(Holdings holdings, int i, int j) {
    String id = mergeId(holdings, i);
    return id != null && holdings.currency(i).equals(holdings.currency(j))
        && holdings.isin(i).isEmpty() == holdings.isin(j).isEmpty() && id.equals(mergeId(holdings, j));
  }

  /** What repeated lines share besides the currency: the ISIN, else the ticker in upper case; null for neither. */
  private static String mergeId(Holdings holdings, int i) {
    String isin = holdings.isin(i);
    if (!isin.isEmpty()) {
      return isin;
    }
    String symbol = holdings.symbol(i);
    return symbol.isEmpty() ? null : symbol.toUpperCase(Locale.ROOT);
  }

  private Holding summed(List<Holding> g) {
    Holding first = g.get(0);
    double quantity = 0;
    double value = 0;
    double base = 0;
    boolean allBase = true;
    List<Integer> lines = new ArrayList<>();
    for (Holding h : g) {
      quantity += h.quantity();
      value += h.value();
      allBase &= h.hasFileBaseValue() && h.fileBaseCurrency().equals(first.fileBaseCurrency());
      base += h.hasFileBaseValue() ? h.fileBaseValue() : 0;
      lines.addAll(h.lines());
    }
    double price = Double.isNaN(quantity) || quantity == 0 ? first.price() : value / quantity;
    notes.add(file + ": lines " + String.join(", ", lines.stream().map(String::valueOf).toList())
        + " all hold " + first.instrument().label() + "; summed into one holding");
    return new Holding(first.instrument(), quantity, price, value, allBase ? base : Double.NaN,
        allBase ? first.fileBaseCurrency() : "", first.cash(), lines);
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static String firstNonEmpty(String... s) {
    for (String x : s) {
      if (!x.isEmpty()) {
        return x;
      }
    }
    return "(unnamed)";
  }

  /**
   * The characters the file's reader buffers, which is also as much of the lines read ahead as it
   * keeps to read them again: more would grow the buffer.
   */
  private int bufferSize() {
    return textSize > 1 << 20 ? 1 << 16 : 1 << 13;
  }

  /** Whether the reader is back where the lines read ahead start; false when they were too long to keep. */
  private static boolean rewound(BufferedReader in) {
    try {
      in.reset();
      return true;
    } catch (IOException e) {
      return false; // the mark is lost: nothing was moved
    }
  }

  /** The most rows {@link #expectRows} makes room for at once; a longer file grows its columns as it goes. */
  private static final int MOST_EXPECTED_ROWS = 1 << 23;

  /**
   * Makes room for as many holdings as the text seems to have rows: its size over the length of
   * the lines from the header on among those read ahead, so that a million rows do not grow every
   * column twenty times over. A guess: too few, and the columns grow; too many, and they are cut to size.
   */
  private void expectRows(List<String> sample) {
    long chars = 0;
    for (String l : sample) {
      chars += l.length() + 1;
    }
    int expected = sample.size() < 2 || textSize <= 0 ? 16
        : (int) Math.min(MOST_EXPECTED_ROWS, textSize * sample.size() / chars * 21 / 20 + 16);
    holdings = new Holdings.Builder(expected);
    mergeHashes = new int[Math.max(1024, expected)];
  }

  /** The file's size in bytes, or 0 when it cannot be told (it is then reported when opened). */
  private static long sizeOf(Path path) {
    try {
      return java.nio.file.Files.size(path);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** A text, then what a reader has left: the header lines read ahead, then the rest of the file. */
  private static final class SequenceReader extends Reader {
    private final String first;
    private int at;
    private final Reader rest;

    SequenceReader(String first, Reader rest) {
      this.first = first;
      this.rest = rest;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (at < first.length()) {
        int n = Math.min(len, first.length() - at);
        first.getChars(at, at + n, buf, off);
        at += n;
        return n;
      }
      return rest.read(buf, off, len);
    }

    @Override
    public void close() throws IOException {
      rest.close();
    }
  }
}
