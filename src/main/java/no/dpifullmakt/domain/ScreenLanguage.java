package no.dpifullmakt.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The language Altinn 3 shows its screens in, as the person has chosen it (Meny → Velg språk). The
 * robot reads it and never changes it.
 */
public enum ScreenLanguage {
  BOKMAL("nb", "bokmål"),
  NYNORSK("nn", "nynorsk"),
  ENGLISH("en", "engelsk");

  private final String code;
  private final String norwegianName;

  ScreenLanguage(String code, String norwegianName) {
    this.code = code;
    this.norwegianName = norwegianName;
  }

  /** The page's language code: {@code nb}, {@code nn} or {@code en}. */
  public String code() {
    return code;
  }

  /** «bokmål», «nynorsk», «engelsk»: for sentences a person reads. */
  public String norwegianName() {
    return norwegianName;
  }

  /** «Skjermbildene var på nynorsk.» */
  public String sentence() {
    return "Skjermbildene var på " + norwegianName + ".";
  }

  /**
   * The language of a page's {@code lang} attribute: {@code nb}, {@code nn}, {@code en}, also with
   * a region ({@code nb-NO}, {@code en-GB}); {@code no} counts as bokmål, as Altinn's default.
   * Empty for any other language, or none.
   */
  public static Optional<ScreenLanguage> fromLangAttribute(String lang) {
    if (lang == null) {
      return Optional.empty();
    }
    String primary = lang.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return switch (primary) {
      case "nb", "no", "nob" -> Optional.of(BOKMAL);
      case "nn", "nno" -> Optional.of(NYNORSK);
      case "en", "eng" -> Optional.of(ENGLISH);
      default -> Optional.empty();
    };
  }

  /** The language with this code, as a fingerprint file keeps it; empty when unknown. */
  public static Optional<ScreenLanguage> fromCode(String code) {
    for (ScreenLanguage language : values()) {
      if (language.code.equals(code)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
