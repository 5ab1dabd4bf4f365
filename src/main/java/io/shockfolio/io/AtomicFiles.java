package io.shockfolio.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes files whole or not at all: the bytes go to a temporary file beside the target, which is
 * then moved into place. A reader never sees half a file, and a failed write leaves the old file.
 * {@link Staged} does the same for the several files of one command: none is moved into place
 * until all are written.
 */
public final class AtomicFiles {

  /** Writes the content to a stream; may fail. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /** A file written that could not be moved into place; the cause says why. */
  public static final class NotMoved extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path target;

    NotMoved(Path target, IOException cause) {
      super(target + ": " + cause, cause);
      this.target = target;
    }

    /** The file that is not in place, as given. */
    public Path target() {
      return target;
    }
  }

  /** Temporary files are private to their owner; the finished file is readable like any other. */
  private static void readableByAll(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /**
   * Writes {@code content} to {@code target} through a temporary file in the same folder.
   *
   * @throws IOException when writing or moving fails; the temporary file is removed then
   */
  public static void write(Path target, Content content) throws IOException {
    try (Staged staged = new Staged()) {
      staged.write(target, content);
      staged.commit();
    }
  }

  /**
   * Writes {@code content} to a new hidden temporary file beside {@code target}
   * ({@code .name.png.123.tmp}) and returns it; on failure removes it and throws.
   */
  private static Path temporary(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    boolean written = false;
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        content.writeTo(out);
      }
      readableByAll(tmp);
      written = true;
      return tmp;
    } finally {
      if (!written) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Files written together. {@link #write} puts each file's bytes in a temporary file beside its
   * target and touches no target; {@link #commit} moves them all into place, in the order they were
   * first reserved ({@link #reserve}) or written; {@link #close} removes every temporary file not moved. So a command that fails
   * before it commits leaves every file it would have written as it was, or absent, and no
   * temporary file. A file written twice is moved once, with the later bytes. Safe to write from
   * several threads at once.
   */
  public static final class Staged implements AutoCloseable {

    /** A target as first given, and the temporary file that holds its bytes (null until written). */
    private record Entry(Path target, Path tmp) {}

    /** The entries by target made absolute, in the order first reserved or written. */
    private final Map<Path, Entry> files = new LinkedHashMap<>();
    private boolean closed;

    /**
     * Gives {@code target} its place in the order of {@link #commit} now, whenever it is written:
     * files written at once from several threads are then moved and listed in a fixed order. A
     * target reserved and never written is left out.
     */
    public synchronized void reserve(Path target) {
      files.putIfAbsent(target.toAbsolutePath().normalize(), new Entry(target, null));
    }

    /**
     * Writes {@code content} for {@code target}, to a temporary file until {@link #commit}.
     *
     * @throws IOException when the folder cannot be created or the file cannot be written; nothing
     *     of this file is left then
     */
    public void write(Path target, Content content) throws IOException {
      Path tmp = temporary(target, content);
      Path before;
      synchronized (this) {
        if (closed) {
          Files.deleteIfExists(tmp);
          throw new IllegalStateException("Files already committed or closed; write " + target + " before");
        }
        Path key = target.toAbsolutePath().normalize();
        Entry entry = files.get(key);
        before = entry == null ? null : entry.tmp();
        // a target reserved or written before keeps its place
        files.put(key, new Entry(entry == null ? target : entry.target(), tmp));
      }
      if (before != null) {
        Files.deleteIfExists(before);
      }
    }

    /**
     * Moves every file written into place and returns the targets, as first given, in the order
     * they were first written.
     *
     * @throws NotMoved when a file cannot be moved: when a folder is in the way of one, before any
     *     is moved; when the file system refuses a move, those before it are in place, it and those
     *     after it are not. {@link #close} removes the temporary files of those not moved
     */
    public synchronized List<Path> commit() throws NotMoved {
      closed = true;
      files.values().removeIf(entry -> entry.tmp() == null); // reserved, never written
      // a folder where a file should go would stop the moves half-way: look for one before moving any
      for (Entry entry : files.values()) {
        if (Files.isDirectory(entry.target(), LinkOption.NOFOLLOW_LINKS)) {
          throw new NotMoved(entry.target(), new FileAlreadyExistsException(entry.target().toString(), null,
              "a folder of that name is in the way"));
        }
      }
      List<Path> done = new ArrayList<>(files.size());
      for (Iterator<Entry> it = files.values().iterator(); it.hasNext(); ) {
        Entry entry = it.next();
        try {
          move(entry.tmp(), entry.target());
        } catch (IOException e) {
          throw new NotMoved(entry.target(), e);
        }
        it.remove();
        done.add(entry.target());
      }
      return done;
    }

    /** Removes the temporary files of whatever was written and not committed. */
    @Override
    public synchronized void close() {
      closed = true;
      for (Entry entry : files.values()) {
        if (entry.tmp() == null) {
          continue;
        }
        try {
          Files.deleteIfExists(entry.tmp());
        } catch (IOException ignored) {
          // a temporary file that cannot be removed is hidden (.name.tmp) and harms no output
        }
      }
      files.clear();
    }
  }
}
