package no.dpifullmakt.practiceportal.altinn3.resources;

import java.util.List;
import java.util.Map;

/**
 * One entry of the resource registry.
 *
 * @param identifier the registry's id, for example "digdir-dpi-send"
 * @param title the title in bokmål
 * @param titles the title in the other languages, by language code ({@code "nn"}, {@code "en"}), as
 *     the resource's owner wrote it
 * @param rightDescription what the receiver of a delegation may do
 * @param scopes the Maskinporten scopes (only for {@link ResourceType#MaskinportenSchema})
 * @param expired whether the service is no longer in use ("utgått")
 * @param delegable false when Altinn's delegation check refuses it (absent in the registry: true)
 */
public record Resource(
    String identifier,
    String title,
    Map<String, String> titles,
    String description,
    String rightDescription,
    ResourceType resourceType,
    ResourceOwner owner,
    List<String> keywords,
    List<String> scopes,
    boolean expired,
    Boolean delegable) {

  public Resource {
    titles = titles == null ? Map.of() : Map.copyOf(titles);
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    scopes = scopes == null ? List.of() : List.copyOf(scopes);
    description = description == null ? "" : description;
    rightDescription = rightDescription == null ? "" : rightDescription;
    delegable = delegable == null || delegable;
  }

  /**
   * The title in the language ({@code "nb"}, {@code "nn"} or {@code "en"}); the bokmål title when
   * the owner wrote none in that language.
   */
  public String title(String language) {
    return "nb".equals(language) ? title : titles.getOrDefault(language, title);
  }

  public boolean isDelegable() {
    return delegable;
  }

  public boolean isMaskinportenApi() {
    return resourceType == ResourceType.MaskinportenSchema;
  }
}
