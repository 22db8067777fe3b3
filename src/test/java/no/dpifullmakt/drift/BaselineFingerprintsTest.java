package no.dpifullmakt.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.dpifullmakt.browser.BrowserPool;
import no.dpifullmakt.report.fingerprint.Baselines;
import no.dpifullmakt.report.fingerprint.Fingerprint;
import no.dpifullmakt.report.fingerprint.FingerprintBuilder;
import no.dpifullmakt.report.fingerprint.FingerprintJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Makes the baselines in {@code fingeravtrykk/} from runs on the practice portal: give, check and
 * remove, one after another on the same portal, so every step of every command is seen (also the
 * supplier that is already listed). Run it when the robot's steps or the practice portal change:
 *
 * <pre>./mvnw -B test -Dnettleser.sjekk.skip=true -Dtest=BaselineFingerprintsTest
 *     -Dfingeravtrykk.oppdater=true</pre>
 */
@EnabledIfSystemProperty(named = "fingeravtrykk.oppdater", matches = "true")
class BaselineFingerprintsTest {

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

  @ParameterizedTest
  @ValueSource(strings = {"altinn3", "altinn2"})
  void writesTheBaselineFromGiveCheckAndRemove(String generation) throws IOException {
    portal.reset();
    Map<String, String> environment = Map.of("DPI_OVELSESPORTAL", portal.baseUrl().toString());
    FingerprintBuilder baseline = new FingerprintBuilder();
    String source = null;
    for (String command : new String[] {"utfør", "kontroller", "fjern"}) {
      CliRun run =
          CliRun.of(
              environment,
              reports,
              command,
              "--generasjon",
              generation,
              "--rapportmappe",
              reports.toString());
      assertThat(run.exit()).as("%s %s", command, generation).isZero();
      Fingerprint print = FingerprintJson.read(run.folder().resolve("fingeravtrykk.json"));
      print.steps().forEach(step -> baseline.add(step.feature(), step.step(), step.pages()));
      source = print.source();
    }
    Path file = Baselines.inRepository(generation);
    Files.createDirectories(file.getParent());
    FingerprintJson.write(baseline.build(generation, source, true), file);
  }
}
