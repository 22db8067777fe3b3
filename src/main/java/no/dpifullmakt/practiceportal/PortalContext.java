package no.dpifullmakt.practiceportal;

import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.drift.ActiveChanges;
import no.dpifullmakt.practiceportal.faults.FaultSwitch;
import no.dpifullmakt.practiceportal.session.Sessions;
import no.dpifullmakt.practiceportal.web.ClientSettings;
import no.dpifullmakt.practiceportal.web.Templates;

/**
 * What every module of one running portal shares.
 *
 * @param testEndpoints whether modules may answer their test-state endpoints under {@code
 *     /ovelse/test/}
 * @param changes the named screen changes switched on
 * @param faults the ways the portal misbehaves
 */
public record PortalContext(
    Directory directory,
    Sessions sessions,
    Templates templates,
    boolean testEndpoints,
    ActiveChanges changes,
    FaultSwitch faults) {

  public static PortalContext seeded(PortalOptions options) {
    ActiveChanges changes = new ActiveChanges(options.changes());
    FaultSwitch faults = new FaultSwitch(options.faults());
    ClientSettings client = new ClientSettings(changes, faults);
    return new PortalContext(
        Directory.seeded(),
        new Sessions(),
        new Templates(client::templateScope),
        options.testEndpoints(),
        changes,
        faults);
  }

  /** What the pages' scripts must know of the changes and faults. */
  public ClientSettings clientSettings() {
    return new ClientSettings(changes, faults);
  }
}
