package io.shockfolio.cli;

import io.shockfolio.domain.InputException;
import io.shockfolio.domain.InputLimits;
import io.shockfolio.domain.SafeText;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Entry point. Exit codes: 0 ok, 1 internal error, 2 bad input or usage. Bad input prints one
 * line per problem (file, line, column, what was expected) and no stack trace unless
 * {@code --debug} is given.
 */
public final class Main {

  /** Exit code for success. */
  public static final int OK = 0;
  /** Exit code for a bug or an environment failure the user could not have prevented. */
  public static final int INTERNAL_ERROR = 1;
  /** Exit code for bad input files or options. */
  public static final int BAD_INPUT = 2;

  private Main() {}

  public static void main(String[] args) {
    // charts are drawn without a screen; only the desktop view needs one
    if (!java.util.Arrays.asList(args).contains("gui")) {
      System.setProperty("java.awt.headless", "true");
    }
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given writers and returns the exit code; never exits. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    InputLimits.set(InputLimits.DEFAULTS); // a command's --limits hold for that command line only
    ShockfolioCommand root = new ShockfolioCommand();
    CommandLine cl = new CommandLine(root);
    String named = subcommandNamed(args);
    ShockfolioCommand.SUBCOMMANDS.forEach((name, command) -> {
      // a command line naming a subcommand needs only that one; help and mistakes see them all
      if (named == null || named.equals(name)) {
        cl.addSubcommand(name, command.get());
      }
    });
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(java.time.LocalDate.class, text -> {
      try {
        return java.time.LocalDate.parse(text.trim());
      } catch (java.time.format.DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("found '" + text + "', expected a date such as 2025-01-27");
      }
    });
    cl.setExitCodeExceptionMapper(e -> e instanceof InputException ? BAD_INPUT : INTERNAL_ERROR);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter e = commandLine.getErr();
      if (root.debug) {
        ex.printStackTrace(e);
      }
      if (ex instanceof InputException ie) {
        for (var p : ie.problems()) {
          e.println("shockfolio: " + SafeText.forTerminal(p.toString()));
        }
        e.flush();
        return BAD_INPUT;
      }
      e.println("shockfolio: internal error: " + SafeText.forTerminal(String.valueOf(ex))
          + (root.debug ? "" : " (run with --debug for details)"));
      e.flush();
      return INTERNAL_ERROR;
    });
    cl.setParameterExceptionHandler((ex, args2) -> {
      PrintWriter e = ex.getCommandLine().getErr();
      if (root.debug) {
        ex.printStackTrace(e);
      }
      e.println("shockfolio: " + SafeText.forTerminal(String.valueOf(ex.getMessage())) + " (see '"
          + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
      e.flush();
      return BAD_INPUT;
    });
    try {
      return guarded(() -> {
        int code = cl.execute(args);
        // a PrintWriter keeps write errors to itself: a full disk or a closed pipe must not pass for success
        if (out.checkError()) {
          err.println("shockfolio: cannot write to standard output (a full disk, or a pipe closed early);"
              + " expected somewhere to write the output");
          err.flush();
          return code == OK ? BAD_INPUT : code;
        }
        return code;
      }, err, () -> root.debug);
    } finally {
      InputLimits.set(InputLimits.DEFAULTS);
    }
  }

  /**
   * Runs {@code body}; a {@link VirtualMachineError} it throws (out of memory, stack overflow) is
   * reported as one line, exit code 1, with the stack trace only under {@code --debug}.
   */
  static int guarded(java.util.function.IntSupplier body, PrintWriter err, java.util.function.BooleanSupplier debug) {
    try {
      return body.getAsInt();
    } catch (OutOfMemoryError | StackOverflowError e) {
      if (debug.getAsBoolean()) {
        e.printStackTrace(err);
      }
      String what = e instanceof OutOfMemoryError
          ? "out of memory (start Java with more, e.g. java -Xmx8g -jar shockfolio.jar …)"
          : "stack overflow";
      err.println("shockfolio: internal error: " + what + (debug.getAsBoolean() ? "" : " (run with --debug for details)"));
      err.flush();
      return INTERNAL_ERROR;
    }
  }

  /** The subcommand the arguments name, or {@code null}: the first argument that is not an option. */
  static String subcommandNamed(String[] args) {
    for (String a : args) {
      if (!a.startsWith("-")) {
        return ShockfolioCommand.SUBCOMMANDS.containsKey(a) ? a : null;
      }
    }
    return null;
  }
}
