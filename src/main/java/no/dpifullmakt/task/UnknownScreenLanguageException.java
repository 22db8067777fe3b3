package no.dpifullmakt.task;

/**
 * Altinn shows its screens in a language the robot has no texts for. The robot stops before it
 * changes anything (exit 4, like a changed screen) and never changes the person's language itself.
 */
public final class UnknownScreenLanguageException extends RuntimeException {

  /**
   * @param lang what the page's {@code <html lang>} says; empty when it says nothing
   */
  public UnknownScreenLanguageException(String lang) {
    super(
        lang.isBlank()
            ? "Roboten kan ikke se sikkert hvilket språk Altinn viser skjermbildene på (siden"
                + " oppgir ikke språk). Velg bokmål, nynorsk eller engelsk under Meny → Velg språk"
                + " i Altinn, og kjør på nytt."
            : "Altinn vises på et språk roboten ikke kjenner ("
                + lang
                + "). Roboten kan bokmål, nynorsk og engelsk; velg et av dem under Meny → Velg"
                + " språk i Altinn, og kjør på nytt.");
  }
}
