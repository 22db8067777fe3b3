package no.dpifullmakt.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.dpifullmakt.TimedRuns;
import no.dpifullmakt.cli.Console;
import no.dpifullmakt.features.PracticePortalControl;
import no.dpifullmakt.practiceportal.PracticePortal;

/**
 * The command-line robot pointed at a practice portal the test owns, through an environment file,
 * so the test can switch faults and read the portal's state.
 */
final class RobotAgainstPortal {

  static final String DAGLIG_LEDER = "12857610030";
  static final String DPI_API = "digdir-dpi-send";
  static final String DPI_SERVICE =
      "Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PracticePortal portal;
  private final PracticePortalControl control;
  private final Path folder;

  RobotAgainstPortal(PracticePortal portal, Path folder) {
    this.portal = portal;
    this.control = new PracticePortalControl(portal.baseUrl());
    this.folder = folder;
  }

  PracticePortalControl control() {
    return control;
  }

  /** An environment file for one acting organisation of this portal. */
  Path environmentFile(String actor) throws IOException {
    return Files.write(
        folder.resolve("ovelse-" + actor + ".miljo"),
        List.of(
            "navn = ovelse-" + actor,
            "generasjon = altinn3",
            "altinn2.adresse = " + portal.baseUrl(),
            "altinn3.adresse = " + portal.baseUrl() + "/accessmanagement/ui",
            "innlogging = testid",
            "testid.variabel = DPI_TESTID_FNR",
            "aktør = " + actor));
  }

  /** Runs the command line for one acting organisation; returns the exit code. */
  int run(String actor, String... args) throws IOException {
    return runAs(DAGLIG_LEDER, actor, args);
  }

  /** Runs the command line as one made-up person, for one acting organisation. */
  int runAs(String person, String actor, String... args) throws IOException {
    Path environment = environmentFile(actor);
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--miljo",
            environment.toString(),
            "--rapportmappe",
            folder.resolve("rapporter").toString()));
    return TimedRuns.run(
        new Console(Map.of("DPI_TESTID_FNR", person)::get, System.in, System.out),
        all.toArray(String[]::new));
  }

  /** How many times the supplier has the DPI API in Altinn 3, from the portal's own state. */
  int dpiDelegationsAltinn3(String actor, String supplier) throws IOException {
    JsonNode state = JSON.readTree(control.get("/ovelse/test/altinn3/tilstand?aktor=" + actor));
    int count = 0;
    for (JsonNode s : state.path("leverandorer")) {
      if (s.path("orgnr").asText().equals(supplier)) {
        for (JsonNode api : s.path("api")) {
          count += api.asText().equals(DPI_API) ? 1 : 0;
        }
      }
    }
    return count;
  }

  /** How many times the supplier has the DPI service in Altinn 2, from the portal's own state. */
  int dpiRightsAltinn2(String actor, String supplier) throws IOException {
    JsonNode state = JSON.readTree(control.get("/ovelse/test/altinn2/tilstand?aktor=" + actor));
    int count = 0;
    for (JsonNode holder : state.path("rettighetshavere")) {
      if (holder.path("id").asText().equals(supplier)) {
        for (JsonNode service : holder.path("tjenester")) {
          count += service.path("navn").asText().equals(DPI_SERVICE) ? 1 : 0;
        }
      }
    }
    return count;
  }

  /**
   * What the person read in every run that did not end with exit 0: the log without its DEBUG
   * lines, so a failure on CI shows why in the assertion message. The whole report of each such run
   * is kept in {@code target/stoppede-kjoringer/}, to read after the build.
   */
  String stoppedRuns() throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path log : runLogs()) {
      List<String> lines = Files.readAllLines(log);
      if (lines.stream().anyMatch(l -> l.contains("(avslutningskode 0)"))) {
        continue;
      }
      keep(log.getParent());
      all.append("--- ").append(log.getParent().getFileName()).append('\n');
      lines.stream().filter(l -> !l.contains(" DEBUG ")).forEach(l -> all.append(l).append('\n'));
    }
    return all.toString();
  }

  private static void keep(Path report) throws IOException {
    Path kept = Path.of("target", "stoppede-kjoringer").resolve(report.getFileName());
    try (Stream<Path> files = Files.walk(report)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = kept.resolve(report.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private List<Path> runLogs() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(p -> p.getFileName().toString().equals("robot.log")).sorted().toList();
    }
  }

  /** Every run log this helper's runs have written, one after another. */
  String logs() throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path log : runLogs()) {
      all.append(Files.readString(log));
    }
    return all.toString();
  }
}
