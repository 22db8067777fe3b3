package no.dpifullmakt.practiceportal.altinn3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumbersTest {

  @ParameterizedTest
  @ValueSource(strings = {"991825827", "980858073", "971032146", "312787075", "312605031"})
  void acceptsNumbersWithTheRightCheckDigit(String orgnr) {
    assertThat(OrganisationNumbers.isValid(orgnr)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"991825828", "123456789", "99182582", "9918258270", "99182582a", ""})
  void rejectsWrongCheckDigitsAndLengths(String orgnr) {
    assertThat(OrganisationNumbers.isValid(orgnr)).isFalse();
  }

  @Test
  void rejectsNumbersWhoseCheckDigitWouldBeTen() {
    // Find eight digits whose weighted sum leaves remainder 1: no check digit fits them.
    String withTen = null;
    for (int prefix = 10000000; prefix < 10000100 && withTen == null; prefix++) {
      String digits = Integer.toString(prefix);
      int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += weights[i] * (digits.charAt(i) - '0');
      }
      if (11 - sum % 11 == 10) {
        withTen = digits;
      }
    }
    assertThat(withTen).isNotNull();
    for (int last = 0; last <= 9; last++) {
      assertThat(OrganisationNumbers.isValid(withTen + last)).isFalse();
    }
  }

  @Test
  void groupsInThrees() {
    assertThat(OrganisationNumbers.grouped("991825827")).isEqualTo("991 825 827");
  }
}
