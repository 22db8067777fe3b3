package no.dpifullmakt.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
