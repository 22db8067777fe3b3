package no.dpifullmakt.web;

import java.util.List;

/**
 * The page does not offer what the robot expects: Altinn's screens have changed. The robot stops
 * here; it never looks for something similar to click instead.
 */
public class ScreenChangedException extends RuntimeException {

  /** Why the expected element could not be used. */
  public enum Reason {
    MISSING("fant ikke"),
    AMBIGUOUS("fant mer enn én"),
    DISABLED("kan ikke bruke (den er deaktivert)"),
    UNEXPECTED_PAGE("er ikke på riktig side: fant ikke"),
    WAITED_IN_VAIN("ventet forgjeves på");

    private final String norwegian;

    Reason(String norwegian) {
      this.norwegian = norwegian;
    }
  }

  private final Reason reason;
  private final Target expected;
  private final String expectation;
  private final String url;
  private final String title;
  private final List<SeenElement> seen;

  public ScreenChangedException(
      Reason reason, Target expected, String url, String title, List<SeenElement> seen) {
    this(reason, expected, expected.describe(), url, title, seen);
  }

  /** The robot waited for something that is not one element, such as "at dialogen lukkes". */
  public static ScreenChangedException waitedInVain(
      String expectation, String url, String title, List<SeenElement> seen) {
    return new ScreenChangedException(Reason.WAITED_IN_VAIN, null, expectation, url, title, seen);
  }

  private ScreenChangedException(
      Reason reason,
      Target expected,
      String expectation,
      String url,
      String title,
      List<SeenElement> seen) {
    super(
        "Skjermbildet har endret seg: "
            + reason.norwegian
            + " "
            + expectation
            + " på siden «"
            + title
            + "» ("
            + SafeUrl.of(url)
            + ").");
    this.reason = reason;
    this.expected = expected;
    this.expectation = expectation;
    this.url = SafeUrl.of(url);
    this.title = title;
    this.seen = List.copyOf(seen);
  }

  public Reason reason() {
    return reason;
  }

  /** The element the robot looked for; null when it waited for a condition. */
  public Target expected() {
    return expected;
  }

  /** What the robot expected, in Norwegian: «knappen «Neste»» or «at dialogen lukkes». */
  public String expectation() {
    return expectation;
  }

  public String url() {
    return url;
  }

  public String title() {
    return title;
  }

  /** Every perceivable element on the page when the robot gave up. */
  public List<SeenElement> seen() {
    return seen;
  }
}
