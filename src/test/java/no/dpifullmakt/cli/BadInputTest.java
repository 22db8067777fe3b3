package no.dpifullmakt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.dpifullmakt.TimedRuns;
import no.dpifullmakt.browser.BrowserPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every bad input gets one Norwegian sentence naming the bad value and what is expected, exit code
 * 2, and no browser.
 */
class BadInputTest {

  @TempDir Path temp;

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    PrintStream originalErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      Console console =
          new Console(
              Map.<String, String>of()::get,
              new ByteArrayInputStream(new byte[0]),
              new PrintStream(out, true, StandardCharsets.UTF_8));
      int exit = TimedRuns.run(console, args);
      return new Run(
          exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(originalErr);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "orgnr med feil kontrollsiffer; utfør --orgnr 980858074 --navn vism;"
            + " Organisasjonsnummeret «980858074» er ugyldig: kontrollsifferet",
        "orgnr med for få siffer; utfør --orgnr 98085807 --navn vism;"
            + " Organisasjonsnummeret «98085807» er ugyldig: det må ha nøyaktig 9 siffer.",
        "for kort navn; utfør --orgnr 980858073 --navn vis;"
            + " Navnet «vis» er for kort: skriv minst de 4 første tegnene",
        "ukjent leverandør uten navn; utfør --orgnr 312605031;"
            + " Roboten kjenner ikke navnet til 312 605 031: oppgi minst de 4 første tegnene"
            + " med --navn.",
        "ett navn for lite; utfør --orgnr 980858073 --orgnr 971032146 --navn vism;"
            + " Oppgi ett --navn for hvert --orgnr (fikk 2 organisasjonsnummer og 1 navn).",
        "ukjent miljø; kontroller --miljo tt03;"
            + " Ukjent miljø «tt03»: bruk ovelse, tt02, produksjon eller stien til en miljøfil",
        "ukjent generasjon; utfør --generasjon altinn4;"
            + " Ukjent portalgenerasjon «altinn4»: bruk altinn2 eller altinn3.",
        "ugyldig grid-adresse; utfør --grid localhost:4444;"
            + " Grid-adressen «localhost:4444» er ugyldig: bruk en http- eller https-adresse",
        "ukjent nettleser; utfør --nettleser safari;"
            + " Ukjent nettleser «safari»: bruk chrome, edge eller firefox.",
        "tempo utenfor grensene; utfør --assistert --tempo 100;"
            + " Tempoet «100» er ugyldig: skriv et antall sekunder over 0 og høyst 60",
        "ugyldig aktør; utfør --aktor 123;"
            + " Virksomheten det handles for (--aktor): Organisasjonsnummeret «123» er ugyldig",
        "gi i produksjon uten assistert modus; utfør --miljo produksjon --aktor 315260183;"
            + " I miljøet «produksjon» logger du inn selv: bruk assistert modus (--assistert).",
        "ukjent valg; utfør --fart 3; Ukjent valg «--fart». Se «dpi-fullmakt utfør --hjelp»."
      })
  void isRefusedBeforeAnyBrowserStarts(String what, String args, String message) {
    int browsersBefore = BrowserPool.starts();

    Run run = run(args.strip().split(" "));

    assertThat(run.exit()).as(what).isEqualTo(2);
    assertThat(run.err()).as(what).contains(message.strip());
    assertThat(BrowserPool.starts()).as("nettlesere startet").isEqualTo(browsersBefore);
  }

  @Test
  void aReportFolderThatCannotBeWrittenIsRefused() throws IOException {
    Path notAFolder = Files.writeString(temp.resolve("fil.txt"), "ikke en mappe");

    Run run = run("utfør", "--rapportmappe", notAFolder.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("Rapportmappen «" + notAFolder + "» kan ikke skrives til: velg en annen");
  }

  @Test
  void helpIsNorwegian() {
    Run run = run("--hjelp");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("Bruk: dpi-fullmakt")
        .contains("Kommandoer:")
        .contains("utfør, gi")
        .contains("kontroller")
        .contains("fjern")
        .contains("øv")
        .contains("hjelp")
        .contains("Vis denne hjelpen.");
  }

  @Test
  void helpAsAWordIsTheSameHelpAndNamesTheVariablesAndExitCodes() {
    Run word = run("hjelp");

    assertThat(word.exit()).isZero();
    assertThat(word.out())
        .isEqualTo(run("--hjelp").out())
        .contains("Miljøvariabler:")
        .contains("DPI_TESTID_FNR")
        .contains("DPI_AKTOR")
        .contains("DPI_DRIVER")
        .contains("Avslutningskoder:")
        .contains("2  feil i det du skrev eller i oppsettet; ingenting ble startet")
        .contains("6  den som er logget inn");
    assertThat(word.err()).isEmpty();
  }

  @Test
  void helpForOneCommandAsAWord() {
    Run run = run("hjelp", "utfør");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Bruk: dpi-fullmakt utfør").contains("--orgnr=ORGNR");
  }

  @Test
  void withoutACommandItShowsAShortNorwegianOverviewAndExitsTwo() {
    Run run = run();

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out())
        .contains("dpi-fullmakt utfør")
        .contains("dpi-fullmakt kontroller")
        .contains("dpi-fullmakt fjern")
        .contains("dpi-fullmakt øv")
        .contains("dpi-fullmakt hjelp")
        .doesNotContain("ugyldig kommandolinje");
    assertThat(run.out().lines().count()).isLessThan(12);
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "utfor; utfør",
        "kontrolle; kontroller",
        "fjerne; fjern",
        "ov; øv",
        "gii; gi",
        "utfør --orgnummer 980858073; --orgnr",
        "utfør --assistet; --assistert",
        "kontroller --miljø tt02; --miljo"
      })
  void aNearMissAsksWhatWasMeant(String args, String meant) {
    Run run = run(args.strip().split(" "));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip())
        .contains("mente du «" + meant.strip() + "»?")
        .doesNotContain("\n");
  }

  @Test
  void rehearsalHelpShowsOnlyWhatRehearsalTakes() {
    Run run = run("øv", "--hjelp");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("Bruk: dpi-fullmakt øv")
        .contains("--orgnr=ORGNR")
        .contains("--navn=NAVN")
        .contains("--tempo=SEKUNDER")
        .contains("--innloggingstid=MINUTTER")
        .contains("--generasjon")
        .doesNotContain("--miljo")
        .doesNotContain("--aktor")
        .doesNotContain("--assistert")
        .doesNotContain("--synlig")
        .doesNotContain("--grid")
        .doesNotContain("--trader");
  }

  @Test
  void commandHelpListsTheOptionsInNorwegian() {
    Run run = run("utfør", "--hjelp");

    assertThat(run.out())
        .contains("--orgnr=ORGNR")
        .contains("--assistert")
        .contains("Assistert modus for daglig leder")
        .contains("--grid=URL")
        .contains("Avslutningskoder:");
  }
}
