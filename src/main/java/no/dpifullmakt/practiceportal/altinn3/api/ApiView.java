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

  public static ApiView of(Resource resource) {
    return new ApiView(
        resource.identifier(),
        resource.title(),
        resource.description(),
        resource.rightDescription(),
        resource.owner(),
        resource.keywords(),
        resource.scopes());
  }
}
