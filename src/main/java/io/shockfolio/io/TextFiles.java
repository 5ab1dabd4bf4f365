package io.shockfolio.io;

import io.shockfolio.domain.InputException;
import io.shockfolio.domain.InputProblem;
import java.io.IOException;
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
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputException(InputProblem.ofFile(displayName, "no such file"), e);
    } catch (IOException e) {
      throw new InputException(InputProblem.ofFile(displayName, "cannot be read: " + e.getMessage()), e);
    }
    return decode(bytes);
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
