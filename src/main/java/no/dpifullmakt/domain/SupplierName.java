package no.dpifullmakt.domain;

import java.util.Locale;

/**
 * The supplier's name as the person types it: at least its first four characters, as Altinn 2's
 * "Navn" field ("Min. 4 første tegn") requires.
 */
public record SupplierName(String text) {

  public static final int MINIMUM_LENGTH = 4;

  public SupplierName {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.length() < MINIMUM_LENGTH) {
      throw new InvalidInputException(
          "Navnet «"
              + trimmed
              + "» er for kort: skriv minst de "
              + MINIMUM_LENGTH
              + " første tegnene i leverandørens navn.");
    }
    text = trimmed;
  }

  /** Altinn's rule: the registered name starts with the typed characters, ignoring case. */
  public boolean matches(String registeredName) {
    return registeredName != null
        && registeredName
            .strip()
            .toLowerCase(Locale.ROOT)
            .startsWith(text.toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return text;
  }
}
