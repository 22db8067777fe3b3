package no.dpifullmakt.practiceportal.altinn2.rights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceCatalogueTest {

  private static final String DPI_RIGHT =
      "Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten";

  private final ServiceCatalogue catalogue = ServiceCatalogue.seeded();

  @Test
  void holdsAtLeast25ServicesWithTheDpiRightExactlyOnce() {
    assertThat(catalogue.all()).hasSizeGreaterThanOrEqualTo(25);
    assertThat(catalogue.all()).filteredOn(s -> s.name().equals(DPI_RIGHT)).hasSize(1);
    assertThat(catalogue.byCode("5504_1"))
        .hasValueSatisfying(
            s -> {
              assertThat(s.name()).isEqualTo(DPI_RIGHT);
              assertThat(s.owner()).isEqualTo("Digitaliseringsdirektoratet");
            });
  }

  @Test
  void searchingForDpiAlsoFindsDistractors() {
    assertThat(catalogue.search("dpi"))
        .extracting(AltinnService::name)
        .contains(
            DPI_RIGHT,
            "DPI - varslingsinnstillinger for digital postkasse",
            "Søknad om tilgang til DPI-testmiljø")
        .hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void aLookAlikeFromAnotherOwnerIsAlwaysThereAndDpiFindsIt() {
    assertThat(catalogue.search("dpi"))
        .filteredOn(s -> s.owner().equals("Norsk helsenett SF"))
        .extracting(AltinnService::name)
        .containsExactly("Delegere rettighet til å lese DPI-kvitteringer på vegne av virksomheten");
  }

  @Test
  void searchingAsTheScreensShowTheServicesMatchesTheTitlesShown() {
    AltinnService lookAlike = catalogue.require("6104_1");

    var found = catalogue.search("sende dpi", s -> s.equals(lookAlike) ? s.withName(DPI_RIGHT) : s);

    assertThat(found).extracting(AltinnService::name).containsExactly(DPI_RIGHT, DPI_RIGHT);
    assertThat(found)
        .extracting(AltinnService::owner)
        .containsExactlyInAnyOrder("Digitaliseringsdirektoratet", "Norsk helsenett SF");
  }

  @Test
  void everyWordMustMatchIgnoringCase() {
    assertThat(catalogue.search("DPI   meldinger"))
        .extracting(AltinnService::name)
        .containsExactly(DPI_RIGHT);
    assertThat(catalogue.search("skatteetaten arbeidsgiveravgift"))
        .extracting(AltinnService::name)
        .containsExactly("A-melding");
    assertThat(catalogue.search("dpi lønn")).isEmpty();
  }

  @Test
  void theOwnerAndTheKeywordsAreSearchedToo() {
    assertThat(catalogue.search("lånekasse")).hasSize(2);
    assertThat(catalogue.search("digitalpostinnbygger:send"))
        .extracting(AltinnService::name)
        .containsExactly(DPI_RIGHT);
  }

  @Test
  void anEmptyQueryFindsNothing() {
    assertThat(catalogue.search("   ")).isEmpty();
    assertThat(catalogue.search(null)).isEmpty();
  }
}
