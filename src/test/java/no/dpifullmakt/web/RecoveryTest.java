package no.dpifullmakt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import no.dpifullmakt.HeadlessBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** While it waits, the robot notices that the portal has sent it to the login. */
class RecoveryTest {

  @RegisterExtension static final HeadlessBrowser browser = new HeadlessBrowser();

  private static final String LOGIN_PAGE =
      "<h1>Velg elektronisk ID</h1><a href='%23'>TestID Lag din egen (testbruker)</a>";

  /** The robot's eyes on this page, knowing Altinn's retry button and the login's link. */
  private static Ui show(String html) {
    browser.driver().navigate().to("data:text/html;charset=utf-8," + html);
    return new Ui(
        browser.driver(),
        Duration.ofSeconds(3),
        List.of(),
        new Recovery(
            List.of(Target.button("Prøv igjen")),
            List.of(Target.link("TestID Lag din egen (testbruker)"))));
  }

  @Test
  void aLoginPageWhereTheRobotExpectedSomethingElseMeansTheSessionExpired() {
    Ui ui = show(LOGIN_PAGE);

    assertThatThrownBy(() -> ui.find(Target.searchbox("Søk etter API")))
        .isInstanceOf(SessionExpiredException.class);
  }

  /**
   * A conclusion drawn right away, without a wait (two reads that disagree), on what has become the
   * login page: the session expired, and nothing on the page is a changed screen.
   */
  @Test
  void aLoginPageUnderAConclusionMeansTheSessionExpired() {
    Ui ui = show(LOGIN_PAGE);

    assertThatThrownBy(() -> ui.unreadable("leverandørsiden"))
        .isInstanceOf(SessionExpiredException.class);
  }

  /** Without the login's marks on the page, the same conclusion stays what it is. */
  @Test
  void anotherPageUnderAConclusionIsNotALogout() {
    Ui ui = show("<h1>Vi fant ikke leverandøren</h1>");

    assertThat(ui.unreadable("leverandørsiden")).isInstanceOf(UnreadableStateException.class);
  }
}
