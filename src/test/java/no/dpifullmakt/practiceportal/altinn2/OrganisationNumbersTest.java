package no.dpifullmakt.practiceportal.altinn2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumbersTest {

  @ParameterizedTest
  @ValueSource(strings = {"980858073", "971032146", "991825827", "315260183"})
  void acceptsNumbersWithTheRightCheckDigit(String orgnr) {
    assertThat(OrganisationNumbers.isValid(orgnr)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"980858074", "98085807", "9808580730", "98085807a", "", "980 858 073"})
  void rejectsEverythingElse(String orgnr) {
    assertThat(OrganisationNumbers.isValid(orgnr)).isFalse();
  }

  @Test
  void aCheckDigitOfTenMakesTheNumberInvalid() {
    String prefix = findPrefixWithCheckTen();
    for (int last = 0; last <= 9; last++) {
      assertThat(OrganisationNumbers.isValid(prefix + last)).isFalse();
    }
  }

  @Test
  void formatsInGroupsOfThree() {
    assertThat(OrganisationNumbers.formatted("980858073")).isEqualTo("980 858 073");
    assertThat(OrganisationNumbers.formatted("98085")).isEqualTo("98085");
  }

  private static String findPrefixWithCheckTen() {
    int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
    for (int n = 10_000_000; ; n++) {
      String prefix = Integer.toString(n);
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (prefix.charAt(i) - '0') * weights[i];
      }
      if (11 - sum % 11 == 10) {
        return prefix;
      }
    }
  }
}
