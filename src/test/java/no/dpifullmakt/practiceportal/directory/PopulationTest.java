package no.dpifullmakt.practiceportal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The made-up population: synthetic numbers that still pass the checks, and their languages. */
class PopulationTest {

  private static final Directory DIRECTORY = Directory.seeded();

  /** Whether both control digits of a national identity number are right (mod 11). */
  private static boolean validControlDigits(String pid) {
    int[] first = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    int[] second = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    return controlDigit(pid, first) == pid.charAt(9) - '0'
        && controlDigit(pid, second) == pid.charAt(10) - '0';
  }

  /** The control digit the weights give, or -1 when none exists (remainder 1). */
  private static int controlDigit(String pid, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * (pid.charAt(i) - '0');
    }
    int digit = (11 - sum % 11) % 11;
    return digit == 10 ? -1 : digit;
  }

  @Test
  void everyoneHasASyntheticNumberWithValidControlDigits() {
    for (Person person : DIRECTORY.people()) {
      String pid = person.pid();
      assertThat(pid).as(person.fullName()).matches("\\d{11}");
      int month = Integer.parseInt(pid.substring(2, 4));
      assertThat(month).as(pid + ": month + 80").isBetween(81, 92);
      assertThat(validControlDigits(pid)).as(pid).isTrue();
    }
  }

  @Test
  void theNynorskAndEnglishPeopleHaveAseSolbakkensRights() {
    Person ase = DIRECTORY.person("15867210064").orElseThrow();
    Person sigrid = DIRECTORY.person("21887410000").orElseThrow();
    Person oliver = DIRECTORY.person("03919110049").orElseThrow();
    assertThat(sigrid.fullName()).isEqualTo("Sigrid Haugland");
    assertThat(oliver.fullName()).isEqualTo("Oliver Strand");
    assertThat(DIRECTORY.seededLanguage(ase)).isEqualTo("nb");
    assertThat(DIRECTORY.seededLanguage(sigrid)).isEqualTo("nn");
    assertThat(DIRECTORY.seededLanguage(oliver)).isEqualTo("en");
    Organisation ape = DIRECTORY.organisation("312787075").orElseThrow();
    for (Person person : new Person[] {sigrid, oliver}) {
      assertThat(DIRECTORY.actorsFor(person)).isEqualTo(DIRECTORY.actorsFor(ase));
      for (Authority authority : Authority.values()) {
        assertThat(DIRECTORY.has(person, ape, authority))
            .as(person.fullName() + " " + authority)
            .isEqualTo(DIRECTORY.has(ase, ape, authority));
      }
    }
    assertThat(DIRECTORY.has(sigrid, ape, Authority.MASKINPORTEN_ADMINISTRATOR)).isTrue();
  }
}
