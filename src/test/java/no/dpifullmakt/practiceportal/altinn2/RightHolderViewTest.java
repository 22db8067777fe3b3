package no.dpifullmakt.practiceportal.altinn2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.dpifullmakt.practiceportal.altinn2.rights.Parties;
import no.dpifullmakt.practiceportal.altinn2.rights.RightHolder;
import no.dpifullmakt.practiceportal.altinn2.rights.ServiceCatalogue;
import no.dpifullmakt.practiceportal.directory.Directory;
import org.junit.jupiter.api.Test;

class RightHolderViewTest {

  private static final Parties PARTIES = new Parties(Directory.seeded());
  private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.seeded();

  @Test
  void servicesAloneSayHarTilgang() {
    var holder =
        new RightHolder(
            PARTIES.organisation("980858073"), List.of(), List.of(CATALOGUE.require("5504_1")));

    var view = RightHolderView.of(holder);

    assertThat(view.kindLabel()).isEqualTo("EKSTERN VIRKSOMHET");
    assertThat(view.sections())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.before()).isEqualTo("Har tilgang til disse");
              assertThat(s.after()).isEqualTo("enkelttjenestene");
              assertThat(s.listId()).isEqualTo("DirectRights-View-Actor");
              assertThat(s.count()).isEqualTo(1);
            });
  }

  @Test
  void servicesAfterRolesSayHarOgsaTilgang() {
    var holder =
        new RightHolder(
            PARTIES.person("17879010047"),
            List.of("Utfyller/innsender", "Post/arkiv"),
            List.of(CATALOGUE.require("2101_1")));

    var view = RightHolderView.of(holder);

    assertThat(view.kindLabel()).isEqualTo("PERSON");
    assertThat(view.sections())
        .extracting(s -> s.before() + " " + s.count() + " " + s.after())
        .containsExactly("Har disse 2 rollene:", "Har også tilgang til disse 1 enkelttjenestene");
  }

  @Test
  void noRightsNoSections() {
    var view = RightHolderView.of(RightHolder.without(PARTIES.organisation("971032146")));

    assertThat(view.hasRights()).isFalse();
  }
}
