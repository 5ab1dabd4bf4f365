package io.shockfolio.domain;

import java.util.regex.Pattern;

/** Text from files as it may be shown in a page, a chart or a table: the one rule for what is never shown. */
public final class SafeText {

  /**
   * Control characters other than tab and line breaks (C0, DEL, C1), the bidirectional embedding,
   * override and isolate characters (U+202A–U+202E, U+2066–U+2069), the noncharacters U+FFFE and
   * U+FFFF and lone surrogates.
   */
  private static final Pattern HIDDEN = Pattern.compile(
      "[\\p{Cc}&&[^\\t\\n\\r]]|[\\u202a-\\u202e\\u2066-\\u2069\\ufffe\\uffff]|\\p{Cs}");

  private SafeText() {}

  /**
   * {@code text} with each character that could hide or disguise what is shown replaced by a
   * space: control characters but tab and line breaks (a bell, an escape sequence for the
   * terminal; in XML they are not even allowed), the characters that reverse the direction of the
   * text after them ({@code "Evil\u202eFDP.exe"} would show as {@code EvilExe.PDF}, and a right-to-left
   * override in a name would turn the amounts after it around too), and what is no character at
   * all (U+FFFE, U+FFFF, half a surrogate pair). Right-to-left letters and the marks U+200E/U+200F
   * stay: they only place neutral characters.
   */
  public static String printable(String text) {
    return HIDDEN.matcher(text).find() ? HIDDEN.matcher(text).replaceAll(" ") : text;
  }
}
