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
    if (isAscii(text)) {
      return foldAscii(text);
    }
    String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT).replace("ß", "ss")).replaceAll(" ").trim();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #fold} of ASCII text, without the regular expressions: ASCII has no accents to
   * decompose, so it is lower case with each run of characters other than letters and digits
   * ({@code \p{Alnum}} is ASCII only) one space, and none at either end. Headers, sectors and
   * names are folded once per cell and holding, so this is on the path of every file read.
   */
  private static String foldAscii(String text) {
    int n = text.length();
    char[] out = new char[n];
    int len = 0;
    boolean gap = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      } else if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
        gap = true;
        continue;
      }
      if (gap && len > 0) {
        out[len++] = ' ';
      }
      gap = false;
      out[len++] = c;
    }
    return new String(out, 0, len);
  }
}
