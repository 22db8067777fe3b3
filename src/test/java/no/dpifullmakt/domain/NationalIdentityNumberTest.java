package no.dpifullmakt.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NationalIdentityNumberTest {

  private static final String SOURCE = "Miljøvariabelen DPI_TESTID_FNR";

  @Test
  void acceptsTheSyntheticNumbersOfThePracticePortalAndTestId() {
    assertThat(NationalIdentityNumber.problemWith("12857610030", SOURCE)).isNull();
    assertThat(NationalIdentityNumber.problemWith("23916910053", SOURCE)).isNull();
    assertThat(NationalIdentityNumber.problemWith(" 03919110049 ", SOURCE)).isNull();
  }

  @Test
  void refusesAWrongControlDigitWithoutShowingTheNumber() {
    String first = NationalIdentityNumber.problemWith("12857610040", SOURCE);
    String second = NationalIdentityNumber.problemWith("12857610031", SOURCE);

    assertThat(first).startsWith(SOURCE).contains("kontrollsifrene").doesNotContain("1285761");
    assertThat(second).isEqualTo(first);
  }

  @Test
  void refusesAnythingButElevenDigits() {
    assertThat(NationalIdentityNumber.problemWith("1285761003", SOURCE))
        .isEqualTo(
            SOURCE + " må inneholde et fødselsnummer med nøyaktig 11 siffer (uten mellomrom).");
    assertThat(NationalIdentityNumber.problemWith("128576 10030", SOURCE)).contains("11 siffer");
  }
}
