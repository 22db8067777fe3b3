package no.dpifullmakt.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Failures told honestly: an error page is loaded again and, if it stays, is Altinn not answering
 * (exit 3); a wrong actor or a missing access package is what the person lacks (exit 6); a refused
 * organisation number is Altinn's own message at once (exit 1). None of them is a changed screen.
 */
class HonestAnswersTest {

  private static final String FJORDVIK = "315260183";
  private static final String NORDFJELL_IKS = "310166138";
  private static final String VISMA = "980858073";
  private static final String OLA_WITHOUT_PACKAGE = "04888110041";

  private static PracticePortal portal;
  private static LentBrowser browser;

  @TempDir Path folder;
  private RobotAgainstPortal robot;

  @BeforeAll
  static void startPortal() {
    portal = PracticePortal.start(PortalOptions.forTests());
    browser = LentBrowser.toThisThread();
  }

  @AfterAll
  static void stopPortal() {
    browser.close();
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

  @Test
  void aServiceUnavailablePageDuringLoginIsLoadedAgain() throws IOException {
    robot.control().faults("{\"sidefeilAntall\": 1, \"sidefeilStier\": [\"/idporten\"]}");

    assertThat(robot.run(FJORDVIK, "utfør", "--orgnr", VISMA)).isZero();
    assertThat(robot.dpiDelegationsAltinn3(FJORDVIK, VISMA)).isEqualTo(1);
    assertThat(robot.logs()).contains("en feilside (HTTP 503)").contains("Roboten prøver på nytt");
  }

  @Test
  void aServiceUnavailablePageWhenTheAppStartsIsLoadedAgainInBothGenerations() throws IOException {
    robot
        .control()
        .faults("{\"sidefeilAntall\": 1, \"sidefeilStier\": [\"/accessmanagement/ui\"]}");
    assertThat(robot.run(FJORDVIK, "utfør", "--orgnr", VISMA)).isZero();

    robot.control().faults("{\"sidefeilAntall\": 1, \"sidefeilStier\": [\"/ui/\"]}");
    assertThat(robot.run(FJORDVIK, "utfør", "--generasjon", "altinn2", "--orgnr", VISMA)).isZero();

    assertThat(robot.dpiDelegationsAltinn3(FJORDVIK, VISMA)).isEqualTo(1);
    assertThat(robot.dpiRightsAltinn2(FJORDVIK, VISMA)).isEqualTo(1);
  }

  @Test
  void errorPagesThatStayAreAltinnNotAnswering() throws IOException {
    robot
        .control()
        .faults("{\"sidefeilAntall\": 50, \"sidefeilStier\": [\"/accessmanagement/ui\"]}");

    assertThat(robot.run(FJORDVIK, "utfør", "--orgnr", VISMA)).as("avslutningskode").isEqualTo(3);
    assertThat(robot.dpiDelegationsAltinn3(FJORDVIK, VISMA)).isZero();
    assertThat(robot.logs()).contains("Altinn svarte med feil 6 ganger på rad");
  }

  /**
   * Altinn says «Vi fant ikke leverandøren» also when it cannot read the supplier. A supplier in
   * the list whose page never loads is read again from the start, and when that never helps the
   * robot stops with its diagnosis: never «står ikke som leverandør», and never a second Visma.
   */
  @Test
  void aListedSupplierWhosePageNeverLoadsIsNotTakenForNoSupplier() throws IOException {
    robot.control().apply("altinn3-visma-lagt-til", FJORDVIK);
    robot
        .control()
        .faults(
            "{\"lesefeilStier\": [\"/accessmanagement/api/v1/maskinporten/suppliers/"
                + VISMA
                + "\"]}");

    assertThat(robot.run(FJORDVIK, "utfør", "--orgnr", VISMA)).as("avslutningskode").isEqualTo(4);
    assertThat(robot.logs())
        .contains("men lista har den. Roboten laster Altinn på nytt")
        .contains("leverandørsiden til 980 858 073, som står i lista")
        .doesNotContain("står ikke som leverandør")
        .contains("Ingenting ble endret i Altinn.");
    assertThat(robot.dpiDelegationsAltinn3(FJORDVIK, VISMA)).isZero();
  }

  @Test
  void anActorThePersonCannotActForIsSaidPlainly() throws IOException {
    assertThat(robot.run(NORDFJELL_IKS, "kontroller", "--orgnr", VISMA)).isEqualTo(6);
    assertThat(robot.logs())
        .contains("kan ikke handle for virksomheten 310 166 138")
        .doesNotContain("Skjermbildet har endret seg");
  }

  @Test
  void aPersonWithoutTheMaskinportenPackageIsToldWhatIsMissing() throws IOException {
    assertThat(robot.runAs(OLA_WITHOUT_PACKAGE, NORDFJELL_IKS, "kontroller", "--orgnr", VISMA))
        .isEqualTo(6);
    assertThat(robot.logs())
        .contains("tilgangspakken «Maskinporten administrator»")
        .doesNotContain("Altinn3Bokmal.java");
  }

  @Test
  void anUnknownNumberGetsAltinnsMessageAtOnce() throws IOException {
    assertThat(robot.run(FJORDVIK, "utfør", "--orgnr", "312345676", "--navn", "ukje")).isEqualTo(1);
    String logs = robot.logs();
    assertThat(logs)
        .contains(
            "Fant ingen organisasjon med dette organisasjonsnummeret. Vennligst sjekk at"
                + " informasjonen er korrekt.");
    assertThat(secondsOfStep(logs, "Skriv organisasjonsnummeret 312345676")).isLessThan(5.0);
  }

  @Test
  void theActorsOwnNumberIsRefusedBeforeAnythingStarts() throws IOException {
    // Altinn's own answer to this («Du kan ikke gi tilgang til eget organisasjonsnummer») is shown
    // by the feature «Virksomhetens eget organisasjonsnummer»; the command line never gets there.
    int browsersBefore = BrowserPool.starts();

    assertThat(robot.run(FJORDVIK, "utfør", "--orgnr", FJORDVIK, "--navn", "fjor")).isEqualTo(2);
    assertThat(BrowserPool.starts()).isEqualTo(browsersBefore);
  }

  /** The time the progress line gives a step: «Steg 4 av 10: Skriv … (0,4 s)». */
  private static double secondsOfStep(String logs, String step) {
    Matcher time = Pattern.compile(Pattern.quote(step) + ".*\\((\\d+),(\\d) s\\)").matcher(logs);
    assertThat(time.find()).as("steget «%s» i loggen", step).isTrue();
    return Double.parseDouble(time.group(1) + "." + time.group(2));
  }
}
