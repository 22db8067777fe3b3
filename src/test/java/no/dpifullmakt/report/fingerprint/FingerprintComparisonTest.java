package no.dpifullmakt.report.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintComparisonTest {

  private static final String FEATURE = "Gi en leverandør fullmakt (Altinn 3)";
  private static final String STEP =
      "jeg klikker på \"Maskinportenadministrasjon\" i menyen til venstre";
  private static final String PAGE = "/accessmanagement/ui/maskinporten";

  private static ElementPrint element(String role, String name) {
    return new ElementPrint(role, name, false, null);
  }

  private static ElementPrint reliedOn(String role, String name, String expected) {
    return new ElementPrint(role, name, true, expected);
  }

  private static Fingerprint print(ElementPrint... elements) {
    return new Fingerprint(
        "altinn3",
        "test",
        true,
        List.of(new StepPrint(FEATURE, STEP, List.of(new PagePrint(PAGE, List.of(elements))))));
  }

  private static final Fingerprint BASELINE =
      print(
          reliedOn("button", "Legg til leverandør", "knappen «Legg til leverandør»"),
          element("tab", "Leverandører"),
          element("link", "Personvern"),
          element("button", "Hva er en leverandør?"));

  @Test
  void theSameScreensHaveNoChanges() {
    FingerprintComparison.Result result = FingerprintComparison.compare(BASELINE, BASELINE);

    assertThat(result.changes()).isEmpty();
    assertThat(result.reliedOnChanged()).isFalse();
  }

  @Test
  void aRenamedButtonTheRobotReliesOnIsARenameThatCounts() {
    Fingerprint now =
        print(
            element("button", "Ny leverandør"),
            element("tab", "Leverandører"),
            element("link", "Personvern"),
            element("button", "Hva er en leverandør?"));

    FingerprintComparison.Result result = FingerprintComparison.compare(BASELINE, now);

    assertThat(result.changes())
        .containsExactly(
            new Change(
                Change.Kind.RENAMED, "button", "Legg til leverandør", "Ny leverandør", true));
    assertThat(result.reliedOnChanged()).isTrue();
    assertThat(result.changes().get(0).describe())
        .isEqualTo(
            "OMDØPT    knappen «Legg til leverandør» → «Ny leverandør»  (roboten bruker den)");
  }

  @Test
  void unrelatedChangesAreListedButDoNotCount() {
    Fingerprint now =
        print(
            reliedOn("button", "Legg til leverandør", "knappen «Legg til leverandør»"),
            element("tab", "Leverandører"),
            element("link", "Personvernerklæring"),
            element("button", "Skriv ut"));

    FingerprintComparison.Result result = FingerprintComparison.compare(BASELINE, now);

    assertThat(result.changes())
        .containsExactlyInAnyOrder(
            new Change(Change.Kind.RENAMED, "link", "Personvern", "Personvernerklæring", false),
            new Change(Change.Kind.REMOVED, "button", "Hva er en leverandør?", null, false),
            new Change(Change.Kind.ADDED, "button", null, "Skriv ut", false));
    assertThat(result.reliedOnChanged()).isFalse();
  }

  @Test
  void aRemovedElementTheRobotReliesOnCounts() {
    Fingerprint now =
        print(
            element("tab", "Leverandører"),
            element("link", "Personvern"),
            element("button", "Hva er en leverandør?"));

    FingerprintComparison.Result result = FingerprintComparison.compare(BASELINE, now);

    assertThat(result.changes())
        .containsExactly(
            new Change(Change.Kind.REMOVED, "button", "Legg til leverandør", null, true));
    assertThat(result.reliedOnChanged()).isTrue();
  }

  @Test
  void whatTheRobotFoundAgainIsTheSameEvenWhenDataInItsNameDiffers() {
    Fingerprint baseline =
        print(
            reliedOn(
                "heading",
                "Maskinportenadministrasjon for Fjordvik Kommune",
                "overskriften som begynner med «Maskinportenadministrasjon for»"));
    Fingerprint now =
        print(
            reliedOn(
                "heading",
                "Maskinportenadministrasjon for Levende Kunstig Ape",
                "overskriften som begynner med «Maskinportenadministrasjon for»"));

    assertThat(FingerprintComparison.compare(baseline, now).changes()).isEmpty();
  }

  @Test
  void stepsTheRunDidNotReachAreNotCompared() {
    Fingerprint now = new Fingerprint("altinn3", "test", false, List.of());

    FingerprintComparison.Result result = FingerprintComparison.compare(BASELINE, now);

    assertThat(result.changes()).isEmpty();
    assertThat(result.steps())
        .singleElement()
        .satisfies(step -> assertThat(step.inRun()).isFalse());
  }

  @Test
  void theSameWordsInAnotherFeatureAreAnotherStep() {
    Fingerprint other =
        new Fingerprint(
            "altinn3",
            "test",
            true,
            List.of(
                new StepPrint(
                    "Fjern fullmakten (Altinn 3)", STEP, List.of(new PagePrint(PAGE, List.of())))));

    FingerprintComparison.Result result = FingerprintComparison.compare(BASELINE, other);

    assertThat(result.steps())
        .extracting(FingerprintComparison.StepChanges::inBaseline)
        .containsExactly(true, false);
    assertThat(result.reliedOnChanged()).isFalse();
  }
}
