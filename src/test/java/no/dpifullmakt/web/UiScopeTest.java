package no.dpifullmakt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.dpifullmakt.HeadlessBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the robot tells when it looked inside one part of the page (a menu found afresh at every
 * look) and did not find what it wanted, and how it waits for an answer to a change.
 */
class UiScopeTest {

  private static final Target SIDEBAR = Target.of(Role.NAVIGATION, NameMatcher.exact("Sidebar"));
  private static final Target LINK = Target.link("Maskinportenadministrasjon");

  @RegisterExtension static final HeadlessBrowser browser = new HeadlessBrowser();

  private static Ui show(String html, List<InteractionObserver> observers) {
    browser.driver().navigate().to("data:text/html;charset=utf-8," + html);
    return new Ui(browser.driver(), Duration.ofMillis(600), observers);
  }

  @Test
  void aLinkMissingFromTheMenuIsSeenElsewhereWithItsPlace() {
    Ui ui =
        show(
            "<header><nav aria-label='hovednavigasjon'><a href='%23'>Maskinportenadministrasjon</a>"
                + "</nav></header><nav aria-label='Sidebar'><a href='%23'>Brukere</a></nav>",
            List.of());

    Ui sidebar = ui.within(SIDEBAR);

    assertThatThrownBy(() -> sidebar.click(LINK))
        .isInstanceOfSatisfying(
            ScreenChangedException.class,
            e -> {
              assertThat(e.expected()).isEqualTo(LINK);
              assertThat(e.seen())
                  .extracting(SeenElement::name)
                  .contains("Brukere")
                  .doesNotContain("Maskinportenadministrasjon");
              assertThat(e.seenElsewhere())
                  .filteredOn(seen -> seen.name().equals("Maskinportenadministrasjon"))
                  .extracting(SeenElement::describePlace)
                  .containsExactly("i navigasjonen «hovednavigasjon»");
            });
  }

  @Test
  void whenThePartItselfHasGoneThePartIsWhatChanged() {
    Ui ui = show("<nav aria-label='Sidebar'><a href='%23'>Brukere</a></nav>", List.of());
    Ui sidebar = ui.within(SIDEBAR);
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("document.querySelector('nav').setAttribute('aria-label', 'Meny');");

    assertThatThrownBy(() -> sidebar.click(LINK))
        .isInstanceOfSatisfying(
            ScreenChangedException.class,
            e -> {
              assertThat(e.expected()).isEqualTo(SIDEBAR);
              assertThat(e.seen()).extracting(SeenElement::name).contains("Meny", "Brukere");
            });
  }

  @Test
  void anAnswerThatComesInsteadOfTheElementEndsTheWait() {
    Ui ui = show("<div role='alert'>Noe gikk galt. Prøv igjen senere.</div>", List.of());

    Optional<String> answer =
        ui.findUnless(Target.button("Slett fullmakt"), () -> ui.messageStartingWith("Noe gikk"));

    assertThat(answer).contains("Noe gikk galt. Prøv igjen senere.");
  }

  @Test
  void theElementThatComesIsWhatTheRobotReliedOn() {
    List<String> found = new ArrayList<>();
    InteractionObserver watcher =
        new InteractionObserver() {
          @Override
          public void found(Target target, AccessibleElement element) {
            found.add(element.name());
          }
        };
    Ui ui = show("<button>Slett fullmakt</button>", List.of(watcher));

    Optional<String> answer =
        ui.findUnless(Target.button("Slett fullmakt"), () -> ui.messageStartingWith("Noe gikk"));

    assertThat(answer).isEmpty();
    assertThat(found).containsExactly("Slett fullmakt");
  }

  @Test
  void neitherTheElementNorAnAnswerNamesTheElement() {
    Ui ui = show("<button>Gi fullmakt</button>", List.of());

    assertThatThrownBy(
            () ->
                ui.findUnless(
                    Target.button("Slett fullmakt"), () -> ui.messageStartingWith("Noe gikk")))
        .isInstanceOfSatisfying(
            ScreenChangedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ScreenChangedException.Reason.MISSING);
              assertThat(e.expectation()).isEqualTo("knappen «Slett fullmakt»");
            });
  }
}
