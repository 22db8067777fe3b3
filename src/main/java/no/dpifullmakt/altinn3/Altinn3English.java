package no.dpifullmakt.altinn3;

import static no.dpifullmakt.altinn3.Altinn3Text.*;

import no.dpifullmakt.domain.ScreenLanguage;

/**
 * Altinn 3's texts in English: the strings of altinn-ui.md § 8, and where § 8 has none, the texts
 * agreed with the practice portal (marked "assumed").
 */
final class Altinn3English {

  private Altinn3English() {}

  static Altinn3Texts catalogue() {
    return Altinn3Texts.in(ScreenLanguage.ENGLISH, Altinn3English.class)
        // not in altinn-ui.md § 8; assumed
        .text(DPI_API, "Digital mail to residents")
        // not in altinn-ui.md § 8; assumed
        .text(RETRY, "Try again")
        // not in altinn-ui.md § 8; assumed (the component's default)
        .text(SIDEBAR, "Sidebar")
        .text(MASKINPORTEN_LINK, "Maskinporten administration")
        .text(MASKINPORTEN_HEADING, "Maskinporten administration for ")
        .text(ACTOR_ORGNR_PREFIX, "org.no.")
        .text(SUPPLIERS_TAB, "Suppliers")
        .text(SUPPLIER_SEARCH, "Search")
        .text(ADD_SUPPLIER, "Add supplier")
        // not in altinn-ui.md § 8; assumed
        .text(SHOW_MORE, "Show more")
        .text(ROW_ORGNR_PREFIX, "Org.no.")
        .text(NO_SUPPLIERS, "No suppliers found.")
        // not in altinn-ui.md § 8; assumed
        .text(NO_HITS, "No search matches")
        .text(ADD_SUPPLIER_DIALOG, "Add supplier")
        // not in altinn-ui.md § 8; assumed (the component's default, not translated)
        .text(CLOSE_DIALOG, "Lukk dialogvindu")
        .text(ORGNR_FIELD, "Organization number")
        .text(YOU_ARE_ADDING, "You will add:")
        .text(ADD_ORGANISATION, "Add organization")
        .text(
            UNKNOWN_ORGNR,
            "Did not find an organization with the given number. Please check that you entered"
                + " the correct information.")
        .text(OWN_ORGNR, "You cannot grant access to your own organization number")
        .text(
            LOCKED_OUT,
            "You have been blocked due to too many failing attempts. Try again in an hour.")
        // not in altinn-ui.md § 8; assumed
        .text(SUPPLIER_NOT_FOUND, "We could not find the supplier")
        // not in altinn-ui.md § 8; assumed
        .text(BACK_TO_LIST, "Go back to the overview")
        .text(BACK, "Back")
        .text(DELETE_SUPPLIER, "Delete supplier")
        .text(DELETE_SUPPLIER_QUESTION, "Are you sure you want to remove {name} as")
        .text(API_COUNT, "Power of attorney for {n} APIs")
        .text(NO_APIS, "No power of attorney has been added yet.")
        .text(GIVE, "Give power of attorney")
        // not in altinn-ui.md § 8; assumed
        .text(REMOVE, "Delete power of attorney")
        .text(GIVE_FOR, "Give power of attorney for ")
        .text(REMOVE_FOR, "Delete power of attorney for ")
        .text(GIVE_DIALOG, "Which API do you want to give {leverandør} power of attorney for?")
        .text(CLOSE, "Close")
        .text(SEARCH_API, "Search for API")
        .text(HITS, "{n} search matches")
        // not in altinn-ui.md § 8; assumed
        .text(SCOPE_COUNT, " {n} scopes")
        // not in altinn-ui.md § 8; assumed
        .text(PAGE, "Page {n}")
        // not in altinn-ui.md § 8; assumed
        .text(SCOPES, "Scopes")
        // not in altinn-ui.md § 8; assumed
        .text(NO_SCOPES, "No scopes found for this service.")
        // not in altinn-ui.md § 8; assumed
        .text(CANNOT_GIVE, "You cannot give power of attorney for this service")
        .text(LOAD_CONNECTIONS_FAILED, "Could not load Maskinporten connections.")
        // The other failure texts: not in altinn-ui.md § 8; assumed
        .text(LOAD_POWERS_FAILED, "Could not load powers of attorney.")
        .text(SORRY_ERROR, "Sorry, an error has occurred")
        .text(CANNOT_RETRIEVE, "We cannot retrieve the information you are looking for right now.")
        .text(TECHNICAL_ERROR, "A technical error has occurred.")
        .text(GIVE_FAILED, "Could not give power of attorney")
        .text(DELETE_FAILED, "Could not delete power of attorney")
        .text(REMOVE_FAILED, "Could not remove ")
        .text(OOPS, "Oops! Something seems to have gone wrong")
        .text(SOMETHING_WRONG, "Something went wrong")
        .build();
  }
}
