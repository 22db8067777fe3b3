package no.dpifullmakt.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The known word a mistyped one was most likely meant to be («utfor» → «utfør», «--orgnummer» →
 * «--orgnr»): a small edit distance, or a shared start with a moderate distance.
 */
final class NearMiss {

  private NearMiss() {}

  static Optional<String> closest(String typed, Collection<String> known) {
    String word = typed.toLowerCase(Locale.ROOT);
    return known.stream()
        .filter(candidate -> close(word, candidate.toLowerCase(Locale.ROOT)))
        .min(
            Comparator.comparingInt(
                candidate -> distance(word, candidate.toLowerCase(Locale.ROOT))));
  }

  private static boolean close(String typed, String known) {
    int distance = distance(fold(typed), fold(known));
    if (distance <= Math.max(1, Math.min(typed.length(), known.length()) / 4)) {
      return true;
    }
    String a = typed.replaceFirst("^-+", "");
    String b = known.replaceFirst("^-+", "");
    return sharedStart(a, b) >= 4 && distance(a, b) <= Math.max(a.length(), b.length()) / 2;
  }

  /** Letters people type without Norwegian keys: «utfor» for «utfør», «ov» for «øv». */
  private static String fold(String text) {
    return text.replace('ø', 'o').replace('æ', 'e').replace('å', 'a');
  }

  private static int sharedStart(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
