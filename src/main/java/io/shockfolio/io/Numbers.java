package io.shockfolio.io;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Numbers as people and brokers write them: {@code 1,234.56}, {@code 1.234,56}, {@code 1657,80},
 * {@code $822.79}, {@code € 12}, {@code 8.87%}, {@code 1'234.5}, {@code (1,234.00)} for a negative
 * amount, {@code −17} with a Unicode minus. {@code -}, {@code NA}, {@code n/a} and the empty cell
 * mean "missing".
 *
 * <p>Whether {@code ,} or {@code .} is the decimal mark is decided per number where the number
 * itself tells ({@code 1.234,56}; {@code 12,5}; {@code 1.234.567}), and otherwise by the file's
 * {@link DecimalMark}, which a reader learns from the numbers that do tell.
 */
public final class Numbers {

  /** Which character a file uses as decimal mark. */
  public enum DecimalMark {
    /** {@code 1,234.56} */
    POINT,
    /** {@code 1.234,56} */
    COMMA,
    /** Not known yet: a lone {@code .} is decimal, a lone {@code ,} before three digits groups thousands. */
    UNKNOWN
  }

  /** The reason {@link #parse} gives for a number too large for a double, such as {@code 1e400}. */
  static final String TOO_LARGE = "too large";

  private static final Pattern EXPONENT = Pattern.compile("\\d+(\\.\\d*)?[eE][+-]?\\d+|\\.\\d+[eE][+-]?\\d+");

  private static final Set<String> MISSING = Set.of("", "-", "--", "–", "—", "na", "n/a", "n.a.",
      "null", "none", "#n/a", "k.a.");

  private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+|\\d+(\\.\\d*)?[eE][+-]?\\d+");
  private static final Pattern CURRENCY_WORD =
      Pattern.compile("(?i)^(usd|eur|chf|gbp|jpy|hkd)\\s*|\\s*(usd|eur|chf|gbp|jpy|hkd)$");
  private static final Pattern CURRENCY_SIGN = Pattern.compile("[$€£¥%]");
  private static final Pattern HAS_DIGIT = Pattern.compile("\\d");

  private Numbers() {}

  /** Every first character of the texts that mean "no value", in either case. */
  private static final String MISSING_FIRST = "-–—nN#kK\u212a"; // U+212A, the Kelvin sign, folds to k

  /** The longest text that means "no value". */
  private static final int LONGEST_MISSING = MISSING.stream().mapToInt(String::length).max().orElse(0);

  /** Whether the cell means "no value". */
  public static boolean isMissing(String raw) {
    if (!raw.isEmpty() && MISSING_FIRST.indexOf(raw.charAt(0)) < 0 && raw.charAt(0) > ' ') {
      return false; // a ticker, a number: no word for "missing" starts so, and no case folding is needed
    }
    String s = raw.trim();
    return s.length() <= LONGEST_MISSING && MISSING.contains(s.toLowerCase(Locale.ROOT));
  }

  /** What this number says about the file's decimal mark, or {@link DecimalMark#UNKNOWN}. */
  public static DecimalMark evidence(String raw) {
    int point = plainDecimalPoint(raw);
    if (point != NOT_PLAIN) {
      // digits and at most one point, as most cells are: what evidenceOfStripped says of them, in one pass
      return point < 0 || raw.length() - point - 1 == 3 ? DecimalMark.UNKNOWN : DecimalMark.POINT;
    }
    String s = strip(raw);
    return s == null ? DecimalMark.UNKNOWN : evidenceOfStripped(s);
  }

  /** What {@link #plainDecimalPoint} gives for text that is not digits with at most one point. */
  private static final int NOT_PLAIN = -2;

  /**
   * For digits with at most one point and at least one digit ({@code 142.62}, {@code 1234}): where
   * the point is, or -1 for none; else {@link #NOT_PLAIN}.
   */
  private static int plainDecimalPoint(String s) {
    boolean digit = false;
    int point = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c == '.' && point < 0) {
        point = i;
      } else {
        return NOT_PLAIN;
      }
    }
    return digit ? point : NOT_PLAIN;
  }

  /**
   * Whether the cell reads differently with a comma than with a point as the file's decimal
   * mark: {@code 1.234} (one thousand two hundred and thirty-four, or one and a bit) but not
   * {@code 1.5}, {@code 1,234.5} or {@code 1234}, which say themselves what they are.
   */
  public static boolean dependsOnMark(String raw) {
    return dependsOnMark(raw, null);
  }

  /** {@link #dependsOnMark(String)}, given {@code raw}'s {@link #evidence} when known, else null. */
  static boolean dependsOnMark(String raw, DecimalMark evidence) {
    if (raw.indexOf('.') < 0 && raw.indexOf(',') < 0 || isMissing(raw)) {
      return false;
    }
    return (evidence != null ? evidence : evidence(raw)) == DecimalMark.UNKNOWN;
  }

  private static DecimalMark evidenceOfStripped(String s) {
    int lastDot = s.lastIndexOf('.');
    int lastComma = s.lastIndexOf(',');
    int dots = count(s, '.');
    int commas = count(s, ',');
    if (dots > 0 && commas > 0) {
      return lastComma > lastDot ? DecimalMark.COMMA : DecimalMark.POINT;
    }
    if (commas > 1) {
      return DecimalMark.POINT;
    }
    if (dots > 1) {
      return DecimalMark.COMMA;
    }
    if (commas == 1) {
      return s.length() - lastComma - 1 == 3 ? DecimalMark.UNKNOWN : DecimalMark.COMMA;
    }
    if (dots == 1) {
      return s.length() - lastDot - 1 == 3 ? DecimalMark.UNKNOWN : DecimalMark.POINT;
    }
    return DecimalMark.UNKNOWN;
  }

  /**
   * Parses a number; empty when the cell means "missing".
   *
   * @throws NumberFormatException with a reason when the text is not a number
   */
  public static OptionalDouble parse(String raw, DecimalMark mark) {
    double fast = plain(raw, mark != DecimalMark.COMMA);
    if (fast >= 0) {
      return OptionalDouble.of(fast); // most cells: digits and at most a decimal point
    }
    if (isMissing(raw)) {
      return OptionalDouble.empty();
    }
    String s = strip(raw);
    if (s == null) {
      throw new NumberFormatException("not a number");
    }
    boolean negative = false;
    if (s.startsWith("(") && s.endsWith(")")) {
      negative = true;
      s = s.substring(1, s.length() - 1).trim();
    }
    if (s.startsWith("-")) {
      negative = !negative;
      s = s.substring(1).trim();
    } else if (s.startsWith("+")) {
      s = s.substring(1).trim();
    }
    if (s.endsWith("-")) { // trailing minus, as some German systems print
      negative = !negative;
      s = s.substring(0, s.length() - 1).trim();
    }
    DecimalMark own = evidenceOfStripped(s);
    DecimalMark use = own != DecimalMark.UNKNOWN ? own : mark;
    String plain;
    if (EXPONENT.matcher(s).matches()) {
      plain = s; // 1.5e3 is written the same way whatever the file's decimal mark
    } else if (use == DecimalMark.COMMA) {
      plain = s.replace(".", "").replace(',', '.');
    } else {
      plain = s.replace(",", ""); // POINT, or UNKNOWN: a lone comma before three digits groups thousands
    }
    if (!PLAIN.matcher(plain).matches()) {
      throw new NumberFormatException("not a number");
    }
    double v = Double.parseDouble(plain);
    if (!Double.isFinite(v)) {
      throw new NumberFormatException(TOO_LARGE);
    }
    return OptionalDouble.of(negative ? -v : v);
  }

  /** Powers of ten a double holds exactly. */
  private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
      1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

  /**
   * The value of a plain decimal such as {@code 137.684} or {@code 142.6199951171875} without
   * regular expressions, or -1 when the cell is anything else. Up to 15
   * significant digits the digits and the power of ten are both exact doubles, so one division
   * gives the correctly rounded value, the same as {@link Double#parseDouble}; longer numbers go
   * to {@link Double#parseDouble}.
   */
  static double plain(String s, boolean dotAllowed) {
    int n = s.length();
    if (n == 0 || n > 40) {
      return -1;
    }
    long digits = 0;
    int count = 0;
    int decimals = -1;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (count < 18) {
          digits = digits * 10 + (c - '0');
        }
        count += digits > 0 || count > 0 ? 1 : 0;
        if (decimals >= 0) {
          decimals++;
        }
      } else if (c == '.' && dotAllowed && decimals < 0) {
        decimals = 0;
      } else {
        return -1;
      }
    }
    if (n == 1 && decimals == 0) {
      return -1; // a lone "."
    }
    if (count <= 15 && decimals <= 22) {
      return decimals <= 0 ? (double) digits : digits / POWERS_OF_TEN[decimals];
    }
    return Double.parseDouble(s);
  }

  /** Removes currency signs, percent, spaces and apostrophes used for grouping; null if nothing numeric is left. */
  private static String strip(String raw) {
    String s = raw.trim()
        .replace('\u2212', '-') // Unicode minus
        .replace('\u2013', '-') // en dash used as minus
        .replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "")
        .replace("'", "").replace("’", "");
    s = CURRENCY_WORD.matcher(s).replaceAll("");
    s = CURRENCY_SIGN.matcher(s).replaceAll("").replace(" ", "");
    if (s.isEmpty() || !HAS_DIGIT.matcher(s).find()) {
      return null;
    }
    return s;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
