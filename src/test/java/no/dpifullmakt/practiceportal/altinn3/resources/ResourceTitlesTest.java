package no.dpifullmakt.practiceportal.altinn3.resources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every resource has a title in bokmål, nynorsk and English, as its owner writes them. */
class ResourceTitlesTest {

  private static final ResourceRegistry REGISTRY = ResourceRegistry.seeded();

  @Test
  void everyResourceHasATitleInEachLanguage() {
    for (String identifier :
        REGISTRY.maskinportenApis().stream().map(Resource::identifier).toList()) {
      Resource r = REGISTRY.resource(identifier).orElseThrow();
      assertThat(r.titles()).as(identifier).containsOnlyKeys("nn", "en");
      assertThat(r.title("en")).as(identifier).isNotBlank().isNotEqualTo(r.title("nb"));
    }
    for (Resource r : REGISTRY.singleRightServices()) {
      assertThat(r.titles()).as(r.identifier()).containsOnlyKeys("nn", "en");
    }
  }

  @Test
  void theDpiApiAndItsLookAlike() {
    Resource dpi = REGISTRY.resource("digdir-dpi-send").orElseThrow();
    assertThat(dpi.title("nb")).isEqualTo("Digital post til innbyggere");
    assertThat(dpi.title("nn")).isEqualTo("Digital post til innbyggjarar");
    assertThat(dpi.title("en")).isEqualTo("Digital mail to residents");
    Resource lookAlike = REGISTRY.resource("digdir-dpi-les").orElseThrow();
    assertThat(lookAlike.title("nn")).isEqualTo("Digital post til innbyggjarar – lesetilgang");
    assertThat(lookAlike.title("en")).isEqualTo("Digital mail to residents – read access");
  }

  @Test
  void theSearchMatchesTheTitleInTheCallersLanguage() {
    assertThat(
            ResourceSearch.search(REGISTRY.maskinportenApis(), "Digital mail to residents", "en"))
        .first()
        .extracting(Resource::identifier)
        .isEqualTo("digdir-dpi-send");
    assertThat(ResourceSearch.search(REGISTRY.maskinportenApis(), "residents", "nb")).isEmpty();
    assertThat(ResourceSearch.search(REGISTRY.maskinportenApis(), "innbyggjarar", "nn"))
        .extracting(Resource::identifier)
        .contains("digdir-dpi-send", "digdir-dpi-les");
  }
}
