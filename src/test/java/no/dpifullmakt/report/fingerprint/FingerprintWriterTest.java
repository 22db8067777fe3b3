package no.dpifullmakt.report.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.plugin.event.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.dpifullmakt.report.evidence.Evidence;
import no.dpifullmakt.report.run.Attachment;
import no.dpifullmakt.report.run.FakeRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run's fingerprint: keyed by feature and general step text, data made placeholders. */
class FingerprintWriterTest {

  @TempDir Path folder;

  private static Attachment record(Map<String, String> data, ElementPrint... elements) {
    return new Attachment(
        Evidence.FINGERPRINT,
        Evidence.FINGERPRINT_TYPE,
        FingerprintJson.step(
            new StepRecord(List.of(new PagePrint("/maskinporten", List.of(elements))), data)));
  }

  @Test
  void writesEveryStepWithTheSuppliersValuesAsPlaceholders() throws IOException {
    FakeRun run = new FakeRun();
    new FingerprintWriter(folder.toString()).setEventPublisher(run);
    String step = "jeg klikker på leverandøren 980858073 under \"Leverandører\" hvis den står der";
    FakeRun.Scenario scenario =
        run.scenario("Kontrollere (Altinn 3)", "Kontroller Visma", "@altinn3")
            .step("Når ", step, FakeRun.Arg.of("orgnr", step, "980858073"))
            .step("Så ", "har 980858073 fullmakt til \"Digital post til innbyggere\"");
    scenario.start();
    scenario.pass(
        1,
        record(
            Map.of(),
            new ElementPrint(
                "link",
                "Visma Software International AS Org.nr. ### ### ###",
                true,
                "lenken som slutter med «Org.nr. ### ### ###»")));
    scenario.pass(
        2,
        record(
            Map.of("Visma Software International AS", "{leverandør}"),
            new ElementPrint("button", "Gi fullmakt", false, null)));
    scenario.run(2, Status.PASSED, null, List.of(), List.of());
    scenario.finish(Status.PASSED);
    run.finishRun();

    Fingerprint written = FingerprintJson.read(folder.resolve(FingerprintWriter.FILE));

    assertThat(written.generation()).isEqualTo("altinn3");
    assertThat(written.complete()).isTrue();
    assertThat(written.steps())
        .extracting(StepPrint::step)
        .containsExactly(
            "jeg klikker på leverandøren {orgnr} under \"Leverandører\" hvis den står der",
            "har 980858073 fullmakt til \"Digital post til innbyggere\"");
    assertThat(written.steps().get(0).feature()).isEqualTo("Kontrollere (Altinn 3)");
    assertThat(written.steps().get(0).pages().get(0).elements().get(0).name())
        .as("navnet lært i et senere steg er data også her")
        .isEqualTo("{leverandør} Org.nr. ### ### ###");
  }
}
