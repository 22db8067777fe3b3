package no.dpifullmakt.practiceportal.security;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import no.dpifullmakt.practiceportal.PortalModule;

/**
 * Refuses cross-site form posts and other cross-site changes before any handler runs. A POST, PUT,
 * PATCH or DELETE must name the portal's own origin in {@code Origin} (or, without it, in {@code
 * Referer}), and must not say {@code Sec-Fetch-Site: cross-site}. A request that names no origin at
 * all is refused too: every browser the portal serves sends one, and a client of the test endpoints
 * can send one as easily.
 */
public final class CrossSiteGuard implements PortalModule {

  static final String REFUSED = "Forespørselen kom ikke fra øvingsportalen selv og ble avvist.";

  private static final Set<HandlerType> CHANGES =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

  @Override
  public void configure(JavalinConfig config) {
    config.routes.before(this::check);
  }

  @Override
  public void reset() {}

  private void check(Context ctx) {
    if (!CHANGES.contains(ctx.method()) || fromOwnSite(ctx)) {
      return;
    }
    ctx.skipRemainingHandlers();
    ctx.status(HttpStatus.FORBIDDEN).contentType("text/plain; charset=utf-8").result(REFUSED);
  }

  static boolean fromOwnSite(Context ctx) {
    if ("cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))) {
      return false;
    }
    String origin = ctx.header("Origin");
    if (origin == null) {
      origin = originOf(ctx.header("Referer"));
    }
    return origin != null
        && ownOrigins(ctx.req().getLocalPort()).contains(origin.toLowerCase(Locale.ROOT));
  }

  /** The portal listens on 127.0.0.1 only; "localhost" is the same machine and port. */
  static Set<String> ownOrigins(int port) {
    return Set.of("http://127.0.0.1:" + port, "http://localhost:" + port);
  }

  /** {@code scheme://host:port} of a URL, or null when it has none. */
  static String originOf(String url) {
    if (url == null) {
      return null;
    }
    try {
      URI uri = URI.create(url);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return null;
      }
      int port = uri.getPort();
      return uri.getScheme().toLowerCase(Locale.ROOT)
          + "://"
          + uri.getHost().toLowerCase(Locale.ROOT)
          + (port == -1 ? "" : ":" + port);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
