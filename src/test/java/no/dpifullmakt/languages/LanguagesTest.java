package no.dpifullmakt.languages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.dpifullmakt.LentBrowser;
import no.dpifullmakt.TimedRuns;
import no.dpifullmakt.cli.Console;
import no.dpifullmakt.features.PracticePortalControl;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a daglig leder who reads Altinn in nynorsk or English meets it: the six
 * commands of a day's work give the same answers as in bokmål, and the robot follows a person whose
 * language changes between two runs. The person's own setting is never changed.
 */
class LanguagesTest {

  private static final String ACTOR = "312787075";
  private static final String VISMA = "980858073";
  private static final String SIGRID_NYNORSK = "21887410000";
  private static final String OLIVER_ENGLISH = "03919110049";
  private static final String ASE_BOKMAL = "15867210064";

  private static PracticePortal portal;
  private static PracticePortalControl control;
  private static LentBrowser browser;

  @TempDir Path folder;

  /** kontroller, utfør, kontroller, utfør, fjern, kontroller: what a careful person does. */
  private static final String[] DAY = {
    "kontroller", "utfør", "kontroller", "utfør", "fjern", "kontroller"
  };

  /** How many times Visma stood as a supplier after the day's second «utfør». */
  private int vismaAfterSecondGive = -1;

  private record Run(int exit, String out, String log, String diagnosis) {}

  @BeforeAll
  static void startPortal() {
    portal = PracticePortal.start(PortalOptions.forTests());
    control = new PracticePortalControl(portal.baseUrl());
    browser = LentBrowser.toThisThread();
  }

  @AfterAll
  static void stopPortal() {
    browser.close();
    portal.close();
  }

  @BeforeEach
  void seed() {
    control.reset();
    control.noChanges();
  }

  /**
   * Each screen of the day in nynorsk, once: the missing supplier, the whole give, the right in
   * place (the second «utfør»), and the removal. The whole day, with «kontroller» after the give
   * and after the removal, which read the same screens again, runs with -Plange.
   */
  @Test
  void eachScreenOfTheDayInNynorskGivesTheSameAnswersAsInBokmal() throws IOException {
    List<Run> runs = daysWork(SIGRID_NYNORSK, "kontroller", "utfør", "utfør", "fjern");

    assertThat(runs).extracting(Run::exit).containsExactly(1, 0, 0, 0);
    assertThat(runs).allSatisfy(run -> assertThat(run.log()).contains("nynorsk"));
    assertThat(runs.get(2).out()).contains("Allerede på plass");
    assertThat(vismaAfterSecondGive).as("Visma står én gang etter to «utfør»").isEqualTo(1);
    assertThat(runs.get(3).out()).contains("Fjernet nå");
  }

  @Tag("lang")
  @Test
  void aDaysWorkInNynorskGivesTheSameAnswersAsInBokmal() throws IOException {
    List<Run> runs = daysWork(SIGRID_NYNORSK, DAY);

    assertThat(runs).extracting(Run::exit).containsExactly(1, 0, 0, 0, 0, 1);
    assertThat(runs).allSatisfy(run -> assertThat(run.log()).contains("nynorsk"));
    assertThat(runs.get(3).out()).contains("Allerede på plass");
    assertThat(vismaAfterSecondGive).as("Visma står én gang etter to «utfør»").isEqualTo(1);
  }

  /**
   * The English screens the normal build meets: giving and removing here, checking in {@link
   * #aPersonWhoseLanguageChangesBetweenTwoRunsIsFollowed}; the whole day runs with -Plange.
   */
  @Test
  void aGiveAndARemovalInEnglish() throws IOException {
    Run given = run(OLIVER_ENGLISH, "utfør", "--orgnr", VISMA);
    int vismaAfterGive = suppliersNamed(VISMA);
    Run removed = run(OLIVER_ENGLISH, "fjern", "--orgnr", VISMA);

    assertThat(given.exit()).as(given.out()).isZero();
    assertThat(given.log()).contains("engelsk").contains("«Add supplier»");
    assertThat(vismaAfterGive).isEqualTo(1);
    assertThat(removed.exit()).as(removed.out()).isZero();
    assertThat(removed.out()).contains("Fjernet nå");
    assertThat(control.get("/ovelse/test/altinn3/tilstand?aktor=" + ACTOR))
        .doesNotContain("digdir-dpi-send");
  }

