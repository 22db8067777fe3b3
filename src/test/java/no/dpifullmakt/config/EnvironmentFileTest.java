package no.dpifullmakt.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentFileTest {

  @Test
  void readsTheBuiltInProfiles() {
    Environment tt02 = Environments.builtIn("tt02");
    assertThat(tt02.altinn3Base())
        .hasValueSatisfying(
            uri -> assertThat(uri).hasToString("https://am.ui.tt02.altinn.no/accessmanagement/ui"));
    assertThat(tt02.login()).isEqualTo(LoginMethod.TESTID);
    assertThat(tt02.pidVariable()).contains("DPI_TESTID_FNR");
    assertThat(tt02.practicePid()).isEmpty();
    assertThat(Environments.builtIn("produksjon").production()).isTrue();
    assertThat(Environments.builtIn("ovelse").practicePortal()).isTrue();
  }

  @Test
  void namesTheFileTheLineAndTheField() {
    assertThatThrownBy(
            () ->
                EnvironmentFile.parse(
                    "at22.miljo",
                    List.of(
                        "navn = at22",
                        "generasjon = altinn4",
                        "altinn3.adresse = https://am.ui.at22.altinn.cloud",
                        "innlogging = ingen")))
        .hasMessage(
            "Feil i miljøfilen at22.miljo, linje 2, feltet «generasjon»: ukjent generasjon;"
                + " bruk altinn2 eller altinn3.");
  }

  @Test
  void refusesANationalIdentityNumberInAFile() {
    assertThatThrownBy(
            () ->
                EnvironmentFile.parse(
                    "tt02-kopi.miljo",
                    List.of(
                        "navn = tt02-kopi",
                        "generasjon = altinn3",
                        "altinn3.adresse = https://am.ui.tt02.altinn.no/accessmanagement/ui",
                        "innlogging = testid",
                        "testid.fødselsnummer = 12345678901")))
        .hasMessageContaining("linje 5")
        .hasMessageContaining("testid.fødselsnummer")
        .hasMessageNotContaining("12345678901");
  }
}
