package no.dpifullmakt.practiceportal.altinn3.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceSearchTest {

  private static final ResourceRegistry REGISTRY = ResourceRegistry.seeded();
  private static final List<Resource> APIS = REGISTRY.maskinportenApis();

  private static List<String> ids(String query) {
    return ResourceSearch.search(APIS, query).stream().map(Resource::identifier).toList();
  }

  @Test
  void theCatalogueHasAtLeastFifteenApisAndTheDpiApiAsAltinnNamesIt() {
    assertThat(APIS).hasSizeGreaterThanOrEqualTo(15);
    Resource dpi = REGISTRY.resource("digdir-dpi-send").orElseThrow();
    assertThat(dpi.title()).isEqualTo("Digital post til innbyggere");
    assertThat(dpi.owner())
        .isEqualTo(new ResourceOwner("Digitaliseringsdirektoratet", "991825827"));
    assertThat(dpi.scopes()).containsExactly("digitalpostinnbygger:send");
    assertThat(dpi.keywords()).contains("DPI", "digital postkasse");
  }

  @Test
  void anEmptyQueryListsEverythingInRegistryOrder() {
    assertThat(ResourceSearch.search(APIS, "  ")).isEqualTo(APIS);
    assertThat(ResourceSearch.search(APIS, null)).isEqualTo(APIS);
  }

  @Test
  void theExactScopeComesFirst() {
    assertThat(ids("digitalpostinnbygger:send")).first().isEqualTo("digdir-dpi-send");
    assertThat(ids("DIGITALPOSTINNBYGGER:SEND")).first().isEqualTo("digdir-dpi-send");
  }

  @Test
  void anExactIdentifierComesFirstEvenWhenOthersMatchMoreWords() {
    assertThat(ids("digdir-krr-oppslag")).first().isEqualTo("digdir-krr-oppslag");
  }

  @Test
  void dpiFindsTheDpiApiAndItsLookAlikes() {
    assertThat(ids("DPI")).contains("digdir-dpi-send", "digdir-krr-oppslag");
    assertThat(ids("dpi")).contains("digdir-dpi-send");
  }

  @Test
  void digitalPostFindsSeveralApisAndRanksTheOnesMatchingBothWordsFirst() {
    List<String> hits = ids("digital post");
    assertThat(hits)
        .contains("digdir-dpi-send", "digdir-dpv-dpo-send", "digdir-krr-oppslag")
        .hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void moreMatchingWordsRankHigher() {
    // "sykepenger" and "inntektsmelding" both occur only in the NAV inntektsmelding API;
    // "inntekt" alone would match several.
    assertThat(ids("inntekt sykepenger")).first().isEqualTo("nav-inntektsmelding");
  }

  @Test
  void anyWordMatchesAndMatchingIsCaseInsensitive() {
    assertThat(ids("KJØRETØY ukjentord")).containsExactly("svv-kjoretoy");
  }

  @Test
  void searchesTheOwnerName() {
    assertThat(ids("Kartverket"))
        .containsExactlyInAnyOrder("kartverket-matrikkel", "kartverket-grunnbok");
  }

  @Test
  void theTitleOfTheDpiApiFindsItFirstAheadOfItsLookAlikes() {
    assertThat(ids("Digital post til innbyggere")).first().isEqualTo("digdir-dpi-send");
  }

  @Test
  void nothingMatchesGivesNoHits() {
    assertThat(ids("xyzzy")).isEmpty();
  }

  @Test
  void singleRightServicesLeaveMaskinportenApisOut() {
    List<Resource> services = REGISTRY.singleRightServices();
    assertThat(services).isNotEmpty().noneMatch(Resource::isMaskinportenApi);
    assertThat(ResourceSearch.search(services, "DPI")).isEmpty();
    assertThat(ResourceSearch.search(services, "digitalpostinnbygger:send")).isEmpty();
    assertThat(ResourceSearch.search(services, "Digital post til innbyggere"))
        .extracting(Resource::title)
        .noneMatch(t -> t.contains("Digital post"));
  }
}