  @Tag("lang")
  @Test
  void aDaysWorkInEnglishGivesTheSameAnswersAsInBokmal() throws IOException {
    List<Run> runs = daysWork(OLIVER_ENGLISH, DAY);

    assertThat(runs).extracting(Run::exit).containsExactly(1, 0, 0, 0, 0, 1);
    assertThat(runs).allSatisfy(run -> assertThat(run.log()).contains("engelsk"));
    assertThat(runs.get(1).log()).contains("«Add supplier»");
    assertThat(runs.get(3).out()).contains("Allerede på plass");
    assertThat(vismaAfterSecondGive).as("Visma står én gang etter to «utfør»").isEqualTo(1);
  }

  @Test
  void aPersonWhoseLanguageChangesBetweenTwoRunsIsFollowed() throws IOException {
    Run given = run(ASE_BOKMAL, "utfør", "--orgnr", VISMA);
    control.language(ASE_BOKMAL, "en");
    Run checked = run(ASE_BOKMAL, "kontroller", "--orgnr", VISMA);

    assertThat(given.exit()).isZero();
    assertThat(given.log()).contains("bokmål");
    assertThat(checked.exit()).isZero();
    assertThat(checked.log()).contains("engelsk");
    assertThat(checked.out()).contains("På plass");
  }

  @Test
  void aRenamedButtonOnEnglishScreensIsDiagnosedInEnglish() throws IOException {
    control.change("a3-knapp-omdopt");

    Run run = run(OLIVER_ENGLISH, "utfør", "--orgnr", VISMA);

    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.diagnosis())
        .contains("Roboten lette etter: knappen som slutter med «Add supplier»")
        .contains("1. knappen «New supplier» – samme rolle, lignende navn")
        .contains("Altinn3English.java");
    assertThat(suppliersNamed(VISMA)).isZero();
  }

  /**
   * The runs of these commands, one after another; notes how many Vismas the second «utfør» left.
   */
  private List<Run> daysWork(String person, String... commands) throws IOException {
    List<Run> runs = new ArrayList<>();
    int gives = 0;
    for (String command : commands) {
      runs.add(run(person, command, "--orgnr", VISMA));
      if (command.equals("utfør") && ++gives == 2) {
        vismaAfterSecondGive = suppliersNamed(VISMA);
      }
    }
    return runs;
  }

  /** How many times this organisation stands as a supplier of the actor now. */
  private static int suppliersNamed(String orgnr) {
    String state = control.get("/ovelse/test/altinn3/tilstand?aktor=" + ACTOR);
    return state.split("\"" + orgnr + "\"", -1).length - 1;
  }

  private Run run(String person, String... args) throws IOException {
    Path reports = Files.createTempDirectory(folder, "kjoring");
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--miljo", environment().toString(), "--rapportmappe", reports.toString()));
    Map<String, String> variables = Map.of("DPI_TESTID_FNR", person);
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit;
    try (PrintStream captured = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      System.setOut(captured);
      exit =
          TimedRuns.run(
              new Console(variables::get, InputStream.nullInputStream(), captured),
              all.toArray(String[]::new));
    } finally {
      System.setOut(original);
    }
    return new Run(
        exit,
        out.toString(StandardCharsets.UTF_8),
        read(reports, "robot.log"),
        read(reports, "diagnose.txt"));
  }

  private Path environment() throws IOException {
    Path file = folder.resolve("sprak.miljo");
    if (!Files.exists(file)) {
      String base = portal.baseUrl().toString().replaceAll("/$", "");
      Files.write(
          file,
          List.of(
              "# Øvingsportalen i denne testen: " + base,
              "navn = sprak",
              "generasjon = altinn3",
              "altinn2.adresse = " + base,
              "altinn3.adresse = " + base + "/accessmanagement/ui",
              "innlogging = testid",
              "testid.variabel = DPI_TESTID_FNR",
              "aktør = " + ACTOR));
    }
    return file;
  }

  /** The run's file of this name, or empty when it wrote none. */
  private static String read(Path reports, String name) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(reports)) {
      for (Path log : files.filter(p -> p.getFileName().toString().equals(name)).toList()) {
        all.append(Files.readString(log));
      }
    }
    return all.toString();
  }
}
