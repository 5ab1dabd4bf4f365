package io.shockfolio.app;

import io.shockfolio.domain.InputException;
import io.shockfolio.domain.Scenario;
import io.shockfolio.io.InstrumentListReader;
import io.shockfolio.io.ScenarioReader;
import io.shockfolio.model.InstrumentRegistry;
import io.shockfolio.model.ShockEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The scenarios bundled in the jar (the project's {@code scenarios/} folder), and scenario files
 * on disk. A name such as {@code deepseek-2025-01-27} finds a bundled scenario from any folder; a
 * path finds a file.
 */
public final class ScenarioCatalog {

  /** The scenario used when none is given. */
  public static final String HEADLINE = "deepseek-2025-01-27";

  private static final String FOLDER = "/io/shockfolio/scenarios/";

  /** The bundled instrument reference list, read once. */
  static final InstrumentRegistry REGISTRY = InstrumentRegistry.of(InstrumentListReader.bundled());

  private ScenarioCatalog() {}

  /** The names of the bundled scenarios, sorted. */
  public static List<String> bundledNames() {
    URL url = ScenarioCatalog.class.getResource(FOLDER);
    if (url == null) {
      return List.of();
    }
    try {
      if ("jar".equals(url.getProtocol())) {
        try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
          return list(fs.getPath(FOLDER));
        }
      }
      return list(Path.of(url.toURI()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".csv"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList();
    }
  }

  /**
   * Loads a bundled scenario by name, or a scenario file by path. A path wins when the file exists.
   *
   * @throws InputException when neither exists, or the file is bad
   */
  public static Scenario load(String nameOrPath) {
    Scenario s = read(nameOrPath);
    new ShockEngine(REGISTRY).check(s);
    return s;
  }

  private static Scenario read(String nameOrPath) {
    Path path = Path.of(nameOrPath);
    if (Files.exists(path)) {
      return ScenarioReader.read(path, nameOrPath);
    }
    String name = nameOrPath.endsWith(".csv") ? nameOrPath.substring(0, nameOrPath.length() - 4) : nameOrPath;
    if (!name.contains("/") && !name.contains("\\")) {
      try (InputStream in = ScenarioCatalog.class.getResourceAsStream(FOLDER + name + ".csv")) {
        if (in != null) {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          return ScenarioReader.parse(text, name + " (bundled)", name);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<String> names = new ArrayList<>(bundledNames());
    throw InputException.ofUsage("no scenario file '" + nameOrPath + "' and no bundled scenario of that name;"
        + " bundled: " + String.join(", ", names));
  }

  /** The name of the shock table in messages about edited scenarios. */
  public static final String TABLE = "shock table";

  /**
   * The scenario files ({@code *.csv}) directly in {@code folder}, sorted by name.
   *
   * @throws InputException when the folder cannot be listed
   */
  public static List<Path> inFolder(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(io.shockfolio.domain.InputProblem.ofFile(folder.toString(),
          "cannot list the folder (" + e.getClass().getSimpleName() + "); expected a folder of scenario files"));
    }
  }

  /**
   * The rows of a shock table for {@code scenario}: target, move (as a percentage), measured,
   * source and note, in the words of a scenario file.
   */
  public static List<String[]> rows(Scenario scenario) {
    List<String[]> rows = new ArrayList<>();
    for (io.shockfolio.domain.Shock s : scenario.shocks()) {
      rows.add(new String[] {s.target().toString(), percentOf(s.move()), s.measured().label(), s.source(), s.note()});
    }
    return rows;
  }

  /** A move as a person edits it: {@code -17%}, {@code -3.1%}. */
  public static String percentOf(double move) {
    return io.shockfolio.io.ScenarioWriter.percent(move);
  }

  /**
   * A scenario from a shock table as a person edited it, checked as a scenario file is: the same
   * messages, each naming the {@value #TABLE}, the row (as its line) and the column.
   *
   * @param rows each {@code target, move, measured, source, note}; blank rows are skipped
   * @throws InputException for a bad cell, a repeated target, or no shock at all
   */
  public static Scenario fromTable(String name, java.time.LocalDate date, String description, List<String[]> rows) {
    List<String[]> kept = rows.stream()
        .filter(r -> java.util.Arrays.stream(r).anyMatch(c -> c != null && !c.isBlank()))
        .toList();
    boolean intended = kept.stream().anyMatch(r -> isLargeGain(r.length > 1 ? r[1] : ""));
    List<String[]> cells = intended
        ? kept.stream().map(r -> {
            String[] c = java.util.Arrays.copyOf(r, 6);
            c[5] = isLargeGain(r.length > 1 ? r[1] : "") ? "yes" : "";
            return c;
          }).toList()
        : kept;
    String text = io.shockfolio.io.ScenarioWriter.text(name, date.toString(), description, cells, intended);
    // the header is the line after the '#' lines; table row n is the header's line + n
    int header = (int) text.lines().takeWhile(l -> l.startsWith("#")).count() + 1;
    Scenario scenario;
    try {
      scenario = ScenarioReader.parse(text, TABLE, name);
    } catch (InputException e) {
      throw new InputException(e.problems().stream()
          .map(p -> p.line() > header
              ? new io.shockfolio.domain.InputProblem(TABLE, p.line() - header, p.column(), p.columnName(), p.message())
              : new io.shockfolio.domain.InputProblem(TABLE, 0, 0, "", p.message()))
          .toList());
    }
    new ShockEngine(REGISTRY).check(scenario);
    return scenario;
  }

  /** A move typed above +100% is taken as meant in a table: the person sees it written there. */
  private static boolean isLargeGain(String move) {
    try {
      return ScenarioReader.parseMove(move, io.shockfolio.io.Numbers.DecimalMark.POINT) > 1.0;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Saves {@code scenario} to {@code file} in the format {@code run --scenario} reads, whole or not at all.
   *
   * @throws InputException when the file cannot be written
   */
  public static void save(Scenario scenario, Path file) {
    try (OutputFiles files = new OutputFiles()) {
      save(scenario, file, files);
      files.commit();
    }
  }

  /**
   * Writes {@code scenario} to {@code file} into {@code files}, which puts it in place when committed.
   *
   * @throws InputException when the file is an input of {@code files}, or cannot be written
   */
  public static void save(Scenario scenario, Path file, OutputFiles files) {
    files.write(file, io.shockfolio.io.ScenarioWriter.write(scenario).getBytes(StandardCharsets.UTF_8));
  }
}
