package no.dpifullmakt.practiceportal;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import no.dpifullmakt.practiceportal.directory.Organisation;

/**
 * Test-state endpoints: reset, named situations. Registered only when {@link
 * PortalOptions#testEndpoints()} is on, so a portal started for people has none of them.
 */
final class TestEndpoints {

  static final String PREFIX = "/ovelse/test";

  private final PracticePortal portal;
  private final List<PortalModule> modules;

  TestEndpoints(PracticePortal portal, List<PortalModule> modules) {
    this.portal = portal;
    this.modules = modules;
  }

  void configure(JavalinConfig config) {
    config.routes.post(PREFIX + "/reset", this::reset);
    config.routes.get(PREFIX + "/situasjoner", ctx -> ctx.json(situations()));
    config.routes.post(PREFIX + "/situasjon/{navn}", this::applySituation);
  }

  private List<String> situations() {
    return modules.stream().flatMap(m -> m.situations().stream()).sorted().toList();
  }

  /** Without {@code aktor} everything and every session; with it only that organisation. */
  private void reset(Context ctx) {
    String orgnr = ctx.queryParam("aktor");
    if (orgnr == null) {
      portal.reset();
      return;
    }
    Organisation actor = portal.directory().organisation(orgnr).orElse(null);
    if (actor == null) {
      ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("feil", "Ukjent aktør: " + orgnr));
      return;
    }
    portal.reset(actor);
  }

  private void applySituation(Context ctx) {
    String name = ctx.pathParam("navn");
    String orgnr = ctx.queryParam("aktor");
    Organisation actor = orgnr == null ? null : portal.directory().organisation(orgnr).orElse(null);
    if (actor == null) {
      ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("feil", "Ukjent aktør: " + orgnr));
      return;
    }
    boolean applied = false;
    for (PortalModule module : modules) {
      applied |= module.applySituation(name, actor);
    }
    if (!applied) {
      ctx.status(HttpStatus.NOT_FOUND).json(Map.of("feil", "Ukjent situasjon: " + name));
    }
  }
}
