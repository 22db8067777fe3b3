package no.dpifullmakt.practiceportal.drift;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import no.dpifullmakt.practiceportal.PortalContext;
import no.dpifullmakt.practiceportal.PortalModule;

/**
 * Switches the named screen changes on and off at run time, through test endpoints only:
 *
 * <ul>
 *   <li>{@code POST /ovelse/test/endring/{navn}} switches one on (404 for an unknown name),
 *   <li>{@code DELETE /ovelse/test/endring} switches all off,
 *   <li>{@code GET /ovelse/test/endringer} lists the known and the active ones.
 * </ul>
 *
 * A reset of the portal returns to the changes it was started with.
 */
public final class ChangesModule implements PortalModule {

  static final String ONE = "/ovelse/test/endring";
  static final String LIST = "/ovelse/test/endringer";

  private final PortalContext context;

  public ChangesModule(PortalContext context) {
    this.context = context;
  }

  @Override
  public void configure(JavalinConfig config) {
    if (!context.testEndpoints()) {
      return;
    }
    config.routes.get(LIST, ctx -> ctx.json(listing()));
    config.routes.post(ONE + "/{navn}", this::switchOn);
    config.routes.delete(
        ONE,
        ctx -> {
          context.changes().clear();
          ctx.json(listing());
        });
  }

  private void switchOn(Context ctx) {
    try {
      context.changes().switchOn(ctx.pathParam("navn"));
    } catch (UnknownChangeException e) {
      ctx.status(HttpStatus.NOT_FOUND).json(Map.of("feil", e.getMessage()));
      return;
    }
    ctx.json(listing());
  }

  private Listing listing() {
    return new Listing(
        ChangeCatalogue.all().stream()
            .map(c -> new Known(c.name(), c.generation(), c.description()))
            .toList(),
        context.changes().active());
  }

  @Override
  public void reset() {
    context.changes().reset();
  }

  /**
   * @param kjente every change the portal knows
   * @param aktive the names switched on now
   */
  record Listing(List<Known> kjente, List<String> aktive) {}

  record Known(String navn, String generasjon, String beskrivelse) {}
}
