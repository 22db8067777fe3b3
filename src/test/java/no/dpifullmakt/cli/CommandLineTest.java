package no.dpifullmakt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import no.dpifullmakt.browser.BrowserPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a person uses it, against the embedded practice portal. */
class CommandLineTest {

  @TempDir Path reports;

  @AfterAll
  static void closeBrowsers() {
    BrowserPool.closeAll();
  }

  private record Run(int exit, String err) {}

  private Run run(String... args) {
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int exit = Main.run(args);
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
}
