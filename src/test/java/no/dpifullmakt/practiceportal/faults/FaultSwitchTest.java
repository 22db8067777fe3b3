package no.dpifullmakt.practiceportal.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultSwitchTest {

  private static List<Object> draws(Faults faults) {
    FaultSwitch faultSwitch = new FaultSwitch(faults);
    List<Object> draws = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      draws.add(faultSwitch.nextDelayMillis());
      draws.add(faultSwitch.failRead("les " + i, "/les"));
    }
    return draws;
  }

  @Test
  void theSameSeedGivesTheSameLatenciesAndFailedReads() {
    Faults faults = Faults.none().withForsinkelseMaksMs(500).withLesefeilAndel(0.5).withFrø(42);

    assertThat(draws(faults)).isEqualTo(draws(faults));
    assertThat(draws(faults)).isNotEqualTo(draws(faults.withFrø(43)));
  }

  @Test
  void latencyIsTheFixedPartPlusARandomPartUpToTheBound() {
    FaultSwitch faults =
        new FaultSwitch(Faults.none().withForsinkelseMs(100).withForsinkelseMaksMs(50));

    for (int i = 0; i < 200; i++) {
      assertThat(faults.nextDelayMillis()).isBetween(100L, 150L);
    }
  }

  @Test
  void aFailedReadAnswersTheNextTimeItIsAsked() {
    FaultSwitch faults = new FaultSwitch(Faults.none().withLesefeilAndel(1.0));

    assertThat(faults.failRead("økt /leverandorer", "/leverandorer")).isTrue();
    assertThat(faults.failRead("økt /leverandorer", "/leverandorer")).isFalse();
    assertThat(faults.failRead("økt /leverandorer", "/leverandorer")).isTrue();
    assertThat(new FaultSwitch(Faults.none()).failRead("økt /leverandorer", "/leverandorer"))
        .isFalse();
  }

  @Test
  void aReadUnderAFailingPathFailsEveryTimeAndOthersDoNot() {
    FaultSwitch faults =
        new FaultSwitch(Faults.none().withLesefeilStier("/api/leverandorer/980858073"));

    for (int i = 0; i < 3; i++) {
      assertThat(faults.failRead("økt /api/leverandorer/980858073", "/api/leverandorer/980858073"))
          .isTrue();
    }
    assertThat(faults.failRead("økt /api/leverandorer", "/api/leverandorer")).isFalse();
    assertThat(faults.failRead("økt /api/leverandorer/991825827", "/api/leverandorer/991825827"))
        .isFalse();
  }

  @Test
  void aSessionExpiresAfterItsAllowanceOfRequests() {
    FaultSwitch faults = new FaultSwitch(Faults.none().withSesjonUtløperEtterForespørsler(2));

    assertThat(faults.countAndExpire("a")).isFalse();
    assertThat(faults.countAndExpire("b")).isFalse();
    assertThat(faults.countAndExpire("a")).isFalse();
    assertThat(faults.countAndExpire("a")).isTrue();
    assertThat(faults.countAndExpire("b")).isFalse();
  }

  @Test
  void exactlyAsManyAnswersAreLostAsAskedFor() {
    FaultSwitch faults = new FaultSwitch(Faults.none().withMistSvarPåNesteEndring(2));

    assertThat(faults.loseAnswer()).isTrue();
    assertThat(faults.loseAnswer()).isTrue();
    assertThat(faults.loseAnswer()).isFalse();
  }

  @Test
  void exactlyAsManyPageLoadsFailAsAskedForAndAResetCountsAfresh() {
    FaultSwitch faults = new FaultSwitch(Faults.none().withSidefeilAntall(2));

    assertThat(faults.failPageLoad("/ui/MessageBox")).isTrue();
    assertThat(faults.failPageLoad("/idporten/login")).isTrue();
    assertThat(faults.failPageLoad("/ui/Profile")).isFalse();

    faults.reset();
    assertThat(faults.failPageLoad("/ui/Profile")).isTrue();
  }

  @Test
  void onlyPageLoadsUnderThePathsAskedForCountAndFail() {
    FaultSwitch faults =
        new FaultSwitch(
            Faults.none().withSidefeilAntall(1).withSidefeilStier("/idporten", "/velg-aktor"));

    assertThat(faults.failPageLoad("/ui/MessageBox")).isFalse();
    assertThat(faults.failPageLoad("/accessmanagement/ui")).isFalse();
    assertThat(faults.failPageLoad("/idporten/testid")).isTrue();
    assertThat(faults.failPageLoad("/velg-aktor")).isFalse();
  }

  @Test
  void clearingStopsEverythingAndAResetReturnsToTheStartCountedAfresh() {
    Faults atStart = Faults.none().withMistSvarPåNesteEndring(true);
    FaultSwitch faults = new FaultSwitch(atStart);
    faults.loseAnswer();

    faults.clear();
    assertThat(faults.current().isNone()).isTrue();
    assertThat(faults.loseAnswer()).isFalse();

    faults.reset();
    assertThat(faults.current()).isEqualTo(atStart);
    assertThat(faults.loseAnswer()).isTrue();
  }
}
