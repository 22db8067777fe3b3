package no.dpifullmakt.cli;

import no.dpifullmakt.domain.InvalidInputException;

/** Options that would do nothing, or contradict each other, in the chosen mode are refused. */
final class ModeCheck {

  static final int MAXIMUM_THREADS = 16;

  private ModeCheck() {}

  static void check(RunOptions options) {
    if (options.threads < 1 || options.threads > MAXIMUM_THREADS) {
      throw new InvalidInputException(
          "Antall tråder «" + options.threads + "» må være mellom 1 og " + MAXIMUM_THREADS + ".");
    }
    if (!options.assisted && options.assist.anyGiven()) {
      String option = options.assist.firstGiven();
      throw new InvalidInputException(
          option
              + " gjelder bare assistert modus: legg til --assistert, eller ta bort "
              + option
              + ".");
    }
    if (!options.assisted) {
      return;
    }
    if (options.visible) {
      throw new InvalidInputException(
          "Assistert modus viser alltid nettleseren: ta bort --synlig.");
    }
    if (options.threads > 1) {
      throw new InvalidInputException(
          "Assistert modus tar én leverandør om gangen: bruk ikke --trader sammen med --assistert.");
    }
    if (options.grid != null) {
      throw new InvalidInputException(
          "I assistert modus vises nettleseren på din egen skjerm: bruk ikke --grid sammen med"
              + " --assistert.");
    }
  }
}
