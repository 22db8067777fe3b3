package no.dpifullmakt.login;

import java.net.URI;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.domain.Secret;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unattended login through ID-porten's TestID, then the actor choice. Used on the practice portal
 * and in Altinn's test environments; in production the person logs in personally.
 */
public final class TestIdLogin {

  private static final Logger LOG = LoggerFactory.getLogger(TestIdLogin.class);
  private static final Target TESTID = Target.link(LoginTexts.TESTID_LINK);

  private final Ui ui;

  public TestIdLogin(Ui ui) {
    this.ui = ui;
  }

  /**
   * Opens {@code start}, which sends a visitor without a session to ID-porten, and goes on from
   * wherever Altinn is: the login, the actor choice, or already the landing page {@code landed}
   * (when an earlier try got that far).
   *
   * @return false when the person cannot act for {@code actor}
   */
  public boolean logIn(
      URI start, Secret personalIdentifier, OrganisationNumber actor, Target landed) {
    LOG.debug("Logger inn via TestID fra {}", start);
    ui.open(start.toString());
    ui.waitFor(
        "at Altinn viser innloggingen, «" + LoginTexts.CHOOSE_ACTOR + "» eller forsiden",
        () -> ui.shows(TESTID) || ui.shows(ActorChoiceDialog.DIALOG) || ui.shows(landed));
    if (ui.shows(landed) && !ui.shows(ActorChoiceDialog.DIALOG)) {
      return true;
    }
    ActorChoiceDialog choice =
        ui.shows(TESTID)
            ? new IdPortenChooserPage(ui).chooseTestId().authenticate(personalIdentifier)
            : new ActorChoiceDialog(ui);
    return choice.choose(actor);
  }
}
