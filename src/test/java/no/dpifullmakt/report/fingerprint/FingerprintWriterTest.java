package no.dpifullmakt.report.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.plugin.event.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.dpifullmakt.report.evidence.Evidence;
import no.dpifullmakt.report.evidence.StepWitness;
import no.dpifullmakt.report.run.Attachment;
import no.dpifullmakt.report.run.FakeRun;
import no.dpifullmakt.web.AccessibleElement;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
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

  /**
   * Issue #13, from the robot's eyes to the comparison: the baseline's run found the supplier in
   * the list, Altinn 3 later named the link by the organisation alone, and the robot's look found
   * nothing and took the other way.
   */
  @Test
  void aLookThatFindsNothingWhereTheBaselineFoundTheSupplierCounts() throws IOException {
    String step = "jeg klikker på leverandøren 980858073 under \"Leverandører\" hvis den står der";
    String address = "https://altinn.example/accessmanagement/ui/maskinporten?x=1";
    Target supplierLink = Target.of(Role.LINK, NameMatcher.endingWith("Org.nr. 980 858 073"));

    Fingerprint baseline =
        runOneStep(
            "grunnlinje",
            step,
            supplierLink,
            address,
            List.of(link("Visma Software International AS Org.nr. 980 858 073", address)));
    Fingerprint now = runOneStep("nå", step, supplierLink, address, List.of());

    FingerprintComparison.Result result = FingerprintComparison.compare(baseline, now);

    assertThat(baseline.steps().get(0).pages().get(0).absent()).isEmpty();
    assertThat(now.steps().get(0).pages().get(0).absent())
        .containsExactly("lenken som slutter med «Org.nr. ### ### ###»");
    assertThat(result.reliedOnChanged()).isTrue();
  }

  private static AccessibleElement link(String name, String address) {
    return new AccessibleElement(
        null, "link", name, 0, false, false, null, "", null, false, null, -1, List.of(), "",
        address, null);
  }

  /** One run of one step whose only look is for {@code target}, as the step witness saw it. */
  private Fingerprint runOneStep(
      String name, String step, Target target, String address, List<AccessibleElement> matches)
      throws IOException {
    StepWitness witness = new StepWitness(null, false);
    witness.startStep();
    witness.looked(target, address, matches);
    // A look inside a dialog that had gone saw no page at all.
    witness.looked(Target.button("Lukk"), "", List.of());
    Path out = folder.resolve(name);
    FakeRun run = new FakeRun();
    new FingerprintWriter(out.toString()).setEventPublisher(run);
    FakeRun.Scenario scenario =
        run.scenario("Kontrollere (Altinn 3)", "Kontroller Visma", "@altinn3")
            .step("Når ", step, FakeRun.Arg.of("orgnr", step, "980858073"));
    scenario.start();
    scenario.pass(
        1,
        new Attachment(
            Evidence.FINGERPRINT, Evidence.FINGERPRINT_TYPE, witness.fingerprint().orElseThrow()));
    scenario.finish(Status.PASSED);
    run.finishRun();
    Fingerprint written = FingerprintJson.read(out.resolve(FingerprintWriter.FILE));
    assertThat(written.steps())
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.pages())
                    .extracting(PagePrint::page)
                    .containsExactly("/accessmanagement/ui/maskinporten"));
    return written;
  }
}
