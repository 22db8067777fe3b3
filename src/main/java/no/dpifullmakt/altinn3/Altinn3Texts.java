package no.dpifullmakt.altinn3;

import java.util.List;
import no.dpifullmakt.web.AccessibleText;

/**
 * Every visible text the robot relies on in Altinn 3 (Tilgangsstyring), in bokmål, in one place:
 * when Altinn renames a button, this is the one line to change.
 */
public final class Altinn3Texts {

  /** The DPI API's title in the resource registry. */
  public static final String DPI_API = "Digital post til innbyggere";

  /** The DPI API's Maskinporten scope: an exact match that Altinn's search puts first. */
  public static final String DPI_SCOPE = "digitalpostinnbygger:send";

  /** The portal's own button after a failed read; pressing it only reads again. */
  public static final String RETRY = "Prøv igjen";

  static final String SOMETHING_WENT_WRONG = "Noe gikk galt";

  static final String SIDEBAR = "Sidebar";
  static final String MASKINPORTEN_LINK = "Maskinportenadministrasjon";
  static final String MASKINPORTEN_HEADING = "Maskinportenadministrasjon for ";

  static final String SUPPLIERS_TAB = "Leverandører";
  static final String ADD_SUPPLIER = "Legg til leverandør";
  static final String ORGNR_PREFIX = "Org.nr. ";
  static final String LOADING = "Laster inn";

  static final String ADD_SUPPLIER_DIALOG = "Legg til leverandør";
  static final String CLOSE_DIALOG = "Lukk dialogvindu";
  static final String ORGNR_FIELD = "Organisasjonsnummer";
  static final String YOU_ARE_ADDING = "Du legger til:";
  static final String ADD_ORGANISATION = "Legg til virksomhet";

  static final String UNKNOWN_ORGNR =
      "Fant ingen organisasjon med dette organisasjonsnummeret. Vennligst sjekk at informasjonen"
          + " er korrekt.";
  static final String OWN_ORGNR = "Du kan ikke gi tilgang til eget organisasjonsnummer";
  static final String LOCKED_OUT =
      "Du er blitt sperret på grunn av for mange feil forsøk. Du kan prøve igjen om en time.";

  /** Altinn's answers to a lookup it refuses; any other text means Altinn has changed. */
  static final List<String> LOOKUP_ERRORS =
      List.of(UNKNOWN_ORGNR, OWN_ORGNR, LOCKED_OUT, SOMETHING_WENT_WRONG);

  static final String BACK = "Tilbake";
  static final String DELETE_SUPPLIER = "Slett leverandør";
  static final String API_COUNT = "Fullmakt til {n} API";
  static final String GIVE = "Gi fullmakt";
  static final String GIVE_FOR = "Gi fullmakt for ";
  static final String REMOVE_FOR = "Slett fullmakt for ";
  static final String CANCEL = "Avbryt";

  static final String GIVE_DIALOG = "Hvilke API vil du gi {name} fullmakt til?";
  static final String CLOSE = "Lukk";
  static final String SEARCH_API = "Søk etter API";

  private Altinn3Texts() {}

  /** Whether a message under or above the number field is one of Altinn's known refusals. */
  static boolean knownLookupError(String message) {
    String shown = AccessibleText.normalise(message);
    return LOOKUP_ERRORS.stream().anyMatch(shown::startsWith);
  }

  static String giveDialog(String supplierName) {
    return GIVE_DIALOG.replace("{name}", supplierName);
  }
}
