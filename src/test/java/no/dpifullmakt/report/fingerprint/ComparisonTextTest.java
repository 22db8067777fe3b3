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

  @Test
  void aLookInVainWhereTheBaselineFoundTheElementIsToldAsSomethingTheRobotUses() {
    String link = "lenken som slutter med «Org.nr. ### ### ###»";
    Fingerprint baseline =
        print(
            step(
                "steg 1",
                new ElementPrint("link", "{leverandør} Org.nr. ### ### ###", true, link)));
    Fingerprint now =
        print(
            new StepPrint(
                "Egenskap", "steg 1", List.of(new PagePrint("/side", List.of(), List.of(link)))));

    String text =
        ComparisonText.render(
            FingerprintComparison.compare(baseline, now), "kjøring", now, "grunnlinje");

    assertThat(text)
        .contains(
            "FJERNET   lenken «{leverandør} Org.nr. ### ### ###»  (roboten lette etter lenken som"
                + " slutter med «Org.nr. ### ### ###», men fant den ikke; roboten bruker den)")
        .contains("1 endring(er), og 1 gjelder noe roboten bruker");
  }

  @Test
  void whatTheRunFoundWhereTheBaselineLookedInVainIsToldButDoesNotCount() {
    String link = "lenken som slutter med «Org.nr. ### ### ###»";
    Fingerprint baseline =
        print(
            new StepPrint(
                "Egenskap", "steg 1", List.of(new PagePrint("/side", List.of(), List.of(link)))));
    Fingerprint now =
        print(
            step(
                "steg 1",
                new ElementPrint("link", "{leverandør} Org.nr. ### ### ###", true, link)));

    String text =
        ComparisonText.render(
            FingerprintComparison.compare(baseline, now), "kjøring", now, "grunnlinje");

    assertThat(text)
        .contains("FUNNET    lenken «{leverandør} Org.nr. ### ### ###»")
        .contains("1 endring(er), men ingen i noe roboten bruker.");
  }
}
