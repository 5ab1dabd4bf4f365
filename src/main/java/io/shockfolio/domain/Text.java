package io.shockfolio.domain;

import java.text.Normalizer;
import java.util.Locale;

/** The one way text is compared loosely: headers, sector names, company names. */
public final class Text {

  private Text() {}

  /**
   * Lower case, accents and punctuation removed, spaces collapsed: {@code "Stück"} and
   * {@code "STUCK"} agree, {@code "market value($)"} is {@code "market value"}, {@code "ß"} is {@code "ss"}.
   */
  public static String fold(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return s.toLowerCase(Locale.ROOT).replace("ß", "ss").replaceAll("[^\\p{Alnum}]+", " ").trim();
  }

  /**
   * Text safe to print on a terminal: tab, line feed and carriage return become a space; every
   * other control character (NUL, ESC, which starts colour and cursor sequences, DEL, C1) and every
   * bidirectional control (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), which would
   * reorder what follows on the line, becomes U+FFFD, so it is seen, not obeyed.
   */
  public static String printable(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char r = c == '\t' || c == '\n' || c == '\r' ? ' ' : isUnsafe(c) ? '\uFFFD' : c;
      if (r != c && sb == null) {
        sb = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (sb != null) {
        sb.append(r);
      }
    }
    return sb == null ? text : sb.toString();
  }

  private static boolean isUnsafe(char c) {
    return Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E' || c == '\u200F' || c == '\u061C';
  }
}
