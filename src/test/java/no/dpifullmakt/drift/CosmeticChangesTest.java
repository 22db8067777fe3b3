package no.dpifullmakt.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.dpifullmakt.browser.BrowserPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not everything that changes is drift: with only cosmetic changes the robot passes, and the
 * fingerprint comparison lists what changed without failing (exit code 0).
 */
class CosmeticChangesTest {

  private static DriftPortal portal;

  @TempDir Path reports;

  @BeforeAll
  static void startPortal() {
    portal = DriftPortal.start();
  }

  @AfterAll
  static void stop() {
    portal.close();
    BrowserPool.closeAll();
  }

  @BeforeEach
  void freshPortal() {
    portal.reset();
  }

  private CliRun giveWith(String change, String generation) {
    portal.change(change);
    return CliRun.of(
        Map.of("DPI_OVELSESPORTAL", portal.baseUrl().toString()),
        reports,
        "utfør",
        "--generasjon",
        generation,
        "--rapportmappe",
        reports.toString());
  }

  private CliRun compare(CliRun run, String change) throws IOException {
    CliRun comparison =
        CliRun.of(
            Map.of(), reports, "fingeravtrykk", "sammenlign", "--kjøring", run.folder().toString());
    Path kept = Path.of("target", "drift-diagnoser");
    Files.createDirectories(kept);
    Files.writeString(kept.resolve(change + "-sammenligning.txt"), comparison.out());
    return comparison;
  }

  @Test
  void altinn3sCosmeticChangesAreListedButDoNotFail() throws IOException {
    CliRun run = giveWith("a3-kosmetisk", "altinn3");
    assertThat(run.exit()).as("roboten kommer gjennom").isZero();
    assertThat(run.has("veiledning.html")).isTrue();

    CliRun comparison = compare(run, "a3-kosmetisk");

    assertThat(comparison.exit()).as("bare kosmetiske endringer").isZero();
    assertThat(comparison.out())
        .contains("med grunnlinjen fingeravtrykk/altinn3.json")
        .contains("LAGT TIL  knappen «Skriv ut»")
        .contains("lenken «Driftsstatus»")
        .contains("lenken «Les mer om nye Altinn.»")
        .contains("men ingen i noe roboten bruker")
        .doesNotContain("(roboten bruker den)");
  }

  @Test
  void altinn2sCosmeticChangesAreListedButDoNotFail() throws IOException {
    CliRun run = giveWith("a2-kosmetisk", "altinn2");
    assertThat(run.exit()).as("roboten kommer gjennom").isZero();

    CliRun comparison = compare(run, "a2-kosmetisk");

    assertThat(comparison.exit()).isZero();
    assertThat(comparison.out())
        .contains("med grunnlinjen fingeravtrykk/altinn2.json")
        .contains("LAGT TIL  lenken «Personvern»")
        .doesNotContain("(roboten bruker den)");
  }
}
