package no.dpifullmakt.altinn3;

import static no.dpifullmakt.altinn3.Altinn3Text.*;

import no.dpifullmakt.domain.ScreenLanguage;

/**
 * Altinn 3's texts in nynorsk: the strings of altinn-ui.md § 8, and where § 8 has none, the texts
 * agreed with the practice portal (marked "assumed").
 */
final class Altinn3Nynorsk {

  private Altinn3Nynorsk() {}

  static Altinn3Texts catalogue() {
    return Altinn3Texts.in(ScreenLanguage.NYNORSK, Altinn3Nynorsk.class)
        // not in altinn-ui.md § 8; assumed
        .text(DPI_API, "Digital post til innbyggjarar")
        // not in altinn-ui.md § 8; assumed
        .text(RETRY, "Prøv igjen")
        // not in altinn-ui.md § 8; assumed (the component's default, not translated)
        .text(SIDEBAR, "Sidebar")
        .text(MASKINPORTEN_LINK, "Maskinporten\u00ADadministrasjon")
        .text(MASKINPORTEN_HEADING, "Maskinporten\u00ADadministrasjon for ")
        .text(ACTOR_ORGNR_PREFIX, "org.nr.")
        .text(SUPPLIERS_TAB, "Leverandørar")
        .text(SUPPLIER_SEARCH, "Søk")
        .text(ADD_SUPPLIER, "Legg til leverandør")
        // not in altinn-ui.md § 8; assumed
        .text(SHOW_MORE, "Sjå meir")
        .text(ROW_ORGNR_PREFIX, "Org.nr.")
        .text(NO_SUPPLIERS, "Ingen leverandørar funne.")
        // not in altinn-ui.md § 8; assumed
        .text(NO_HITS, "Ingen treff på søket")
        .text(ADD_SUPPLIER_DIALOG, "Legg til leverandør")
        // not in altinn-ui.md § 8; assumed (the component's default, not translated)
        .text(CLOSE_DIALOG, "Lukk dialogvindu")
        .text(ORGNR_FIELD, "Organisasjonsnummer")
        .text(YOU_ARE_ADDING, "Du legg til:")
        .text(ADD_ORGANISATION, "Legg til verksemd")
        .text(
            UNKNOWN_ORGNR,
            "Fant ingen organisasjon med dette organisasjonsnummeret. Sjekk at informasjonen er"
                + " korrekt.")
        .text(OWN_ORGNR, "Du kan ikkje gi tilgang til eige organisasjonsnummer")
        .text(
            LOCKED_OUT,
            "Du er blitt sperra på grunn av for mange feil forsøk. Du kan prøve igjen om ein time.")
        // not in altinn-ui.md § 8; assumed
        .text(SUPPLIER_NOT_FOUND, "Vi fann ikkje leverandøren")
        // not in altinn-ui.md § 8; assumed
        .text(BACK_TO_LIST, "Gå tilbake til oversikta")
        .text(BACK, "Tilbake")
        .text(DELETE_SUPPLIER, "Slett leverandør")
        .text(DELETE_SUPPLIER_QUESTION, "Er du sikker på at du vil fjerne {name} som")
        .text(API_COUNT, "Fullmakt til {n} API")
        .text(NO_APIS, "Ingen fullmakter er lagde til enno.")
        .text(GIVE, "Gi fullmakt")
        // not in altinn-ui.md § 8; assumed
        .text(REMOVE, "Slett fullmakt")
        .text(GIVE_FOR, "Gi fullmakt for ")
        .text(REMOVE_FOR, "Slett fullmakt for ")
        .text(GIVE_DIALOG, "Kva API vil du gi {leverandør} fullmakt til?")
        .text(CLOSE, "Lukk")
        .text(SEARCH_API, "Søk etter API")
        .text(HITS, "{n} treff på søket")
        // not in altinn-ui.md § 8; assumed
        .text(SCOPE_COUNT, " {n} scopes")
        // not in altinn-ui.md § 8; assumed
        .text(PAGE, "Side {n}")
        // not in altinn-ui.md § 8; assumed
        .text(SCOPES, "Scopes")
        // not in altinn-ui.md § 8; assumed
        .text(NO_SCOPES, "Ingen scopes funne for denne tenesta.")
        // not in altinn-ui.md § 8; assumed
        .text(CANNOT_GIVE, "Du kan ikkje gi fullmakt til denne tenesta")
        .text(LOAD_CONNECTIONS_FAILED, "Kunne ikkje laste Maskinporten-tilknytingar.")
        // The other failure texts: not in altinn-ui.md § 8; assumed
        .text(LOAD_POWERS_FAILED, "Kunne ikkje laste fullmakter.")
        .text(SORRY_ERROR, "Beklagar, men det har skjedd ein feil")
        .text(CANNOT_RETRIEVE, "Vi klarer ikkje å hente informasjonen du ser etter akkurat no.")
        .text(TECHNICAL_ERROR, "Det har skjedd ein teknisk feil.")
        .text(GIVE_FAILED, "Kunne ikkje gi fullmakt")
        .text(DELETE_FAILED, "Kunne ikkje slette fullmakt")
        .text(REMOVE_FAILED, "Kunne ikkje fjerne ")
        .text(OOPS, "Ojda! Det har visst skjedd ein feil")
        .text(SOMETHING_WRONG, "Noko gjekk gale")
        .build();
  }
}
