package io.shockfolio.cli;

import io.shockfolio.domain.InputLimits;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --limits}: how large an input file may be, for the commands that read files. */
final class LimitsOptions {

  @Option(names = "--limits", paramLabel = "KEY=VALUE", split = ",",
      description = "Largest input file accepted: file-size (default 2GB), lines (10000000), line-length"
          + " (1048576 characters), cells (10000 per line), e.g. --limits file-size=5GB,lines=20000000.")
  Map<String, String> limits = new LinkedHashMap<>();

  /** Makes the limits given the ones every reader applies from now on. */
  void apply() {
    InputLimits.set(InputLimits.of(limits));
  }
}
