package io.shockfolio.domain;


/** Text from files as it may be shown in a page, a chart or a terminal: the one rule for what is never shown. */
public final class SafeText {

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
    return replace(text, ' ', false);
  }

  /**
   * {@code text} for one line of a terminal: what {@link #printable} hides becomes U+FFFD, so it is
   * seen and not obeyed (an ESC cannot start a colour or cursor sequence), and tab, line feed,
   * carriage return and the line and paragraph separators U+2028 and U+2029 become a space.
   */
  public static String forTerminal(String text) {
    return replace(text, '\uFFFD', true);
  }

  private static String replace(String text, char shownAs, boolean oneLine) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char r = c == '\t' || c == '\n' || c == '\r' ? (oneLine ? ' ' : c)
          : oneLine && (c == '\u2028' || c == '\u2029') ? ' '
          : hidden(text, i) ? shownAs : c;
      if (r != c && sb == null) {
        sb = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (sb != null) {
        sb.append(r);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** Whether the char at {@code i} is hidden: a control, a direction control, a noncharacter or half a surrogate pair. */
  private static boolean hidden(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFFFE' || c == '\uFFFF';
  }
}
