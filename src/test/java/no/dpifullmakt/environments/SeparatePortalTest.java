package no.dpifullmakt.environments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.dpifullmakt.LentBrowser;
import no.dpifullmakt.TimedRuns;
import no.dpifullmakt.browser.BrowserPool;
import no.dpifullmakt.cli.Console;
import no.dpifullmakt.practiceportal.LoopbackProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The robot against a practice portal that runs as its own process, through a person's own
 * environment file, and then through a plain HTTP proxy: the same as against the embedded one.
 */
class SeparatePortalTest {

  private static SeparatePracticePortal portal;
  private static final Map<String, String> VARIABLES = Map.of("DPI_TESTID_FNR", "12857610030");

  @TempDir Path folder;

  @BeforeAll
  static void startPortal() throws Exception {
    portal = SeparatePracticePortal.start();
  }

  @AfterAll
  static void stopPortal() {
    BrowserPool.closeAll();
    portal.close();
  }

  private Path environment(String name, String base, String... extra) throws IOException {
    List<String> lines =
        new ArrayList<>(
            List.of(
                "# Øvingsportalen, startet for seg: " + base,
                "navn = " + name,
                "generasjon = altinn3",
                "altinn2.adresse = " + base,
                "altinn3.adresse = " + base + "/accessmanagement/ui",
                "innlogging = testid",
                "testid.variabel = DPI_TESTID_FNR",
                "aktør = 315260183"));
    lines.addAll(List.of(extra));
    return Files.write(folder.resolve(name + ".miljo"), lines);
  }

  private int run(Path environment, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--miljo", environment.toString(), "--rapportmappe", folder.toString()));
    return TimedRuns.run(
        new Console(VARIABLES::get, System.in, System.out), all.toArray(String[]::new));
  }

  private String logs() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path log : files.filter(p -> p.getFileName().toString().equals("robot.log")).toList()) {
        all.append(Files.readString(log));
      }
    }
    return all.toString();
  }

  @Test
  void bothGenerationsWorkAgainstAPortalStartedSeparately() throws IOException {
    Path local = environment("lokalt-speil", portal.address().toString());

    // One browser for both runs (each reads the right back before it says «Gitt nå»); the run
    // behind the proxy needs a browser of its own.
    try (LentBrowser browser = LentBrowser.toThisThread()) {
      assertThat(run(local, "utfør", "--orgnr", "980858073")).isZero();
      assertThat(run(local, "utfør", "--generasjon", "altinn2", "--orgnr", "991825827")).isZero();
    }

    assertThat(logs())
        .contains("Gitt nå: Visma Software International AS (980 858 073)")
        .contains("Gitt nå: DIGITALISERINGSDIREKTORATET (991 825 827)");
  }

  @Test
  void theSameRunWorksBehindAPlainHttpProxy() throws IOException {
    try (LoopbackProxy proxy = new LoopbackProxy("ovingsportal.test", portal.address().getPort())) {
      Path behindProxy =
          environment(
              "bak-proxy",
              "http://ovingsportal.test:8080",
              "proxy = http://127.0.0.1:" + proxy.port());

      assertThat(run(behindProxy, "utfør", "--orgnr", "971032146")).isZero();

      assertThat(proxy.forwarded())
          .extracting(LoopbackProxy.Forwarded::host)
          .contains("ovingsportal.test:8080");
      assertThat(logs()).contains("Gitt nå: Kommunesektorens Organisasjon (971 032 146)");
    }
  }
}
