package no.dpifullmakt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import no.dpifullmakt.HeadlessBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A wait's pause ends when the page changes, and only then or after its limit. The limits here are
 * long, so that a loaded machine cannot make a pause that ended too soon look right.
 */
class PageChangeTest {

  private static final Duration LONG = Duration.ofSeconds(4);

  @RegisterExtension static final HeadlessBrowser browser = new HeadlessBrowser();

  /** Shows the page and looks at it once, as the first look of a wait does. */
  private static void showAndLook(String html) {
    browser.driver().navigate().to("data:text/html;charset=utf-8," + html);
    AccessibilitySnapshot.take(browser.driver(), null);
  }

  private static void run(String script) {
    ((JavascriptExecutor) browser.driver()).executeScript(script);
  }

  /** How long the pause lasted, in milliseconds. */
  private static long pause(Duration quiet) throws InterruptedException {
    long started = System.nanoTime();
    new PageChange(browser.driver()).sleep(quiet);
    return Duration.ofNanos(System.nanoTime() - started).toMillis();
  }

  @Test
  void aChangeEndsThePauseWhenItComes() throws InterruptedException {
    showAndLook("<h1>Leverandører</h1><div id='liste' aria-busy='true'></div>");
    run(
        "setTimeout(() => { const l = document.getElementById('liste');"
            + " l.removeAttribute('aria-busy'); l.textContent = 'Visma'; }, 400);");

    assertThat(pause(LONG)).isBetween(350L, 2_500L);
  }

  @Test
  void aPageThatStaysTheSameIsLookedAtAgainAfterTheLimit() throws InterruptedException {
    showAndLook("<h1>Leverandører</h1>");

    assertThat(pause(Duration.ofMillis(600))).isGreaterThanOrEqualTo(580L);
  }

  @Test
  void aChangeBetweenTheLookAndThePauseEndsThePauseAtOnce() throws InterruptedException {
    showAndLook("<h1>Leverandører</h1><p id='melding'></p>");
    run("document.getElementById('melding').textContent = 'Lagret';");

    assertThat(pause(LONG)).isLessThan(2_000L);
  }

  /** A new page, loaded while the robot waits, ends the pause (the page has to be served). */
  @Test
  void aNewPageEndsThePause() throws IOException, InterruptedException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] page = "<h1>Leverandører</h1>".getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    server.start();
    try {
      browser.driver().navigate().to("http://127.0.0.1:" + server.getAddress().getPort() + "/");
      AccessibilitySnapshot.take(browser.driver(), null);
      run("setTimeout(() => location.reload(), 300);");

      assertThat(pause(LONG)).isLessThan(2_500L);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void somethingThatSlidesIsLookedAtAsOftenAsBefore() throws InterruptedException {
    showAndLook(
        "<style>@keyframes inn { from { transform: translateX(-50px) } to { transform: none } }"
            + " dialog { animation: inn 5s infinite }</style><dialog open>Legg til</dialog>");

    assertThat(pause(LONG)).isLessThan(2_000L);
  }

  /** A robot being stopped (its thread interrupted) does not sleep on. */
  @Test
  void aRobotBeingStoppedEndsThePause() {
    showAndLook("<h1>Leverandører</h1>");
    Thread.currentThread().interrupt();

    assertThatThrownBy(() -> pause(LONG)).isInstanceOf(InterruptedException.class);
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }
}
