package no.dpifullmakt.web;

import java.util.List;

/**
 * The page is there, but it does not show its state in a way the robot can trust: a list that
 * disagrees with its own heading, a row without the number it should show. The robot stops rather
 * than read an answer into it.
 */
public final class UnreadableStateException extends ScreenChangedException {

  public UnreadableStateException(String expectation, ScreenChangedException seenThen) {
    super(
        Reason.WAITED_IN_VAIN,
        null,
        expectation,
        seenThen.url(),
        seenThen.title(),
        seenThen.seen(),
        seenThen.seenElsewhere());
  }

  /**
   * @param expectation what the robot needed to see, in Norwegian: «at nøyaktig ett API har scopet
   *     …»
   */
  public UnreadableStateException(
      String expectation, String url, String title, List<SeenElement> seen) {
    super(Reason.WAITED_IN_VAIN, null, expectation, url, title, seen, List.of());
  }
}
