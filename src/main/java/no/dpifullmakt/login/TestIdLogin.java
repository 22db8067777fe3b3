package no.dpifullmakt.login;

import java.net.URI;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.domain.Secret;
import no.dpifullmakt.web.Ui;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unattended login through ID-porten's TestID, then the actor choice. Used on the practice portal
 * and in Altinn's test environments; in production the person logs in personally.
 */
public final class TestIdLogin {

  private static final Logger LOG = LoggerFactory.getLogger(TestIdLogin.class);

  private final Ui ui;

  public TestIdLogin(Ui ui) {
    this.ui = ui;
  }

  /** Opens {@code start}, which sends a visitor without a session to ID-porten. */
  public void logIn(URI start, Secret personalIdentifier, OrganisationNumber actor) {
    LOG.debug("Logger inn via TestID fra {}", start);
    ui.open(start.toString());
    new IdPortenChooserPage(ui).chooseTestId().authenticate(personalIdentifier).choose(actor);
  }
}
