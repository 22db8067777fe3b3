package no.dpifullmakt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import no.dpifullmakt.LentBrowser;
import no.dpifullmakt.TimedRuns;
import no.dpifullmakt.browser.BrowserPool;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a person uses it, against the embedded practice portal. */
class CommandLineTest {

  @TempDir Path reports;

  /** Starting the browser is tested elsewhere; these runs share the test JVM's one. */
  private static LentBrowser browser;

  @BeforeEach
  void lendBrowser() {
    browser = LentBrowser.toThisThread();
  }

  @AfterEach
  void takeBackBrowser() {
    browser.close();
  }

  @AfterAll
  static void closeBrowsers() {
    BrowserPool.closeAll();
  }

  private record Run(int exit, String err) {}

  private Run run(String... args) {
    return runWith(Map.of(), args);
  }

  private Run runWith(Map<String, String> environment, String... args) {
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int exit = TimedRuns.run(new Console(environment::get, System.in, System.out), args);
      return new Run(exit, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(original);
    }
  }

  private String runLog() throws IOException {
    try (Stream<Path> files = Files.walk(reports)) {
      Path log =
          files
              .filter(p -> p.getFileName().toString().equals("robot.log"))
              .findFirst()
              .orElseThrow();
      return Files.readString(log);
    }
  }

  @Test
  void givesTheRightWithTheLettersTwelveStepsAndExitsZero() throws IOException {
    Run run = run("utfør", "--generasjon", "altinn2", "--rapportmappe", reports.toString());

    assertThat(run.exit()).isZero();
    String log = runLog();
    assertThat(log)
        .contains("Steg 1 av 12: Klikk på \"Profil\" i toppmenyen")
        .contains("Steg 5 av 12: Legg inn organisasjonsnummeret 980858073 i feltet \"Org.nr.\"")
        .contains("Steg 12 av 12: Klikk på \"Ferdig\"")
        .contains("Gitt nå: VISMA SOFTWARE INTERNATIONAL AS (980 858 073)")
        .contains("(avslutningskode 0)");
    try (Stream<Path> files = Files.walk(reports)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains(
              "cucumber.html",
              "cucumber.json",
              "cucumber.xml",
              "cucumber.ndjson",
              "kjøring.feature");
    }
  }

  @Test
  void aMissingRightMakesKontrollerExitOne() throws IOException {
    Run run =
        run(
            "kontroller",
            "--generasjon",
            "altinn2",
            "--orgnr",
            "991825827",
            "--navn",
            "digi",
            "--rapportmappe",
            reports.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(runLog()).contains("Mangler").contains("(avslutningskode 1)");
  }

  @Test
  void aBadOrganisationNumberStopsBeforeAnyBrowserStarts() {
    browser.close(); // no lent browser: a run that went on would have to start one
    int browsersBefore = BrowserPool.starts();

    Run run =
        run(
            "utfør",
            "--orgnr",
            "980858074",
            "--navn",
            "vism",
            "--rapportmappe",
            reports.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("Organisasjonsnummeret «980858074» er ugyldig: kontrollsifferet");
    assertThat(BrowserPool.starts()).isEqualTo(browsersBefore);
  }

  @Test
  void tt02WithoutTheIdentityNumberStopsBeforeAnyBrowserStarts() {
    browser.close(); // no lent browser: a run that went on would have to start one
    int browsersBefore = BrowserPool.starts();

    Run run = run("kontroller", "--miljo", "tt02", "--aktor", "312787075");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Miljøvariabelen DPI_TESTID_FNR er ikke satt");
    assertThat(BrowserPool.starts()).isEqualTo(browsersBefore);
  }

  @Test
  void tt02WithTheIdentityNumberGoesToTheRealLoginAndNeverShowsTheNumber() throws IOException {
    String synthetic = "23916910053";
    Run run =
        runWith(
            Map.of("DPI_TESTID_FNR", synthetic),
            "kontroller",
            "--miljo",
            "tt02",
            "--aktor",
            "312787075",
            "--ventetid",
            "5",
            "--rapportmappe",
            reports.toString());

    // Nothing here reaches Altinn: the run stops, but only after heading for tt02's login.
    assertThat(run.exit()).isNotZero();
    assertThat(runLog())
        .contains("Logger inn via TestID fra https://am.ui.tt02.altinn.no/accessmanagement/ui/");
    assertThat(run.err()).doesNotContain(synthetic);
    try (Stream<Path> files = Files.walk(reports)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(file.getFileName().toString()).doesNotContain(synthetic);
        assertThat(Files.readString(file)).as("innholdet i %s", file).doesNotContain(synthetic);
      }
    }
  }

  @Test
  void aScreenTheRobotDoesNotRecogniseExitsFour() throws IOException {
    try (PracticePortal portal = PracticePortal.start(PortalOptions.forTests())) {
      // An environment that sends the Altinn 2 robot to Altinn 3's pages: nothing it knows is
      // there.
      Path environment = reports.resolve("feil-side.miljo");
      Files.writeString(
          environment,
          String.join(
              "\n",
              "navn = feil-side",
              "generasjon = altinn2",
              "altinn2.adresse = " + portal.baseUrl() + "/accessmanagement/ui",
              "innlogging = testid",
              "testid.variabel = DPI_TESTID_FNR",
              "aktør = 315260183"));

      Run run =
          runWith(
              Map.of("DPI_TESTID_FNR", "12857610030"),
              "utfør",
              "--miljo",
              environment.toString(),
              "--ventetid",
              "3",
              "--rapportmappe",
              reports.toString());

      assertThat(run.exit()).isEqualTo(4);
      assertThat(runLog()).contains("Skjermbildet har endret seg: fant ikke lenken «profil»");
    }
  }
}
