package no.dpifullmakt.practiceportal;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import no.dpifullmakt.practiceportal.drift.ActiveChanges;
import no.dpifullmakt.practiceportal.faults.Faults;
import no.dpifullmakt.practiceportal.memory.Keeping;

/**
 * How the practice portal is started.
 *
 * @param port the TCP port on 127.0.0.1, or 0 for a free one
 * @param testEndpoints whether the test-state endpoints under {@code /ovelse/test/} answer
 * @param changes the named screen changes switched on from the start (see {@code
 *     docs/ovingsportal-endringer.md}); a reset returns to these
 * @param faults how the portal misbehaves from the start; a reset returns to these
 * @param keeping whether and where the state is kept between runs (in memory only unless asked)
 */
public record PortalOptions(
    int port, boolean testEndpoints, Set<String> changes, Faults faults, Keeping keeping) {

  public PortalOptions {
    changes = Set.copyOf(changes);
    changes.forEach(ActiveChanges::requireKnown);
    Objects.requireNonNull(faults, "faults");
    Objects.requireNonNull(keeping, "keeping");
  }

  public PortalOptions(int port, boolean testEndpoints, Set<String> changes, Faults faults) {
    this(port, testEndpoints, changes, faults, Keeping.none());
  }

  public PortalOptions(int port, boolean testEndpoints) {
    this(port, testEndpoints, Set.of(), Faults.none());
  }

  public static PortalOptions forTests() {
    return new PortalOptions(0, true);
  }

  public static PortalOptions forPeople(int port) {
    return new PortalOptions(port, false);
  }

  /**
   * The same options with these changes switched on from the start, for example {@code
   * withChanges("a3-knapp-omdopt")}.
   *
   * @throws IllegalArgumentException when a name is unknown
   */
  public PortalOptions withChanges(String... names) {
    return new PortalOptions(
        port, testEndpoints, Set.copyOf(Arrays.asList(names)), faults, keeping);
  }

  /** The same options with these faults from the start. */
  public PortalOptions withFaults(Faults newFaults) {
    return new PortalOptions(port, testEndpoints, changes, newFaults, keeping);
  }

  /** The same options, keeping the state between runs as {@code newKeeping} says. */
  public PortalOptions withKeeping(Keeping newKeeping) {
    return new PortalOptions(port, testEndpoints, changes, faults, newKeeping);
  }
}
