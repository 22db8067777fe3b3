package no.dpifullmakt.cli;

import no.dpifullmakt.task.Outcome;

/** What the person asked the robot to do, with the feature and scenario that does it. */
enum Action {
  GIVE("utfør", "gi", "@utfør"),
  CHECK("kontroller", "kontroller", "@kontroller"),
  REMOVE("fjern", "fjern", "@fjern");

  private final String command;
  private final String featurePrefix;
  private final String tag;

  Action(String command, String featurePrefix, String tag) {
    this.command = command;
    this.featurePrefix = featurePrefix;
    this.tag = tag;
  }

  String command() {
    return command;
  }

  String tag() {
    return tag;
  }

  /** For example "features/altinn2/gi-rettighet.feature". */
  String feature(String generation) {
    return "features/" + generation + "/" + featurePrefix + "-rettighet.feature";
  }

  /** Whether this action changes Altinn (and so needs the person's eyes in production). */
  boolean changesAltinn() {
    return this != CHECK;
  }

  static String heading(Outcome.Kind kind) {
    return switch (kind) {
      case GIVEN -> "Gitt nå";
      case ALREADY_IN_PLACE -> "Allerede på plass";
      case VERIFIED -> "På plass";
      case MISSING -> "Mangler";
      case REMOVED -> "Fjernet nå";
      case NOTHING_TO_REMOVE -> "Var ikke gitt";
    };
  }
}
