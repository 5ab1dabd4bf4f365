package io.shockfolio.io;

import io.shockfolio.domain.InputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of price history files, read without a regular expression per cell: year first
 * ({@code 2025-01-27}, {@code 2025/01/27}, {@code 2025.01.27}, {@code 20250127}) or year last
 * ({@code 27/01/2025}, {@code 01/27/2025}, {@code 27.01.2025}, {@code 27-01-2025}), each
 * optionally followed by a time after a space or {@code T} ({@code 2025-01-27 00:00:00-05:00}),
 * which is ignored. Whether a year-last date is day or month first is decided for the whole file
 * by {@link HistoryReader}, or given by the user as a pattern ({@link UserFormat}).
 */
final class HistoryDates {

  private HistoryDates() {}

  /** The order of the fields of a date. */
  enum Order {
    YMD, DMY, MDY;

    /** The pattern of this order with {@code separator}, e.g. {@code dd/MM/yyyy}. */
    String pattern(char separator) {
      return switch (this) {
        case YMD -> "yyyy" + separator + "MM" + separator + "dd";
        case DMY -> "dd" + separator + "MM" + separator + "yyyy";
        case MDY -> "MM" + separator + "dd" + separator + "yyyy";
      };
    }
  }

  /**
   * The numbers of a date cell, before it is known whether a year-last date is day or month first.
   *
   * @param first the first field: the year when {@code yearFirst}, else the day or the month
   * @param second the second field
   * @param third the third field: the day when {@code yearFirst}, else the year
   * @param separator {@code -}, {@code /} or {@code .}; {@code 0} for {@code 20250127}
   * @param yearFirst whether the year comes first (then the order is always year, month, day)
   * @param text the date without any time after it, for messages
   */
  record Parts(int first, int second, int third, char separator, boolean yearFirst, String text) {

    /** The date in {@code order} (ignored when the year comes first), or null when there is no such day. */
    LocalDate toDate(Order order) {
      if (yearFirst) {
        return of(first, second, third);
      }
      return order == Order.MDY ? of(third, first, second) : of(third, second, first);
    }
  }

  /** The parts of a numeric date at the start of {@code cell}, or null when it is not one. */
  static Parts parts(String cell) {
    int n = cell.length();
    int i = 0;
    int g1 = 0;
    int len1 = 0;
    while (i < n && isDigit(cell.charAt(i)) && len1 < 9) {
      g1 = g1 * 10 + (cell.charAt(i++) - '0');
      len1++;
    }
    if (len1 == 8 && ends(cell, i)) { // 20250127
      return new Parts(g1 / 10000, g1 / 100 % 100, g1 % 100, (char) 0, true, cell.substring(0, i));
    }
    if (len1 == 0 || len1 > 4 || len1 == 3 || i >= n) {
      return null;
    }
    char sep = cell.charAt(i++);
    if (sep != '-' && sep != '/' && sep != '.') {
      return null;
    }
    int g2 = 0;
    int len2 = 0;
    while (i < n && isDigit(cell.charAt(i)) && len2 < 3) {
      g2 = g2 * 10 + (cell.charAt(i++) - '0');
      len2++;
    }
    if (len2 == 0 || len2 > 2 || i >= n || cell.charAt(i++) != sep) {
      return null;
    }
    int g3 = 0;
    int len3 = 0;
    while (i < n && isDigit(cell.charAt(i)) && len3 < 5) {
      g3 = g3 * 10 + (cell.charAt(i++) - '0');
      len3++;
    }
    if (!ends(cell, i)) {
      return null;
    }
    if (len1 == 4 && len3 >= 1 && len3 <= 2) {
      return new Parts(g1, g2, g3, sep, true, cell.substring(0, i));
    }
    if (len1 <= 2 && len3 == 4) {
      return new Parts(g1, g2, g3, sep, false, cell.substring(0, i));
    }
    return null;
  }

