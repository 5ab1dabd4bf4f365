package io.shockfolio.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top command: {@code shockfolio run|scenarios}. */
@Command(
    name = "shockfolio",
    mixinStandardHelpOptions = true,
    versionProvider = ShockfolioCommand.Version.class,
    description = {
        "Applies news-reported market moves to the portfolio file you already have.",
        "With no arguments to 'run': the bundled sample portfolio and the DeepSeek headline scenario."},
    footer = {"", "Exit codes: 0 ok, 1 internal error, 2 bad input or usage."})
public final class ShockfolioCommand implements Runnable {

  /**
   * The subcommands, by name, in the order help lists them. {@link Main} adds only the one a
   * command line names, because picocli builds the model of every command it is given from its
   * annotations, which costs a small run a noticeable part of its start-up.
   */
  static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

  private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
    java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
    m.put("run", RunCommand::new);
    m.put("batch", BatchCommand::new);
    m.put("scenarios", ScenariosCommand::new);
    m.put("backtest", BacktestCommand::new);
    m.put("gui", GuiCommand::new);
    return java.util.Collections.unmodifiableMap(m);
  }

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
  boolean debug;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version Maven wrote into the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      String v = ShockfolioCommand.class.getPackage().getImplementationVersion();
      if (v == null) {
        Properties p = new Properties();
        try (InputStream in = ShockfolioCommand.class.getResourceAsStream(
            "/META-INF/maven/io.shockfolio/shockfolio/pom.properties")) {
          if (in != null) {
            p.load(in);
          }
        }
        v = p.getProperty("version", "development build");
      }
      return new String[] {"shockfolio " + v, "Java " + System.getProperty("java.version")};
    }
  }
}
