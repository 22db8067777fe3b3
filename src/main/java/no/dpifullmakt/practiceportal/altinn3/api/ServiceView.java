package no.dpifullmakt.practiceportal.altinn3.api;

import no.dpifullmakt.practiceportal.altinn3.resources.Resource;
import no.dpifullmakt.practiceportal.altinn3.resources.ResourceOwner;

/** A service that can be delegated as a single right ("enkelttjeneste"). */
public record ServiceView(
    String identifier,
    String title,
    String description,
    String rightDescription,
    ResourceOwner owner,
    boolean expired) {

  public static ServiceView of(Resource resource) {
    return new ServiceView(
        resource.identifier(),
        resource.title(),
        resource.description(),
        resource.rightDescription(),
        resource.owner(),
        resource.expired());
  }
}
