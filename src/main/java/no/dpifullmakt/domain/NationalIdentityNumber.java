package no.dpifullmakt.domain;

/**
 * The rule for a Norwegian national identity number (fødselsnummer, also the synthetic ones of
 * TestID and Tenor): eleven digits, the last two MOD11 control digits. Messages never show the
 * number.
 */
public final class NationalIdentityNumber {

  private static final int[] FIRST_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  private static final int[] SECOND_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  private NationalIdentityNumber() {}

  /**
   * @param source where the number came from, for example «Miljøvariabelen DPI_TESTID_FNR»
   * @return one Norwegian sentence, or null when the number is valid
   */
  public static String problemWith(String value, String source) {
    String digits = value == null ? "" : value.strip();
    if (!digits.matches("\\d{11}")) {
      return source + " må inneholde et fødselsnummer med nøyaktig 11 siffer (uten mellomrom).";
    }
    if (!controlDigitFits(digits, FIRST_WEIGHTS, 9)
        || !controlDigitFits(digits, SECOND_WEIGHTS, 10)) {
      return source
          + " inneholder ikke et gyldig fødselsnummer: kontrollsifrene (de to siste sifrene)"
          + " stemmer ikke. Sjekk at du har kopiert hele nummeret.";
    }
    return null;
  }

  private static boolean controlDigitFits(String digits, int[] weights, int position) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    int control = 11 - sum % 11;
    if (control == 11) {
      control = 0;
    }
    return control != 10 && control == digits.charAt(position) - '0';
  }
}
