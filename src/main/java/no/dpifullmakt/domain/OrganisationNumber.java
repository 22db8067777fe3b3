package no.dpifullmakt.domain;

/**
 * A Norwegian organisation number: nine digits, the last a MOD11 check digit (weights 3 2 7 6 5 4 3
 * 2).
 */
public record OrganisationNumber(String digits) {

  private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

  public OrganisationNumber {
    String problem = problemWith(digits);
    if (problem != null) {
      throw new InvalidInputException(problem);
    }
  }

  /** Accepts "980858073" and "980 858 073". */
  public static OrganisationNumber parse(String text) {
    String compact = text == null ? "" : text.replace(" ", "").replace("\u00A0", "");
    return new OrganisationNumber(compact);
  }

  /**
   * @return a Norwegian sentence saying what is wrong, or null when the number is valid
   */
  public static String problemWith(String digits) {
    if (digits == null || !digits.matches("\\d{9}")) {
      return "Organisasjonsnummeret «"
          + (digits == null ? "" : digits)
          + "» er ugyldig: det må ha nøyaktig 9 siffer.";
    }
    Integer expected = checkDigit(digits.substring(0, 8));
    if (expected == null || expected != digits.charAt(8) - '0') {
      return "Organisasjonsnummeret «"
          + digits
          + "» er ugyldig: kontrollsifferet (det siste sifferet) stemmer ikke.";
    }
    return null;
  }

  /**
   * @return the check digit, or null when the first eight digits cannot have one (remainder 10)
   */
  static Integer checkDigit(String firstEight) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (firstEight.charAt(i) - '0') * WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      return 0;
    }
    return check == 10 ? null : check;
  }

  /** "980 858 073", as Altinn shows it. */
  public String grouped() {
    return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
  }

  @Override
  public String toString() {
    return digits;
  }
}
