package no.dpifullmakt.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a feature step ("jeg klikker på «Neste»") into the letter's imperative ("Klikk på
 * «Neste»"). The feature files stay the only source of the words.
 */
public final class LetterStyle {

  private static final Map<String, String> VERBS = new LinkedHashMap<>();

  static {
    VERBS.put("jeg klikker ", "Klikk ");
    VERBS.put("jeg legger inn ", "Legg inn ");
    VERBS.put("jeg legger til ", "Legg til ");
    VERBS.put("jeg søker ", "Søk ");
    VERBS.put("jeg skriver ", "Skriv ");
    VERBS.put("jeg velger ", "Velg ");
    VERBS.put("jeg åpner ", "Åpne ");
    VERBS.put("jeg lukker ", "Lukk ");
    VERBS.put("jeg kontrollerer ", "Kontroller ");
    VERBS.put("jeg sjekker ", "Sjekk ");
    VERBS.put("jeg finner ", "Finn ");
    VERBS.put("jeg trykker ", "Trykk ");
  }

  private LetterStyle() {}

  /**
   * The imperative as a sentence for the guide: quotes become «», and it ends with a full stop.
   * «Klikk på «Profil» i toppmenyen.»
   */
  public static String sentence(String stepText) {
    String text = imperative(stepText).replaceAll("\"([^\"]*)\"", "«$1»").strip();
    return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
  }

  public static String imperative(String stepText) {
    for (Map.Entry<String, String> verb : VERBS.entrySet()) {
      if (stepText.startsWith(verb.getKey())) {
        return verb.getValue() + stepText.substring(verb.getKey().length());
      }
    }
    return Character.toUpperCase(stepText.charAt(0)) + stepText.substring(1);
  }
}
