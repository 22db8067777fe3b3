package no.dpifullmakt.practiceportal.faults;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.regex.Pattern;

/** Which kind of request a fault applies to, told from its method, path and headers. */
final class Requests {

  private static final String TEST_ENDPOINTS = "/ovelse/";
  private static final List<String> STATIC_FILES =
      List.of("/ressurser/", "/accessmanagement/assets/", "/favicon.ico");
  private static final List<String> LOGIN = List.of("/idporten/", "/velg-aktor");
  private static final String ALTINN3_API = "/accessmanagement/api/v1/";

  /**
   * Where a browser loads whole pages: Altinn 2's pages, "alle skjema", Altinn 3's app shell, the
   * ID-porten and TestID pages, "Velg aktør". Not the practice portal's own start page.
   */
  private static final List<String> PAGES =
      List.of("/ui/", "/skjemaoversikt", "/accessmanagement/ui", "/idporten/", "/velg-aktor");

  /** Altinn 2's changes of delegations: "Neste" on the services page, "Ferdig" on removal. */
  private static final Pattern ALTINN2_CHANGE =
      Pattern.compile("/ui/DelegationModal/RightHolder/[^/]+/(Services|Remove)");

  private Requests() {}

  /** The test endpoints never misbehave: they are how tests steer the portal. */
  static boolean isTestEndpoint(Context ctx) {
    return ctx.path().startsWith(TEST_ENDPOINTS);
  }

  /**
   * A read by a page's own script (header {@code X-Requested-With}): JSON in Altinn 3, an HTML
   * fragment in Altinn 2. Never a page load, never a change.
   */
  static boolean isScriptRead(Context ctx) {
    return ctx.method() == HandlerType.GET && ctx.header("X-Requested-With") != null;
  }

  /** A top-level page load: a GET of one of Altinn's pages that no script made. */
  static boolean isPageLoad(Context ctx) {
    return ctx.method() == HandlerType.GET
        && ctx.header("X-Requested-With") == null
        && PAGES.stream().anyMatch(ctx.path()::startsWith);
  }

  /** A request that changes delegations: add or delete a supplier, give or remove a right. */
  static boolean isDelegationChange(Context ctx) {
    HandlerType method = ctx.method();
    if (method != HandlerType.POST && method != HandlerType.DELETE && method != HandlerType.PUT) {
      return false;
    }
    String path = ctx.path();
    return path.startsWith(ALTINN3_API) || ALTINN2_CHANGE.matcher(path).matches();
  }

  /**
   * A request a session's expiry counts: one for an Altinn page or API, not a static file, not the
   * login itself.
   */
  static boolean countsForSession(Context ctx) {
    String path = ctx.path();
    return STATIC_FILES.stream().noneMatch(path::startsWith)
        && LOGIN.stream().noneMatch(path::startsWith)
        && !path.startsWith(TEST_ENDPOINTS);
  }
}
