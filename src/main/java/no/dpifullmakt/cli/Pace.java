package no.dpifullmakt.cli;

import java.time.Duration;
import no.dpifullmakt.domain.InvalidInputException;

/** The pause before each step in assisted mode ({@code --tempo}): «1,5» or «1.5» seconds. */
final class Pace {

  static final double MAXIMUM_SECONDS = 60;

  private Pace() {}

  static Duration parse(String text) {
    String normal = text.strip().replace(',', '.');
    if (normal.matches("\\d{1,3}(\\.\\d{1,3})?")) {
      double seconds = Double.parseDouble(normal);
      if (seconds > 0 && seconds <= MAXIMUM_SECONDS) {
        return Duration.ofMillis(Math.round(seconds * 1000));
      }
    }
    throw new InvalidInputException(
        "Tempoet «"
            + text
            + "» er ugyldig: skriv et antall sekunder over 0 og høyst 60, for eksempel 0,5 eller 4.");
  }
}
