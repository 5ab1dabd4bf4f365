package io.shockfolio.io;

import io.shockfolio.domain.InputException;
import io.shockfolio.domain.InputLimits;
import io.shockfolio.domain.InputProblem;
import java.io.IOException;
import java.io.Reader;

/**
 * Text passed through unchanged while it stays within {@link InputLimits}: at most so many lines,
 * characters on a line and cells on a line (counted by {@code ,}, {@code ;} and tab outside
 * quotes, whichever splits the line most). Past a limit it throws an {@link InputException} naming
 * the file, the line and the limit, before a reader builds a ten-megabyte cell or a row of 100,000
 * cells. Every 65,536 lines it also checks the memory left, so a giant file ends in a message
 * rather than in an {@link OutOfMemoryError}.
 */
final class LimitedReader extends Reader {

  /** Share of the largest heap that may be in use, after a collection, while a file is read. */
  static final double MEMORY_SHARE = 0.9;

  private final Reader in;
  private final String file;
  private final InputLimits limits;
  private long line = 1;
  private long length;
  private long commas;
  private long semicolons;
  private long tabs;
  private boolean quoted;
  private boolean afterCr;

  LimitedReader(Reader in, String file, InputLimits limits) {
    this.in = in;
    this.file = file;
    this.limits = limits;
  }

  /** The characters {@link #read} looks at: line ends, the quote and the three separators; all below 64. */
  private static final long SPECIAL = 1L << '\n' | 1L << '\r' | 1L << '"' | 1L << ',' | 1L << ';' | 1L << '\t';

  /**
   * Passes the characters on, and checks them as if one at a time: for each character of a line,
   * the line count, then the line's length, then its cells. Ordinary characters are only counted,
   * a run at a time; the length is checked where a cell is counted and where the run ends, which
   * finds the same first limit passed.
   */
  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = in.read(buf, off, len);
    int end = off + Math.max(n, 0);
    int i = off;
    while (i < end) {
      char c = buf[i];
      if (c == '\n' || c == '\r') {
        i++;
        if (c == '\n' && afterCr) {
          afterCr = false;
          continue; // the LF of a CRLF ends the line the CR ended
        }
        afterCr = c == '\r';
        line++;
        length = 0;
        commas = 0;
        semicolons = 0;
        tabs = 0;
        if ((line & 0xFFFF) == 0) {
          checkMemory();
        }
        continue;
      }
      afterCr = false;
      if (line > limits.lines()) {
        throw problem(line, "the file has more than " + limits.lines() + " lines; expected at most "
            + limits.lines() + " (raise the limit with --limits lines=…)");
      }
      // the run of characters up to the line's end or the buffer's
      int start = i;
      for (; i < end; i++) {
        c = buf[i];
        if (c >= 64 || (SPECIAL >>> c & 1L) == 0) {
          continue;
        }
        if (c == '\n' || c == '\r') {
          break;
        }
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted) {
          long count = c == ',' ? ++commas : c == ';' ? ++semicolons : ++tabs;
          if (count >= limits.cells()) {
            checkLength(length + i - start + 1); // a line too long before this cell says so first
            throw problem(line, "the line has more than " + limits.cells() + " cells; expected at most "
                + limits.cells() + " (raise the limit with --limits cells=…)");
          }
        }
      }
      length += i - start;
      checkLength(length);
    }
    return n;
  }

  private void checkLength(long chars) {
    if (chars > limits.lineLength()) {
      throw problem(line, "the line is longer than " + limits.lineLength() + " characters; expected at most "
          + limits.lineLength() + " (raise the limit with --limits line-length=…)");
    }
  }

  private void checkMemory() {
    Runtime rt = Runtime.getRuntime();
    if (!nearlyFull(rt.maxMemory(), rt.totalMemory() - rt.freeMemory())) {
      return;
    }
    System.gc(); // what is in use may be garbage: look again after a collection
    if (nearlyFull(rt.maxMemory(), rt.totalMemory() - rt.freeMemory())) {
      throw problem(line, outOfMemory(rt.maxMemory()));
    }
  }

  /** Whether {@code used} bytes of a heap of {@code max} leave too little to read on. */
  static boolean nearlyFull(long max, long used) {
    return used > max * MEMORY_SHARE;
  }

  /** The message when a file will not fit in the memory Java may use. */
  static String outOfMemory(long max) {
    return "the file does not fit in the memory Java may use (" + InputLimits.describe(max / (1 << 20) * (1 << 20))
        + "); expected a smaller file, or start Java with more memory (e.g. java -Xmx8g -jar shockfolio.jar …)";
  }

  private InputException problem(long at, String message) {
    return new InputException(InputProblem.ofLine(file, (int) Math.min(at, Integer.MAX_VALUE), message));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
