package no.dpifullmakt.steps;

import io.cucumber.java.AfterAll;
import io.cucumber.java.AfterStep;
import io.cucumber.java.BeforeStep;
import io.cucumber.java.Scenario;
import no.dpifullmakt.browser.BrowserPool;
import no.dpifullmakt.report.evidence.Evidence;
import no.dpifullmakt.report.evidence.StepWitness;
import no.dpifullmakt.task.RobotSession;
import org.openqa.selenium.WebDriverException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes the robot's notes to the report, attaches each step's screenshot and UI fingerprint (and,
 * when a step fails, the page as it was), and closes the browsers at the end.
 */
public final class Hooks {

  private static final Logger LOG = LoggerFactory.getLogger(Hooks.class);

  private final RobotSession session;

  public Hooks(RobotSession session) {
    this.session = session;
  }

  @BeforeStep
  public void watchTheStep() {
    session.witness().startStep();
  }

  @AfterStep
  public void passOnNotes(Scenario scenario) {
    session.notes().drain().forEach(scenario::log);
  }

  @AfterStep
  public void keepEvidence(Scenario scenario) {
    StepWitness witness = session.witness();
    try {
      if (scenario.isFailed()) {
        witness
            .failureEvidence()
            .ifPresent(
                evidence -> {
                  evidence
                      .screenshot()
                      .ifPresent(
                          png -> scenario.attach(png, Evidence.PNG, Evidence.FAILURE_SCREENSHOT));
                  scenario.attach(evidence.maskedHtml(), Evidence.HTML, Evidence.FAILURE_PAGE);
                });
      }
      witness
          .finishStep()
          .ifPresent(shot -> scenario.attach(shot.jpeg(), Evidence.JPEG, shot.caption()));
    } catch (WebDriverException e) {
      // The browser is gone or the page is changing under us: the step's own result is what counts.
      LOG.debug("Fikk ikke tatt skjermbilde: {}", e.getMessage());
    }
    witness
        .takeScreenLanguage()
        .ifPresent(
            language ->
                scenario.attach(
                    language.code().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    Evidence.TEXT,
                    Evidence.SCREEN_LANGUAGE));
    witness
        .fingerprint()
        .ifPresent(json -> scenario.attach(json, Evidence.FINGERPRINT_TYPE, Evidence.FINGERPRINT));
  }

  @AfterAll
  public static void closeBrowsers() {
    BrowserPool.closeAll();
  }
}
