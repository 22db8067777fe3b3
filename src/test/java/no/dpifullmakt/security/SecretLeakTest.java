package no.dpifullmakt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import no.dpifullmakt.LentBrowser;
import no.dpifullmakt.TimedRuns;
import no.dpifullmakt.browser.BrowserPool;
import no.dpifullmakt.cli.Console;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full tt02-style run (TestID, the number from an environment variable) on the practice portal,
 * then a search of every file the run wrote: the number and the session cookie are nowhere, and
 * every file lies inside the report folder with a safe name.
 */
class SecretLeakTest {

  private static final String SYNTHETIC_PID = "12857610030";
  private static PracticePortal portal;

  @TempDir Path folder;

  /** The browser's own environment is ChildProcessSecretsTest's; these runs share the JVM's. */
  private static LentBrowser browser;

  @BeforeAll
  static void startPortal() {
    portal = PracticePortal.start(PortalOptions.forTests());
    browser = LentBrowser.toThisThread();
  }

  @AfterAll
  static void stopPortal() {
    browser.close();
    BrowserPool.closeAll();
    portal.close();
  }

  @Test
  void neitherTheNumberNorTheCookiesAppearInAnythingTheRunWrote() throws IOException {
    Path reports = folder.resolve("rapporter");
    Path environment =
        Files.write(
            folder.resolve("tt02-lik.miljo"),
            List.of(
                "navn = tt02-lik",
                "generasjon = altinn3",
                "altinn2.adresse = " + portal.baseUrl(),
                "altinn3.adresse = " + portal.baseUrl() + "/accessmanagement/ui",
                "innlogging = testid",
                "testid.variabel = DPI_TESTID_FNR",
                "aktør = 315260183"));
    Console console =
        new Console(Map.of("DPI_TESTID_FNR", SYNTHETIC_PID)::get, System.in, System.out);

    int altinn3 =
        TimedRuns.run(
            console,
            "utfør",
            "--miljo",
            environment.toString(),
            "--rapportmappe",
            reports.toString());
    List<String> secrets = List.of(SYNTHETIC_PID);
    int altinn2 =
        TimedRuns.run(
            console,
            "utfør",
            "--generasjon",
            "altinn2",
            "--miljo",
            environment.toString(),
            "--rapportmappe",
            reports.toString());

    assertThat(altinn3).isZero();
    assertThat(altinn2).isZero();
    List<Path> written;
    try (Stream<Path> files = Files.walk(reports)) {
      written = files.filter(Files::isRegularFile).toList();
    }
    assertThat(written).hasSizeGreaterThan(10);
    for (Path file : written) {
      String name = file.getFileName().toString();
      assertThat(name).as("filnavn").matches("[\\p{L}\\p{N}._-]+");
      assertThat(file.toAbsolutePath().normalize()).startsWith(reports.toAbsolutePath());
      String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      String utf8 = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      for (String secret : secrets) {
        assertThat(name).doesNotContain(secret);
        assertThat(content)
            .as("%s i %s", secret.length() > 11 ? "informasjonskapsel" : "fødselsnummer", name)
            .doesNotContain(secret);
        assertThat(utf8).doesNotContain(secret);
      }
      // The robot never reads the browser's cookies, so neither their names nor their tokens
      // can reach a report; these are the portal's session cookie and the headers that carry one.
      assertThat(utf8.toLowerCase(Locale.ROOT))
          .as("informasjonskapsler i %s", name)
          .doesNotContain(".aspxauth")
          .doesNotContain("set-cookie")
          .doesNotContain("cookie:")
          .doesNotContain("x-csrf-token");
    }
    long bytes = 0;
    for (Path file : written) {
      bytes += Files.size(file);
    }
    String report =
        String.format(
            Locale.ROOT,
            "Hemmelighetssøk: %d filer (%d byte) skrevet av to kjøringer, 0 treff%n",
            written.size(),
            bytes);
    System.out.print(report);
    Files.writeString(Path.of("target", "hemmelighetssok-rapport.txt"), report);
  }
}
