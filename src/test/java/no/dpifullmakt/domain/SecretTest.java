package no.dpifullmakt.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTest {

  @Test
  void neverShowsItselfInText() {
    Secret pid = Secret.of("12857610030");
    assertThat(pid.toString()).doesNotContain("12857610030");
    assertThat("Personen " + pid + " logget inn").doesNotContain("1285761");
    assertThat(pid.maskIn("feil for 12857610030 i skjemaet"))
        .isEqualTo("feil for " + Secret.MASK + " i skjemaet");
    assertThat(pid.reveal()).isEqualTo("12857610030");
  }
}
