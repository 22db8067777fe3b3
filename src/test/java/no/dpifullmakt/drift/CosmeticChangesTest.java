package no.dpifullmakt.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Not everything that changes is drift: with only cosmetic changes the robot passes, and the
 * fingerprint comparison with the repository's baseline lists what changed without failing (exit
 * code 0).
 */
class CosmeticChangesTest {

  private static CliRun compare(CliRun run, String change) throws IOException {
    CliRun comparison =
        CliRun.of(
            Map.of(),
            run.folder().getParent(),
            "fingeravtrykk",
            "sammenlign",
            "--kjøring",
            run.folder().toString());
    Path kept = Path.of("target", "drift-diagnoser");
    Files.createDirectories(kept);
    Files.writeString(kept.resolve(change + "-sammenligning.txt"), comparison.out());
    return comparison;
  }

  @Test
  void altinn3sCosmeticChangesAreListedButDoNotFail() throws IOException {
    CliRun run = PracticeRuns.of("a3-kosmetisk").run();
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
    CliRun run = PracticeRuns.of("a2-kosmetisk").run();
    assertThat(run.exit()).as("roboten kommer gjennom").isZero();

    CliRun comparison = compare(run, "a2-kosmetisk");

    assertThat(comparison.exit()).isZero();
    assertThat(comparison.out())
        .contains("med grunnlinjen fingeravtrykk/altinn2.json")
        .contains("LAGT TIL  lenken «Personvern»")
        .doesNotContain("(roboten bruker den)");
  }

  @Test
  void aDriftRunsComparisonFailsOnWhatTheRobotReliesOn() throws IOException {
    CliRun run = PracticeRuns.of(PracticeRuns.RELIED_UPON).run();

    CliRun comparison = compare(run, "a3-knapp-omdopt");

    assertThat(comparison.exit()).isEqualTo(4);
    assertThat(comparison.out())
        .contains(
            "FJERNET   knappen «Legg til leverandør»  (roboten lette etter knappen som slutter med"
                + " «Legg til leverandør», men fant den ikke; roboten bruker den)")
        .contains("LAGT TIL  knappen «Ny leverandør»");
  }
}
