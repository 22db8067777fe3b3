package no.dpifullmakt.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import no.dpifullmakt.browser.BrowserSettings;
import no.dpifullmakt.domain.InvalidInputException;
import no.dpifullmakt.domain.OrganisationNumber;
import org.junit.jupiter.api.Test;

class RunSettingsTest {

  private static RunSettings tt02(Map<String, String> variables) {
    return new RunSettings(
        Environments.builtIn("tt02"),
        BrowserSettings.headlessChrome(),
        RunSettings.DEFAULT_TIMEOUT,
        Path.of("target"),
        Optional.of(OrganisationNumber.parse("312787075")),
        variables::get,
        AssistSettings.off());
  }

  @Test
  void tt02WithoutTheVariableStopsWithANorwegianMessage() {
    assertThatThrownBy(() -> tt02(Map.of()).testIdPersonalIdentifier())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("DPI_TESTID_FNR er ikke satt");
  }

  @Test
  void tt02StartsAtTheRealAddressesAndNeverShowsTheNumber() {
    RunSettings settings = tt02(Map.of("DPI_TESTID_FNR", "23916910053"));
    assertThat(settings.start(Generation.ALTINN3))
        .hasToString("https://am.ui.tt02.altinn.no/accessmanagement/ui/");
    assertThat(settings.start(Generation.ALTINN2))
        .hasToString("https://tt02.altinn.no/ui/MessageBox");
    assertThat(settings.testIdPersonalIdentifier().toString()).doesNotContain("23916910053");
    assertThat(settings.testIdPersonalIdentifier().reveal()).isEqualTo("23916910053");
  }
}
