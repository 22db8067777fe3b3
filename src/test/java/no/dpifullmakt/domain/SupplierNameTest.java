package no.dpifullmakt.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SupplierNameTest {

  @Test
  void needsAtLeastTheFirstFourCharacters() {
    assertThatThrownBy(() -> new SupplierName("vis"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "Navnet «vis» er for kort: skriv minst de 4 første tegnene i leverandørens navn.");
    assertThat(new SupplierName(" vism ").text()).isEqualTo("vism");
  }

  @Test
  void matchesTheRegisteredNameFromTheStartIgnoringCase() {
    SupplierName name = new SupplierName("vism");
    assertThat(name.matches("VISMA SOFTWARE INTERNATIONAL AS")).isTrue();
    assertThat(name.matches("Visma Software International AS")).isTrue();
    assertThat(name.matches("SOFTWARE VISMA AS")).isFalse();
    assertThat(new SupplierName("Kommunesektorens").matches("KOMMUNESEKTORENS ORGANISASJON"))
        .isTrue();
  }
}
