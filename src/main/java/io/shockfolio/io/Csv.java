package io.shockfolio.io;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.InputProblem;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV records with the physical line each one starts on, read with OpenCSV's RFC 4180 parser
 * (quotes doubled inside quoted fields, no backslash escapes, fields may span lines).
 */
final class Csv {

  /**
   * One record.
   *
   * @param line the 1-based physical line it starts on
   * @param lastLine the physical line it ends on; later than {@code line} when a quoted field spans lines
   * @param cells the fields, unquoted
   * @param trimmed the fields {@linkplain Csv#trim trimmed}, made with the row (on the thread that
   *     reads ahead, when one does), each the very field when there is nothing to trim
   */
  record Row(int line, int lastLine, String[] cells, String[] trimmed) {

    Row(int line, int lastLine, String[] cells) {
      this(line, lastLine, cells, trimAll(cells));
    }

    private static String[] trimAll(String[] cells) {
      String[] out = new String[cells.length];
      for (int i = 0; i < cells.length; i++) {
        out[i] = trim(cells[i]);
      }
      return out;
    }

    /**
     * The cell at a 0-based index, trimmed, or empty when the row is shorter. No-break spaces
     * (iShares writes a lone {@code U+00A0} in its footer) are trimmed like spaces.
     */
    String cell(int index) {
      return index >= 0 && index < trimmed.length ? trimmed[index] : "";
    }

    /** Whether every cell is blank. */
    boolean isBlank() {
      return filled() == 0;
    }

    /** How many cells are not blank. */
    int filled() {
      int n = 0;
      for (String c : trimmed) {
        if (!c.isEmpty()) {
          n++;
        }
      }
      return n;
    }
  }

  private Csv() {}

  /** Removes leading and trailing white space, no-break spaces and byte order marks. */
  static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isSpace(char c) {
    if (c > ' ' && c < '\u007f') {
      return false; // printable ASCII, as the ends of most cells are: no look-up in the Unicode tables
    }
    return c <= ' ' || Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\ufeff';
  }

  /**
   * Parses {@code text}, whose first line is file line {@code firstLine}.
   *
   * @throws InputException naming the line where a quoted field is left open
   */
  static List<Row> parse(String text, char separator, String file, int firstLine) {
    List<Row> rows = new ArrayList<>();
    try (Rows reader = new Rows(new StringReader(text), separator, file, firstLine)) {
      for (Row row = reader.next(); row != null; row = reader.next()) {
        rows.add(row);
      }
    }
    return rows;
  }

  /**
   * The fields of one line, as {@link #parse} reads them: a line without quotes or line breaks
   * is split at each separator without OpenCSV, which costs a reader per call, so that looking
   * for a header among a file's first lines stays cheap.
   *
   * @throws InputException naming the line where a quoted field is left open
   */
  static String[] cells(String line, char separator, String file, int lineNumber) {
    if (line.isEmpty() || line.indexOf('"') >= 0 || line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
      return parse(line, separator, file, lineNumber).get(0).cells();
    }
    List<String> cells = new ArrayList<>();
    int start = 0;
    for (int i = line.indexOf(separator); i >= 0; i = line.indexOf(separator, start)) {
      cells.add(line.substring(start, i));
      start = i + 1;
    }
    cells.add(line.substring(start));
    return cells.toArray(String[]::new);
  }

  /**
   * Records read one at a time from a {@link Reader}, with OpenCSV's RFC 4180 parser, so a file
   * of a million rows is never held whole. Closing it closes the reader.
   *
   * <p>Made {@linkplain #Rows(Reader, char, String, int, boolean) to read ahead}, it reads the
   * first {@link #READ_AHEAD_AFTER} records on the caller's thread and the rest of a long file on
   * a thread of its own, a batch of records ahead of the caller, so that parsing the text and
   * using the records take a core each. The caller sees the same records, and the same exception
   * at the same record, as without.
   */
  static final class Rows implements AutoCloseable {
    /** Records read on the caller's thread before a long file is read on a thread of its own. */
    static final int READ_AHEAD_AFTER = 1 << 13;

    private final CSVReader reader;
    private final String file;
    private final int firstLine;
    private final boolean readAhead;
    private long before;
    private int served;
    private ReadAhead ahead;

    /** Rows of {@code in}, whose first line is file line {@code firstLine}. */
    Rows(Reader in, char separator, String file, int firstLine) {
      this(in, separator, file, firstLine, false);
    }

