package no.dpifullmakt.practiceportal.altinn3;

import java.util.Locale;
import java.util.Set;

/**
 * Altinn 3 shows register names in title case ("LEVENDE KUNSTIG APE" becomes "Levende Kunstig Ape")
 * but keeps legal-form suffixes in upper case ("Visma Software International AS").
 */
public final class DisplayNames {

  private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "AS", "ASA", "SA", "KF", "IKS", "DA", "ANS", "NUF", "BA", "ENK", "SF", "KS", "FKF", "BBL",
          "AL", "STI", "SE", "HF", "RHF");

  private DisplayNames() {}

  public static String titleCase(String registerName) {
    StringBuilder out = new StringBuilder(registerName.length());
    StringBuilder word = new StringBuilder();
    for (char c : registerName.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else {
        out.append(formatWord(word.toString()));
        word.setLength(0);
        out.append(c);
      }
    }
    out.append(formatWord(word.toString()));
    return out.toString();
  }

  private static String formatWord(String word) {
    if (word.isEmpty()) {
      return word;
    }
    String upper = word.toUpperCase(NORWEGIAN);
    if (LEGAL_FORMS.contains(upper)) {
      return upper;
    }
    String lower = word.toLowerCase(NORWEGIAN);
    return lower.substring(0, 1).toUpperCase(NORWEGIAN) + lower.substring(1);
  }
}
