package io.shockfolio.domain;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How large an input file may be before it is refused with a message instead of read: every
 * portfolio, scenario and price-history file is checked against the same limits. The defaults are
 * far above any real file; {@code --limits} raises or lowers them.
 *
 * <p>The limits in force are {@link #current()}: one setting for the process, set by the command
 * line before it reads anything (a run reads its files with one set of limits), so the readers
 * need no extra argument.
 *
 * @param fileSize the largest file, in bytes
 * @param lines the most physical lines in a file
 * @param lineLength the most characters on one line
 * @param cells the most cells on one line
 */
public record InputLimits(long fileSize, long lines, long lineLength, long cells) {

  /** 2 GB, 10 million lines, lines of up to 1 MiB characters and 10,000 cells. */
  public static final InputLimits DEFAULTS = new InputLimits(2L << 30, 10_000_000L, 1L << 20, 10_000L);

  private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|kb|k|mb|m|gb|g|tb|t)?");

  private static volatile InputLimits current = DEFAULTS;

  public InputLimits {
    if (fileSize <= 0 || lines <= 0 || lineLength <= 0 || cells <= 0) {
      throw new IllegalArgumentException("Expected positive limits, but found " + fileSize + ", " + lines + ", "
          + lineLength + " and " + cells);
    }
  }

  /** The limits the readers apply now. */
  public static InputLimits current() {
    return current;
  }

  /** Sets the limits the readers apply from now on. */
  public static void set(InputLimits limits) {
    current = java.util.Objects.requireNonNull(limits, "limits");
  }

  /**
   * The defaults with some limits changed: keys {@code file-size} ({@code 5GB}, {@code 500MB},
   * {@code 100000} bytes), {@code lines}, {@code line-length}, {@code cells}.
   *
   * @throws InputException naming the key or value that is wrong
   */
  public static InputLimits of(Map<String, String> given) {
    long fileSize = DEFAULTS.fileSize;
    long lines = DEFAULTS.lines;
    long lineLength = DEFAULTS.lineLength;
    long cells = DEFAULTS.cells;
    for (Map.Entry<String, String> e : given.entrySet()) {
      String key = e.getKey().trim().toLowerCase(Locale.ROOT);
      String value = e.getValue().trim();
      switch (key) {
        case "file-size" -> fileSize = size(value);
        case "lines" -> lines = count(key, value);
        case "line-length" -> lineLength = count(key, value);
        case "cells" -> cells = count(key, value);
        default -> throw InputException.ofUsage("--limits: found '" + e.getKey()
            + "', expected file-size, lines, line-length or cells (e.g. --limits file-size=5GB,lines=20000000)");
      }
    }
    return new InputLimits(fileSize, lines, lineLength, cells);
  }

  private static long count(String key, String value) {
    try {
      long n = Long.parseLong(value.replace("_", ""));
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw InputException.ofUsage("--limits: " + key + "=" + value + ", expected a whole number above 0");
  }

  private static long size(String value) {
    Matcher m = SIZE.matcher(value.toLowerCase(Locale.ROOT));
    if (m.matches()) {
      double n = Double.parseDouble(m.group(1));
      String unit = m.group(2) == null ? "b" : m.group(2);
      int shift = switch (unit.charAt(0)) {
        case 'k' -> 10;
        case 'm' -> 20;
        case 'g' -> 30;
        case 't' -> 40;
        default -> 0;
      };
      double bytes = n * (1L << shift);
      if (bytes >= 1 && bytes < Long.MAX_VALUE) {
        return (long) bytes;
      }
    }
    throw InputException.ofUsage("--limits: file-size=" + value + ", expected a size such as 5GB, 500MB or 100000");
  }

  /** A size as {@code 2 GB}, {@code 512 KB} or {@code 100 bytes}: the largest unit it is a whole number of. */
  public static String describe(long bytes) {
    String[] units = {"TB", "GB", "MB", "KB"};
    for (int i = 0; i < units.length; i++) {
      long unit = 1L << (10 * (4 - i));
      if (bytes >= unit && bytes % unit == 0) {
        return bytes / unit + " " + units[i];
      }
    }
    if (bytes >= 1L << 20) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    }
    return bytes + " bytes";
  }
}
