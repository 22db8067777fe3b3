package no.dpifullmakt.report.diagnosis;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import no.dpifullmakt.web.AccessibleText;

/**
 * How alike two accessible names are, from 0 (nothing in common) to 1 (the same, apart from case
 * and white space): the mean of the words they share (Jaccard) and their normalised Levenshtein
 * similarity. Words catch a reordered or extended label ("Legg til ny leverandør"), letters catch a
 * changed spelling ("Leverandørar").
 */
public final class NameSimilarity {

  private NameSimilarity() {}

  public static double of(String a, String b) {
    String left = comparable(a);
    String right = comparable(b);
    if (left.isEmpty() || right.isEmpty()) {
      return 0;
    }
    if (left.equals(right)) {
      return 1;
    }
    return (wordOverlap(left, right) + letterSimilarity(left, right)) / 2;
  }

  /** Shared words over all words, ignoring case and punctuation. */
  static double wordOverlap(String a, String b) {
    Set<String> left = words(a);
    Set<String> right = words(b);
    if (left.isEmpty() || right.isEmpty()) {
      return 0;
    }
    Set<String> shared = new HashSet<>(left);
    shared.retainAll(right);
    Set<String> all = new HashSet<>(left);
    all.addAll(right);
    return (double) shared.size() / all.size();
  }

  /** 1 minus the edit distance over the longer length. */
  static double letterSimilarity(String a, String b) {
    int longest = Math.max(a.length(), b.length());
    return longest == 0 ? 1 : 1 - (double) levenshtein(a, b) / longest;
  }

  static int levenshtein(String a, String b) {
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

  private static Set<String> words(String text) {
    return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
        .filter(word -> !word.isEmpty())
        .collect(Collectors.toSet());
  }

  private static String comparable(String text) {
    return AccessibleText.normalise(text).toLowerCase(Locale.ROOT);
  }
}
