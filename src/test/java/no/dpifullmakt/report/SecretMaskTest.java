package no.dpifullmakt.report;

import static org.assertj.core.api.Assertions.assertThat;

import no.dpifullmakt.domain.Secret;
import org.junit.jupiter.api.Test;

class SecretMaskTest {

  @Test
  void masksRegisteredSecretsAndAnythingShapedLikeANationalIdentityNumber() {
    SecretMask.register(Secret.of("hemmelig-passord"));
    assertThat(SecretMask.apply("passord=hemmelig-passord")).isEqualTo("passord=" + Secret.MASK);
    assertThat(SecretMask.apply("fnr 23916910053 ble avvist"))
        .isEqualTo("fnr " + Secret.MASK + " ble avvist");
  }

  @Test
  void leavesOrganisationNumbersAndOtherNumbersAlone() {
    assertThat(SecretMask.apply("980858073 og 980 858 073 og 123456789012"))
        .isEqualTo("980858073 og 980 858 073 og 123456789012");
  }
}
