package no.dpifullmakt.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A successful run on the practice portal writes the illustrated guide with its screenshots, and
 * its UI fingerprint matches the baseline kept in the repository.
 */
class RunReportsTest {

  /** The made-up TestID person of the environment «ovelse»: it must appear nowhere. */
  private static final String PRACTICE_PID = "12857610030";

  @Test
  void aSuccessfulRunWritesTheGuideAndMatchesTheBaseline() throws IOException {
    CliRun run = PracticeRuns.of("ingen").run();
    assertThat(run.exit()).isZero();

    String html = run.file("veiledning.html");
    assertThat(html)
        .contains(
            "<h1>Gi en leverandør fullmakt til å sende digital post til innbyggere (Altinn 3)</h1>")
        .contains(
            "Laget i øvingsportalen – skjermbildene er fra en kopi av Altinn med oppdiktede data.")
        .contains("Altinn 3")
        .contains(
            "Leverandør: <strong>Visma Software International AS</strong>, organisasjonsnummer"
                + " <strong>980 858 073</strong>")
        .contains("1.</span>Klikk på «Maskinportenadministrasjon» i menyen til venstre.")
        .contains(
            "10.</span>Finn API-et med «digitalpostinnbygger:send» under «Scopes» ved å åpne"
                + " treffene.")
        .contains("12.</span>Lukk dialogen med «Lukk».")
        .contains("<img src=\"data:image/jpeg;base64,")
        .contains("@media print");
    String markdown = run.file("veiledning.md");
    assertThat(markdown)
        .contains("1. Klikk på «Maskinportenadministrasjon» i menyen til venstre.")
        .contains("(veiledning-steg-01.jpg)");
    try (Stream<Path> files = Files.list(run.folder())) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      assertThat(names)
          .contains("veiledning-steg-01.jpg", "veiledning-steg-11.jpg", "fingeravtrykk.json")
          .doesNotContain("diagnose.txt");
    }
    assertThat(Files.readAllBytes(run.folder().resolve("veiledning-steg-01.jpg")))
        .startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
    try (Stream<Path> files = Files.walk(run.folder())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(file.getFileName().toString()).doesNotContain(PRACTICE_PID);
        String text =
            new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).as("innholdet i %s", file.getFileName()).doesNotContain(PRACTICE_PID);
      }
    }

    CliRun comparison =
        CliRun.of(
            Map.of(),
            run.folder().getParent(),
            "fingeravtrykk",
            "sammenlign",
            "--kjøring",
            run.folder().toString());

    assertThat(comparison.exit()).as(comparison.out() + comparison.err()).isZero();
    // Parts that load on their own (the sidebar fills in after Altinn's access check) may be
    // caught before or after they have come; nothing the robot uses may differ.
    assertThat(comparison.out()).containsAnyOf("Ingen endringer", "men ingen i noe roboten bruker");
  }
}
