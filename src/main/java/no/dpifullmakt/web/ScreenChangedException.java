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
    WAITED_IN_VAIN("ventet forgjeves på"),
    UNKNOWN_TEXT("fikk en melding fra Altinn som roboten ikke kjenner:");

    private final String norwegian;

    Reason(String norwegian) {
      this.norwegian = norwegian;
    }

    /** "fant ikke", "kan ikke bruke (den er deaktivert)": the words for messages. */
    public String norwegian() {
      return norwegian;
    }
  }

  private final Reason reason;
  private final Target expected;
  private final String expectation;
  private final String url;
  private final String title;
  private final List<SeenElement> seen;
  private final List<SeenElement> seenElsewhere;

  public ScreenChangedException(
      Reason reason, Target expected, String url, String title, List<SeenElement> seen) {
    this(reason, expected, url, title, seen, List.of());
  }

  /**
   * @param seenElsewhere what is on the rest of the page, when the robot looked only inside one
   *     part of it (a menu, a dialog); else empty
   */
  public ScreenChangedException(
      Reason reason,
      Target expected,
      String url,
      String title,
      List<SeenElement> seen,
      List<SeenElement> seenElsewhere) {
    this(reason, expected, expected.describe(), url, title, seen, seenElsewhere);
  }

  /** The robot waited for something that is not one element, such as "at dialogen lukkes". */
  public static ScreenChangedException waitedInVain(
      String expectation, String url, String title, List<SeenElement> seen) {
    return new ScreenChangedException(
        Reason.WAITED_IN_VAIN, null, expectation, url, title, seen, List.of());
  }

  protected ScreenChangedException(
      Reason reason,
      Target expected,
      String expectation,
      String url,
      String title,
      List<SeenElement> seen,
      List<SeenElement> seenElsewhere) {
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
    this.seenElsewhere = List.copyOf(seenElsewhere);
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

  /**
   * What is on the rest of the page when the robot looked only inside one part of it: the same link
   * may have moved out of the menu. Empty when it looked at the whole page.
   */
  public List<SeenElement> seenElsewhere() {
    return seenElsewhere;
  }
}
