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

  private static final String LINK = "lenken som slutter med «Org.nr. ### ### ###»";

  private static Fingerprint looked(List<ElementPrint> elements, String... absent) {
    return new Fingerprint(
        "altinn3",
        "test",
        true,
        List.of(
            new StepPrint(FEATURE, STEP, List.of(new PagePrint(PAGE, elements, List.of(absent))))));
  }

  @Test
  void whatTheBaselineFoundAndTheRunLookedForInVainCounts() {
    Fingerprint baseline =
        looked(
            List.of(
                reliedOn("link", "{leverandør} Org.nr. ### ### ###", LINK),
                element("button", "Legg til leverandør")));
    // Issue #13: Altinn 3 names the link by the organisation alone; the robot finds nothing.
    Fingerprint now =
        looked(
            List.of(
                element("link", "Visma Software International AS"),
                element("button", "Legg til leverandør")),
            LINK);

    FingerprintComparison.Result result = FingerprintComparison.compare(baseline, now);

    assertThat(result.changes())
        .containsExactlyInAnyOrder(
            new Change(
                Change.Kind.REMOVED, "link", "{leverandør} Org.nr. ### ### ###", null, true, LINK),
            new Change(Change.Kind.ADDED, "link", null, "Visma Software International AS", false));
    assertThat(result.reliedOnChanged()).isTrue();
    assertThat(result.changes().get(0).describe())
        .isEqualTo(
            "FJERNET   lenken «{leverandør} Org.nr. ### ### ###»  (roboten lette etter lenken som"
                + " slutter med «Org.nr. ### ### ###», men fant den ikke; roboten bruker den)");
  }

  @Test
  void aLookInVainCountsEvenWhenTheEndOfTheStepShowedTheElement() {
    Fingerprint baseline =
        looked(List.of(reliedOn("link", "{leverandør} Org.nr. ### ### ###", LINK)));
    // The list came after the robot had looked: it took the other way all the same.
    Fingerprint now = looked(List.of(element("link", "{leverandør} Org.nr. ### ### ###")), LINK);

    FingerprintComparison.Result result = FingerprintComparison.compare(baseline, now);

    assertThat(result.changes())
        .containsExactly(
            new Change(
                Change.Kind.REMOVED, "link", "{leverandør} Org.nr. ### ### ###", null, true, LINK));
    assertThat(result.reliedOnChanged()).isTrue();
  }

  @Test
  void aLookInVainInBothIsNoChange() {
    Fingerprint baseline = looked(List.of(element("button", "Legg til leverandør")), LINK);
    Fingerprint now = looked(List.of(element("button", "Legg til leverandør")), LINK);

    FingerprintComparison.Result result = FingerprintComparison.compare(baseline, now);

    assertThat(result.changes()).isEmpty();
    assertThat(result.reliedOnChanged()).isFalse();
  }

  @Test
  void whatTheBaselineLookedForInVainAndTheRunFoundIsListedButDoesNotCount() {
    Fingerprint baseline = looked(List.of(element("button", "Legg til leverandør")), LINK);
    Fingerprint now =
        looked(
            List.of(
                element("button", "Legg til leverandør"),
                reliedOn("link", "{leverandør} Org.nr. ### ### ###", LINK)));

    FingerprintComparison.Result result = FingerprintComparison.compare(baseline, now);

    assertThat(result.changes())
        .containsExactly(
            new Change(
                Change.Kind.FOUND, "link", null, "{leverandør} Org.nr. ### ### ###", true, LINK));
    assertThat(result.reliedOnChanged()).isFalse();
    assertThat(result.changes().get(0).describe())
        .isEqualTo(
            "FUNNET    lenken «{leverandør} Org.nr. ### ### ###»  (i grunnlinjen lette roboten"
                + " etter lenken som slutter med «Org.nr. ### ### ###» uten å finne den)");
  }

  @Test
  void aBaselineFromBeforeLooksWereCountedSeesNoChangeInALookInVain() {
    Fingerprint now =
        looked(
            List.of(
                reliedOn("button", "Legg til leverandør", "knappen «Legg til leverandør»"),
                element("tab", "Leverandører"),
                element("link", "Personvern"),
                element("button", "Hva er en leverandør?")),
            LINK);

    assertThat(FingerprintComparison.compare(BASELINE, now).changes()).isEmpty();
  }

  @Test
  void aLookThatFoundTheSupplierUnderAnotherNameIsTheSameLook() {
    Fingerprint baseline =
        looked(List.of(reliedOn("link", "{leverandør} Org.nr. ### ### ###", LINK)));
    Fingerprint now =
        looked(List.of(reliedOn("link", "Levende Kunstig Ape AS Org.nr. ### ### ###", LINK)));

    assertThat(FingerprintComparison.compare(baseline, now).changes()).isEmpty();
  }

  @Test
  void aStepRunTwiceCountsWhatEitherTimeFound() {
    List<PagePrint> notListed =
        List.of(new PagePrint(PAGE, List.of(element("tab", "Leverandører")), List.of(LINK)));
    List<PagePrint> listed =
        List.of(
            new PagePrint(
                PAGE,
                List.of(
                    element("tab", "Leverandører"),
                    reliedOn("link", "{leverandør} Org.nr. ### ### ###", LINK))));

    Fingerprint merged =
        new FingerprintBuilder()
            .add(FEATURE, STEP, notListed)
            .add(FEATURE, STEP, listed)
            .build("altinn3", "test", true);

    PagePrint page = merged.steps().get(0).pages().get(0);
    assertThat(page.absent()).isEmpty();
    assertThat(page.elements()).extracting(ElementPrint::expected).contains(LINK);
  }
}
