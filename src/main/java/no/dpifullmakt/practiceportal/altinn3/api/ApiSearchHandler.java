package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import no.dpifullmakt.practiceportal.altinn3.resources.ResourceSearch;

/**
 * {@code GET /maskinporten/apis?search=...}: the API catalogue, searched and ranked, with the
 * titles in the caller's language.
 */
public final class ApiSearchHandler implements Handler {

  private final Backend backend;

  public ApiSearchHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    String language = backend.language(backend.callers().maskinportenAdministrator(ctx));
    ctx.json(
        ResourceSearch.search(
                backend.registry().maskinportenApis(), ctx.queryParam("search"), language)
            .stream()
            .map(r -> ApiView.of(r, language))
            .toList());
  }
}
