package no.dpifullmakt.altinn3;

import java.util.List;

/**
 * The name of each visible text the robot relies on in Altinn 3 (Tilgangsstyring). Each language's
 * catalogue ({@link Altinn3Bokmal}, {@link Altinn3Nynorsk}, {@link Altinn3English}) gives every one
 * of them its words. Texts with data in them are templates: {@code {n}} is a number, any other
 * {@code {…}} is text such as a name. Texts that end in a space are the start of a longer name.
 */
public enum Altinn3Text {
  /** The DPI API's title, for people only: the robot recognises the API by its scope. */
  DPI_API,
  /** A portal's own button after a failed read; pressing it only reads again. */
  RETRY,

  SIDEBAR,
  MASKINPORTEN_LINK,
  /** The start of the page's heading, before the organisation's name. */
  MASKINPORTEN_HEADING,
  /** The line under the heading: "org.nr. 312 787 075 (hovedenhet)". */
  ACTOR_ORGNR_PREFIX,
  SUPPLIERS_TAB,
  SUPPLIER_SEARCH,
  ADD_SUPPLIER,
  SHOW_MORE,
  /** The second line of a supplier's row: "Org.nr. 980 858 073". */
  ROW_ORGNR_PREFIX,
  NO_SUPPLIERS,
  NO_HITS,

  ADD_SUPPLIER_DIALOG,
  CLOSE_DIALOG,
  ORGNR_FIELD,
  YOU_ARE_ADDING,
  ADD_ORGANISATION,
  UNKNOWN_ORGNR,
  OWN_ORGNR,
  LOCKED_OUT,

  SUPPLIER_NOT_FOUND,
  BACK_TO_LIST,
  BACK,
  DELETE_SUPPLIER,
  DELETE_SUPPLIER_QUESTION,
  API_COUNT,
  NO_APIS,
  GIVE,
  REMOVE,
  /** The start of "Gi fullmakt for <API>". */
  GIVE_FOR,
  /** The start of "Slett fullmakt for <API>". */
  REMOVE_FOR,

  GIVE_DIALOG,
  CLOSE,
  SEARCH_API,
  HITS,
  SCOPE_COUNT,
  PAGE,
  SCOPES,
  NO_SCOPES,
  CANNOT_GIVE,

  LOAD_CONNECTIONS_FAILED,
  LOAD_POWERS_FAILED,
  SORRY_ERROR,
  CANNOT_RETRIEVE,
  TECHNICAL_ERROR,
  GIVE_FAILED,
  DELETE_FAILED,
  /** The start of "Kunne ikke fjerne <leverandør> …". */
  REMOVE_FAILED,
  OOPS,
  SOMETHING_WRONG;

  /** Altinn's words for a read or a change that failed: the page is an error, not an answer. */
  static final List<Altinn3Text> ERRORS =
      List.of(
          LOAD_CONNECTIONS_FAILED,
          LOAD_POWERS_FAILED,
          SORRY_ERROR,
          CANNOT_RETRIEVE,
          TECHNICAL_ERROR,
          GIVE_FAILED,
          DELETE_FAILED,
          REMOVE_FAILED,
          OOPS,
          SOMETHING_WRONG);

  /** Altinn's answers to a lookup it refuses; any other message means Altinn has changed. */
  static final List<Altinn3Text> LOOKUP_REFUSALS = List.of(UNKNOWN_ORGNR, OWN_ORGNR, LOCKED_OUT);
}
