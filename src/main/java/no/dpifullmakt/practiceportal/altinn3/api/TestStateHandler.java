package no.dpifullmakt.practiceportal.altinn3.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import no.dpifullmakt.practiceportal.altinn3.DisplayNames;
import no.dpifullmakt.practiceportal.directory.Organisation;

/**
 * {@code GET /ovelse/test/altinn3/tilstand?aktor=<orgnr>}: the actor's suppliers and their API
 * identifiers, so tests can check the state without the user interface. Only with test endpoints.
 */
public final class TestStateHandler implements Handler {

  private final Backend backend;

  public TestStateHandler(Backend backend) {
    this.backend = backend;
  }

  @Override
  public void handle(Context ctx) {
    String orgnr = ctx.queryParam("aktor");
    Organisation actor =
        orgnr == null ? null : backend.directory().organisation(orgnr).orElse(null);
    if (actor == null) {
      ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("feil", "Ukjent aktør: " + orgnr));
      return;
    }
    List<TestSupplier> suppliers =
        backend.state().suppliers(actor.orgnr()).suppliers().stream()
            .map(s -> new TestSupplier(s.orgnr(), name(s.orgnr()), List.copyOf(s.apiIdentifiers())))
            .toList();
    ctx.json(new TestState(actor.orgnr(), DisplayNames.titleCase(actor.name()), suppliers));
  }

  private String name(String orgnr) {
    return backend
        .directory()
        .organisation(orgnr)
        .map(o -> DisplayNames.titleCase(o.name()))
        .orElse("");
  }

  record TestState(String aktor, String navn, List<TestSupplier> leverandorer) {}

  record TestSupplier(String orgnr, String navn, List<String> api) {}
}
