package no.dpifullmakt.altinn3;

import static no.dpifullmakt.altinn3.Altinn3Text.*;

import no.dpifullmakt.domain.ScreenLanguage;

/** Altinn 3's texts in bokmål, as the robot has always known them. */
final class Altinn3Bokmal {

  private Altinn3Bokmal() {}

  static Altinn3Texts catalogue() {
    return Altinn3Texts.in(ScreenLanguage.BOKMAL, Altinn3Bokmal.class)
        .text(DPI_API, "Digital post til innbyggere")
        .text(RETRY, "Prøv igjen")
        .text(SIDEBAR, "Sidebar")
        .text(MASKINPORTEN_LINK, "Maskinportenadministrasjon")
        .text(MASKINPORTEN_HEADING, "Maskinportenadministrasjon for ")
        .text(ACTOR_ORGNR_PREFIX, "org.nr.")
        .text(SUPPLIERS_TAB, "Leverandører")
        .text(SUPPLIER_SEARCH, "Søk")
        .text(ADD_SUPPLIER, "Legg til leverandør")
        .text(SHOW_MORE, "Se mer")
        .text(ROW_ORGNR_PREFIX, "Org.nr.")
        .text(NO_SUPPLIERS, "Ingen leverandører funnet.")
        .text(NO_HITS, "Ingen treff på søket")
        .text(ADD_SUPPLIER_DIALOG, "Legg til leverandør")
        .text(CLOSE_DIALOG, "Lukk dialogvindu")
        .text(ORGNR_FIELD, "Organisasjonsnummer")
        .text(YOU_ARE_ADDING, "Du legger til:")
        .text(ADD_ORGANISATION, "Legg til virksomhet")
        .text(
            UNKNOWN_ORGNR,
            "Fant ingen organisasjon med dette organisasjonsnummeret. Vennligst sjekk at"
                + " informasjonen er korrekt.")
        .text(OWN_ORGNR, "Du kan ikke gi tilgang til eget organisasjonsnummer")
        .text(
            LOCKED_OUT,
            "Du er blitt sperret på grunn av for mange feil forsøk. Du kan prøve igjen om en time.")
        .text(SUPPLIER_NOT_FOUND, "Vi fant ikke leverandøren")
        .text(BACK_TO_LIST, "Gå tilbake til oversikten")
        .text(BACK, "Tilbake")
        .text(DELETE_SUPPLIER, "Slett leverandør")
        .text(DELETE_SUPPLIER_QUESTION, "Er du sikker på at du vil fjerne {name} som")
        .text(API_COUNT, "Fullmakt til {n} API")
        .text(NO_APIS, "Ingen fullmakter er lagt til ennå.")
        .text(GIVE, "Gi fullmakt")
        .text(REMOVE, "Slett fullmakt")
        .text(GIVE_FOR, "Gi fullmakt for ")
        .text(REMOVE_FOR, "Slett fullmakt for ")
        .text(GIVE_DIALOG, "Hvilke API vil du gi {leverandør} fullmakt til?")
        .text(CLOSE, "Lukk")
        .text(SEARCH_API, "Søk etter API")
        .text(HITS, "{n} treff på søket")
        .text(SCOPE_COUNT, " {n} scopes")
        .text(PAGE, "Side {n}")
        .text(SCOPES, "Scopes")
        .text(NO_SCOPES, "Ingen scopes funnet for denne tjenesten.")
        .text(CANNOT_GIVE, "Du kan ikke gi fullmakt til denne tjenesten")
        .text(LOAD_CONNECTIONS_FAILED, "Kunne ikke laste Maskinporten-tilknytninger.")
        .text(LOAD_POWERS_FAILED, "Kunne ikke laste fullmakter.")
        .text(SORRY_ERROR, "Beklager, men det har skjedd en feil")
        .text(CANNOT_RETRIEVE, "Vi klarer ikke å hente informasjonen du ser etter akkurat nå.")
        .text(TECHNICAL_ERROR, "Det har skjedd en teknisk feil.")
        .text(GIVE_FAILED, "Kunne ikke gi fullmakt")
        .text(DELETE_FAILED, "Kunne ikke slette fullmakt")
        .text(REMOVE_FAILED, "Kunne ikke fjerne ")
        .text(OOPS, "Ojda! Det har visst skjedd en feil")
        .text(SOMETHING_WRONG, "Noe gikk galt")
        .build();
  }
}
