package no.dpifullmakt.practiceportal.altinn3.api;

import java.util.List;
import no.dpifullmakt.practiceportal.altinn3.resources.Resource;
import no.dpifullmakt.practiceportal.altinn3.resources.ResourceOwner;

/** A Maskinporten API (or another resource) as the single-page app shows it. */
public record ApiView(
    String identifier,
    String title,
    String description,
    String rightDescription,
    ResourceOwner owner,
    List<String> keywords,
    List<String> scopes) {

  /** The resource with its title in the language ({@code "nb"}, {@code "nn"} or {@code "en"}). */
  public static ApiView of(Resource resource, String language) {
    return new ApiView(
        resource.identifier(),
        resource.title(language),
        resource.description(),
        resource.rightDescription(),
        resource.owner(),
        resource.keywords(),
        resource.scopes());
  }
}
