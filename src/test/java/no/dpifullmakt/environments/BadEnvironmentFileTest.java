package no.dpifullmakt.environments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.dpifullmakt.TimedRuns;
import no.dpifullmakt.browser.BrowserPool;
import no.dpifullmakt.cli.Console;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of bad environment file is refused before any browser starts, with one Norwegian
 * sentence that names the file, the line and the field.
 */
class BadEnvironmentFileTest {

  private static final String GOOD =
      String.join(
          "\n",
          "navn = at22",
          "generasjon = altinn3",
          "altinn3.adresse = https://am.ui.at22.altinn.cloud/accessmanagement/ui",
          "innlogging = testid",
          "testid.variabel = DPI_TESTID_FNR",
          "aktør = 315260183");

  @TempDir Path folder;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "et felt mangler | navn = at22 | |" + " , feltet «navn»: feltet mangler.",
        "en ugyldig adresse | altinn3.adresse = https://am.ui.at22.altinn.cloud/accessmanagement/ui"
            + " | altinn3.adresse = am.ui.at22 | , linje 3, feltet «altinn3.adresse»: «am.ui.at22»"
            + " er ikke en gyldig http(s)-adresse.",
        "en ukjent generasjon | generasjon = altinn3 | generasjon = altinn9 |"
            + " , linje 2, feltet «generasjon»: ukjent generasjon; bruk altinn2 eller altinn3.",
        "en ukjent innloggingsmåte | innlogging = testid | innlogging = bankid |"
            + " , linje 4, feltet «innlogging»: ukjent innloggingsmåte; bruk testid, personlig"
            + " eller ingen.",
        "et ukjent felt | aktør = 315260183 | aktor = 315260183 |"
            + " , linje 6, feltet «aktor»: ukjent felt.",
        "en linje uten likhetstegn | aktør = 315260183 | aktør 315260183 |"
            + " , linje 6, feltet «aktør 315260183»: linjen må ha formen «felt = verdi».",
        "et fødselsnummer i filen | testid.variabel = DPI_TESTID_FNR |"
            + " testid.fødselsnummer = 12857610030 | , linje 5, feltet «testid.fødselsnummer»:"
            + " et fødselsnummer hører aldri hjemme i en fil",
        "ingen adresse for generasjonen | generasjon = altinn3 | generasjon = altinn2 |"
            + " , linje 2, feltet «generasjon»: miljøet har ingen adresse for altinn2"
      })
  void isRefusedWithFileLineAndField(String what, String replace, String with, String message)
      throws IOException {
    String text =
        replace.strip().equals("navn = at22") && (with == null || with.isBlank())
            ? GOOD.replace("navn = at22\n", "")
            : GOOD.replace(replace.strip(), with == null ? "" : with.strip());
    Path file = Files.writeString(folder.resolve("at22.miljo"), text);
    int browsersBefore = BrowserPool.starts();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit =
          TimedRuns.run(
              new Console(Map.of("DPI_TESTID_FNR", "12857610030")::get, System.in, System.out),
              "kontroller",
              "--miljo",
              file.toString());
    } finally {
      System.setErr(originalErr);
    }

    String said = err.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(what).isEqualTo(2);
    assertThat(said).as(what).contains("Feil i miljøfilen " + file + message.strip());
    assertThat(said).as(what).doesNotContain("12857610030");
    assertThat(BrowserPool.starts()).as("nettlesere startet").isEqualTo(browsersBefore);
  }
}
