package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole files or none: a write that fails half-way leaves no file, no temporary file, and the old file. */
class AtomicFilesTest {

  @TempDir
  Path tmp;

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Content that writes half its bytes and then finds the disk full. */
  private static AtomicFiles.Content halfThenDiskFull() {
    return out -> {
      out.write("half a fi".getBytes(StandardCharsets.UTF_8));
      out.flush();
      throw new IOException("No space left on device");
    };
  }

  @Test
  void aWriteThatFailsHalfWayLeavesNoFileAndNoTemporaryFile() throws Exception {
    Path target = tmp.resolve("report.html");

    assertThatThrownBy(() -> AtomicFiles.write(target, halfThenDiskFull()))
        .isInstanceOf(IOException.class).hasMessage("No space left on device");

    assertThat(names()).isEmpty();
  }

  @Test
  void aWriteThatFailsLeavesTheOlderFileAsItWas() throws Exception {
    Path target = Files.writeString(tmp.resolve("report.html"), "the report of yesterday");

    assertThatThrownBy(() -> AtomicFiles.write(target, halfThenDiskFull())).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write('<');
      throw new IllegalStateException("the renderer failed");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(names()).containsExactly("report.html");
    assertThat(target).hasContent("the report of yesterday");
  }

  @Test
  void stagedFilesAreInPlaceOnlyWhenAllAreWrittenAndCommitted() throws Exception {
    Path old = Files.writeString(tmp.resolve("a.png"), "old a");
    try (AtomicFiles.Staged staged = new AtomicFiles.Staged()) {
      staged.write(tmp.resolve("a.png"), out -> out.write("new a".getBytes(StandardCharsets.UTF_8)));
      staged.write(tmp.resolve("b.svg"), out -> out.write("new b".getBytes(StandardCharsets.UTF_8)));
      // written, not yet in place: the old a and two hidden temporary files
      assertThat(old).hasContent("old a");
      assertThat(names()).hasSize(3).filteredOn(n -> !n.startsWith(".")).containsExactly("a.png");

      assertThat(staged.commit()).containsExactly(tmp.resolve("a.png"), tmp.resolve("b.svg"));
    }
    assertThat(names()).containsExactly("a.png", "b.svg");
    assertThat(old).hasContent("new a");
  }

  @Test
  void stagedFilesNotCommittedAreRemovedAndTheOldOnesStay() throws Exception {
    Path old = Files.writeString(tmp.resolve("a.png"), "old a");
    try (AtomicFiles.Staged staged = new AtomicFiles.Staged()) {
      staged.write(tmp.resolve("a.png"), out -> out.write("new a".getBytes(StandardCharsets.UTF_8)));
      staged.write(tmp.resolve("b.svg"), out -> out.write("new b".getBytes(StandardCharsets.UTF_8)));
      assertThatThrownBy(() -> staged.write(tmp.resolve("c.md"), halfThenDiskFull())).isInstanceOf(IOException.class);
    }
    assertThat(names()).containsExactly("a.png");
    assertThat(old).hasContent("old a");
  }

  @Test
  void aFileWrittenTwiceIsPutInPlaceOnceWithTheLaterBytes() throws Exception {
    try (AtomicFiles.Staged staged = new AtomicFiles.Staged()) {
      staged.write(tmp.resolve("x.png"), out -> out.write('1'));
      staged.write(tmp.resolve("./x.png"), out -> out.write('2'));
      assertThat(staged.commit()).containsExactly(tmp.resolve("x.png"));
    }
    assertThat(names()).containsExactly("x.png");
    assertThat(tmp.resolve("x.png")).hasContent("2");
  }

  @Test
  void reservedFilesAreMovedInTheirReservedOrderWhicheverIsWrittenFirst() throws Exception {
    try (AtomicFiles.Staged staged = new AtomicFiles.Staged()) {
      staged.reserve(tmp.resolve("matrix.csv"));
      staged.reserve(tmp.resolve("matrix.json"));
      staged.reserve(tmp.resolve("never.txt"));
      // the second file is done first, as when it is written on another thread
      staged.write(tmp.resolve("matrix.json"), out -> out.write('j'));
      staged.write(tmp.resolve("extra.txt"), out -> out.write('e'));
      staged.write(tmp.resolve("matrix.csv"), out -> out.write('c'));

      assertThat(staged.commit()).containsExactly(tmp.resolve("matrix.csv"), tmp.resolve("matrix.json"),
          tmp.resolve("extra.txt"));
    }
    // a reserved file that was never written is not made
    assertThat(names()).containsExactly("extra.txt", "matrix.csv", "matrix.json");
    assertThat(Files.readString(tmp.resolve("matrix.json"))).isEqualTo("j");
  }

  @Test
  void closingWithAReservedFileNeverWrittenRemovesTheOthersTemporaryFiles() throws Exception {
    try (AtomicFiles.Staged staged = new AtomicFiles.Staged()) {
      staged.reserve(tmp.resolve("never.txt"));
      staged.write(tmp.resolve("a.png"), out -> out.write('a'));
    }
    assertThat(names()).isEmpty();
  }

  @Test
  void aFolderInTheWayOfOneFileIsNamedBeforeAnyFileIsMoved() throws Exception {
    // a folder with something in it where the second file should go
    Path taken = Files.createDirectories(tmp.resolve("chart.png"));
    Files.writeString(taken.resolve("keep.txt"), "keep");
    try (AtomicFiles.Staged staged = new AtomicFiles.Staged()) {
      staged.write(tmp.resolve("first.svg"), out -> out.write('x'));
      staged.write(taken, out -> out.write('x'));
      assertThatThrownBy(staged::commit).isInstanceOf(AtomicFiles.NotMoved.class)
          .satisfies(e -> assertThat(((AtomicFiles.NotMoved) e).target()).isEqualTo(taken));
    }
    assertThat(names()).containsExactly("chart.png");
    assertThat(taken.resolve("keep.txt")).hasContent("keep");
  }
}
