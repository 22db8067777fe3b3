package no.dpifullmakt.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import no.dpifullmakt.LentBrowser;
import no.dpifullmakt.browser.BrowserPool;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The robot against a slow, flaky and forgetful portal: it finishes, and the portal ends up with
 * exactly one right.
 */
class FaultsTest {

  private static final String FJORDVIK = "315260183";
  private static final String VISMA = "980858073";
  private static final String DIGDIR = "991825827";

  private static PracticePortal portal;

  @TempDir Path folder;
  private RobotAgainstPortal robot;

  private static LentBrowser browser;

  @BeforeAll
  static void startPortal() {
    portal = PracticePortal.start(PortalOptions.forTests());
    browser = LentBrowser.toThisThread();
  }

  @AfterAll
  static void stopPortal() {
    browser.close();
    BrowserPool.closeAll();
    portal.close();
  }

  @BeforeEach
  void cleanPortal() {
    robot = new RobotAgainstPortal(portal, folder);
    robot.control().reset();
  }

  @AfterEach
  void noFaults() {
    robot.control().faults("{}");
  }

  private void faults(String json) {
    robot.control().faults(json);
  }

  @Test
  void slowAnswersAreWaitedFor() throws IOException {
    faults("{\"forsinkelseMs\": 150, \"forsinkelseMaksMs\": 350, \"frø\": 3}");

    assertThat(robot.run(FJORDVIK, "utfør", "--orgnr", VISMA)).isZero();
    assertThat(robot.dpiDelegationsAltinn3(FJORDVIK, VISMA)).isEqualTo(1);
  }

  @Test
  void failedReadsAreReadAgain() throws IOException {
    faults("{\"lesefeilAndel\": 0.2, \"frø\": 5}");

    assertThat(robot.run(FJORDVIK, "utfør", "--orgnr", VISMA)).as(stoppedRuns()).isZero();
    assertThat(robot.run(FJORDVIK, "utfør", "--generasjon", "altinn2", "--orgnr", DIGDIR))
        .as(stoppedRuns())
        .isZero();

    assertThat(robot.dpiDelegationsAltinn3(FJORDVIK, VISMA)).isEqualTo(1);
    assertThat(robot.dpiRightsAltinn2(FJORDVIK, DIGDIR)).isEqualTo(1);
    // Altinn 3 shows its own error in place of what it could not read: the robot loads it again.
    assertThat(robot.logs()).contains("Roboten laster Altinn på nytt");
    // Altinn 2 offers "Prøv igjen".
    assertThat(robot.logs()).contains("roboten trykker «Prøv igjen» og leser på nytt");
  }

  private String stoppedRuns() {
    try {
      return robot.stoppedRuns();
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Test
  void aLateSpinnerAndListsDrawnAnewDoNotConfuseTheRobot() throws IOException {
    // A list drawn anew every two seconds: often enough that elements found go stale in every flow,
    // and not so often that a loaded test machine cannot look and click between two redraws.
    faults("{\"sentSpinnerMs\": 700, \"rerenderHverMs\": 2000}");

    assertThat(robot.run(FJORDVIK, "utfør", "--orgnr", VISMA)).as(stoppedRuns()).isZero();
    assertThat(robot.run(FJORDVIK, "utfør", "--generasjon", "altinn2", "--orgnr", DIGDIR))
        .as(stoppedRuns())
        .isZero();

    assertThat(robot.dpiDelegationsAltinn3(FJORDVIK, VISMA)).isEqualTo(1);
    assertThat(robot.dpiRightsAltinn2(FJORDVIK, DIGDIR)).isEqualTo(1);
  }

  @Test
  void anExpiredSessionMeansANewLoginAndTheRobotCatchesUp() throws IOException {
    faults("{\"sesjonUtløperEtterForespørsler\": 8, \"sesjonUtløperAntallGanger\": 1}");

    assertThat(robot.run(FJORDVIK, "utfør", "--orgnr", VISMA)).isZero();

    assertThat(robot.dpiDelegationsAltinn3(FJORDVIK, VISMA)).isEqualTo(1);
    assertThat(robot.logs()).contains("Altinn logget roboten ut underveis");
  }

  @Test
  void aLostAnswerToAChangeIsReadBackAndNeverRepeatedBlindly() throws IOException {
    faults("{\"mistSvarPåNesteEndring\": 1}");
    assertThat(robot.run(FJORDVIK, "utfør", "--orgnr", VISMA)).isZero();
    assertThat(robot.dpiDelegationsAltinn3(FJORDVIK, VISMA)).isEqualTo(1);

    faults("{\"mistSvarPåNesteEndring\": 1}");
    assertThat(robot.run(FJORDVIK, "utfør", "--generasjon", "altinn2", "--orgnr", DIGDIR)).isZero();
    assertThat(robot.dpiRightsAltinn2(FJORDVIK, DIGDIR)).isEqualTo(1);

    assertThat(robot.logs())
        .contains("Altinn svarte med en feil etter endringen")
        .contains("Roboten leser hva som faktisk ble lagret");
  }
}
