package no.dpifullmakt.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.dpifullmakt.altinn2.Altinn2Texts;
import no.dpifullmakt.altinn3.Altinn3Texts;
import no.dpifullmakt.assist.Assistant;
import no.dpifullmakt.assist.StoppedByPersonException;
import no.dpifullmakt.browser.BrowserFactory;
import no.dpifullmakt.browser.BrowserPool;
import no.dpifullmakt.browser.BrowserSession;
import no.dpifullmakt.config.Generation;
import no.dpifullmakt.config.LoginMethod;
import no.dpifullmakt.config.RobotRuntime;
import no.dpifullmakt.config.RunSettings;
import no.dpifullmakt.domain.InvalidInputException;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.domain.ScreenLanguage;
import no.dpifullmakt.domain.Secret;
import no.dpifullmakt.login.LoginTexts;
import no.dpifullmakt.login.TestIdLogin;
import no.dpifullmakt.report.SecretMask;
import no.dpifullmakt.report.evidence.StepWitness;
import no.dpifullmakt.web.InteractionObserver;
import no.dpifullmakt.web.Recovery;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/**
 * One scenario's browser and settings. Created by the step layer's dependency injection for each
 * scenario; the browser itself is this thread's, reused with a clean session.
 */
public final class RobotSession {

  private final RunSettings settings;
  private final BrowserSession browser;
  private final Ui ui;
  private final Ui loginUi;
  private final StepWitness witness;
  private final StepNotes notes = new StepNotes();
  private final LabelsAsShown labels = new LabelsAsShown(notes);
  private final Optional<Assistant> assistant;
  private OrganisationNumber actor;

  public RobotSession() {
    this.settings = RobotRuntime.settings();
    this.actor = settings.actor();
    this.browser = BrowserPool.forThisThread(settings.browser(), BrowserFactory.standard());
    this.assistant =
        settings.assist().enabled()
            ? Optional.of(new Assistant(settings.assist(), browser.driver()))
            : Optional.empty();
    this.witness = new StepWitness(browser.driver(), settings.screenshots());
    List<InteractionObserver> observers = new ArrayList<>();
    observers.add(witness);
    observers.add(labels);
    assistant.ifPresent(observers::add);
    this.ui =
        new Ui(
            browser.driver(),
            settings.timeout(),
            observers,
            recovery(
                List.of(
                    Target.link(LoginTexts.TESTID_LINK), Target.dialog(LoginTexts.CHOOSE_ACTOR))));
    // The login itself shows the login page on purpose: no logout detection there. Altinn's own
    // error after the login (the start page could not be read) is still an error, not a new screen.
    this.loginUi = new Ui(browser.driver(), settings.timeout(), observers, recovery(List.of()));
  }

  /**
   * Altinn's retry buttons and failure texts in every language the robot knows: an error page is
   * one before the screen's language is read, too.
   */
  private static Recovery recovery(List<Target> loggedOutMarkers) {
    return new Recovery(
        Stream.concat(
                Altinn3Texts.retryButtonsInAnyLanguage().stream(), Stream.of(Altinn2Texts.RETRY))
            .distinct()
            .map(Target::button)
            .toList(),
        loggedOutMarkers,
        Stream.concat(
                Altinn3Texts.errorTextsInAnyLanguage().stream(), Altinn2Texts.ERROR_TEXTS.stream())
            .distinct()
            .toList());
  }

  /**
   * Records the language Altinn 3 shows its screens in, once read: for the report, the guide, the
   * fingerprint and the summary.
   */
  public void screenLanguage(ScreenLanguage language) {
    witness.screenLanguage(language);
    labels.screenLanguage(language);
    RunJournal.screenLanguage(language);
  }

  /**
   * Runs a change in Altinn with no automatic retries, marked in the run journal until its outcome
   * is recorded, so a stop in the middle is reported as uncertain.
   */
  public void change(String norwegianDescription, Runnable change) {
    RunJournal.beginChange(norwegianDescription);
    ui.recovery().duringChange(change);
  }

  /** Why the coming step is needed; assisted mode shows it before the robot acts. */
  public void explain(String why) {
    assistant.ifPresent(a -> a.explain(why));
  }

  /**
   * Before an irreversible change. Unattended runs go on; in assisted mode the person must say yes,
   * in the page or in the terminal.
   *
   * @throws StoppedByPersonException when the person says no
   */
  public void confirm(String change) {
    assistant.ifPresent(a -> a.confirm(change));
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

  /** On the practice portal, whom to log in as; the numbers there are made up. */
  private String loginHint() {
    return settings
        .environment()
        .practicePid()
        .map(
            pid ->
                "Øvingsportalen: velg «TestID» og logg inn med det oppdiktede fødselsnummeret "
                    + pid
                    + ", og velg virksomheten "
                    + actor.grouped()
                    + ".")
        .orElse(null);
  }

  /**
   * Logs in as one particular made-up person of the practice portal, for scenarios about who may do
   * what. Refused outside the practice portal.
   */
  public void logInAsPracticePerson(
      Generation generation, Secret pid, OrganisationNumber actor, Target landed) {
    if (!settings.environment().practicePortal()) {
      throw new InvalidInputException(
          "Innlogging som en oppdiktet testperson går bare i øvingsportalen.");
    }
    SecretMask.register(pid);
    this.actor = actor;
    testIdLogIn(generation, pid, landed);
  }

  private void testIdLogIn(Generation generation, Secret pid, Target landed) {
    // The login types the person's number: the step gets no picture, so none is taken on the way.
    witness.secretAhead();
    if (!new TestIdLogin(loginUi).logIn(settings.start(generation), pid, actor, landed)) {
      throw AccessMissingException.notAnActor(actor);
    }
    loginUi.find(landed);
  }

  /**
   * Opens the generation's start page again in the session the browser has, after Altinn answered
   * with an error page: back on the landing page, from where the steps are walked again.
   */
  public void reopen(Generation generation, Target landed) {
    ui.open(settings.start(generation).toString());
    ui.find(landed);
  }

  /** The organisation the robot acts for in this scenario. */
  public OrganisationNumber actor() {
    return actor;
  }

  /**
   * Opens the generation's portal and logs in the way the environment says; in assisted mode the
   * person logs in, and the robot waits until the page shows {@code landed}.
   */
  public void logIn(Generation generation, Target landed) {
    if (assistant.isPresent()) {
      assistant
          .get()
          .waitForPersonalLogin(loginUi, settings.start(generation), landed, loginHint());
      return;
    }
    LoginMethod method = settings.environment().login();
    switch (method) {
      case TESTID -> {
        Secret pid = settings.testIdPersonalIdentifier();
        SecretMask.register(pid);
        testIdLogIn(generation, pid, landed);
      }
      case NONE -> {
        loginUi.open(settings.start(generation).toString());
        loginUi.find(landed);
      }
      case PERSONAL ->
          throw new InvalidInputException(
              "I miljøet «"
                  + settings.environment().name()
                  + "» logger du inn selv: det krever assistert modus (--assistert).");
    }
  }
}
