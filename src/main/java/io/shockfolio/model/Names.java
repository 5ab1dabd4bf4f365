package io.shockfolio.model;

import io.shockfolio.domain.Text;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Company names reduced to what identifies them: {@code "ASML HOLDING NV"} and {@code "ASML
 * Holding N.V."} both become {@code "asml"}. Words of legal form, share class and depositary
 * wrapping are dropped; nothing else is, so {@code "GRAYSCALE BITCOIN TRUST BTC"} never becomes
 * {@code "bitcoin"}.
 */
final class Names {

  private static final Set<String> NOISE = Set.of(
      "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "nv",
      "ag", "se", "sa", "spa", "ab", "asa", "oyj", "kgaa", "llc", "lp", "the", "holding", "holdings",
      "class", "cl", "a", "b", "c", "adr", "ads", "sponsored", "spons", "unsponsored", "sp",
      "american", "depositary", "depository", "receipt", "receipts", "share", "shares", "s", "each",
      "representing", "rep", "reg", "registered", "ord", "ordinary", "com");

  /** {@code N.V.}, {@code S.A.}, {@code S.E.}, {@code A.G.}: legal forms spelt with points, made one word. */
  private static final Pattern DOTTED_FORM = Pattern.compile("(?i)\\b([nsa])\\.([vea])\\.");

  private Names() {}

  static String normalize(String name) {
    String s = Text.fold(name.indexOf('.') < 0 ? name : DOTTED_FORM.matcher(name).replaceAll("$1$2"));
    StringBuilder out = new StringBuilder();
    for (String word : s.split(" ")) {
      if (!word.isEmpty() && !NOISE.contains(word)) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(word);
      }
    }
    return out.toString();
  }
}
