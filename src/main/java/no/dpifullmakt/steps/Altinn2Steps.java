package no.dpifullmakt.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.no.Når;
import io.cucumber.java.no.Så;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.domain.SupplierName;
import no.dpifullmakt.task.Altinn2Journey;
import no.dpifullmakt.task.RightMissingException;

/** The letter's twelve steps in Altinn 2, and the checks after them. */
public final class Altinn2Steps {

  private final Altinn2Journey journey;

  public Altinn2Steps(Altinn2Journey journey) {
    this.journey = journey;
  }

  @Når("jeg klikker på \"Profil\" i toppmenyen")
  public void profil() {
    journey.openProfile();
  }

  @Når("jeg klikker på \"Andre med rettigheter til virksomheten\"")
  public void andreMedRettigheter() {
    journey.openOthersWithRights();
  }

  @Når("jeg prøver å klikke på \"Andre med rettigheter til virksomheten\"")
  public void prøverAndreMedRettigheter() {
    journey.tryOpenOthersWithRights();
  }

  @Så("sier Altinn {string}")
  public void sierAltinn(String melding) {
    assertThat(journey.refusal()).as("Altinn sa nei").isNotNull();
    assertThat(journey.refusal().portalMessage()).isEqualTo(melding);
  }

  @Når("jeg klikker på \"+ Legge til ny person eller virksomhet\"")
  public void leggeTilNy() {
    journey.startAddingRightHolder();
  }

  @Når("jeg klikker på \"Ekstern virksomhet\" under \"Hva vil du legge til?\"")
  public void eksternVirksomhet() {
    journey.chooseExternalOrganisation();
  }

  @Når("jeg legger inn organisasjonsnummeret {orgnr} i feltet \"Org.nr.\"")
  public void orgnr(OrganisationNumber orgnr) {
    journey.enterOrganisationNumber(orgnr);
  }

  @Når("jeg legger inn de fire første tegnene i navnet, {navn}, i feltet \"Navn\"")
  public void navn(SupplierName navn) {
    journey.enterName(navn);
  }

  @Når("jeg klikker på \"Neste\"")
  public void neste() {
    journey.confirmRightHolder();
  }

  @Når("jeg klikker på \"Gi eller fjern tilgang\" ved {string}")
  public void giEllerFjernTilgang(String rettighetshaver) {
    journey.openExistingRightHolder(rettighetshaver);
  }

  @Når("jeg klikker på \"Gi tilgang til enkelttjenester\"")
  public void giTilgangTilEnkelttjenester() {
    journey.giveSingleServices();
  }

  @Når("jeg søker på {string} i søkefeltet")
  public void søk(String søkeord) {
    journey.searchServices(søkeord);
  }

  @Når("jeg klikker på plusstegnet til høyre for {string}")
  public void pluss(String tjeneste) {
    journey.chooseService(tjeneste);
  }

  @Når("jeg klikker på \"Neste\" nederst i vinduet")
  public void nesteNederst() {
    journey.submitServices();
  }

  @Når("jeg klikker på \"Ferdig\"")
  public void ferdig() {
    journey.finish();
  }

  @Når("jeg klikker på \"Fjern en eller flere rettigheter\"")
  public void fjernEnEllerFlere() {
    journey.startRemoving();
  }

  @Når("jeg klikker på \"Fjern\" ved {string}")
  public void fjern(String tjeneste) {
    journey.markForRemoval(tjeneste);
  }

  @Så("har {orgnr} rettigheten {string}")
  public void harRettigheten(OrganisationNumber orgnr, String tjeneste) {
    boolean held = journey.timesHeld(orgnr, tjeneste) > 0;
    journey.recordCheck(orgnr, tjeneste, held);
    if (!held) {
      throw new RightMissingException(
          "Rettigheten «" + tjeneste + "» mangler for " + orgnr.grouped() + ".");
    }
  }

  @Så("mangler {orgnr} rettigheten {string}")
  public void manglerRettigheten(OrganisationNumber orgnr, String tjeneste) {
    assertThat(journey.timesHeld(orgnr, tjeneste))
        .as("antall ganger %s har «%s»", orgnr.grouped(), tjeneste)
        .isZero();
  }

  @Så("har {orgnr} rettigheten {string} nøyaktig én gang")
  public void harRettighetenÉnGang(OrganisationNumber orgnr, String tjeneste) {
    assertThat(journey.timesHeld(orgnr, tjeneste))
        .as("antall ganger %s har «%s»", orgnr.grouped(), tjeneste)
        .isEqualTo(1);
  }

  @Så("ser jeg at rettigheten {string} allerede er gitt")
  public void alleredeGitt(String tjeneste) {
    assertThat(journey.heldWhenOpened(tjeneste))
        .as("«%s» står under rettighetshaverens enkelttjenester", tjeneste)
        .isTrue();
  }

  @Så("sier roboten fra at rettigheten allerede var gitt, og gir den ikke på nytt")
  public void roboteSierFra() {
    assertThat(journey.foundAlreadyInPlace()).as("roboten fant rettigheten på plass").isTrue();
  }

  @Så("har roboten gitt rettigheten")
  public void robotenHarGitt() {
    assertThat(journey.foundAlreadyInPlace())
        .as("roboten skulle gi rettigheten, men fant den allerede på plass")
        .isFalse();
  }
}
