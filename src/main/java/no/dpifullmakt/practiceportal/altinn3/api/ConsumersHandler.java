package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Comparator;
import java.util.List;
import no.dpifullmakt.practiceportal.altinn3.web.Caller;

/** {@code GET /maskinporten/consumers}: the organisations that have given the actor API rights. */
public final class ConsumersHandler implements Handler {

  private final Backend backend;

  public ConsumersHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    Caller caller = backend.callers().maskinportenAdministrator(ctx);
    ctx.json(
        backend.state().consumersOf(caller.actor().orgnr()).stream()
            .map(
                c ->
                    new ConsumerView(
                        OrganisationView.of(backend.organisation(c.orgnr())),
                        backend.apiViews(c.apiIdentifiers(), backend.language(caller))))
            .sorted(Comparator.comparing(v -> v.consumer().name()))
            .toList());
  }

  record ConsumerView(OrganisationView consumer, List<ApiView> apis) {}
}