    /** Rows of {@code in}, read ahead on a thread of their own past the first few thousand when {@code readAhead}. */
    Rows(Reader in, char separator, String file, int firstLine, boolean readAhead) {
      this.reader = new CSVReaderBuilder(in)
          .withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build())
          .build();
      this.file = file;
      this.firstLine = firstLine;
      this.readAhead = readAhead;
    }

    /**
     * The next record, or null at the end.
     *
     * @throws InputException naming the line where a quoted field is left open, or when the
     *     text cannot be read
     */
    Row next() {
      if (ahead != null) {
        return ahead.next();
      }
      if (readAhead && served == READ_AHEAD_AFTER) {
        ahead = new ReadAhead(this::read, file);
        return ahead.next();
      }
      served++;
      return read();
    }

    private Row read() {
      String[] cells;
      try {
        cells = reader.readNext();
      } catch (CsvMalformedLineException | CsvValidationException e) {
        throw new InputException(InputProblem.ofLine(file, (int) before + firstLine,
            "a quoted field is never closed; expected a closing \" before the end of the file"), e);
      } catch (IOException e) {
        throw new InputException(InputProblem.ofFile(file, "cannot be read: " + e.getMessage()), e);
      }
      if (cells == null) {
        return null;
      }
      long after = reader.getLinesRead();
      Row row = new Row((int) before + firstLine, (int) Math.max(before, after - 1) + firstLine, cells);
      before = after;
      return row;
    }

    @Override
    public void close() {
      if (ahead != null) {
        ahead.stop(); // the reader is the read-ahead thread's until it has ended
      }
      try {
        reader.close();
      } catch (IOException e) {
        throw new InputException(InputProblem.ofFile(file, "cannot be read: " + e.getMessage()), e);
      }
    }
  }

  /**
   * Records read on a thread of its own, handed over in batches through a short queue. What ends
   * the reading (the end of the text, or an exception) is handed over after the records before it.
   */
  private static final class ReadAhead {
    private static final int BATCH = 1 << 10;
    /** Handed over after the last batch. */
    private static final Object END = new Object();

    private final java.util.function.Supplier<Row> source;
    private final String file;
    private final java.util.concurrent.BlockingQueue<Object> queue = new java.util.concurrent.ArrayBlockingQueue<>(8);
    private final Thread thread;
    private volatile boolean stopped;
    private Row[] batch = new Row[0];
    private int at;
    private boolean ended;

    ReadAhead(java.util.function.Supplier<Row> source, String file) {
      this.source = source;
      this.file = file;
      this.thread = new Thread(this::run, "shockfolio-read-ahead");
      thread.setDaemon(true);
      thread.start();
    }

    private void run() {
      try {
        while (!stopped) {
          Row[] rows = new Row[BATCH];
          int n = 0;
          Row row = null;
          while (n < BATCH && (row = source.get()) != null) {
            rows[n++] = row;
          }
          if (n > 0) {
            hand(n == BATCH ? rows : java.util.Arrays.copyOf(rows, n));
          }
          if (row == null) {
            hand(END);
            return;
          }
        }
      } catch (RuntimeException | Error e) {
        hand(e);
      }
    }

    /** Puts {@code o} in the queue, waiting for room, unless the reading is stopped meanwhile. */
    private void hand(Object o) {
      try {
        while (!stopped) {
          if (queue.offer(o, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            return;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    Row next() {
      if (at < batch.length) {
        return batch[at++];
      }
      if (ended) {
        return null;
      }
      Object o;
      try {
        o = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InputException(InputProblem.ofFile(file, "cannot be read: interrupted"), e);
      }
      if (o instanceof Row[] rows) {
        batch = rows;
        at = 1;
        return rows[0];
      }
      ended = true;
      if (o instanceof RuntimeException e) {
        throw e;
      }
      if (o instanceof Error e) {
        throw e;
      }
      return null;
    }

    /** Stops the reading thread and waits for it to end. */
    void stop() {
      stopped = true;
      queue.clear();
      Threads.joinUninterruptibly(thread);
    }
  }

  /**
   * The field separator that splits {@code line} into the most fields: {@code ,}, {@code ;} or
   * tab. Separators inside quotes do not count.
   */
  static char separatorOf(String line) {
    char best = ',';
    int bestCount = 0;
    for (char sep : new char[] {',', ';', '\t'}) {
      int n = 0;
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (c == sep && !quoted) {
          n++;
        }
      }
      if (n > bestCount) {
        best = sep;
        bestCount = n;
      }
    }
    return best;
  }
}
