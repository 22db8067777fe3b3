package no.dpifullmakt.task;

import java.util.List;
import no.dpifullmakt.browser.BrowserFactory;
import no.dpifullmakt.browser.BrowserPool;
import no.dpifullmakt.browser.BrowserSession;
import no.dpifullmakt.config.Generation;
import no.dpifullmakt.config.LoginMethod;
import no.dpifullmakt.config.RobotRuntime;
import no.dpifullmakt.config.RunSettings;
import no.dpifullmakt.domain.InvalidInputException;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.domain.Secret;
import no.dpifullmakt.login.TestIdLogin;
import no.dpifullmakt.report.SecretMask;
import no.dpifullmakt.report.evidence.StepWitness;
import no.dpifullmakt.web.Ui;

/**
 * One scenario's browser and settings. Created by the step layer's dependency injection for each
 * scenario; the browser itself is this thread's, reused with a clean session.
 */
public final class RobotSession {

  private final RunSettings settings;
  private final BrowserSession browser;
  private final Ui ui;
  private final StepWitness witness;
  private final StepNotes notes = new StepNotes();

  public RobotSession() {
    this.settings = RobotRuntime.settings();
    this.browser = BrowserPool.forThisThread(settings.browser(), BrowserFactory.standard());
    this.witness = new StepWitness(browser.driver(), settings.screenshots());
    this.ui = new Ui(browser.driver(), settings.timeout(), List.of(witness));
  }

  public Ui ui() {
    return ui;
  }

  public RunSettings settings() {
    return settings;
  }

  public StepNotes notes() {
    return notes;
  }

  /** What the robot's hands did during the current step, for screenshots and the fingerprint. */
  public StepWitness witness() {
    return witness;
  }

  public BrowserSession browser() {
    return browser;
  }

  /**
   * Logs in as one particular made-up person of the practice portal, for scenarios about who may do
   * what. Refused outside the practice portal.
   */
  public void logInAsPracticePerson(Generation generation, Secret pid, OrganisationNumber actor) {
    if (!settings.environment().practicePortal()) {
      throw new InvalidInputException(
          "Innlogging som en oppdiktet testperson går bare i øvingsportalen.");
    }
    SecretMask.register(pid);
    new TestIdLogin(ui).logIn(settings.start(generation), pid, actor);
  }

  /** Opens the generation's portal and logs in the way the environment says. */
  public void logIn(Generation generation) {
    LoginMethod method = settings.environment().login();
    switch (method) {
      case TESTID -> {
        Secret pid = settings.testIdPersonalIdentifier();
        SecretMask.register(pid);
        new TestIdLogin(ui).logIn(settings.start(generation), pid, settings.actor());
      }
      case NONE -> ui.open(settings.start(generation).toString());
      case PERSONAL ->
          throw new UnsupportedOperationException(
              "Personlig innlogging krever assistert modus (--assistert).");
    }
  }
}
