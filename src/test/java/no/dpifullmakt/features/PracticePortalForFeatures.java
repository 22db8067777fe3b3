package no.dpifullmakt.features;

import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import java.nio.file.Path;
import java.util.Optional;
import no.dpifullmakt.LentBrowser;
import no.dpifullmakt.browser.BrowserSettings;
import no.dpifullmakt.config.AssistSettings;
import no.dpifullmakt.config.Environments;
import no.dpifullmakt.config.RobotRuntime;
import no.dpifullmakt.config.RunSettings;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;

/**
 * The test entry point: starts the embedded practice portal once, points the robot at it, lends it
 * the test JVM's shared browser, and puts the portal in each scenario's named situation
 * ({@code @situasjon:navn}) before it runs.
 */
public final class PracticePortalForFeatures {

  /** The made-up daglig leder of the environment «ovelse», who logs in in every scenario. */
  public static final String PERSON = "12857610030";

  private static PracticePortal portal;
  private static PracticePortalControl control;
  private static LentBrowser browser;

  @BeforeAll
  public static void startPortal() {
    portal = PracticePortal.start(PortalOptions.forTests());
    control = new PracticePortalControl(portal.baseUrl());
    RunSettings settings =
        new RunSettings(
            Environments.builtIn("ovelse").atPracticePortal(portal.baseUrl()),
            BrowserSettings.headlessChrome(),
            RunSettings.DEFAULT_TIMEOUT,
            Path.of("target", "rapporter"),
            Optional.empty(),
            System::getenv,
            AssistSettings.off());
    RobotRuntime.use(settings);
    browser = LentBrowser.toThisThread();
  }

  /** The portal's test-state endpoints, for glue that sets up more than a situation. */
  public static PracticePortalControl control() {
    return control;
  }

  @AfterAll
  public static void stopPortal() {
    browser.close();
    portal.close();
  }

  @Before(order = 0)
  public void startFromTheScenariosSituation(Scenario scenario) {
    control.reset();
    String actor = RobotRuntime.settings().actor().digits();
    scenario.getSourceTagNames().stream()
        .filter(tag -> tag.startsWith("@situasjon:"))
        .map(tag -> tag.substring("@situasjon:".length()))
        .forEach(situation -> control.apply(situation, actor));
  }
}
