package no.dpifullmakt.practiceportal.altinn2.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Organisation;
import org.junit.jupiter.api.Test;

class RightsRegistryTest {

  private static final Directory DIRECTORY = Directory.seeded();

  private final RightsRegistry registry = new RightsRegistry(DIRECTORY);
  private final Organisation fjordvik = DIRECTORY.organisation("315260183").orElseThrow();
  private final Organisation havlandet = DIRECTORY.organisation("311860917").orElseThrow();

  @Test
  void everyOrganisationStartsWithSeveralRightHoldersButNoneOfTheDpiParties() {
    for (Organisation actor : DIRECTORY.organisations()) {
      List<RightHolder> holders = registry.of(actor).rightHolders();
      assertThat(holders)
          .extracting(h -> h.party().id())
          .doesNotContain("971032146", "980858073", "991825827", actor.orgnr());
      assertThat(holders)
          .flatExtracting(RightHolder::services)
          .extracting(AltinnService::code)
          .doesNotContain("5504_1");
    }
    assertThat(registry.of(fjordvik).rightHolders()).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void fjordvikHasTheAccountantPersonsAndAnOrganisationWithADpiLookalike() {
    assertThat(registry.of(fjordvik).rightHolders())
        .extracting(h -> h.party().name())
        .contains("BJØRKÅSEN REGNSKAP AS", "Jonas Hegg", "Marte Kvam", "EKSEMPEL SYSTEMPARTNER AS");
  }

  @Test
  void eachActingOrganisationHasItsOwnState() {
    Party visma = registry.parties().organisation("980858073");
    registry.of(fjordvik).grant(visma, List.of(registry.catalogue().require("5504_1")));

    assertThat(registry.of(havlandet).of(visma).hasRights()).isFalse();
  }

  @Test
  void resetForgetsEverything() {
    Party visma = registry.parties().organisation("980858073");
    registry.of(fjordvik).grant(visma, List.of(registry.catalogue().require("5504_1")));

    registry.reset();

    assertThat(registry.of(fjordvik).of(visma).hasRights()).isFalse();
  }

  @Test
  void anOrganisationsPeopleWithAccessAreAtLeastOne() {
    assertThat(registry.parties().organisation("980858073").peopleWithAccess()).isEqualTo(1);
    assertThat(registry.parties().organisation("315260183").peopleWithAccess()).isEqualTo(3);
  }
}
