package no.dpifullmakt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.stream.Stream;
import no.dpifullmakt.LentBrowser;
import no.dpifullmakt.TimedRuns;
import no.dpifullmakt.browser.BrowserPool;
import no.dpifullmakt.practiceportal.memory.StateStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's runs in the default environment {@code ovelse}, each starting its own embedded
 * practice portal: the portal remembers what the previous run did, in the data folder (here a
 * temporary one), unless the run asks it to start afresh.
 */
class PracticePortalMemoryTest {

  private static final String FRESH = "Øvingsportalen starter med nye, oppdiktede data.";
  private static final String KEPT =
      "Øvingsportalen husker det som ble gjort i tidligere kjøringer (lagret i ";

  @TempDir Path data;
  @TempDir Path reports;

  /** Starting the browser is tested elsewhere; these runs share the test JVM's one. */
  private static LentBrowser browser;

  @BeforeAll
  static void lendBrowser() {
    browser = LentBrowser.toThisThread();
  }

  @AfterAll
  static void closeBrowsers() {
    browser.close();
    BrowserPool.closeAll();
  }

  private Map<String, String> environment() {
    return Map.of("DPI_DATAMAPPE", data.toString());
  }

  private int run(String name, String... args) {
    String[] all =
        Stream.concat(Stream.of(args), Stream.of("--rapportmappe", folder(name)))
            .toArray(String[]::new);
    return TimedRuns.run(new Console(environment()::get, System.in, System.out), all);
  }

  private String folder(String name) {
    return reports.resolve(name).toString();
  }

  private String log(String name) throws IOException {
    try (Stream<Path> files = Files.walk(reports.resolve(name))) {
      return Files.readString(
          files
              .filter(p -> p.getFileName().toString().equals("robot.log"))
              .findFirst()
              .orElseThrow());
    }
  }

  @Test
  void giveThenCheckFindsTheRightAndAFreshStartDoesNot() throws IOException {
    assertThat(run("1-utfor", "utfør")).isZero();
    assertThat(log("1-utfor")).contains(FRESH);

    assertThat(run("2-kontroller", "kontroller")).isZero();
    assertThat(log("2-kontroller"))
        .contains(KEPT + data.toAbsolutePath() + "). Start på nytt med --nullstill-ovingsportal.")
        .contains("(avslutningskode 0)");

    assertThat(run("3-nullstilt", "kontroller", "--nullstill-ovingsportal")).isEqualTo(1);
    assertThat(log("3-nullstilt")).contains(FRESH).doesNotContain(KEPT);

    // The fresh start is kept too: the next run finds the seed, not the right given before.
    assertThat(run("4-kontroller", "kontroller")).isEqualTo(1);
  }

  @Test
  void aRunAndTheStandalonePortalSaySoWhenAnotherRunUsesTheKeptState() throws IOException {
    StateStore.open(data, false).close();
    String inUse =
        "Feil: Øvingsportalens lagrede data i "
            + data.toAbsolutePath()
            + " er i bruk av en annen kjøring av dpi-fullmakt. Vent til den er ferdig, og prøv"
            + " igjen.";
    // Another run holds the file lock, as H2 does while a run has the kept state open.
    try (FileChannel file =
            FileChannel.open(
                data.resolve("ovingsportal.mv.db"),
                StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock = file.lock()) {
      PrintStream original = System.err;
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      try {
        assertThat(run("laast", "kontroller")).isEqualTo(2);
        assertThat(
                TimedRuns.run(
                    new Console(environment()::get, System.in, System.out),
                    "øvingsportal",
                    "--uten-nettleser",
                    "--nullstill"))
            .isEqualTo(2);
      } finally {
        System.setErr(original);
      }
      assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(inUse, inUse);
    }
  }
}
