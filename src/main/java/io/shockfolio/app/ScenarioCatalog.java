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
}
