package io.shockfolio.io;

import io.shockfolio.domain.InputException;
import io.shockfolio.domain.InputLimits;
import io.shockfolio.domain.InputProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a text file the way spreadsheets and brokers write them: UTF-8 with or without a byte
 * order mark, UTF-16 with its mark, and Windows-1252 when the bytes are not valid UTF-8.
 */
public final class TextFiles {

  /** The Windows code page Excel uses in Western Europe. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * A decoded file.
   *
   * @param text the content, without byte order mark
   * @param charset the encoding it was read with
   * @param fallback whether the bytes were not UTF-8 and Windows-1252 was used instead
   */
  public record Decoded(String text, Charset charset, boolean fallback) {}

  private TextFiles() {}

  /**
   * Reads and decodes a whole file.
   *
   * @throws InputException when the file is missing, a folder, or unreadable
   */
  public static Decoded read(Path path, String displayName) {
    if (Files.isDirectory(path)) {
      throw new InputException(InputProblem.ofFile(displayName, "is a folder; expected a CSV file"));
    }
    InputLimits limits = InputLimits.current();
    byte[] bytes;
    try {
      long size = checkSize(path, displayName, limits);
      Runtime rt = Runtime.getRuntime();
      if (!fitsInMemory(size, rt.maxMemory() - (rt.totalMemory() - rt.freeMemory()))) {
        throw new InputException(InputProblem.ofFile(displayName, LimitedReader.outOfMemory(rt.maxMemory())));
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputException(InputProblem.ofFile(displayName, "no such file"), e);
    } catch (IOException e) {
      throw new InputException(InputProblem.ofFile(displayName, "cannot be read: " + e.getMessage()), e);
    }
    Decoded decoded = decode(bytes);
    try (Reader r = new LimitedReader(new java.io.StringReader(decoded.text()), displayName, limits)) {
      char[] buf = new char[1 << 16];
      while (r.read(buf) >= 0) {
        // reading is the check
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringReader does not fail
    }
    return decoded;
  }

  /** Bytes a file read whole takes per byte: the bytes, the text decoded from them, and its cells. */
  static final int MEMORY_PER_BYTE = 6;

  /** Whether a file of {@code size} bytes can be read whole with {@code free} bytes of memory left. */
  static boolean fitsInMemory(long size, long free) {
    return size <= free / MEMORY_PER_BYTE;
  }

  /** The file's size, when within the limit. */
  private static long checkSize(Path path, String displayName, InputLimits limits) throws IOException {
    long size = Files.size(path);
    if (size > limits.fileSize()) {
      throw new InputException(InputProblem.ofFile(displayName, "is " + InputLimits.describe(size)
          + ", more than the limit of " + InputLimits.describe(limits.fileSize())
          + "; expected a smaller file (raise the limit with --limits file-size=…)"));
    }
    return size;
  }

  /**
   * Refuses binary data (a workbook, an image) for what it is, rather than report its first
   * \" as a quote never closed: a zip or OLE signature, or more than 5% control characters (and
   * at least 8) among the first 8,192. A name with a control character or two is still text.
   */
  static void refuseBinary(String text, String displayName) {
    if (text.startsWith("PK\u0003\u0004") || text.startsWith("\u00d0\u00cf\u0011\u00e0")) {
      throw new InputException(InputProblem.ofFile(displayName,
          "is an Excel workbook or other zip file, not text; expected a CSV file (save it as CSV)"));
    }
    int n = Math.min(text.length(), 8192);
    int odd = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD') {
        odd++;
      }
    }
    if (odd >= 8 && odd * 20 > n) {
      throw new InputException(InputProblem.ofFile(displayName,
          "is not a text file (found binary data); expected a CSV file"));
    }
  }

