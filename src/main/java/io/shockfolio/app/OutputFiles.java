package io.shockfolio.app;

import io.shockfolio.domain.InputException;
import io.shockfolio.domain.InputProblem;
import io.shockfolio.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files one command writes, and the inputs none of them may replace.
 *
 * <ul>
 *   <li>Whole or nothing: every file is written to a temporary file beside it, and none is moved
 *       into place until all are written ({@link #commit}). A command that fails before leaves no
 *       new file, no half-written one and no temporary one, and every file it would have replaced
 *       as it was ({@link AtomicFiles.Staged}).
 *   <li>Inputs stay: a file the command reads ({@link #protect}) is never a target. Files are
 *       compared as the file system knows them, real path and file key, so {@code ./x/../p.csv}, a
 *       symbolic link and a hard link to an input are all caught.
 * </ul>
 *
 * <p>Close it when done: closing without committing removes what was written.
 */
public final class OutputFiles implements AutoCloseable {

  /** Why a file may not be replaced: {@code what} it is and {@code given}, its path as the user gave it. */
  private record Input(String what, Path given) {}

  private final AtomicFiles.Staged staged = new AtomicFiles.Staged();
  /** Inputs by real path, and by file key where the file system has one (it names hard links alike). */
  private final Map<Object, Input> inputs = new HashMap<>();

  /** Files to write, no input protected yet. (Bundled scenarios are inside the jar: no file replaces them.) */
  public OutputFiles() {}

  /**
   * Protects an input: a file, or a folder whose {@code *.csv} files the command reads. A path
   * that does not exist protects nothing (the command's reader says so).
   *
   * @param what what the input is, for the message: "the portfolio given with --portfolio"
   * @return this
   */
  public OutputFiles protect(Path input, String what) {
    if (Files.isDirectory(input)) {
      try (Stream<Path> files = Files.list(input)) {
        files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
            .forEach(p -> add(p, what));
      } catch (IOException | UncheckedIOException e) {
        // a folder that cannot be listed gives no input the command could read
      }
    } else {
      add(input, what);
    }
    return this;
  }

  private void add(Path file, String what) {
    Input input = new Input(what, file);
    for (Object key : keys(file)) {
      inputs.putIfAbsent(key, input);
    }
  }

  /** The real path and the file key of an existing file; nothing for a path that names none. */
  private static List<Object> keys(Path file) {
    try {
      Path real = file.toRealPath();
      Object key = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
      return key == null ? List.of(real) : List.of(real, key);
    } catch (IOException | SecurityException e) {
      return List.of();
    }
  }

  /**
   * Refuses a target that is an input.
   *
   * @throws InputException naming the target and the input it would replace
   */
  public void check(Path target) {
    for (Object key : keys(target)) {
      Input input = inputs.get(key);
      if (input != null) {
        throw new InputException(InputProblem.ofFile(target.toString(), "is " + input.what() + " ("
            + input.given() + "); an input is never overwritten, expected another file name or folder"));
      }
    }
  }

  /**
   * Refuses any of {@code targets} that is an input, and fixes the order in which they are committed
   * and listed, whichever of them is written first (some may be written on other threads).
   *
   * @throws InputException naming the first target that is an input
   */
  public void inOrder(List<Path> targets) {
    targets.forEach(this::check);
    targets.forEach(staged::reserve);
  }

  /**
   * Writes a file, to a temporary file until {@link #commit}.
   *
   * @throws InputException when {@code target} is an input, or cannot be written (naming its folder)
   */
  void write(Path target, AtomicFiles.Content content) {
    check(target);
    try {
      staged.write(target, content);
    } catch (IOException | UncheckedIOException e) {
      Path folder = target.getParent() == null ? target.toAbsolutePath().getParent() : target.getParent();
      throw cannotWrite(folder, e);
    }
  }

  /** Writes {@code bytes} as {@link #write(Path, AtomicFiles.Content)} does. */
  void write(Path target, byte[] bytes) {
    write(target, out -> out.write(bytes));
  }

  /**
   * Moves every file written into place.
   *
   * @return the files, in the order first given to {@link #inOrder} or written
   * @throws InputException naming the file that could not be moved into place
   */
  public List<Path> commit() {
    try {
      return staged.commit();
    } catch (AtomicFiles.NotMoved e) {
      throw new InputException(InputProblem.ofFile(e.target().toString(), "cannot put the new file there ("
          + why(e.getCause()) + "); expected a name that is free or a file you can replace"), e);
    }
  }

  /** Removes whatever was written and not committed. */
  @Override
  public void close() {
    staged.close();
  }

  /** A write that failed, as one line naming where: {@code out: cannot write there (…); expected a folder you can write to}. */
  static InputException cannotWrite(Path where, Exception e) {
    return new InputException(InputProblem.ofFile(where.toString(), "cannot write there (" + why(e)
        + "); expected a folder you can write to"), e);
  }

  /** An I/O failure in a few words: {@code FileSystemException: Is a directory}, without the temporary file's name. */
  private static String why(Throwable e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    String text = cause instanceof java.nio.file.FileSystemException f && f.getReason() != null
        ? f.getReason() : cause.getMessage();
    return cause.getClass().getSimpleName() + ": " + text;
  }
}
