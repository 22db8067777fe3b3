package no.dpifullmakt.practiceportal.altinn2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.dpifullmakt.practiceportal.altinn2.rights.Parties;
import no.dpifullmakt.practiceportal.altinn2.rights.RightHolder;
import no.dpifullmakt.practiceportal.altinn2.rights.ServiceCatalogue;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.drift.ActiveChanges;
import org.junit.jupiter.api.Test;

class RightHolderViewTest {

  private static final Parties PARTIES = new Parties(Directory.seeded());
  private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.seeded();
  private static final String DPI_RIGHT =
      "Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten";

  private static Altinn2Changes changes(String... on) {
    return new Altinn2Changes(new ActiveChanges(List.of(on)));
  }

  private static String title(RightHolderView.Section s) {
    return s.parenthesised()
        ? s.before() + " (" + s.count() + ")"
        : s.before() + " " + s.count() + " " + s.after();
  }

  @Test
  void servicesAloneSayHarTilgangAndShowTheirOwners() {
    var holder =
        new RightHolder(
            PARTIES.organisation("980858073"), List.of(), List.of(CATALOGUE.require("5504_1")));

    var view = RightHolderView.of(holder, changes());

    assertThat(view.kindLabel()).isEqualTo("EKSTERN VIRKSOMHET");
    assertThat(view.sections())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(title(s)).isEqualTo("Har tilgang til disse 1 enkelttjenestene");
              assertThat(s.listId()).isEqualTo("DirectRights-View-Actor");
              assertThat(s.items())
                  .singleElement()
                  .satisfies(
                      i -> {
                        assertThat(i.name()).isEqualTo(DPI_RIGHT);
                        assertThat(i.owner()).isEqualTo("Digitaliseringsdirektoratet");
                      });
            });
  }

  @Test
  void servicesAfterRolesSayHarOgsaTilgangAndRolesHaveNoOwner() {
    var holder =
        new RightHolder(
            PARTIES.person("17879010047"),
            List.of("Utfyller/innsender", "Post/arkiv"),
            List.of(CATALOGUE.require("2101_1")));

    var view = RightHolderView.of(holder, changes());

    assertThat(view.kindLabel()).isEqualTo("PERSON");
    assertThat(view.sections())
        .extracting(RightHolderViewTest::title)
        .containsExactly("Har disse 2 rollene:", "Har også tilgang til disse 1 enkelttjenestene");
    assertThat(view.sections().get(0).items()).allSatisfy(i -> assertThat(i.owner()).isNull());
  }

  @Test
  void sectionsRenamedCountInParenthesesAndLeaveTheRolesAlone() {
    var withRoles =
        new RightHolder(
            PARTIES.person("17879010047"),
            List.of("Post/arkiv"),
            List.of(CATALOGUE.require("2101_1"), CATALOGUE.require("4936_1")));
    var servicesOnly =
        new RightHolder(
            PARTIES.organisation("980858073"), List.of(), List.of(CATALOGUE.require("5504_1")));

    assertThat(RightHolderView.of(withRoles, changes("a2-seksjon-omdopt")).sections())
        .extracting(RightHolderViewTest::title)
        .containsExactly("Har disse 1 rollene:", "Også enkelttjenester (2)");
    assertThat(RightHolderView.of(servicesOnly, changes("a2-seksjon-omdopt")).sections())
        .extracting(RightHolderViewTest::title)
        .containsExactly("Enkelttjenester (1)");
  }

  @Test
  void theLookAlikeTakesTheDpiRightsTitleOnlyUnderForveksling() {
    var holder =
        new RightHolder(
            PARTIES.organisation("980858073"),
            List.of(),
            List.of(CATALOGUE.require(Altinn2Changes.LOOK_ALIKE)));

    var normal = RightHolderView.of(holder, changes()).sections().get(0).items().get(0);
    var confusing =
        RightHolderView.of(holder, changes("a2-forveksling")).sections().get(0).items().get(0);

    assertThat(normal.name())
        .isEqualTo("Delegere rettighet til å lese DPI-kvitteringer på vegne av virksomheten");
    assertThat(confusing.name()).isEqualTo(DPI_RIGHT);
    assertThat(confusing.owner()).isEqualTo("Norsk helsenett SF");
    assertThat(confusing.key()).isEqualTo(Altinn2Changes.LOOK_ALIKE);
  }

  @Test
  void noRightsNoSections() {
    var view =
        RightHolderView.of(RightHolder.without(PARTIES.organisation("971032146")), changes());

    assertThat(view.hasRights()).isFalse();
  }
}
