package no.dpifullmakt.features;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import io.cucumber.java.Status;

/**
 * In the test suite a skipped or undefined scenario is a failure, never a quiet pass: every step
 * must have run.
 */
public final class NoSkippedScenarios {

  @After(order = Integer.MAX_VALUE)
  public void failIfNotRun(Scenario scenario) {
    Status status = scenario.getStatus();
    if (status == Status.SKIPPED || status == Status.PENDING || status == Status.UNDEFINED) {
      throw new AssertionError(
          "Scenariet «" + scenario.getName() + "» ble ikke kjørt helt (" + status + ").");
    }
  }
}
