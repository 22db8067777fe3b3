package no.dpifullmakt.practiceportal.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import no.dpifullmakt.practiceportal.PortalOptions;
import org.junit.jupiter.api.Test;

class ActiveChangesTest {

  @Test
  void theCatalogueHasExactlyTheSeventeenNamedChanges() {
    assertThat(ChangeCatalogue.all().stream().map(Change::name))
        .containsExactly(
            "a3-knapp-omdopt",
            "a3-fane-omdopt",
            "a3-lenke-flyttet",
            "a3-knapp-deaktivert",
            "a3-ny-bekreftelse",
            "a3-feiltekst-endret",
            "a3-steg-fjernet",
            "a3-ekstra-steg",
            "a3-kosmetisk",
            "a3-slett-omdopt",
            "a3-orgnr-omdopt",
            "a3-rader-endret",
            "a3-forveksling",
            "a2-knapp-omdopt",
            "a2-fane-omdopt",
            "a2-ekstra-steg",
            "a2-kosmetisk",
            "a2-seksjon-omdopt",
            "a2-forveksling",
            "a2-fjern-omdopt");
  }

  @Test
  void severalChangesCanBeOnAtOnceAndClearingSwitchesAllOff() {
    ActiveChanges changes = new ActiveChanges(List.of());
    changes.switchOn("a3-kosmetisk");
    changes.switchOn("a2-fane-omdopt");

    assertThat(changes.active()).containsExactly("a2-fane-omdopt", "a3-kosmetisk");
    assertThat(changes.flags()).containsEntry("a2-fane-omdopt", true);
    assertThat(changes.flags()).containsEntry("a2-kosmetisk", false);

    changes.clear();
    assertThat(changes.any()).isFalse();
  }

  @Test
  void aResetReturnsToTheChangesThePortalStartedWith() {
    ActiveChanges changes = new ActiveChanges(List.of("a3-fane-omdopt"));
    changes.switchOn("a3-kosmetisk");
    changes.clear();

    changes.reset();

    assertThat(changes.active()).containsExactly("a3-fane-omdopt");
  }

  @Test
  void anUnknownNameIsRefusedWithTheKnownNames() {
    ActiveChanges changes = new ActiveChanges(List.of());

    assertThatThrownBy(() -> changes.switchOn("a3-finnes-ikke"))
        .isInstanceOf(UnknownChangeException.class)
        .hasMessageStartingWith(
            "Ukjent endring: a3-finnes-ikke. Kjente endringer: a3-knapp-omdopt");
  }

  @Test
  void optionsRefuseAnUnknownChangeAndKeepTheOldConstructors() {
    assertThatThrownBy(() -> PortalOptions.forTests().withChanges("feil-navn"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Ukjent endring: feil-navn");
    assertThat(PortalOptions.forTests().withChanges("a2-kosmetisk").changes())
        .isEqualTo(Set.of("a2-kosmetisk"));
    assertThat(new PortalOptions(0, false).changes()).isEmpty();
    assertThat(PortalOptions.forPeople(8080).faults().isNone()).isTrue();
  }
}
