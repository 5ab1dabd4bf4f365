package io.shockfolio.cli;

import io.shockfolio.app.Reports;
import io.shockfolio.app.ScenarioCatalog;
import io.shockfolio.domain.Percent;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.Shock;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shockfolio scenarios}: lists the bundled scenarios; {@code scenarios show NAME} prints one. */
@Command(
    name = "scenarios",
    mixinStandardHelpOptions = true,
    description = "Lists the bundled scenarios.",
    subcommands = ScenariosCommand.Show.class)
final class ScenariosCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (String name : ScenarioCatalog.bundledNames()) {
      Scenario s = ScenarioCatalog.load(name);
      out.printf("%-36s %s  %2d shocks%n", name, s.date(), s.shocks().size());
      if (!s.description().isEmpty()) {
        out.print(Reports.wrap("  ", s.description(), 80));
      }
    }
    out.println();
    out.println("Show one with: shockfolio scenarios show NAME");
    out.flush();
    return Main.OK;
  }

  /** {@code shockfolio scenarios show NAME|FILE}. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Prints a scenario's shocks with their timing and sources.")
  static final class Show implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME|FILE", description = "A bundled scenario name or a scenario file.")
    String name;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Scenario s = ScenarioCatalog.load(name);
      out.println(s.name() + " (" + s.date() + ")");
      if (!s.description().isEmpty()) {
        out.println(s.description());
      }
      out.println();
      out.printf("%-16s %8s  %-10s  %s%n", "Target", "Move", "Measured", "Source");
      for (Shock k : s.shocks()) {
        String target = k.target().toString();
        String lead = String.format("%-16s %8s  %-10s  ", target.length() > 16 ? target.substring(0, 15) + "…" : target,
            Percent.format(k.move()), k.measured());
        out.print(Reports.wrap(lead, k.source(), 80));
        if (!k.note().isEmpty()) {
          out.print(Reports.wrap(" ".repeat(lead.length()), "(" + k.note() + ")", 80));
        }
      }
      out.flush();
      return Main.OK;
    }
  }
}
