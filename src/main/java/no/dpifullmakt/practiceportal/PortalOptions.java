package no.dpifullmakt.practiceportal;

/**
 * How the practice portal is started.
 *
 * @param port the TCP port on 127.0.0.1, or 0 for a free one
 * @param testEndpoints whether the test-state endpoints under {@code /ovelse/test/} answer
 */
public record PortalOptions(int port, boolean testEndpoints) {

  public static PortalOptions forTests() {
    return new PortalOptions(0, true);
  }

  public static PortalOptions forPeople(int port) {
    return new PortalOptions(port, false);
  }
}
