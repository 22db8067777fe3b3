package no.dpifullmakt.practiceportal.altinn3.api;

import java.util.List;
import java.util.Optional;
import no.dpifullmakt.practiceportal.altinn3.lookup.OrganisationLookup;
import no.dpifullmakt.practiceportal.altinn3.lookup.PersonLookup;
import no.dpifullmakt.practiceportal.altinn3.profile.Languages;
import no.dpifullmakt.practiceportal.altinn3.resources.Resource;
import no.dpifullmakt.practiceportal.altinn3.resources.ResourceRegistry;
import no.dpifullmakt.practiceportal.altinn3.state.Altinn3State;
import no.dpifullmakt.practiceportal.altinn3.users.UserCatalogue;
import no.dpifullmakt.practiceportal.altinn3.web.ApiProblem;
import no.dpifullmakt.practiceportal.altinn3.web.Caller;
import no.dpifullmakt.practiceportal.altinn3.web.CallerResolver;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Organisation;

/** What the JSON handlers share. */
public record Backend(
    Directory directory,
    CallerResolver callers,
    Altinn3State state,
    ResourceRegistry registry,
    OrganisationLookup lookup,
    PersonLookup personLookup,
    UserCatalogue users,
    Languages languages) {

  /** The language the caller reads Altinn in: {@code "nb"}, {@code "nn"} or {@code "en"}. */
  public String language(Caller caller) {
    return languages.of(caller.person());
  }

  public Organisation organisation(String orgnr) {
    return directory.organisation(orgnr).orElseThrow(() -> ApiProblem.notFound("UKJENT_ORGNR"));
  }

  public Resource maskinportenApi(String identifier) {
    return registry
        .resource(identifier)
        .filter(Resource::isMaskinportenApi)
        .orElseThrow(() -> ApiProblem.notFound("UKJENT_API"));
  }

  /** The APIs with their titles in the given language. */
  public List<ApiView> apiViews(List<String> identifiers, String language) {
    return identifiers.stream()
        .map(registry::resource)
        .flatMap(Optional::stream)
        .map(r -> ApiView.of(r, language))
        .toList();
  }
}
