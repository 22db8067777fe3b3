package no.dpifullmakt.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.dpifullmakt.report.fingerprint.Baselines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The baselines in {@code fingeravtrykk/} are what the robot sees today: give, check and remove,
 * one after another on the same practice portal (so every step of every command is seen, also the
 * supplier that is already listed), make exactly the repository's fingerprint, not one element more
 * or less. The fingerprint is put together with the robot's own {@code fingeravtrykk oppdater} and
 * compared with {@code fingeravtrykk sammenlign}, as a person would.
 *
 * <p>When the robot's steps or the practice portal change on purpose, the same runs write the
 * baselines anew:
 *
 * <pre>./mvnw -B test -Dnettleser.sjekk.skip=true -Dtest=BaselineFingerprintsTest
 *     -Dfingeravtrykk.oppdater=true</pre>
 */
class BaselineFingerprintsTest {

  private static final boolean UPDATE = Boolean.getBoolean("fingeravtrykk.oppdater");
  private static final List<String> GENERATIONS = List.of("altinn3", "altinn2");
  private static final List<String> COMMANDS = List.of("utfør", "kontroller", "fjern");

  @TempDir static Path reports;

  /**
   * Each generation's three runs, against a portal of its own, side by side in JVMs of their own.
   */
  private static final Map<String, Future<List<CliRun>>> runs = new ConcurrentHashMap<>();

  private static final List<DriftPortal> portals = new ArrayList<>();
  private static ExecutorService pool;

  @BeforeAll
  static void startRuns() {
    pool = Executors.newFixedThreadPool(GENERATIONS.size());
    for (String generation : GENERATIONS) {
      DriftPortal portal = DriftPortal.start();
      portals.add(portal);
      runs.put(generation, pool.submit(() -> giveCheckAndRemove(generation, portal)));
    }
    pool.shutdown();
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
    portals.forEach(DriftPortal::close);
  }

  private static List<CliRun> giveCheckAndRemove(String generation, DriftPortal portal)
      throws IOException {
    Path folder = Files.createDirectories(reports.resolve(generation));
    Map<String, String> environment = Map.of("DPI_OVELSESPORTAL", portal.baseUrl().toString());
    List<CliRun> done = new ArrayList<>();
    for (String command : COMMANDS) {
      CliRun run =
          CliRun.inOwnJvm(
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
    return done;
  }

  @ParameterizedTest
  @ValueSource(strings = {"altinn3", "altinn2"})
  void giveCheckAndRemoveSeeWhatTheBaselineHolds(String generation) throws Exception {
    Path fresh = reports.resolve(generation + ".json");
    List<CliRun> done = runs.get(generation).get();
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
    assertThat(comparison.exit()).as(comparison.out() + comparison.err()).isZero();
    assertThat(comparison.out())
        .as(
            "%s\nEr endringen tilsiktet, lag grunnlinjen på nytt med"
                + " -Dfingeravtrykk.oppdater=true (se klassekommentaren).",
            comparison.out())
        .contains("Ingen endringer")
        .doesNotContain("ble ikke kjørt");
  }
}
