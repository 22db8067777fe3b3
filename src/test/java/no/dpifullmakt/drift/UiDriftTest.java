package no.dpifullmakt.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Altinn changes under the robot (the practice portal's named changes), and the robot must stop
 * with exit code 4 at the right step, say what it looked for and name the right nearest candidate,
 * and never get past by clicking something else: the portal's own state shows that nothing was
 * given. See docs/ovingsportal-endringer.md for the changes.
 */
class UiDriftTest {

  private static final String VISMA = "980858073";
  private static final String DPI_API = "digdir-dpi-send";

  /** The run with this change, and (for its state) the portal it ran against. */
  private static PracticeRuns.Done done;

  private static CliRun runWith(String change) {
    done = PracticeRuns.of(change);
    return done.run();
  }

  private static void assertStoppedAsChanged(CliRun run) {
    assertThat(run.exit()).as("avslutningskode").isEqualTo(4);
    assertThat(run.has("diagnose.txt")).as("diagnose.txt").isTrue();
    assertThat(run.has("diagnose-skjermbilde.png")).isTrue();
    assertThat(run.has("diagnose-side.html")).isTrue();
    assertThat(run.has("diagnose-tilgjengelighet.txt")).isTrue();
    assertThat(run.has("veiledning.html"))
        .as("ingen veiledning fra en kjøring som stoppet")
        .isFalse();
  }

  /** The numbered candidates of the diagnosis, «1. …» first. */
  private static List<String> candidates(CliRun run) {
    return run.file("diagnose.txt")
        .lines()
        .filter(line -> line.matches("  \\d+\\. .*"))
        .map(String::strip)
        .toList();
  }

  private static void assertNoDpiGivenInAltinn3() {
    String state = done.portal().altinn3State();
    assertThat(state).as("Visma har ikke fått DPI").doesNotContain(DPI_API);
  }

  private static void assertVismaNotAddedInAltinn3() {
    assertThat(done.portal().altinn3State()).as("Visma er ikke lagt til").doesNotContain(VISMA);
  }

  private static void assertNothingGivenInAltinn2() {
    assertThat(done.portal().altinn2State())
        .as("Visma er ikke rettighetshaver")
        .doesNotContain(VISMA);
  }

  static List<String> utførRuns() {
    return PracticeRuns.keys(PracticeRuns.DRIFT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("utførRuns")
  void utførUnderEveryChangeNeverGivesAWrongAnswer(String key) {
    PracticeRuns.Done run = PracticeRuns.of(key);
    assertThat(TruthCheck.violations(run)).as(TruthCheck.describe(run)).isEmpty();
  }

  @Test
  void aRenamedButtonStopsTheRobotWhereItIsNeeded() {
    CliRun run = runWith("a3-knapp-omdopt");

    assertStoppedAsChanged(run);
    assertThat(run.file("diagnose.txt"))
        .contains(
            "Steg:      Steg 4 av 12: Klikk på \"Legg til leverandør\" hvis den ikke står der")
        .contains("Roboten lette etter: knappen som slutter med «Legg til leverandør»");
    assertThat(candidates(run).get(0))
        .startsWith("1. knappen «Ny leverandør» – samme rolle, lignende navn")
        .endsWith("ny på siden");
    assertVismaNotAddedInAltinn3();
  }

  @Tag("lang") // diagnosed as a renamed button is
  @Test
  void aRenamedTabStopsTheRobotAtStepOne() {
    CliRun run = runWith("a3-fane-omdopt");

    assertStoppedAsChanged(run);
    assertThat(run.file("diagnose.txt"))
        .contains("Steg 1 av 12: Klikk på \"Maskinportenadministrasjon\"")
        .contains("Roboten lette etter: fanen «Leverandører»");
    assertThat(candidates(run).get(0))
        .startsWith("1. fanen «Leverandørar» – samme rolle, lignende navn");
    assertVismaNotAddedInAltinn3();
  }

  @Test
  void aLinkThatMovedOutOfTheSidebarIsFoundElsewhereButNotClicked() {
    CliRun run = runWith("a3-lenke-flyttet");

    assertStoppedAsChanged(run);
    assertThat(run.file("diagnose.txt"))
        .contains("Steg 1 av 12: Klikk på \"Maskinportenadministrasjon\" i menyen til venstre")
        .contains("Roboten lette etter: lenken «Maskinportenadministrasjon»");
    assertThat(candidates(run).get(0))
        .isEqualTo(
            "1. lenken «Maskinportenadministrasjon» – samme rolle og navn, men et annet sted på"
                + " siden (i navigasjonen «hovednavigasjon»)");
    assertVismaNotAddedInAltinn3();
  }

  @Test
  void aButtonThatStaysDisabledStopsTheRobotBeforeAddingTheSupplier() {
    CliRun run = runWith("a3-knapp-deaktivert");

    assertStoppedAsChanged(run);
    assertThat(run.file("diagnose.txt"))
        .contains("Steg:      Steg 7 av 12: Klikk på \"Legg til virksomhet\"")
        .contains("Roboten lette etter: knappen «Legg til virksomhet»")
        .contains("Det som gikk galt:   den er der, men er deaktivert");
    assertThat(candidates(run).get(0))
        .isEqualTo("1. knappen «Legg til virksomhet» (deaktivert) – den er der, men er deaktivert");
    assertVismaNotAddedInAltinn3();
  }

  @Test
  void aNewConfirmationDialogIsNamedAndNotConfirmed() {
    CliRun run = runWith("a3-ny-bekreftelse");

    assertStoppedAsChanged(run);
    assertThat(run.file("diagnose.txt"))
        .contains(
            "Steg:      Steg 11 av 12: Klikk på \"Gi fullmakt\" ved \"Digital post til"
                + " innbyggere\"")
        .contains(
            "Roboten ventet på:   at raden for «Digital post til innbyggere» viser «Slett fullmakt"
                + " for Digital post til innbyggere»")
        .contains("«Bekreft fullmakt» (øverst)");
    assertThat(candidates(run).get(0))
        .isEqualTo("1. dialogen «Bekreft fullmakt» – en ny dialog ligger over siden");
    assertNoDpiGivenInAltinn3();
  }

  @Test
  void aChangedErrorTextIsAnUnknownMessageNotARefusal() {
    CliRun run = runWith("a3-feiltekst-endret");

    assertStoppedAsChanged(run);
    assertThat(run.file("diagnose.txt"))
        .contains(
            "Steg:      Steg 5 av 12: Skriv organisasjonsnummeret 312345676 i feltet"
                + " \"Organisasjonsnummer\"")
        .contains("Altinn viste en melding roboten ikke kjenner:")
        .contains("«Organisasjonsnummeret finnes ikke i Enhetsregisteret.»");
    assertThat(candidates(run).get(0))
        .startsWith("1. «Fant ingen organisasjon med dette organisasjonsnummeret.");
    assertThat(done.portal().altinn3State()).doesNotContain("312345676");
  }

  @Test
  void aRemovedStepStopsTheRobotWhereTheButtonWas() {
    CliRun run = runWith("a3-steg-fjernet");

    assertStoppedAsChanged(run);
    assertThat(run.file("diagnose.txt"))
        .contains("Steg:      Steg 8 av 12: Klikk på \"Gi fullmakt\"")
        .contains("Roboten lette etter: knappen «Gi fullmakt»");
    assertThat(candidates(run).get(0)).startsWith("1. knappen «Gi fullmakt for ");
    assertNoDpiGivenInAltinn3();
  }

  @Tag("lang") // the same diagnosis as a new confirmation dialog
  @Test
  void anExtraStepBetweenTwoKnownOnesIsANewDialog() {
    CliRun run = runWith("a3-ekstra-steg");

    assertStoppedAsChanged(run);
    assertThat(run.file("diagnose.txt"))
        .contains("Steg:      Steg 7 av 12: Klikk på \"Legg til virksomhet\"")
        .contains(
            "Roboten ventet på:   at Altinn viser leverandørsiden («Fullmakt til N API») eller «Vi"
                + " fant ikke leverandøren»");
    assertThat(candidates(run).get(0))
        .isEqualTo("1. dialogen «Vilkår for leverandører» – en ny dialog ligger over siden");
    assertVismaNotAddedInAltinn3();
  }

  @Test
  void aRenamedButtonInAltinn2IsANewButtonOnThePage() {
    CliRun run = runWith("a2-knapp-omdopt");

    assertStoppedAsChanged(run);
    assertThat(run.file("diagnose.txt"))
        .contains("Steg:      Steg 7 av 12: Klikk på \"Neste\"")
        .contains("Roboten lette etter: knappen «Neste»");
    assertThat(candidates(run).get(0))
        .isEqualTo("1. knappen «Gå videre» – samme rolle, ny på siden");
    assertNothingGivenInAltinn2();
  }

  @Tag("lang") // diagnosed as a renamed button is
  @Test
  void aRenamedTabInAltinn2() {
    CliRun run = runWith("a2-fane-omdopt");

    assertStoppedAsChanged(run);
    assertThat(run.file("diagnose.txt"))
        .contains(
            "Steg:      Steg 4 av 12: Klikk på \"Ekstern virksomhet\" under \"Hva vil du legge"
                + " til?\"")
        .contains("Roboten lette etter: fanen «Ekstern virksomhet»");
    assertThat(candidates(run).get(0))
        .startsWith("1. fanen «Virksomhet» – samme rolle, lignende navn");
    assertNothingGivenInAltinn2();
  }

  @Test
  void anExtraStepInAltinn2IsANewDialogPage() {
    CliRun run = runWith("a2-ekstra-steg");

    assertStoppedAsChanged(run);
    assertThat(run.file("diagnose.txt"))
        .contains("Steg:      Steg 7 av 12: Klikk på \"Neste\"")
        .contains("Roboten ventet på:   at Altinn viser rettighetshaveren eller en feilmelding")
        .contains("Overskrifter der roboten lette: «Bekreft rettighetshaver»");
    assertThat(candidates(run).get(0)).isEqualTo("1. knappen «Bekreft» – ny på siden");
    assertNothingGivenInAltinn2();
  }
}
