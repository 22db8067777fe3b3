package no.dpifullmakt.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule itself, on made-up states and summaries: it must catch each wrong answer of #13. */
class NoWrongAnswerTest {

  private static final String VISMA = "980858073";
  private static final String DPI = "digdir-dpi-send";

  private static PortalTruth visma(String... apis) {
    return new PortalTruth(Map.of(VISMA, List.of(apis)));
  }

  private static final PortalTruth NOT_A_SUPPLIER = new PortalTruth(Map.of());

  private static List<String> check(
      String command, PortalTruth before, PortalTruth after, int exit, String output) {
    return NoWrongAnswer.violations(
        command, VISMA, DPI, true, before, after, RobotClaim.of(exit, output));
  }

  @Test
  void aCheckThatSaysMissingWhileTheRightIsThereIsWrong() {
    assertThat(
            check(
                "kontroller",
                visma(DPI),
                visma(DPI),
                1,
                "  Mangler: Visma (980 858 073): «Digital post til innbyggere» mangler\n"
                    + "  Ingenting ble endret i Altinn."))
        .containsExactly("kontroller sa «mangler», men rettigheten er gitt");
  }

  @Test
  void aRemovalThatSaysNothingToRemoveWhileTheRightStaysIsWrong() {
    assertThat(
            check(
                "fjern",
                visma(DPI),
                visma(DPI),
                0,
                "  Var ikke gitt: Visma (980 858 073): «Digital post til innbyggere» var ikke"
                    + " gitt\n  Ingenting ble endret i Altinn."))
        .contains(
            "fjern sluttet med 0, men rettigheten står der fortsatt",
            "roboten sa «ingenting å fjerne», men rettigheten var gitt");
  }

  @Test
  void deletingASupplierWithOtherRightsAndSayingNothingChangedIsWrong() {
    assertThat(
            check(
                "fjern",
                visma("a", "b"),
                NOT_A_SUPPLIER,
                0,
                "  Var ikke gitt: Visma (980 858 073): «Digital post til innbyggere» var ikke"
                    + " gitt\n  Ingenting ble endret i Altinn."))
        .contains(
            "leverandøren ble slettet, med andre rettigheter",
            "det skjedde, men roboten rapporterte ikke at leverandøren ble slettet",
            "roboten sa «Ingenting ble endret i Altinn», men noe ble endret");
  }

  @Test
  void alreadyGivenForALookAlikeIsWrong() {
    assertThat(
            check(
                "utfør",
                visma("digdir-dpi-les"),
                visma("digdir-dpi-les"),
                0,
                "  Allerede på plass: Visma (980 858 073): «Digital post til innbyggere» allerede"
                    + " gitt\n  Ingenting ble endret i Altinn."))
        .contains(
            "utfør sluttet med 0, men rettigheten er ikke gitt",
            "roboten sa «allerede gitt», men den var ikke gitt");
  }

  @Test
  void aGiveThatIsReportedTruthfullyIsRight() {
    assertThat(
            check(
                "utfør",
                NOT_A_SUPPLIER,
                visma(DPI),
                0,
                "  Gitt nå: Visma (980 858 073): «Digital post til innbyggere» gitt\n"
                    + "  Altinn ble endret: Visma (980 858 073) lagt til som leverandør; Visma (980"
                    + " 858 073): «Digital post til innbyggere» gitt."))
        .isEmpty();
  }

  @Test
  void aStopHalfwayMustStillReportTheSupplierItAdded() {
    assertThat(check("utfør", NOT_A_SUPPLIER, visma(), 4, "  Ingenting ble endret i Altinn."))
        .contains("det skjedde, men roboten rapporterte ikke at leverandøren ble lagt til");
    assertThat(
            check(
                "utfør",
                NOT_A_SUPPLIER,
                visma(),
                4,
                "  Altinn ble endret: Visma (980 858 073) lagt til som leverandør."))
        .isEmpty();
  }
}
