package no.dpifullmakt.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.dpifullmakt.LentBrowser;
import no.dpifullmakt.report.fingerprint.Baselines;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The baselines in {@code fingeravtrykk/} are what the robot sees today: give, check and remove,
 * one after another on the same practice portal (so every step of every command is seen, also the
 * supplier that is already listed), make the repository's fingerprint, with not one element the
 * robot uses more or less (other elements are reported, since parts of a page that load on their
 * own may be caught before they have come). The fingerprint is put together with the robot's own
 * {@code fingeravtrykk oppdater} and compared with {@code fingeravtrykk sammenlign}, as a person
 * would.
 *
 * <p>When the robot's steps or the practice portal change on purpose, the same runs write the
 * baselines anew:
 *
 * <pre>./mvnw -B test -Dnettleser.sjekk.skip=true -Dtest=BaselineFingerprintsTest
 *     -Dfingeravtrykk.oppdater=true</pre>
 *
 * <p>The comparison lands in {@code target/fingeravtrykk-GENERATION.txt}: with {@code
 * -Pnyeste-komponenter} it says what a new version of Altinn's component library would change for
 * the robot.
 */
class BaselineFingerprintsTest {

  private static final boolean UPDATE = Boolean.getBoolean("fingeravtrykk.oppdater");
  private static final List<String> COMMANDS = List.of("utfør", "kontroller", "fjern");

  @TempDir static Path reports;

  /** The three runs one after another, on one lent browser, against a portal of their own. */
  private static List<CliRun> giveCheckAndRemove(String generation) throws IOException {
    Path folder = Files.createDirectories(reports.resolve(generation));
    List<CliRun> done = new ArrayList<>();
    try (DriftPortal portal = DriftPortal.start();
        LentBrowser browser = LentBrowser.toThisThread()) {
      Map<String, String> environment = Map.of("DPI_OVELSESPORTAL", portal.baseUrl().toString());
      for (String command : COMMANDS) {
        CliRun run =
            CliRun.of(
                environment,
                folder,
                command,
                "--generasjon",
                generation,
                "--rapportmappe",
                folder.toString());
        done.add(run);
        if (run.exit() != 0) {
          break;
        }
      }
    }
    return done;
  }

  @ParameterizedTest
  @ValueSource(strings = {"altinn3", "altinn2"})
  void giveCheckAndRemoveSeeWhatTheBaselineHolds(String generation) throws Exception {
    Path fresh = reports.resolve(generation + ".json");
    List<CliRun> done = giveCheckAndRemove(generation);
    for (int i = 0; i < done.size(); i++) {
      CliRun run = done.get(i);
      assertThat(run.exit())
          .as("%s %s\n%s%s", COMMANDS.get(i), generation, run.out(), run.err())
          .isZero();
      CliRun update =
          CliRun.of(
              Map.of(),
              reports,
              "fingeravtrykk",
              "oppdater",
              "--kjøring",
              run.folder().toString(),
              "--grunnlinje",
              fresh.toString());
      assertThat(update.exit()).as(update.out() + update.err()).isZero();
    }

    Path baseline = Baselines.inRepository(generation);
    if (UPDATE) {
      Files.createDirectories(baseline.getParent());
      Files.copy(fresh, baseline, StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    CliRun comparison =
        CliRun.of(
            Map.of(),
            reports,
            "fingeravtrykk",
            "sammenlign",
            "--kjøring",
            fresh.toString(),
            "--grunnlinje",
            baseline.toString());
    Files.writeString(
        Path.of("target", "fingeravtrykk-" + generation + ".txt"),
        comparison.out() + comparison.err());
    assertThat(comparison.exit()).as(comparison.out() + comparison.err()).isZero();
    assertThat(comparison.out())
        .as(
            "%s\nEr endringen tilsiktet, lag grunnlinjen på nytt med"
                + " -Dfingeravtrykk.oppdater=true (se klassekommentaren).",
            comparison.out())
        // Parts that load on their own (the sidebar fills in after Altinn's access check) may be
        // caught before or after they have come; nothing the robot uses may differ.
        .containsAnyOf("Ingen endringer", "men ingen i noe roboten bruker")
        .doesNotContain("ble ikke kjørt");
  }
}
