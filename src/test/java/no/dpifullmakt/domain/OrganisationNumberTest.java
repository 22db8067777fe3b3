package no.dpifullmakt.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"980858073", "971032146", "991825827", "312787075", "980 858 073"})
  void acceptsRealNumbers(String number) {
    assertThat(OrganisationNumber.parse(number).digits()).hasSize(9);
  }

  @ParameterizedTest
  @ValueSource(strings = {"980858074", "971032140", "991825828"})
  void rejectsAWrongCheckDigit(String number) {
    assertThatThrownBy(() -> OrganisationNumber.parse(number))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(number)
        .hasMessageContaining("kontrollsifferet");
  }

  @ParameterizedTest
  @ValueSource(strings = {"98085807", "9808580733", "98085807X", ""})
  void rejectsAnythingButNineDigits(String number) {
    assertThatThrownBy(() -> OrganisationNumber.parse(number))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("9 siffer");
  }

  @Test
  void eightDigitsWhoseRemainderGivesTenCanHaveNoValidCheckDigit() {
    // The seventh digit, 4, has weight 3: 12 mod 11 = 1, and 11 - 1 = 10 is no digit.
    assertThat(OrganisationNumber.checkDigit("00000040")).isNull();
    for (int digit = 0; digit <= 9; digit++) {
      assertThat(OrganisationNumber.problemWith("00000040" + digit)).isNotNull();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"980858073"})
  void groupsLikeAltinn(String number) {
    assertThat(OrganisationNumber.parse(number).grouped()).isEqualTo("980 858 073");
  }
}
