package no.dpifullmakt.task;

/** Why each of the letter's steps is needed, for the person watching in assisted mode. */
final class Altinn2Guidance {

  static final String PROFILE = "Rettighetene til virksomheten styres fra virksomhetens profil.";
  static final String OTHERS_WITH_RIGHTS =
      "Her står alle personer og virksomheter som har fått rettigheter fra virksomheten.";
  static final String ADD = "Leverandøren må legges til som rettighetshaver for å få rettigheten.";
  static final String EXTERNAL = "Leverandøren er en virksomhet, ikke en person.";
  static final String ORGNR = "Organisasjonsnummeret peker ut nøyaktig hvilken virksomhet det er.";
  static final String NAME =
      "Altinn sjekker at navnet stemmer med organisasjonsnummeret, som vern mot skrivefeil.";
  static final String NEXT =
      "Altinn viser virksomheten og hva den har fra før; roboten sjekker om rettigheten finnes.";
  static final String SINGLE_SERVICES = "DPI-rettigheten er en enkelttjeneste i Altinn 2.";
  static final String SEARCH = "Søket finner tjenesten blant alle Altinns tjenester.";
  static final String CHOOSE = "Plusstegnet velger akkurat denne tjenesten, ikke en som ligner.";
  static final String SUBMIT = "Først nå lagres rettigheten i Altinn.";
  static final String FINISH = "Kvitteringen viser at rettigheten er gitt; «Ferdig» lukker den.";
  static final String REMOVE_START = "Her velger du hvilke rettigheter som skal fjernes.";
  static final String REMOVE_MARK = "«Fjern» merker akkurat denne tjenesten for fjerning.";
  static final String REMOVE_CONFIRM = "Først nå fjernes rettigheten i Altinn.";
  static final String OPEN_EXISTING =
      "Virksomheten står allerede i listen; her ser du hva den har.";

  private Altinn2Guidance() {}
}
