package no.dpifullmakt.cli;

/** What to do after a stopped run, so that it is finished safely. */
final class StopAdvice {

  private StopAdvice() {}

  /** One sentence for a run of {@code command} that stopped before it was done. */
  static String forCommand(String command) {
    if ("kontroller".equals(command)) {
      return "Kjør «kontroller» igjen for å få svaret.";
    }
    return "For å gjøre ferdig: kjør «kontroller» for å se hva som er på plass, og så «"
        + command
        + "» igjen.";
  }
}
