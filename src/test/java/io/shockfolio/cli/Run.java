package io.shockfolio.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One command line run in this JVM as a user would type it: its exit code and what it printed.
 *
 * @param code the exit code
 * @param out standard output
 * @param err standard error
 */
record Run(int code, String out, String err) {

  /** Runs {@code args} through {@link Main#execute}, which never exits. */
  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }
}
