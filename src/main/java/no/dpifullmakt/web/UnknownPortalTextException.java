package no.dpifullmakt.web;

import java.util.List;

/**
 * Altinn answered with a message the robot does not know. Its texts have changed, or something new
 * has happened; either way the robot stops instead of guessing what the message means.
 */
public class UnknownPortalTextException extends ScreenChangedException {

  private final String shownText;
  private final List<String> knownTexts;

  public UnknownPortalTextException(
      String shownText, List<String> knownTexts, String url, String title, List<SeenElement> seen) {
    super(Reason.UNKNOWN_TEXT, null, "«" + shownText + "»", url, title, seen, List.of());
    this.shownText = shownText;
    this.knownTexts = List.copyOf(knownTexts);
  }

  /** What Altinn showed, normalised. */
  public String shownText() {
    return shownText;
  }

  /** The messages the robot knows at this point, in bokmål. */
  public List<String> knownTexts() {
    return knownTexts;
  }
}