  /** Whether the date ends at {@code i}: the end of the cell, or a time after a space or {@code T}. */
  private static boolean ends(String cell, int i) {
    if (i == cell.length()) {
      return true;
    }
    char c = cell.charAt(i);
    return (c == ' ' || c == 'T') && i + 1 < cell.length() && isDigit(cell.charAt(i + 1));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The date, or null when there is no such day (month 13, 30 February). */
  static LocalDate of(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * A date pattern given by the user ({@code --date-format}). Patterns of day, month and year
   * with one separator ({@code dd/MM/yyyy}, {@code MM-dd-yyyy}, {@code d.M.yyyy}) fix the order
   * and are read like the dates found by themselves, one or two digits for day and month; any
   * other pattern ({@code dd MMM yyyy}, {@code yyyyMMdd}) is read with {@link DateTimeFormatter}
   * (month names in English, any case). Year-first dates such as {@code 2025-01-27} are read as
   * such whatever the pattern.
   *
   * @param pattern the pattern as given
   * @param order the order of a simple pattern, else null
   * @param separator the separator of a simple pattern
   * @param formatter the pattern as a strict formatter
   */
  record UserFormat(String pattern, Order order, char separator, DateTimeFormatter formatter) {

    private static final Pattern SIMPLE = Pattern.compile(
        "(d{1,2}|M{1,2}|[yu]{4})([-/.])(d{1,2}|M{1,2}|[yu]{4})\\2(d{1,2}|M{1,2}|[yu]{4})");

    /**
     * The pattern, checked.
     *
     * @throws InputException when it is not a pattern of a day, a month and a year
     */
    static UserFormat of(String pattern) {
      String bad = "--date-format '" + pattern + "': ";
      String expected = "; expected a pattern such as dd/MM/yyyy, MM/dd/yyyy or yyyy-MM-dd";
      String p = pattern.strip();
      String letters = unquoted(p);
      if (letters.indexOf('d') < 0 || (letters.indexOf('M') < 0 && letters.indexOf('L') < 0)
          || (letters.indexOf('y') < 0 && letters.indexOf('u') < 0)) {
        throw InputException.ofUsage(bad + "needs a day (d), a month (M) and a year (yyyy)" + expected);
      }
      DateTimeFormatter formatter;
      try {
        formatter = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern(strictYear(p))
            .toFormatter(Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);
      } catch (IllegalArgumentException e) {
        throw InputException.ofUsage(bad + "is not a date pattern (" + e.getMessage() + ")" + expected);
      }
      Matcher m = SIMPLE.matcher(p);
      Order order = null;
      char sep = 0;
      if (m.matches()) {
        String fields = "" + m.group(1).charAt(0) + m.group(3).charAt(0) + m.group(4).charAt(0);
        order = switch (fields.replace('u', 'y')) {
          case "dMy" -> Order.DMY;
          case "Mdy" -> Order.MDY;
          case "yMd" -> Order.YMD;
          default -> null;
        };
        sep = m.group(2).charAt(0);
      }
      return new UserFormat(p, order, sep, formatter);
    }

    /** The date in {@code cell}, or null when it is not a date in this pattern (nor year first). */
    LocalDate parse(String cell) {
      if (order != null) {
        Parts parts = parts(cell);
        if (parts == null || (!parts.yearFirst && (parts.separator != separator || order == Order.YMD))) {
          return null;
        }
        return parts.toDate(order);
      }
      LocalDate d = parseWhole(cell);
      if (d == null) {
        int cut = cutAtTime(cell);
        if (cut > 0) {
          d = parseWhole(cell.substring(0, cut));
        }
      }
      if (d == null) {
        Parts parts = parts(cell);
        if (parts != null && parts.yearFirst) {
          d = parts.toDate(Order.YMD);
        }
      }
      return d;
    }

    /** 27 January 2025 in this pattern, for messages. */
    String example() {
      return formatter.format(LocalDate.of(2025, 1, 27));
    }

    private LocalDate parseWhole(String text) {
      try {
        return LocalDate.from(formatter.parse(text));
      } catch (DateTimeParseException e) {
        return null;
      } catch (DateTimeException e) {
        return null; // parsed, but without a whole date
      }
    }

    private static int cutAtTime(String cell) {
      for (int i = 6; i < cell.length(); i++) {
        char c = cell.charAt(i);
        if (c == 'T' || c == ' ') {
          return i;
        }
      }
      return -1;
    }

    /** The pattern with {@code y} as {@code u}, which strict resolving needs (no era). */
    private static String strictYear(String p) {
      StringBuilder sb = new StringBuilder(p.length());
      boolean quoted = false;
      for (int i = 0; i < p.length(); i++) {
        char c = p.charAt(i);
        if (c == '\'') {
          quoted = !quoted;
        }
        sb.append(!quoted && c == 'y' ? 'u' : c);
      }
      return sb.toString();
    }

    private static String unquoted(String p) {
      StringBuilder sb = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < p.length(); i++) {
        char c = p.charAt(i);
        if (c == '\'') {
          quoted = !quoted;
        } else if (!quoted) {
          sb.append(c);
        }
      }
      return sb.toString();
    }
  }
}
