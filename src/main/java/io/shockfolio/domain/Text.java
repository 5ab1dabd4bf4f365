package io.shockfolio.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one way text is compared loosely: headers, sector names, company names. */
public final class Text {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{Alnum}]+");

  private Text() {}

  /**
   * Lower case, accents and punctuation removed, spaces collapsed: {@code "Stück"} and
   * {@code "STUCK"} agree, {@code "market value($)"} is {@code "market value"}, {@code "ß"} is {@code "ss"}.
   */
  public static String fold(String text) {
    String ascii = foldAscii(text);
    if (ascii != null) {
      return ascii;
    }
    String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT).replace("ß", "ss")).replaceAll(" ").trim();
  }

  /**
   * {@link #fold} of text that is all ASCII, which needs no decomposition: letters lower-cased,
   * every run of other characters one space, none at either end; null for other text.
   */
  private static String foldAscii(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return null;
      }
      boolean letter = c >= 'a' && c <= 'z';
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
        letter = true;
      }
      if (letter || (c >= '0' && c <= '9')) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        out.append(c);
      } else {
        gap = true;
      }
    }
    return out.toString();
  }
}
