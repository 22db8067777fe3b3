package no.dpifullmakt.practiceportal.start;

/**
 * The standalone portal's command line.
 *
 * @param port the port on 127.0.0.1; 0 for a free one
 * @param openBrowser whether to open the start page in the person's browser
 * @param help whether to print {@link #USAGE} and stop
 * @param afresh whether to forget what earlier runs kept
 */
record LaunchArguments(int port, boolean openBrowser, boolean help, boolean afresh) {

  static final String USAGE =
      """
      Bruk: java -cp dpi-fullmakt.jar no.dpifullmakt.practiceportal.start.StandalonePortal [valg]
        --port N           porten på 127.0.0.1; 0 gir en ledig port (standard: 0)
        --uten-nettleser   ikke åpne startsiden i nettleseren
        --nullstill        glem det som ble gjort i tidligere kjøringer, og start med nye data
        --hjelp            vis denne teksten""";

  /**
   * @throws IllegalArgumentException with a Norwegian sentence when an argument is wrong
   */
  static LaunchArguments parse(String... args) {
    int port = 0;
    boolean openBrowser = true;
    boolean help = false;
    boolean afresh = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException("--port mangler et portnummer.");
          }
          port = port(args[++i]);
        }
        case "--uten-nettleser" -> openBrowser = false;
        case "--nullstill" -> afresh = true;
        case "--hjelp", "-h", "--help" -> help = true;
        default -> throw new IllegalArgumentException("Ukjent valg: " + args[i]);
      }
    }
    return new LaunchArguments(port, openBrowser, help, afresh);
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // Said below, in the same words as a number out of range.
    }
    throw new IllegalArgumentException("Porten må være et tall fra 0 til 65535: " + text);
  }
}
