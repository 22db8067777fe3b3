package no.dpifullmakt.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import no.dpifullmakt.report.NameSimilarity;

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

  private static int distance(String a, String b) {
    return NameSimilarity.levenshtein(a, b);
  }
}
