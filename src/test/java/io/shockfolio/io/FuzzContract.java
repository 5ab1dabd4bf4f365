package io.shockfolio.io;

import io.shockfolio.domain.InputException;
import io.shockfolio.domain.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;

/**
 * What the reader fuzz tests hold every reader to. An input either reads, or fails with an
 * {@link InputException} whose every problem
 *
 * <ul>
 *   <li>names the file as it was given;
 *   <li>is one line (no line break in what the CLI prints);
 *   <li>points at a line that exists in the file (1 to the number of physical lines), or, with
 *       line 0, at no line and no column: a problem with the file as a whole (empty, binary, no
 *       header row, no row left). A problem with a cell always has its line.
 * </ul>
 *
 * Any other exception or error escapes and is a finding. Inputs are written to a file and read
 * through the readers' {@code read(Path…)}, as the CLI reads them, encoding detection included.
 */
final class FuzzContract {

  /** Inputs are cut to this length, so each execution stays quick. */
  static final int MAX_BYTES = 64 * 1024;

  /** The name messages use for the file; the file is written under this name in a temp folder. */
  static final String FILE = "fuzz.csv";

  private static Path folder;

  private FuzzContract() {}

  /** Writes the input, cut to {@link #MAX_BYTES}, to {@code fuzz.csv} in a folder of this JVM's. */
  static Path write(byte[] input) {
    try {
      if (folder == null) {
        folder = Files.createTempDirectory("shockfolio-fuzz");
        folder.toFile().deleteOnExit();
      }
      Path file = folder.resolve(FILE);
      Files.write(file, input.length > MAX_BYTES ? Arrays.copyOf(input, MAX_BYTES) : input);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads {@code input} with {@code reader}; returns what it read, or null when it refused the
   * input with problems that keep the contract.
   *
   * @throws AssertionError when a problem breaks the contract
   */
  static <T> T read(byte[] input, Function<Path, T> reader) {
    Path file = write(input);
    try {
      return reader.apply(file);
    } catch (InputException e) {
      check(e, physicalLines(file));
      return null;
    }
  }

  /** Throws when a problem of {@code e} breaks the contract for a file of {@code lines} lines. */
  static void check(InputException e, int lines) {
    for (InputProblem p : e.problems()) {
      String shown = p.toString();
      if (!p.file().equals(FILE)) {
        throw new AssertionError("the problem names '" + p.file() + "', not " + FILE + ": " + shown, e);
      }
      if (shown.indexOf('\n') >= 0 || shown.indexOf('\r') >= 0) {
        throw new AssertionError("the problem takes more than one line: " + shown, e);
      }
      if (p.line() == 0 && (p.column() != 0 || !p.columnName().isEmpty())) {
        throw new AssertionError("a column without a line: " + shown, e);
      }
      if (p.line() > lines) {
        throw new AssertionError("line " + p.line() + " of a file of " + lines + " line(s): " + shown, e);
      }
    }
  }

  /**
   * The number of physical lines of the file as the readers decode it: line ends are CRLF, LF or
   * CR, and the text after the last line end counts as a line even when empty.
   */
  static int physicalLines(Path file) {
    try {
      String text = TextFiles.decode(Files.readAllBytes(file)).text();
      return text.split("\r\n|\r|\n", -1).length;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
