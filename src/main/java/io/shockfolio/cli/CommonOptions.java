package io.shockfolio.cli;

import io.shockfolio.domain.Currencies;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Checks of the options {@code run} and {@code batch} share, each failing with a one-line usage error. */
final class CommonOptions {

  private CommonOptions() {}

  /** The {@code --fx PAIR=RATE} values as rates keyed {@code USD/EUR}. */
  static Map<String, Double> rates(CommandLine cl, List<String> fx) {

    Map<String, Double> rates = new LinkedHashMap<>();
    for (String given : fx) {
      String[] parts = given.split("=", -1);
      double rate = Double.NaN;
      if (parts.length == 2) {
        try {
          rate = Double.parseDouble(parts[1].trim());
        } catch (NumberFormatException e) {
          rate = Double.NaN;
        }
      }
      String pair = parts[0].trim().toUpperCase(Locale.ROOT);
      if (parts.length == 2 && pair.matches("[A-Z]{3}/[A-Z]{3}") && !Double.isNaN(rate) && !(rate > 0 && rate < 1e9)) {
        throw new ParameterException(cl,
            "--fx: found '" + given + "', expected a positive rate below 10^9");
      }
      if (parts.length != 2 || Double.isNaN(rate) || !pair.matches("[A-Z]{3}/[A-Z]{3}")) {
        throw new ParameterException(cl,
            "--fx: found '" + given + "', expected PAIR=RATE such as USD/EUR=0.96 (one USD is 0.96 EUR)");
      }
      for (String c : pair.split("/")) {
        checkCurrency(cl, "--fx", c);
      }
      if (rates.put(pair, rate) != null) {
        throw new ParameterException(cl, "--fx: " + pair + " is given twice; expected one rate per pair");
      }
    }
    return rates;
  }

  /** Fails unless {@code code} is an ISO 4217 currency. */
  static void checkCurrency(CommandLine cl, String option, String code) {
    if (!Currencies.isKnown(code)) {
      throw new ParameterException(cl,
          option + ": found '" + code + "', expected an ISO 4217 currency code such as EUR, USD or CHF");
    }
  }

  /** Fails before anything is written when files could not be written in {@code folder}; creates it. */
  static void checkFolder(CommandLine cl, String option, Path folder) {
    if (java.nio.file.Files.exists(folder) && !java.nio.file.Files.isDirectory(folder)) {
      throw new ParameterException(cl,
          option + ": " + folder + " is a file; expected a folder");
    }
    try {
      java.nio.file.Files.createDirectories(folder);
    } catch (java.io.IOException | SecurityException e) {
      throw new ParameterException(cl, option + ": cannot create the folder " + folder
          + (java.nio.file.Files.isRegularFile(folder.getParent() == null ? folder : folder.getParent())
              ? " inside a file" : "") + "; expected a folder you can write to");
    }
    if (!java.nio.file.Files.isWritable(folder)) {
      throw new ParameterException(cl, option + ": cannot write to " + folder
          + "; expected a folder you can write to");
    }
  }
}
