package no.dpifullmakt.supervised;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.dpifullmakt.TestDisplay;
import no.dpifullmakt.TimedRuns;
import no.dpifullmakt.browser.BrowserPool;
import no.dpifullmakt.cli.Console;
import no.dpifullmakt.features.PracticePortalControl;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Assisted mode in a real, visible Chromium on a virtual screen: the person logs in by hand, the
 * robot asks before it gives the right, and the person answers yes, no, or closes the window.
 */
class AssistedModeTest {

  private static final String DAGLIG_LEDER = "12857610030";
  private static final String FJORDVIK = "315260183";
  private static final String DPI_API = "digdir-dpi-send";

  private static PracticePortal portal;
  private static PracticePortalControl control;

  @TempDir Path folder;

  private PipedOutputStream keyboard;
  private ByteArrayOutputStream screen;
  private Path environmentFile;
  private final ExecutorService runner = Executors.newSingleThreadExecutor();
  private CompletableFuture<Integer> run;

  @BeforeAll
  static void startPortal() {
    BrowserPool.closeAll();
    TestDisplay.ensure();
    portal = PracticePortal.start(PortalOptions.forTests());
    control = new PracticePortalControl(portal.baseUrl());
  }

  @AfterAll
  static void stopPortal() {
    BrowserPool.closeAll();
    portal.close();
  }

  @BeforeEach
  void freshStateAndEnvironment() throws IOException {
    control.reset();
    environmentFile = folder.resolve("lokal-ovingsportal.miljo");
    Files.writeString(
        environmentFile,
        String.join(
            "\n",
            "navn = lokal-ovingsportal",
            "beskrivelse = Øvingsportalen, startet for testen",
            "generasjon = altinn3",
            "altinn2.adresse = " + portal.baseUrl(),
            "altinn3.adresse = " + portal.baseUrl() + "/accessmanagement/ui",
            "innlogging = testid",
            "testid.variabel = DPI_TESTID_FNR",
            "aktør = " + FJORDVIK));
  }

  @AfterEach
  void closeBrowsers() throws IOException {
    if (keyboard != null) {
      keyboard.close();
    }
    BrowserPool.closeAll();
    runner.shutdownNow();
  }

  private CompletableFuture<Integer> startAssistedRun() throws IOException {
    keyboard = new PipedOutputStream();
    PipedInputStream typed = new PipedInputStream(keyboard);
    screen = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
    Console console = new Console(Map.<String, String>of()::get, typed, out);
    // A thread of its own: the shared pool has one thread on a 2-core machine, and other tests use
    // it.
    return CompletableFuture.supplyAsync(
        () ->
            TimedRuns.run(
                console,
                "utfør",
                "--assistert",
                "--miljo",
                environmentFile.toString(),
                "--tempo",
                "0.1",
                "--rapportmappe",
                folder.resolve("rapporter").toString()),
        runner);
  }

  private void waitForQuestion() {
    new FluentWait<>(this)
        .withTimeout(Duration.ofSeconds(90))
        .pollingEvery(Duration.ofMillis(200))
        .until(t -> screen.toString(StandardCharsets.UTF_8).contains("BEKREFT:") ? true : null);
  }

  private void type(String line) throws IOException {
    keyboard.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    keyboard.flush();
  }

  private PersonAtTheKeyboard personLogsIn() {
    PersonAtTheKeyboard person =
        new PersonAtTheKeyboard()
            .waitForBrowserShowing(
                d -> d.getCurrentUrl().contains("/idporten/login"),
                () -> {
                  if (run.isDone()) {
                    throw new AssertionError(
                        "Kjøringen stoppet før nettleseren viste innloggingen (avslutningskode "
                            + run.getNow(-1)
                            + "):\n"
                            + screen.toString(StandardCharsets.UTF_8));
                  }
                });
    person.logIn(DAGLIG_LEDER, FJORDVIK);
    return person;
  }

