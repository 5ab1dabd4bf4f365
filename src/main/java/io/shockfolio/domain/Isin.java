package io.shockfolio.domain;

import java.util.Locale;

/** ISIN syntax and check digit (ISO 6166: Luhn over the letters expanded to digits). */
public final class Isin {

  private Isin() {}

  /** Whether {@code text} is a well-formed ISIN whose check digit is right, e.g. {@code DE000ENER6Y0}. */
  public static boolean isValid(String text) {
    String s = text.trim().toUpperCase(Locale.ROOT);
    if (!s.matches("[A-Z]{2}[A-Z0-9]{9}[0-9]")) {
      return false;
    }
    StringBuilder digits = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (Character.isDigit(c)) {
        digits.append(c);
      } else {
        digits.append(c - 'A' + 10);
      }
    }
    int sum = 0;
    boolean dbl = true;
    for (int i = digits.length() - 2; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    int check = (10 - sum % 10) % 10;
    return check == digits.charAt(digits.length() - 1) - '0';
  }
}
