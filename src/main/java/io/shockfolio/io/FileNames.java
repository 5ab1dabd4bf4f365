package io.shockfolio.io;

import java.text.Normalizer;
import java.util.Locale;

/** Output file names built from an allowlist of characters, never from paths found in input. */
public final class FileNames {

  private static final int MAX_SLUG = 60;

  /** Names Windows keeps for devices, whatever the extension: {@code nul.png} is no file there. */
  private static final java.util.regex.Pattern WINDOWS_DEVICE =
      java.util.regex.Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

  private FileNames() {}

  /** A file name without its extension: {@code NVDA.csv} gives {@code NVDA}, {@code .csv} stays {@code .csv}. */
  public static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /**
   * A safe slug: lower-case ASCII letters, digits and single hyphens; accents are dropped
   * ({@code "Börse Übersicht"} gives {@code borse-ubersicht}) and
   * anything else, slashes and dots included, becomes a hyphen, so a slug never names a folder,
   * a parent ({@code ../../etc/passwd} gives {@code etc-passwd}) or a hidden file. At most
   * {@value #MAX_SLUG} characters, never empty ({@code unnamed}), and never a name Windows keeps
   * for a device ({@code CON} gives {@code con-file}).
   */
  public static String slug(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (s.length() > MAX_SLUG) {
      s = s.substring(0, MAX_SLUG).replaceAll("-+$", "");
    }
    if (s.isEmpty()) {
      return "unnamed";
    }
    return WINDOWS_DEVICE.matcher(s).matches() ? s + "-file" : s;
  }
}
