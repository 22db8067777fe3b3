package no.dpifullmakt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import no.dpifullmakt.TimedRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The altinn3 flow through a real Selenium Grid on loopback. */
class SeleniumGridTest {

  @TempDir Path reports;

  @AfterEach
  void closeBrowsers() {
    BrowserPool.closeAll();
  }

  @Test
  void givesTheRightThroughTheGrid() throws IOException {
    SystemEnvironment machine = SystemEnvironment.current();
    Path chromium =
        BrowserKind.CHROME.programNames().stream()
            .map(machine::onPath)
            .flatMap(Optional::stream)
            .findFirst()
            .orElseThrow();
    Path chromedriver =
        DriverResolver.standard().resolve(BrowserSettings.headlessChrome()).path().orElseThrow();

    try (SeleniumGrid grid = SeleniumGrid.start(chromium, chromedriver)) {
      int exit =
          TimedRuns.run(
              "utfør",
              "--generasjon",
              "altinn3",
              "--grid",
              grid.url().toString(),
              "--rapportmappe",
              reports.toString());

      assertThat(exit).isZero();
      String log;
      try (Stream<Path> files = Files.walk(reports)) {
        log =
            Files.readString(
                files
                    .filter(p -> p.getFileName().toString().equals("robot.log"))
                    .findFirst()
                    .orElseThrow());
      }
      assertThat(log)
          .contains("i Selenium Grid " + grid.url())
          .contains("Steg 11 av 12: Klikk på \"Gi fullmakt\" ved \"Digital post til innbyggere\"")
          .contains("Gitt nå: Visma Software International AS (980 858 073)");
    }
  }
}
