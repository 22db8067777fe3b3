package no.dpifullmakt.practiceportal.altinn2;

/** Organisation numbers: 9 digits, the last a MOD11 check digit (weights 3 2 7 6 5 4 3 2). */
final class OrganisationNumbers {

  private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

  private OrganisationNumbers() {}

  static boolean isValid(String digits) {
    if (digits == null || !digits.matches("\\d{9}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == digits.charAt(8) - '0';
  }

  /** "980 858 073" for "980858073"; anything else unchanged. */
  static String formatted(String digits) {
    if (digits == null || !digits.matches("\\d{9}")) {
      return digits;
    }
    return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
  }
}
