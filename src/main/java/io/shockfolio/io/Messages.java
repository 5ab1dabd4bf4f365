package io.shockfolio.io;

import java.util.List;

/** Pieces of the readers' messages: cell text as quoted back to the user, and line lists. */
final class Messages {

  private Messages() {}

  /** A cell as quoted in a message: control characters shown as {@code ?}, at most 40 characters. */
  static String abbreviate(String s) {
    String clean = s.replaceAll("\\p{Cntrl}", "?");
    return clean.length() <= 40 ? clean : clean.substring(0, 37) + "...";
  }

  /** Sorted line numbers as {@code line 45} or {@code lines 48-50, 52}. */
  static String lines(List<Integer> lines) {
    StringBuilder sb = new StringBuilder(lines.size() == 1 ? "line " : "lines ");
    int start = lines.get(0);
    int prev = start;
    for (int i = 1; i <= lines.size(); i++) {
      Integer cur = i < lines.size() ? lines.get(i) : null;
      if (cur == null || cur != prev + 1) {
        if (sb.charAt(sb.length() - 1) != ' ') {
          sb.append(", ");
        }
        sb.append(start == prev ? String.valueOf(start) : start + "-" + prev);
        if (cur != null) {
          start = cur;
        }
      }
      if (cur != null) {
        prev = cur;
      }
    }
    return sb.toString();
  }
}
