package no.dpifullmakt.altinn2;

/**
 * Every visible text the robot relies on in Altinn 2, in one place: when Altinn renames a button,
 * this is the one line to change.
 */
public final class Altinn2Texts {

  /** The right the letter delegates, as Altinn 2 names the service. */
  public static final String DPI_SERVICE =
      "Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten";

  /** What the letter types in the service search. */
  public static final String DPI_SEARCH = "dpi";

  static final String PROFILE_MENU = "profil";
  static final String PROFILE_HEADING_ORGNR = "org. nr ";

  /** The profile's link; older pages named it «… til virksomheten», as the letter does. */
  static final String OTHERS_WITH_RIGHTS = "Andre med rettigheter";

  static final String ADD_RIGHT_HOLDER = "Legge til ny person eller virksomhet";
  static final String LOADING = "Laster innhold";
  static final String GIVE_OR_REMOVE = "Gi eller fjern tilgang";
  static final String MAY_NOT_DELEGATE =
      "Du har ikke rettighet til å gi eller fjerne rettigheter på vegne av";

  static final String ADD_DIALOG = "Legge til ny person eller virksomhet";
  static final String RIGHTS_DIALOG = "Gi og fjerne rettigheter";
  static final String EXTERNAL_ORGANISATION_TAB = "Ekstern virksomhet";
  static final String ORGNR_FIELD = "Org.nr.:";
  static final String NAME_FIELD = "Navn:";
  static final String NEXT = "Neste";
  static final String CLOSE = "Lukk";
  static final String LEAVE_WITHOUT_SAVING = "Forlat siden";

  static final String GIVE_SINGLE_SERVICES = "Gi tilgang til enkelttjenester";
  static final String REMOVE_RIGHTS = "Fjern en eller flere rettigheter";
  static final String HELD_SERVICES = "Har tilgang til disse {n} enkelttjenestene";
  static final String HELD_SERVICES_AFTER_ROLES = "Har også tilgang til disse {n} enkelttjenestene";
  static final String HELD_ROLES = "Har disse {n} rollene:";
  static final String HOLDS_NOTHING = "Har ingen rettigheter ennå.";

  /** The owner of the DPI service, shown under its name: what tells it from a look-alike. */
  public static final String DPI_OWNER = "Digitaliseringsdirektoratet";

  static final String SERVICE_SEARCH = "Søk etter skjema og tjeneste";
  static final String ADD_SERVICE = "Legg til";
  static final String ALREADY_HELD = "Har allerede denne rettigheten";

  static final String RECEIPT_HEADING = "Nye rettigheter er gitt";
  static final String FINISH = "Ferdig";

  /** The portal's own button after a failed read; pressing it only reads again. */
  public static final String RETRY = "Prøv igjen";

  static final String SOMETHING_WENT_WRONG = "Noe gikk galt";

  /** Altinn 2's words for a read or a change that failed. */
  public static final java.util.List<String> ERROR_TEXTS = java.util.List.of(SOMETHING_WENT_WRONG);

  static final String REMOVE = "Fjern";
  static final String REMOVED_HEADING = "Rettigheter er fjernet";

  private Altinn2Texts() {}
}
