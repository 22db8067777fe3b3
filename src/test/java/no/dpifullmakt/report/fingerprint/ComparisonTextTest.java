package no.dpifullmakt.report.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTextTest {

  private static StepPrint step(String text, ElementPrint... elements) {
    return new StepPrint("Egenskap", text, List.of(new PagePrint("/side", List.of(elements))));
  }

  private static Fingerprint print(StepPrint... steps) {
    return new Fingerprint("altinn3", "Øvingsportalen", true, List.of(steps));
  }

  @Test
  void aChangeSeenInEveryStepIsToldOnce() {
    ElementPrint footer = new ElementPrint("link", "Driftsmeldinger", false, null);
    ElementPrint renamed = new ElementPrint("link", "Driftsstatus", false, null);
    Fingerprint baseline = print(step("steg 1", footer), step("steg 2", footer));
    Fingerprint now = print(step("steg 1", renamed), step("steg 2", renamed));

    String text =
        ComparisonText.render(
            FingerprintComparison.compare(baseline, now), "kjøring", now, "grunnlinje");

    assertThat(text)
        .containsOnlyOnce("FJERNET   lenken «Driftsmeldinger»")
        .containsOnlyOnce("LAGT TIL  lenken «Driftsstatus»")
        .contains("Steg: steg 1")
        .doesNotContain("Steg: steg 2")
        .contains("2 endring(er), men ingen i noe roboten bruker.");
  }

  @Test
  void theSameScreensSayNoChanges() {
    Fingerprint same =
        print(step("steg 1", new ElementPrint("button", "Neste", true, "knappen «Neste»")));

    assertThat(
            ComparisonText.render(
                FingerprintComparison.compare(same, same), "kjøring", same, "grunnlinje"))
        .contains("Ingen endringer: skjermbildene er slik roboten kjenner dem.");
  }
}
