package no.dpifullmakt.steps;

import io.cucumber.java.no.Gitt;
import no.dpifullmakt.config.Generation;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.domain.Secret;
import no.dpifullmakt.task.Altinn2Journey;
import no.dpifullmakt.task.Altinn3Journey;

/** Logging in and choosing the organisation: the same words in both generations. */
public final class LoginSteps {

  private final Altinn2Journey altinn2;
  private final Altinn3Journey altinn3;

  public LoginSteps(Altinn2Journey altinn2, Altinn3Journey altinn3) {
    this.altinn2 = altinn2;
    this.altinn3 = altinn3;
  }

  @Gitt(
      "at den oppdiktede testpersonen med fødselsnummer {string} har logget inn i {portal} og"
          + " valgt virksomheten {orgnr}")
  public void testpersonLoggetInn(
      String fødselsnummer, Generation portal, OrganisationNumber virksomhet) {
    if (portal == Generation.ALTINN2) {
      altinn2.logInAsPracticePerson(Secret.of(fødselsnummer), virksomhet);
    } else {
      altinn3.logInAsPracticePerson(Secret.of(fødselsnummer), virksomhet);
    }
  }

  @Gitt("at daglig leder har logget inn i {portal} og valgt virksomheten")
  public void loggetInn(Generation portal) {
    if (portal == Generation.ALTINN2) {
      altinn2.logIn();
    } else {
      altinn3.logIn();
    }
  }
}
