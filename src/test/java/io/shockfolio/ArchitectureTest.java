package io.shockfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the architecture, checked on the sources: data flows from readers to
 * domain values to the model to renderers, and never back.
 */
class ArchitectureTest {

  private static final Path MAIN = Path.of("src/main/java/io/shockfolio");
  private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

  private record Source(String pkg, Path path, String text) {
    List<String> imports() {
      Matcher m = IMPORT.matcher(text);
      List<String> out = new java.util.ArrayList<>();
      while (m.find()) {
        out.add(m.group(1));
      }
      return out;
    }
  }

  private static List<Source> sources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java")).map(p -> {
        try {
          return new Source(MAIN.relativize(p).getName(0).toString(), p, Files.readString(p));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
  }

  @Test
  void domainDependsOnTheJdkAlone() throws IOException {
    assertThat(sources()).filteredOn(s -> s.pkg().equals("domain"))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.imports()).as(s.path().toString()).allMatch(i -> i.startsWith("java.")));
  }

  @Test
  void modelUsesNeitherReadersNorRenderers() throws IOException {
    assertThat(sources()).filteredOn(s -> s.pkg().equals("model"))
        .allSatisfy(s -> assertThat(s.imports()).as(s.path().toString())
            .noneMatch(i -> i.matches("io\\.shockfolio\\.(io|chart|report|app|cli|gui)\\..*")));
  }

  @Test
  void ioAndChartDoNotReachIntoTheModelOrFrontEnds() throws IOException {
    assertThat(sources()).filteredOn(s -> s.pkg().equals("io") || s.pkg().equals("chart"))
        .allSatisfy(s -> assertThat(s.imports()).as(s.path().toString())
            .noneMatch(i -> i.matches("io\\.shockfolio\\.(model|app|cli|gui)\\..*")));
  }

  @Test
  void reportRendersDomainValuesWithTheJdkAndAnEscapingLibraryOnly() throws IOException {
    assertThat(sources()).filteredOn(s -> s.pkg().equals("report"))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.imports()).as(s.path().toString())
            .noneMatch(i -> i.matches("io\\.shockfolio\\.(io|model|app|cli|gui|chart)\\..*"))
            .allMatch(i -> i.startsWith("java.") || i.startsWith("javax.xml.") || i.startsWith("org.w3c.dom.")
                || i.startsWith("org.xml.sax.") || i.startsWith("org.apache.commons.text.")
                || i.startsWith("io.shockfolio.domain.") || i.startsWith("io.shockfolio.report.")));
  }

  @Test
  void nothingImportsTheFrontEnds() throws IOException {
    assertThat(sources()).filteredOn(s -> !s.pkg().equals("cli") && !s.pkg().equals("gui"))
        .allSatisfy(s -> assertThat(s.imports()).as(s.path().toString())
            .noneMatch(i -> i.startsWith("io.shockfolio.cli.") || i.startsWith("io.shockfolio.gui.")));
  }

  @Test
  void frontEndsCallTheUseCasesAndNothingBelowThem() throws IOException {
    assertThat(sources()).filteredOn(s -> s.pkg().equals("cli") || s.pkg().equals("gui"))
        .allSatisfy(s -> assertThat(s.imports()).as(s.path().toString())
            .noneMatch(i -> i.matches("io\\.shockfolio\\.(io|model)\\..*")));
  }

  @Test
  void onlyTheCommandLineExits() throws IOException {
    assertThat(sources()).filteredOn(s -> s.text().contains("System.exit("))
        .allSatisfy(s -> assertThat(s.pkg()).as(s.path().toString()).isEqualTo("cli"));
  }

  @Test
  void awtAndSwingStayInChartsAndTheDesktopView() throws IOException {
    assertThat(sources()).filteredOn(s -> !s.pkg().equals("chart") && !s.pkg().equals("gui"))
        .allSatisfy(s -> assertThat(s.imports()).as(s.path().toString())
            .noneMatch(i -> i.startsWith("java.awt") || i.startsWith("javax.swing")));
  }
}
