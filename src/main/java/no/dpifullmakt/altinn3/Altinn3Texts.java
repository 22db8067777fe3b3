package no.dpifullmakt.altinn3;

import java.util.List;
import no.dpifullmakt.web.AccessibleText;

/**
 * Every visible text the robot relies on in Altinn 3 (Tilgangsstyring), in bokmål, in one place:
 * when Altinn renames a button, this is the one line to change. Names with data in them are
 * templates: {@code {n}} is a number, any other {@code {…}} is text such as a name.
 */
public final class Altinn3Texts {

  /** The DPI API's title in bokmål, for people; the robot recognises the API by its scope. */
  public static final String DPI_API = "Digital post til innbyggere";

  /** The DPI API's Maskinporten scope: what really tells the DPI API from a look-alike. */
  public static final String DPI_SCOPE = "digitalpostinnbygger:send";

  /** A portal's own button after a failed read; pressing it only reads again. */
  public static final String RETRY = "Prøv igjen";

  /** Altinn's words for a read or a change that failed: the page is an error, not an answer. */
  public static final List<String> ERROR_TEXTS =
      List.of(
          "Kunne ikke laste Maskinporten-tilknytninger.",
          "Kunne ikke laste fullmakter.",
          "Beklager, men det har skjedd en feil",
          "Vi klarer ikke å hente informasjonen du ser etter akkurat nå.",
          "Det har skjedd en teknisk feil.",
          "Kunne ikke gi fullmakt",
          "Kunne ikke slette fullmakt",
          "Kunne ikke fjerne ",
          "Ojda! Det har visst skjedd en feil",
          "Noe gikk galt");

  static final String SIDEBAR = "Sidebar";
  static final String MASKINPORTEN_LINK = "Maskinportenadministrasjon";

  static final String MASKINPORTEN_HEADING = "Maskinportenadministrasjon for ";

  /** The line under the heading: "org.nr. 312 787 075 (hovedenhet)". */
  static final String ACTOR_ORGNR_PREFIX = "org.nr.";

  static final String SUPPLIERS_TAB = "Leverandører";
  static final String SUPPLIER_SEARCH = "Søk";
  static final String ADD_SUPPLIER = "Legg til leverandør";
  static final String SHOW_MORE = "Se mer";

  /** The second line of a supplier's row: "Org.nr. 980 858 073". */
  static final String ROW_ORGNR_PREFIX = "Org.nr.";

  static final String NO_SUPPLIERS = "Ingen leverandører funnet.";
  static final String NO_HITS = "Ingen treff på søket";

  static final String ADD_SUPPLIER_DIALOG = "Legg til leverandør";
  static final String CLOSE_DIALOG = "Lukk dialogvindu";
  static final String ORGNR_FIELD = "Organisasjonsnummer";
  public static final String YOU_ARE_ADDING = "Du legger til:";
  static final String ADD_ORGANISATION = "Legg til virksomhet";

  static final String UNKNOWN_ORGNR =
      "Fant ingen organisasjon med dette organisasjonsnummeret. Vennligst sjekk at informasjonen"
          + " er korrekt.";
  static final String OWN_ORGNR = "Du kan ikke gi tilgang til eget organisasjonsnummer";
  static final String LOCKED_OUT =
      "Du er blitt sperret på grunn av for mange feil forsøk. Du kan prøve igjen om en time.";

  /** Altinn's answers to a lookup it refuses; any other message means Altinn has changed. */
  static final List<String> LOOKUP_REFUSALS = List.of(UNKNOWN_ORGNR, OWN_ORGNR, LOCKED_OUT);

  static final String SUPPLIER_NOT_FOUND = "Vi fant ikke leverandøren";
  static final String BACK_TO_LIST = "Gå tilbake til oversikten";
  static final String BACK = "Tilbake";
  static final String DELETE_SUPPLIER = "Slett leverandør";
  static final String DELETE_SUPPLIER_QUESTION = "Er du sikker på at du vil fjerne {name} som";
  static final String API_COUNT = "Fullmakt til {n} API";

  static final String NO_APIS = "Ingen fullmakter er lagt til ennå.";
  static final String GIVE = "Gi fullmakt";
  static final String REMOVE = "Slett fullmakt";
  static final String GIVE_FOR = "Gi fullmakt for ";
  static final String REMOVE_FOR = "Slett fullmakt for ";

  static final String GIVE_DIALOG = "Hvilke API vil du gi {leverandør} fullmakt til?";
  static final String CLOSE = "Lukk";
  static final String SEARCH_API = "Søk etter API";
  static final String HITS = "{n} treff på søket";
  static final String SCOPE_COUNT = " {n} scopes";
  static final String PAGE = "Side {n}";
  static final String SCOPES = "Scopes";
  static final String NO_SCOPES = "Ingen scopes funnet for denne tjenesten.";
  static final String CANNOT_GIVE = "Du kan ikke gi fullmakt til denne tjenesten";

  private Altinn3Texts() {}

  /** Whether a message is one of Altinn's known refusals of a looked-up number. */
  static boolean knownRefusal(String message) {
    String shown = AccessibleText.normalise(message);
    return LOOKUP_REFUSALS.stream().anyMatch(shown::startsWith);
  }
}
