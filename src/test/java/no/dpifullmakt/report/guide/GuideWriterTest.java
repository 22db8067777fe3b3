package no.dpifullmakt.report.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.plugin.event.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import no.dpifullmakt.browser.BrowserSettings;
import no.dpifullmakt.config.AssistSettings;
import no.dpifullmakt.config.Environments;
import no.dpifullmakt.config.RobotRuntime;
import no.dpifullmakt.config.RunSettings;
import no.dpifullmakt.report.evidence.Evidence;
import no.dpifullmakt.report.run.Attachment;
import no.dpifullmakt.report.run.FakeRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide, written from a small synthetic run: the words come from the executed steps. */
class GuideWriterTest {

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};
  private static final String FEATURE =
      "Gi en leverandør fullmakt til å sende digital post til innbyggere (Altinn 3)";

  @TempDir Path folder;

  private FakeRun run;

  @BeforeEach
  void practicePortal() {
    RobotRuntime.use(
        new RunSettings(
            Environments.builtIn("ovelse"),
            BrowserSettings.headlessChrome(),
            RunSettings.DEFAULT_TIMEOUT,
            folder,
            Optional.empty(),
            name -> null,
            AssistSettings.off()));
    run = new FakeRun();
    new GuideWriter(folder.toString()).setEventPublisher(run);
  }

  private static Attachment screenshot(String what) {
    return new Attachment(Evidence.SCREENSHOT_PREFIX + what, Evidence.JPEG, JPEG);
  }

  private FakeRun.Scenario giveVisma() {
    String orgnrStep =
        "jeg skriver organisasjonsnummeret 980858073 i feltet \"Organisasjonsnummer\"";
    return run.scenario(FEATURE, "Gi Visma fullmakt", "@altinn3", "@utfør")
        .step("Gitt ", "at daglig leder har logget inn i Altinn 3 og valgt virksomheten")
        .step("Når ", "jeg klikker på \"Maskinportenadministrasjon\" i menyen til venstre")
        .step(
            "Og ",
            "jeg klikker på leverandøren 980858073 under \"Leverandører\" hvis den står der",
            FakeRun.Arg.of("orgnr", "jeg klikker på leverandøren 980858073 under", "980858073"))
        .step("Og ", orgnrStep, FakeRun.Arg.of("orgnr", orgnrStep, "980858073"))
        .step("Så ", "har 980858073 fullmakt til \"Digital post til innbyggere\"");
  }

  @Test
  void aPassedRunGivesANumberedGuideWithItsPictures() throws IOException {
    FakeRun.Scenario scenario = giveVisma();
    scenario.start();
    scenario.pass(1);
    scenario.pass(2, screenshot("lenken «Maskinportenadministrasjon»"));
    scenario.run(
        3, Status.PASSED, null, List.of(), List.of("Hopper over dette steget: den står ikke der."));
    scenario.pass(4, screenshot("tekstfeltet «Organisasjonsnummer»"));
    scenario.pass(5);
    scenario.finish(Status.PASSED);
    run.finishRun();

    String html = Files.readString(folder.resolve("veiledning.html"));
    assertThat(html)
        .contains("<h1>" + FEATURE + "</h1>")
        .contains(
            "Laget i øvingsportalen – skjermbildene er fra en kopi av Altinn med oppdiktede data.")
        .contains("Altinn 3 · Øvingsportalen (innebygd, ikke Altinn)")
        .contains("Leverandør: organisasjonsnummer <strong>980 858 073</strong>")
        .contains(
            "<strong>Før du begynner:</strong> Daglig leder har logget inn i Altinn 3 og valgt virksomheten.")
        .contains("1.</span>Klikk på «Maskinportenadministrasjon» i menyen til venstre.")
        .contains(
            "2.</span>Klikk på leverandøren 980858073 under «Leverandører» hvis den står der.")
        .contains("Hopper over dette steget: den står ikke der.")
        .contains("3.</span>Skriv organisasjonsnummeret 980858073 i feltet «Organisasjonsnummer».")
        .contains("Har 980858073 fullmakt til «Digital post til innbyggere».")
        .contains("<img src=\"data:image/jpeg;base64,/9j/AQID\"")
        .contains("Markert: tekstfeltet «Organisasjonsnummer»");
    assertThat(Files.readString(folder.resolve("veiledning.md")))
        .contains("# " + FEATURE)
        .contains("> **Laget i øvingsportalen")
        .contains("1. Klikk på «Maskinportenadministrasjon» i menyen til venstre.")
        .contains("](veiledning-steg-01.jpg)")
        .contains("](veiledning-steg-03.jpg)")
        .doesNotContain("veiledning-steg-02.jpg");
    assertThat(Files.readAllBytes(folder.resolve("veiledning-steg-03.jpg"))).isEqualTo(JPEG);
  }

  @Test
  void theGuideSaysWhichLanguageTheScreensWereIn() throws IOException {
    FakeRun.Scenario scenario = giveVisma();
    scenario.start();
    scenario.pass(
        1,
        new Attachment(
            Evidence.SCREEN_LANGUAGE,
            Evidence.TEXT,
            "nn".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    scenario.pass(2, screenshot("lenken «Maskinportenadministrasjon»"));
    scenario.pass(3);
    scenario.pass(4);
    scenario.pass(5);
    scenario.finish(Status.PASSED);
    run.finishRun();

    assertThat(Files.readString(folder.resolve("veiledning.html")))
        .contains("<p>Skjermbildene var på nynorsk.</p>");
    assertThat(Files.readString(folder.resolve("veiledning.md")))
        .contains("\n\nSkjermbildene var på nynorsk.\n\n");
  }

  @Test
  void aFailedRunGivesNoGuide() {
    FakeRun.Scenario scenario = giveVisma();
    scenario.start();
    scenario.pass(1);
    scenario.run(2, Status.FAILED, new AssertionError("nei"), List.of(), List.of());
    scenario.finish(Status.FAILED);
    run.finishRun();

    assertThat(folder.resolve("veiledning.html")).doesNotExist();
    assertThat(folder.resolve("veiledning.md")).doesNotExist();
  }

  @Test
  void numbersShapedLikeANationalIdentityNumberNeverReachTheGuide() throws IOException {
    FakeRun.Scenario scenario = giveVisma();
    scenario.start();
    scenario.run(1, Status.PASSED, null, List.of(), List.of());
    scenario.run(2, Status.PASSED, null, List.of(), List.of("Logget inn som 12857610030."));
    for (int step = 3; step <= 5; step++) {
      scenario.pass(step);
    }
    scenario.finish(Status.PASSED);
    run.finishRun();

    String html = Files.readString(folder.resolve("veiledning.html"), StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("12857610030").contains("Logget inn som ***********.");
  }
}
