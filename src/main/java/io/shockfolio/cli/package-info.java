/**
 * The command line (picocli): parses options, calls {@code app}, prints, and maps the core's
 * exceptions to exit codes. The only package that may call {@code System.exit}.
 */
package io.shockfolio.cli;
