package no.dpifullmakt.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code kontroller} under every named change of both generations: what the robot says (on plass,
 * mangler, or a stop with a diagnosis) is never wrong about what the portal really stores, and a
 * check changes nothing.
 */
class ChecksUnderDriftTest {

  static List<String> runs() {
    return PracticeRuns.keys(PracticeRuns.CHECKS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void neverAWrongAnswer(String key) {
    PracticeRuns.Done done = PracticeRuns.of(key);
    assertThat(TruthCheck.violations(done)).as(TruthCheck.describe(done)).isEmpty();
    assertThat(done.run().exit()).as(TruthCheck.describe(done)).isIn(0, 1, 4);
  }

  @Test
  void anApiWithTheSameTitleButAnotherScopeIsNotTheRight() {
    PracticeRuns.Done done = PracticeRuns.of("kontroller:a3-forveksling");
    assertThat(done.run().exit()).as(TruthCheck.describe(done)).isEqualTo(1);
    assertThat(done.run().out()).contains("Mangler: Visma Software International AS");
  }

  @Test
  void aListWhoseRowsShowNoNumberIsNotReadAsEmpty() {
    PracticeRuns.Done done = PracticeRuns.of("kontroller:a3-orgnr-omdopt");
    assertThat(done.run().exit()).as(TruthCheck.describe(done)).isEqualTo(4);
    assertThat(done.run().file("diagnose.txt"))
        .contains("at leverandørlisten er lastet: at hver rad viser «Org.nr. …»");
  }

  @Test
  void aRenamedRemoveButtonIsNotReadAsNotGiven() {
    PracticeRuns.Done done = PracticeRuns.of("kontroller:a3-slett-omdopt");
    assertThat(done.run().exit()).as(TruthCheck.describe(done)).isEqualTo(4);
  }

  @Test
  void changesThatTheCheckDoesNotMeetLeaveItsAnswer() {
    int checked = 0;
    for (String change :
        List.of(
            "a3-knapp-omdopt",
            "a3-knapp-deaktivert",
            "a3-feiltekst-endret",
            "a3-ekstra-steg",
            "a3-ny-bekreftelse",
            "a3-rader-endret",
            "a3-kosmetisk",
            "a2-kosmetisk")) {
      if (!runs().contains("kontroller:" + change)) {
        continue; // only under -Plange
      }
      PracticeRuns.Done done = PracticeRuns.of("kontroller:" + change);
      assertThat(done.run().exit()).as(TruthCheck.describe(done)).isZero();
      checked++;
    }
    assertThat(checked).as("kontroller under minst én endring den ikke møter").isPositive();
  }
}
