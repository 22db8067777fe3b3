package no.dpifullmakt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.dpifullmakt.TimedRuns;
import no.dpifullmakt.report.fingerprint.ElementPrint;
import no.dpifullmakt.report.fingerprint.Fingerprint;
import no.dpifullmakt.report.fingerprint.FingerprintJson;
import no.dpifullmakt.report.fingerprint.PagePrint;
import no.dpifullmakt.report.fingerprint.StepPrint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `fingeravtrykk sammenlign` and `oppdater` compare screens in one language only. */
class FingerprintLanguageTest {

  private static final String STEP = "jeg klikker på \"Maskinportenadministrasjon\" i menyen";

  @TempDir Path folder;

  private record Run(int exit, String out, String err) {}

  private static Fingerprint print(String language, String addSupplier) {
    return new Fingerprint(
        "altinn3",
        "test",
        true,
        language,
        List.of(
            new StepPrint(
                "Egenskap",
                STEP,
                List.of(
                    new PagePrint(
                        "/accessmanagement/ui/maskinporten",
                        List.of(new ElementPrint("button", addSupplier, true, null)),
                        List.of())))));
  }

  private Path runFolder(Fingerprint fingerprint) throws IOException {
    Path run = Files.createDirectories(folder.resolve("kjøring"));
    FingerprintJson.write(fingerprint, run.resolve("fingeravtrykk.json"));
    return run;
  }

  private Path baseline(Fingerprint fingerprint) {
    Path file = folder.resolve("grunnlinje.json");
    FingerprintJson.write(fingerprint, file);
    return file;
  }

  private static Run run(String... args) {
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int exit =
          TimedRuns.run(new Console(Map.<String, String>of()::get, System.in, System.out), args);
      return new Run(
          exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
  }

  @Test
  void fingerprintsInDifferentLanguagesAreNotComparedButSaidToBeSo() throws IOException {
    Path baseline = baseline(print(null, "Legg til leverandør"));
    Path run = runFolder(print("en", "Add supplier"));

    Run comparison =
        run(
            "fingeravtrykk",
            "sammenlign",
            "--kjøring",
            run.toString(),
            "--grunnlinje",
            baseline.toString());

    assertThat(comparison.exit()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(comparison.err().strip())
        .isEqualTo(
            "Feil: Grunnlinjen er laget fra skjermbilder på bokmål, men kjøringen fra skjermbilder"
                + " på engelsk, så de kan ikke sammenlignes: sammenlign med en grunnlinje på"
                + " samme språk.");
    assertThat(comparison.out()).doesNotContain("OMDØPT").doesNotContain("FJERNET");
  }

  @Test
  void anOldFileWithoutLanguageIsBokmalAndComparesWithABokmalRun() throws IOException {
    Path baseline = baseline(print(null, "Legg til leverandør"));
    Path run = runFolder(print("nb", "Legg til leverandør"));

    Run comparison =
        run(
            "fingeravtrykk",
            "sammenlign",
            "--kjøring",
            run.toString(),
            "--grunnlinje",
            baseline.toString());

    assertThat(comparison.exit()).as(comparison.err()).isZero();
    assertThat(comparison.out()).contains("Ingen endringer");
  }

  @Test
  void twoNynorskFingerprintsCompareAsUsual() throws IOException {
    Path baseline = baseline(print("nn", "Legg til leverandør"));
    Path run = runFolder(print("nn", "Ny leverandør"));

    Run comparison =
        run(
            "fingeravtrykk",
            "sammenlign",
            "--kjøring",
            run.toString(),
            "--grunnlinje",
            baseline.toString());

    assertThat(comparison.exit()).isEqualTo(ExitCode.SCREEN_CHANGED.code());
    assertThat(comparison.out()).contains("OMDØPT");
  }

  @Test
  void aBaselineIsNotUpdatedFromARunInAnotherLanguage() throws IOException {
    Path baseline = baseline(print(null, "Legg til leverandør"));
    String before = Files.readString(baseline);
    Path run = runFolder(print("nn", "Legg til leverandør"));

    Run update =
        run(
            "fingeravtrykk",
            "oppdater",
            "--kjøring",
            run.toString(),
            "--grunnlinje",
            baseline.toString());

    assertThat(update.exit()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(update.err()).contains("på bokmål, men kjøringen fra skjermbilder på nynorsk");
    assertThat(Files.readString(baseline)).isEqualTo(before);
  }
}
