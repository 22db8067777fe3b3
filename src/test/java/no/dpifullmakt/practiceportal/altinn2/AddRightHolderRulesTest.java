package no.dpifullmakt.practiceportal.altinn2;

import static no.dpifullmakt.practiceportal.altinn2.AddRightHolderRules.FIELD_NAME;
import static no.dpifullmakt.practiceportal.altinn2.AddRightHolderRules.FIELD_ORGNR;
import static no.dpifullmakt.practiceportal.altinn2.AddRightHolderRules.FIELD_PID;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.dpifullmakt.practiceportal.altinn2.rights.Parties;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Organisation;
import org.junit.jupiter.api.Test;

class AddRightHolderRulesTest {

  private static final Directory DIRECTORY = Directory.seeded();

  private final AddRightHolderRules rules =
      new AddRightHolderRules(DIRECTORY, new Parties(DIRECTORY));
  private final Organisation fjordvik = DIRECTORY.organisation("315260183").orElseThrow();

  @Test
  void findsVismaFromTheLettersFourCharacters() {
    var outcome = rules.organisation("980 858 073", "vism", fjordvik);

    assertThat(outcome.isFound()).isTrue();
    assertThat(outcome.party().name()).isEqualTo("VISMA SOFTWARE INTERNATIONAL AS");
  }

  @Test
  void anInvalidNumberAndAShortNameAreBothReported() {
    var outcome = rules.organisation("980858074", "vis", fjordvik);

    assertThat(outcome.errors())
        .isEqualTo(
            Map.of(
                FIELD_ORGNR, AddRightHolderRules.INVALID_ORGNR,
                FIELD_NAME, AddRightHolderRules.NAME_TOO_SHORT));
  }

  @Test
  void aValidButUnknownNumberIsNotAnOrganisation() {
    String unknownButValid = "910000004";
    assertThat(OrganisationNumbers.isValid(unknownButValid)).isTrue();

    assertThat(rules.organisation(unknownButValid, "abcd", fjordvik).errors())
        .containsEntry(FIELD_ORGNR, AddRightHolderRules.UNKNOWN_ORGANISATION);
  }

  @Test
  void theNameMustBeTheBeginningOfTheRegisteredName() {
    assertThat(rules.organisation("980858073", "soft", fjordvik).errors())
        .containsEntry(FIELD_ORGNR, AddRightHolderRules.UNKNOWN_ORGANISATION);
    assertThat(rules.organisation("980858073", "VISMA SOFT", fjordvik).isFound()).isTrue();
  }

  @Test
  void theActingOrganisationCannotAddItself() {
    assertThat(rules.organisation("315260183", "fjordvik", fjordvik).errors())
        .containsEntry(FIELD_ORGNR, AddRightHolderRules.OWN_ORGANISATION);
  }

  @Test
  void aPersonIsFoundByNumberAndLastName() {
    assertThat(rules.person("178790 10047", "hegg").party().name()).isEqualTo("Jonas Hegg");
    assertThat(rules.person("17879010047", "Hansen").errors())
        .containsEntry(FIELD_PID, AddRightHolderRules.UNKNOWN_USER);
    assertThat(rules.person("123", "Hegg").errors())
        .containsEntry(FIELD_PID, AddRightHolderRules.UNKNOWN_USER);
  }

  @Test
  void thereAreNoEnterpriseUsers() {
    assertThat(rules.enterpriseUser("virksomhetsbruker1").isFound()).isFalse();
  }
}
