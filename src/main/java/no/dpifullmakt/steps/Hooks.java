package no.dpifullmakt.steps;

import io.cucumber.java.AfterAll;
import io.cucumber.java.AfterStep;
import io.cucumber.java.Scenario;
import no.dpifullmakt.browser.BrowserPool;
import no.dpifullmakt.task.RobotSession;

/** Passes the robot's notes to the report, and closes the browsers at the end. */
public final class Hooks {

  private final RobotSession session;

  public Hooks(RobotSession session) {
    this.session = session;
  }

  @AfterStep
  public void passOnNotes(Scenario scenario) {
    session.notes().drain().forEach(scenario::log);
  }

  @AfterAll
  public static void closeBrowsers() {
    BrowserPool.closeAll();
  }
}
