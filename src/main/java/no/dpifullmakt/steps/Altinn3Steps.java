package no.dpifullmakt.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.no.Når;
import io.cucumber.java.no.Så;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.domain.SupplierName;
import no.dpifullmakt.task.Altinn3Journey;
import no.dpifullmakt.task.RightMissingException;

/** Today's procedure in Altinn 3: Maskinportenadministrasjon → leverandør → API. */
public final class Altinn3Steps {

  private final Altinn3Journey journey;

  public Altinn3Steps(Altinn3Journey journey) {
    this.journey = journey;
  }

  @Når("jeg klikker på \"Maskinportenadministrasjon\" i menyen til venstre")
  public void maskinportenadministrasjon() {
    journey.openMaskinporten();
  }

  @Når("jeg søker etter {orgnr} i feltet \"Søk\" under \"Leverandører\"")
  public void søkEtterLeverandøren(OrganisationNumber orgnr) {
    journey.searchSupplier(orgnr);
  }

  @Når("jeg klikker på leverandøren {orgnr} hvis den står der")
  public void leverandørenHvisDenStårDer(OrganisationNumber orgnr) {
    journey.openSupplierIfListed(orgnr);
  }

  @Når("jeg klikker på \"Legg til leverandør\" hvis den ikke står der")
  public void leggTilLeverandør() {
    journey.startAddingSupplier();
  }

  @Når("jeg skriver organisasjonsnummeret {orgnr} i feltet \"Organisasjonsnummer\"")
  public void organisasjonsnummer(OrganisationNumber orgnr) {
    journey.enterOrganisationNumber(orgnr);
  }

  @Når(
      "jeg skriver organisasjonsnummeret {orgnr}, som Altinn skal avvise, i feltet"
          + " \"Organisasjonsnummer\"")
  public void organisasjonsnummerSomAvvises(OrganisationNumber orgnr) {
    journey.tryOrganisationNumber(orgnr);
  }

  @Når("jeg sjekker at navnet under \"Du legger til:\" begynner med {navn}")
  public void sjekkNavnet(SupplierName navn) {
    journey.checkFoundName(navn);
  }

  @Når("jeg klikker på \"Legg til virksomhet\"")
  public void leggTilVirksomhet() {
    journey.addOrganisation();
  }

  @Når("jeg klikker på \"Gi fullmakt\"")
  public void giFullmakt() {
    journey.openGiveDialog();
  }

  @Når("jeg klikker på \"Gi fullmakt\" for å se hvilke API leverandøren har")
  public void giFullmaktForÅSe() {
    journey.openGiveDialog();
  }

  @Når("jeg søker etter {string} i feltet \"Søk etter API\"")
  public void søkEtterApi(String søk) {
    journey.searchApi(søk);
  }

  @Når("jeg finner API-et med {string} under \"Scopes\" ved å åpne treffene")
  public void finnApiEtEtterScope(String scope) {
    journey.identifyDpiApi();
  }

  @Når("jeg klikker på \"Gi fullmakt\" ved {string}")
  public void giFullmaktVed(String api) {
    journey.give(api);
  }

  @Når("jeg klikker på \"Slett fullmakt\" ved {string}")
  public void slettFullmakt(String api) {
    journey.revoke(api);
  }

  @Når("jeg lukker dialogen med \"Lukk\"")
  public void lukk() {
    journey.closeDialog();
  }

  @Når("jeg klikker på \"Slett leverandør\" hvis leverandøren ikke har flere fullmakter")
  public void slettLeverandør() {
    journey.deleteSupplierIfEmpty();
  }

  @Så("har {orgnr} fullmakt til {string}")
  public void harFullmakt(OrganisationNumber orgnr, String api) {
    boolean given = journey.timesGiven(orgnr) > 0;
    journey.recordCheck(orgnr, api, given);
    if (!given) {
      throw new RightMissingException(
          orgnr.grouped() + " har ikke fullmakt til «" + api + "» i Maskinportenadministrasjon.");
    }
  }

  @Så("har {orgnr} fullmakt til {string} nøyaktig én gang")
  public void harFullmaktÉnGang(OrganisationNumber orgnr, String api) {
    assertThat(journey.timesListed(orgnr))
        .as("antall ganger %s står som leverandør", orgnr.grouped())
        .isEqualTo(1);
    assertThat(journey.timesGiven(orgnr))
        .as("antall ganger %s har fullmakt til «%s»", orgnr.grouped(), api)
        .isEqualTo(1);
  }

  @Så("har ikke {orgnr} fullmakt til {string}")
  public void harIkkeFullmakt(OrganisationNumber orgnr, String api) {
    assertThat(journey.timesGiven(orgnr))
        .as("antall ganger %s har fullmakt til «%s»", orgnr.grouped(), api)
        .isZero();
  }

  @Så("sier roboten fra at fullmakten allerede var gitt, og gir den ikke på nytt")
  public void alleredeGitt() {
    assertThat(journey.foundAlreadyInPlace()).as("roboten fant fullmakten på plass").isTrue();
  }

  @Så("sier roboten fra at leverandøren allerede var lagt til, og legger den ikke til på nytt")
  public void alleredeLeverandør() {
    assertThat(journey.foundAlreadySupplier()).as("roboten fant leverandøren i listen").isTrue();
  }

  @Så("stopper roboten med Altinns melding {string}")
  public void stopperMedAltinnsMelding(String melding) {
    assertThat(journey.refusal()).as("Altinn avviste nummeret").isNotNull();
    assertThat(journey.refusal().portalMessage()).isEqualTo(melding);
    assertThat(journey.refusal().getMessage()).startsWith("Altinn fant ikke leverandøren");
  }

  @Så("står {orgnr} fortsatt som leverandør")
  public void fortsattLeverandør(OrganisationNumber orgnr) {
    assertThat(journey.timesListed(orgnr))
        .as("antall ganger %s står som leverandør", orgnr.grouped())
        .isEqualTo(1);
  }

  @Så("sier roboten fra at det var ingenting å fjerne")
  public void ingentingÅFjerne() {
    assertThat(journey.foundNothingToRemove()).as("roboten fant ingenting å fjerne").isTrue();
  }

  @Når("jeg prøver å klikke på \"Maskinportenadministrasjon\" i menyen til venstre")
  public void prøverMaskinportenadministrasjon() {
    journey.tryOpenMaskinporten();
  }

  @Så("sier roboten at personen mangler tilgangspakken «Maskinporten administrator»")
  public void manglerTilgangspakken() {
    assertThat(journey.accessMissing()).as("roboten sa hva personen mangler").isNotNull();
    assertThat(journey.accessMissing().getMessage())
        .contains("tilgangspakken «Maskinporten administrator»");
  }
}
