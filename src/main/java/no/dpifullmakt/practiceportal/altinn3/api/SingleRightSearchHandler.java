package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import no.dpifullmakt.practiceportal.altinn3.resources.Resource;
import no.dpifullmakt.practiceportal.altinn3.resources.ResourceSearch;

/**
 * {@code GET /singlerights/resources?search=...&includeExpired=true}: services that can be given as
 * single rights. Maskinporten APIs are never among them, as in Altinn.
 */
public final class SingleRightSearchHandler implements Handler {

  private final Backend backend;

  public SingleRightSearchHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    backend.callers().userAdministrator(ctx);
    boolean includeExpired = "true".equals(ctx.queryParam("includeExpired"));
    ctx.json(
        ResourceSearch.search(
                backend.registry().singleRightServices().stream()
                    .filter(r -> includeExpired || !r.expired())
                    .toList(),
                ctx.queryParam("search"))
            .stream()
            .map(ServiceView::of)
            .toList());
  }

  static boolean isSingleRight(Resource resource) {
    return !resource.isMaskinportenApi();
  }
}
