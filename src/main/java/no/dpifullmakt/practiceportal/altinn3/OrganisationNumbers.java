package no.dpifullmakt.practiceportal.altinn3;

/** Rules for Norwegian organisation numbers: nine digits, the last a MOD11 check digit. */
public final class OrganisationNumbers {

  private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

  private OrganisationNumbers() {}

  public static boolean isNineDigits(String value) {
    return value != null && value.matches("\\d{9}");
  }

  public static boolean isValid(String value) {
    if (!isNineDigits(value)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += WEIGHTS[i] * (value.charAt(i) - '0');
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == value.charAt(8) - '0';
  }

  /** "991 825 827", as Altinn 3 shows organisation numbers. */
  public static String grouped(String orgnr) {
    return orgnr.substring(0, 3) + " " + orgnr.substring(3, 6) + " " + orgnr.substring(6);
  }
}
