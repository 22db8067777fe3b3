package no.dpifullmakt.task;

import no.dpifullmakt.domain.OrganisationNumber;

/**
 * The person who logged in may not do this for the organisation: a wrong or unknown actor, or a
 * missing access package. Nothing about Altinn's screens is wrong, and nothing was changed.
 */
public class AccessMissingException extends RuntimeException {

  public AccessMissingException(String norwegianMessage) {
    super(norwegianMessage);
  }

  static AccessMissingException maskinportenPackage(OrganisationNumber actor) {
    return new AccessMissingException(
        "Den som er logget inn, har ikke tilgang til «Maskinportenadministrasjon» for virksomheten "
            + actor.grouped()
            + ": lenken står ikke i menyen. Det krever tilgangspakken «Maskinporten"
            + " administrator» (og en tilgangspakke i området «Integrasjoner»). Be en"
            + " tilgangsstyrer i virksomheten om å gi deg den.");
  }

  static AccessMissingException wrongActor(OrganisationNumber wanted, OrganisationNumber shown) {
    return new AccessMissingException(
        "Altinn viser virksomheten "
            + shown.grouped()
            + ", men roboten skulle handle for "
            + wanted.grouped()
            + ". Velg riktig virksomhet (aktør) i Altinn, eller gi riktig --aktor.");
  }

  public static AccessMissingException notAnActor(OrganisationNumber actor) {
    return new AccessMissingException(
        "Den som er logget inn, kan ikke handle for virksomheten "
            + actor.grouped()
            + ": den står ikke blant aktørene i «Velg aktør». Sjekk organisasjonsnummeret, eller"
            + " be om en rolle eller tilgang i virksomheten.");
  }
}
