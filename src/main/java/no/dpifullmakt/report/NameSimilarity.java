package no.dpifullmakt.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.dpifullmakt.web.AccessibleText;

/**
 * How alike two accessible names are, from 0 (nothing in common) to 1 (the same, apart from case
 * and white space): the mean of the words they share and their normalised Levenshtein similarity.
 * Words catch a reordered or extended label ("Legg til ny leverandør"), letters catch a changed
 * spelling ("Leverandørar"). Two forms of one word ("leverandør", "leverandører") count as nearly
 * the same word.
 */
public final class NameSimilarity {

  /** A word's other form: they share a stem this long, covering most of the shorter word. */
  private static final int STEM = 5;

  private static final double SAME_STEM = 0.8;

  /** Words that carry no meaning of their own in a message. */
  private static final Set<String> FILLERS =
      Set.of(
          "i", "på", "til", "med", "og", "at", "er", "en", "et", "ei", "du", "de", "den", "det",
          "som", "for", "av", "om", "ikke", "kan", "har", "vil", "gi", "deg", "din", "ditt");

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

  /**
   * How well a message the robot knows explains one Altinn showed: the share of the shown message's
   * meaningful words that the known one has, with a little of the letters' likeness.
   */
  public static double ofMessage(String known, String shown) {
    String left = comparable(known);
    String right = comparable(shown);
    if (left.isEmpty() || right.isEmpty()) {
      return 0;
    }
    if (left.equals(right)) {
      return 1;
    }
    List<String> knownWords = meaningful(words(left));
    List<String> shownWords = meaningful(words(right));
    double covered = 0;
    for (String word : shownWords) {
      covered += bestMatch(word, knownWords);
    }
    double coverage = shownWords.isEmpty() ? 0 : covered / shownWords.size();
    return 0.7 * coverage + 0.3 * letterSimilarity(left, right);
  }

  /** Matched words over all words, on both sides; another form of a word counts 0.8. */
  static double wordOverlap(String a, String b) {
    List<String> left = words(a);
    List<String> right = words(b);
    if (left.isEmpty() || right.isEmpty()) {
      return 0;
    }
    double matched = 0;
    for (String word : left) {
      matched += bestMatch(word, right);
    }
    for (String word : right) {
      matched += bestMatch(word, left);
    }
    return matched / (left.size() + right.size());
  }

  private static double bestMatch(String word, List<String> others) {
    double best = 0;
    for (String other : others) {
      best = Math.max(best, wordMatch(word, other));
    }
    return best;
  }

  static double wordMatch(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    int shared = 0;
    while (shared < Math.min(a.length(), b.length()) && a.charAt(shared) == b.charAt(shared)) {
      shared++;
    }
    int shorter = Math.min(a.length(), b.length());
    return shared >= STEM && shared >= 0.75 * shorter ? SAME_STEM : 0;
  }

  /** 1 minus the edit distance over the longer length. */
  static double letterSimilarity(String a, String b) {
    int longest = Math.max(a.length(), b.length());
    return longest == 0 ? 1 : 1 - (double) levenshtein(a, b) / longest;
  }

  /** The number of single-letter edits that turn one text into the other. */
  public static int levenshtein(String a, String b) {
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

  private static List<String> words(String text) {
    return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
        .filter(word -> !word.isEmpty())
        .distinct()
        .toList();
  }

  private static List<String> meaningful(List<String> words) {
    return words.stream().filter(word -> !FILLERS.contains(word)).toList();
  }

  private static String comparable(String text) {
    return AccessibleText.normalise(text).toLowerCase(Locale.ROOT);
  }
}
