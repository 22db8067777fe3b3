package no.dpifullmakt.practiceportal.altinn3;

import java.util.Locale;
import java.util.Set;

/**
 * Altinn 3 shows register names formatted ("LEVENDE KUNSTIG APE" becomes "Levende Kunstig Ape"):
 * every word capitalised, a final legal form upper case ("Visma Software International AS"),
 * "kommune", "fylkeskommune" and "og" lower case after the first word ("Fjordvik kommune"), and
 * dotted abbreviations upper case. The single-page app's {@code format-name.js} follows the same
 * rules.
 */
public final class DisplayNames {

  private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "AS", "ASA", "SA", "KF", "IKS", "DA", "ANS", "NUF", "BA", "ENK", "SF", "KS", "FKF", "BBL",
          "AL", "STI", "SE", "HF", "RHF");
  private static final Set<String> LOWER_CASE_AFTER_FIRST =
      Set.of("kommune", "fylkeskommune", "og");

  private DisplayNames() {}

  public static String titleCase(String registerName) {
    String[] words = registerName.trim().split("\\s+");
    StringBuilder out = new StringBuilder(registerName.length());
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(formatWord(words[i], i, words.length - 1));
    }
    return out.toString();
  }

  private static String formatWord(String word, int index, int last) {
    String upper = word.toUpperCase(NORWEGIAN);
    String lower = word.toLowerCase(NORWEGIAN);
    if (word.contains(".") || index == last && index > 0 && LEGAL_FORMS.contains(upper)) {
      return upper;
    }
    if (index > 0 && LOWER_CASE_AFTER_FIRST.contains(lower)) {
      return lower;
    }
    StringBuilder out = new StringBuilder(lower.length());
    boolean startOfPart = true;
    for (char c : lower.toCharArray()) {
      out.append(startOfPart ? Character.toUpperCase(c) : c);
      startOfPart = !Character.isLetterOrDigit(c);
    }
    return out.toString();
  }
}
