package no.dpifullmakt.domain;

import java.util.Locale;

/**
 * The supplier's name as the person types it: at least its first four letters, as Altinn 2's "Navn"
 * field ("Min. 4 første tegn") requires. Only letters, digits, spaces and the punctuation of
 * registered company names are allowed, so a name can never break a line, a table or a report.
 */
public record SupplierName(String text) {

  public static final int MINIMUM_LENGTH = 4;
  public static final int MAXIMUM_LENGTH = 200;
  private static final String PUNCTUATION = ".,&'’-–/()+:;!?@";

  public SupplierName {
    String trimmed = text == null ? "" : text.strip();
    String problem = problemWith(trimmed);
    if (problem != null) {
      throw new InvalidInputException(problem);
    }
    text = trimmed;
  }

  /**
   * @return one Norwegian sentence saying what is wrong with the name, or null when it is fine
   */
  public static String problemWith(String trimmed) {
    if (trimmed.length() > MAXIMUM_LENGTH) {
      return "Navnet er for langt ("
          + trimmed.length()
          + " tegn): skriv bare starten av leverandørens navn, høyst "
          + MAXIMUM_LENGTH
          + " tegn.";
    }
    int bad = trimmed.codePoints().filter(c -> !allowed(c)).findFirst().orElse(-1);
    if (bad >= 0) {
      return "Navnet kan ikke inneholde "
          + describe(bad)
          + ": skriv leverandørens navn med bokstaver, siffer, mellomrom og vanlige skilletegn.";
    }
    if (trimmed.length() < MINIMUM_LENGTH) {
      return "Navnet «"
          + trimmed
          + "» er for kort: skriv minst de "
          + MINIMUM_LENGTH
          + " første tegnene i leverandørens navn.";
    }
    if (trimmed.codePoints().filter(Character::isLetter).count() < MINIMUM_LENGTH) {
      return "Navnet «"
          + trimmed
          + "» har for få bokstaver: skriv minst de "
          + MINIMUM_LENGTH
          + " første bokstavene i leverandørens navn.";
    }
    return null;
  }

  private static boolean allowed(int c) {
    return Character.isLetterOrDigit(c) || c == ' ' || PUNCTUATION.indexOf(c) >= 0;
  }

  private static String describe(int c) {
    String code = String.format(Locale.ROOT, "U+%04X", c);
    if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
      return "linjeskift";
    }
    if (c == '|') {
      return "tegnet «|»";
    }
    if (c == '"') {
      return "anførselstegn (\")";
    }
    if (Character.isISOControl(c)
        || Character.getType(c) == Character.FORMAT
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c)) {
      return "usynlige tegn (" + code + ")";
    }
    return "tegnet «" + new String(Character.toChars(c)) + "»";
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
