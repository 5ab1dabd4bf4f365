package io.shockfolio.cli;

import io.shockfolio.app.DesktopView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shockfolio gui}: the desktop window, on the same use cases as {@code run}. */
@Command(
    name = "gui",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Opens the desktop window: open a portfolio, tick scenarios, edit moves, see the charts change.",
        "Returns when the window is closed."})
final class GuiCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = {"-p", "--portfolio"}, paramLabel = "FILE",
      description = "Portfolio to open. Default: the bundled sample portfolio.")
  Path portfolio;

  @Option(names = {"-s", "--scenario"}, paramLabel = "NAME|FILE",
      description = "Scenario to tick. Repeatable. Default: deepseek-2025-01-27.")
  List<String> scenarios = new ArrayList<>();

  @Override
  public Integer call() {
    Optional<DesktopView> view = DesktopView.find();
    if (view.isEmpty()) {
      spec.commandLine().getErr().println("shockfolio: this build has no desktop view");
      return Main.INTERNAL_ERROR;
    }
    try {
      view.get().show(Optional.ofNullable(portfolio), scenarios);
    } catch (IllegalStateException e) {
      spec.commandLine().getErr().println("shockfolio: " + e.getMessage());
      return Main.INTERNAL_ERROR;
    }
    return Main.OK;
  }
}
