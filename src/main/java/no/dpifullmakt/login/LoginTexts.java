package no.dpifullmakt.login;

/** The visible texts of ID-porten's TestID login and Altinn's actor choice. */
public final class LoginTexts {

  public static final String TESTID_LINK = "TestID Lag din egen (testbruker)";
  static final String PERSONAL_IDENTIFIER = "Personidentifikator";
  static final String AUTHENTICATE = "Autentiser";
  public static final String CHOOSE_ACTOR = "Velg aktør";
  static final String SEARCH_ACTOR = "Søk etter aktør";
  static final String ORGNR_PREFIX = "Org.nr. ";

  private LoginTexts() {}
}
