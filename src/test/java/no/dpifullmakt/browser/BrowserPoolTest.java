package no.dpifullmakt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/** A browser lent to the pool is the lender's: runs use it, cleaned, and never close it. */
class BrowserPoolTest {

  private final List<String> calls = new ArrayList<>();

  @Test
  void aLentBrowserIsHandedOutCleanedAndOutlivesTheRun() {
    BrowserSession lent = new BrowserSession(recording(WebDriver.class), Optional.empty(), "lånt");
    BrowserPool.lendToThisThread(lent);
    try {
      assertThat(BrowserPool.forThisThread(BrowserSettings.headlessChrome(), null)).isSameAs(lent);
      assertThat(calls).containsSubsequence("deleteAllCookies", "to");

      BrowserPool.closeAll();

      assertThat(calls).doesNotContain("quit");
      assertThat(BrowserPool.open()).contains(lent);
    } finally {
      BrowserPool.takeBack(lent);
    }
    assertThat(BrowserPool.open()).doesNotContain(lent);
  }

  /** A stand-in that notes every call, and answers calls that return a part with another one. */
  private <T> T recording(Class<T> type) {
    Object proxy =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, arguments) -> {
              calls.add(method.getName());
              Class<?> returned = method.getReturnType();
              return returned.isInterface() && returned.getName().startsWith("org.openqa")
                  ? recording(returned)
                  : null;
            });
    return type.cast(proxy);
  }
}
