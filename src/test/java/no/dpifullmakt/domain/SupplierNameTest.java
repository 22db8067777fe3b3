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

  @Test
  void refusesWhatCouldBreakALineATableOrAReport() {
    assertThatThrownBy(() -> new SupplierName("😀😀"))
        .hasMessageStartingWith("Navnet kan ikke inneholde tegnet «😀»");
    assertThatThrownBy(() -> new SupplierName("....")).hasMessageContaining("har for få bokstaver");
    assertThatThrownBy(() -> new SupplierName("Vis\u200Bma"))
        .hasMessageContaining("usynlige tegn (U+200B)");
    assertThatThrownBy(() -> new SupplierName("Vis|ma")).hasMessageContaining("tegnet «|»");
    assertThatThrownBy(() -> new SupplierName("Vis\nma")).hasMessageContaining("linjeskift");
    assertThatThrownBy(() -> new SupplierName("v".repeat(201)))
        .hasMessageStartingWith("Navnet er for langt (201 tegn)");
    assertThat(new SupplierName("Bjørkåsen Regnskap & Co. A/S (Øst)").text())
        .isEqualTo("Bjørkåsen Regnskap & Co. A/S (Øst)");
  }

  @Test
  void aKnownSuppliersNameMustBeTheStartOfItsRegisteredName() {
    OrganisationNumber visma = OrganisationNumber.parse("980858073");
    assertThat(KnownSuppliers.mismatch(visma, new SupplierName("VISMA soft"))).isNull();
    assertThat(KnownSuppliers.mismatch(visma, new SupplierName("digi")))
        .isEqualTo(
            "Navnet «digi» passer ikke til 980 858 073, som heter «Visma Software International"
                + " AS»: skriv starten av det navnet, eller rett organisasjonsnummeret.");
    assertThat(
            KnownSuppliers.mismatch(
                OrganisationNumber.parse("312605031"), new SupplierName("hvem som helst")))
        .isNull();
  }
}
