package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import no.dpifullmakt.practiceportal.altinn3.resources.Resource;
import no.dpifullmakt.practiceportal.altinn3.resources.ResourceOwner;
import no.dpifullmakt.practiceportal.altinn3.resources.ResourceSearch;

/**
 * {@code GET /maskinporten/scopes/search?search=&page=1&resultsPerPage=7&owner=<orgnr>...}: one
 * page of the API catalogue, searched and ranked as {@link ResourceSearch} does (titles in the
 * caller's language), optionally only some owners' APIs. Answers {@code {page, resultsPerPage,
 * total, results, owners}}, where {@code total} counts every hit and {@code owners} lists every
 * owner in the catalogue for the filter.
 */
public final class ScopeSearchHandler implements Handler {

  private static final int DEFAULT_PER_PAGE = 7;

  private final Backend backend;

  public ScopeSearchHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    String language = backend.language(backend.callers().maskinportenAdministrator(ctx));
    List<Resource> catalogue = backend.registry().maskinportenApis();
    Set<String> owners = Set.copyOf(ctx.queryParams("owner"));
    List<Resource> hits =
        ResourceSearch.search(catalogue, ctx.queryParam("search"), language).stream()
            .filter(r -> owners.isEmpty() || owners.contains(r.owner().orgnr()))
            .toList();
    int perPage = positive(ctx.queryParam("resultsPerPage"), DEFAULT_PER_PAGE);
    int page = positive(ctx.queryParam("page"), 1);
    int from = Math.min(hits.size(), (page - 1) * perPage);
    int to = Math.min(hits.size(), from + perPage);
    ctx.json(
        new SearchPage(
            page,
            perPage,
            hits.size(),
            hits.subList(from, to).stream().map(r -> ApiView.of(r, language)).toList(),
            ownersOf(catalogue)));
  }

  private static List<ResourceOwner> ownersOf(List<Resource> catalogue) {
    return catalogue.stream()
        .map(Resource::owner)
        .distinct()
        .sorted(Comparator.comparing(ResourceOwner::name))
        .toList();
  }

  private static int positive(String value, int otherwise) {
    try {
      int number = value == null ? otherwise : Integer.parseInt(value);
      return number > 0 ? number : otherwise;
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  record SearchPage(
      int page, int resultsPerPage, int total, List<ApiView> results, List<ResourceOwner> owners) {}
}
