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
}
