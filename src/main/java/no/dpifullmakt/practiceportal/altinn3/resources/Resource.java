package no.dpifullmakt.practiceportal.altinn3.resources;

import java.util.List;

/**
 * One entry of the resource registry.
 *
 * @param identifier the registry's id, for example "digdir-dpi-send"
 * @param rightDescription what the receiver of a delegation may do
 * @param scopes the Maskinporten scopes (only for {@link ResourceType#MaskinportenSchema})
 * @param expired whether the service is no longer in use ("utgått")
 * @param delegable false when Altinn's delegation check refuses it (absent in the registry: true)
 */
public record Resource(
    String identifier,
    String title,
    String description,
    String rightDescription,
    ResourceType resourceType,
    ResourceOwner owner,
    List<String> keywords,
    List<String> scopes,
    boolean expired,
    Boolean delegable) {

  public Resource {
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    scopes = scopes == null ? List.of() : List.copyOf(scopes);
    description = description == null ? "" : description;
    rightDescription = rightDescription == null ? "" : rightDescription;
    delegable = delegable == null || delegable;
  }

  public boolean isDelegable() {
    return delegable;
  }

  public boolean isMaskinportenApi() {
    return resourceType == ResourceType.MaskinportenSchema;
  }
}
