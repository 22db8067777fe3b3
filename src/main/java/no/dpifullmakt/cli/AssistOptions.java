package no.dpifullmakt.cli;

import picocli.CommandLine.Option;

/** Options that only mean something in assisted mode; null when not given. */
final class AssistOptions {

  static final String DEFAULT_PACE = "1,5";
  static final int DEFAULT_LOGIN_MINUTES = 10;

  @Option(
      names = "--tempo",
      paramLabel = "SEKUNDER",
      description =
          "Assistert modus: pause før hvert steg, i sekunder, for eksempel 0,5 (standard: "
              + DEFAULT_PACE
              + ").")
  String pace;

  @Option(
      names = "--innloggingstid",
      paramLabel = "MINUTTER",
      description =
          "Assistert modus: hvor lenge roboten venter på at du logger inn (standard: "
              + DEFAULT_LOGIN_MINUTES
              + ").")
  Integer loginMinutes;

  boolean anyGiven() {
    return pace != null || loginMinutes != null;
  }

  String firstGiven() {
    return pace != null ? "--tempo" : "--innloggingstid";
  }
}