  private String runLog() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return Files.readString(
          files
              .filter(p -> p.getFileName().toString().equals("robot.log"))
              .findFirst()
              .orElseThrow());
    }
  }

  private String state() {
    return control.get("/ovelse/test/altinn3/tilstand?aktor=" + FJORDVIK);
  }

  @Test
  void thePersonLogsInAndSaysYesInTheTerminal() throws Exception {
    run = startAssistedRun();
    personLogsIn();
    waitForQuestion();
    assertThat(state()).doesNotContain(DPI_API);

    type("ja");

    assertThat(run.get(120, TimeUnit.SECONDS)).isZero();
    assertThat(screen.toString(StandardCharsets.UTF_8))
        .contains("INNLOGGING: Logg inn selv")
        .contains(
            "BEKREFT: Legge til VISMA SOFTWARE INTERNATIONAL AS (980 858 073) som leverandør og"
                + " gi den fullmakt til API-et «Digital post til innbyggere» på vegne av"
                + " virksomheten 315 260 183?");
    assertThat(screen.toString(StandardCharsets.UTF_8).split("BEKREFT:", -1))
        .as("one question for both changes")
        .hasSize(2);
    assertThat(state()).contains(DPI_API);
    assertThat(runLog())
        .contains("Gitt nå: Visma Software International AS")
        .contains(
            "Altinn ble endret: Visma Software International AS (980 858 073) lagt til som"
                + " leverandør; Visma Software International AS (980 858 073): «Digital post til"
                + " innbyggere» gitt.");
  }

  @Test
  void aPersonWhoReadsAltinnInEnglishIsAskedInNorwegianAndAnswersInThePage() throws Exception {
    control.language(DAGLIG_LEDER, "en");
    run = startAssistedRun();
    PersonAtTheKeyboard person = personLogsIn();
    waitForQuestion();
    assertThat(state()).doesNotContain(DPI_API);

    person.pressInOverlay("Ja, gjør det");

    assertThat(run.get(120, TimeUnit.SECONDS)).isZero();
    assertThat(screen.toString(StandardCharsets.UTF_8))
        .contains(
            "BEKREFT: Legge til VISMA SOFTWARE INTERNATIONAL AS (980 858 073) som leverandør");
    assertThat(state()).contains(DPI_API);
    assertThat(runLog())
        .contains("Skjermbildene var på engelsk.")
        .contains("Gitt nå: Visma Software International AS");
  }

  @Test
  void thePersonSaysNoInThePageAndNothingIsGiven() throws Exception {
    run = startAssistedRun();
    PersonAtTheKeyboard person = personLogsIn();
    waitForQuestion();

    person.pressInOverlay("Nei, stopp");

    assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(5);
    assertThat(runLog())
        .contains("Du svarte nei: roboten stoppet før endringen. Ingenting ble endret.")
        .contains("Ingenting ble endret i Altinn.");
    assertThat(state()).doesNotContain(DPI_API);
  }

  /** The terminal's answer is read in the «ja» test, and «nei» in the page's; both with -Plange. */
  @Tag("lang")
  @Test
  void thePersonSaysNoInTheTerminal() throws Exception {
    run = startAssistedRun();
    personLogsIn();
    waitForQuestion();

    type("nei");

    assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(5);
    assertThat(state()).doesNotContain(DPI_API);
  }

  @Test
  void closingTheWindowStopsCleanlyAndSaysHowFarItGot() throws Exception {
    run = startAssistedRun();
    PersonAtTheKeyboard person = personLogsIn();
    waitForQuestion();

    person.closeTheWindow();

    assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(5);
    assertThat(runLog())
        .contains(
            "Nettleservinduet ble lukket under Steg 7 av 12: Klikk på \"Legg til virksomhet\"")
        .contains("Ingenting ble endret i Altinn.");
    assertThat(state()).doesNotContain(DPI_API);
  }
}