  /** Thrown while reading a file opened as UTF-8 when its bytes turn out not to be UTF-8. */
  public static final class NotUtf8 extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotUtf8(CharacterCodingException cause) {
      super("not valid UTF-8", cause);
    }
  }

  /** How many bytes at the start of a file decide its encoding (byte order mark, UTF-16's zero bytes). */
  private static final int SNIFF = 4096;

  /**
   * Opens a file as text, in the encoding {@link #read} would decode it with, without holding it
   * whole: the byte order mark and UTF-16 are told from the first 4,096 bytes, as {@link #decode}
   * does. A file without a mark is read as strict UTF-8, and the reader throws {@link NotUtf8}
   * where a byte is not UTF-8, so the caller can open it again with {@code windows1252} set (the
   * encoding {@link #read} would have chosen for the whole file). The byte order mark is not part
   * of the text.
   *
   * @param windows1252 read the file as Windows-1252 whatever it holds
   * @throws InputException when the file is missing, a folder, or unreadable
   */
  public static Reader open(Path path, String displayName, boolean windows1252) {
    if (Files.isDirectory(path)) {
      throw new InputException(InputProblem.ofFile(displayName, "is a folder; expected a CSV file"));
    }
    InputLimits limits = InputLimits.current();
    InputStream in = null;
    byte[] head = new byte[SNIFF];
    int n;
    try {
      checkSize(path, displayName, limits);
      in = Files.newInputStream(path);
      n = in.readNBytes(head, 0, SNIFF);
    } catch (NoSuchFileException e) {
      throw new InputException(InputProblem.ofFile(displayName, "no such file"), e);
    } catch (IOException e) {
      closeQuietly(in);
      throw new InputException(InputProblem.ofFile(displayName, "cannot be read: " + e.getMessage()), e);
    }
    byte[] start = java.util.Arrays.copyOf(head, n);
    int skip = 0;
    Charset charset;
    boolean strict = false;
    if (windows1252) {
      charset = WINDOWS_1252;
    } else if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      charset = StandardCharsets.UTF_8;
      skip = 3;
    } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (looksLikeUtf16(start, 1)) {
      charset = StandardCharsets.UTF_16LE;
    } else if (looksLikeUtf16(start, 0)) {
      charset = StandardCharsets.UTF_16BE;
    } else {
      charset = StandardCharsets.UTF_8;
      strict = true;
    }
    try {
      refuseBinary(new String(start, skip, n - skip, strict ? WINDOWS_1252 : charset), displayName);
    } catch (InputException e) {
      closeQuietly(in);
      throw e;
    }
    InputStream all = new SequenceInputStream(new ByteArrayInputStream(start, skip, n - skip), in);
    if (!strict) {
      return new LimitedReader(new InputStreamReader(all, charset), displayName, limits);
    }
    Reader utf8 = new InputStreamReader(all, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    return new LimitedReader(new Reader() {
      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        try {
          return utf8.read(buf, off, len);
        } catch (CharacterCodingException e) {
          throw new NotUtf8(e);
        }
      }

      @Override
      public void close() throws IOException {
        utf8.close();
      }
    }, displayName, limits);
  }

  private static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // the read failed already; that is the error to report
      }
    }
  }

  /** Whether {@link #read} would read the file as Windows-1252 because its bytes are not UTF-8. */
  public static boolean fallsBack(Path path, String displayName) {
    try (Reader r = open(path, displayName, false)) {
      char[] buf = new char[1 << 16];
      while (r.read(buf) >= 0) {
        // decoding is the check
      }
      return false;
    } catch (NotUtf8 e) {
      return true;
    } catch (IOException e) {
      throw new InputException(InputProblem.ofFile(displayName, "cannot be read: " + e.getMessage()), e);
    }
  }

  /**
   * UTF-16 without a byte order mark: text of Latin letters has a zero byte in every other place
   * ({@code zeroAt} 1 for little-endian, 0 for big-endian) and almost none elsewhere.
   */
  private static boolean looksLikeUtf16(byte[] bytes, int zeroAt) {
    int n = Math.min(bytes.length, 4096) & ~1;
    if (n < 4) {
      return false;
    }
    int zerosThere = 0;
    int zerosElsewhere = 0;
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        if (i % 2 == zeroAt) {
          zerosThere++;
        } else {
          zerosElsewhere++;
        }
      }
    }
    return zerosThere > n / 2 * 0.7 && zerosElsewhere == 0;
  }

  /** Decodes bytes: BOM first, then UTF-16 by its zero bytes, then strict UTF-8, then Windows-1252. */
  public static Decoded decode(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, false);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, false);
    }
    if (looksLikeUtf16(bytes, 1)) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, false);
    }
    if (looksLikeUtf16(bytes, 0)) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, false);
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return new Decoded(text, StandardCharsets.UTF_8, false);
    } catch (CharacterCodingException e) {
      return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, true);
    }
  }
}
