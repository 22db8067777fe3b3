package no.dpifullmakt.practiceportal;

import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.session.Sessions;
import no.dpifullmakt.practiceportal.web.Templates;

/**
 * What every module of one running portal shares.
 *
 * @param testEndpoints whether modules may answer their test-state endpoints under {@code
 *     /ovelse/test/}
 */
public record PortalContext(
    Directory directory, Sessions sessions, Templates templates, boolean testEndpoints) {

  public static PortalContext seeded(PortalOptions options) {
    return new PortalContext(
        Directory.seeded(), new Sessions(), new Templates(), options.testEndpoints());
  }
}
