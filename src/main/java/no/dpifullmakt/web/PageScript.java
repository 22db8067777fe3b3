package no.dpifullmakt.web;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * A look script the robot runs on a page again and again. Its first run on a page leaves it there
 * as a function, under a symbol on {@code window} (nothing a person sees, nothing on the page
 * changes), and later runs on the same page send only a call to it instead of its whole text. A new
 * page has not got it, and gets it with the next run.
 */
final class PageScript {

  /** What the short call answers on a page that has not got the script yet. */
  private static final String ABSENT = "dpi-fullmakt: the script is not on this page";

  private final String call;
  private final String callAsync;
  private final String install;

  private PageScript(String name, String body) {
    String key = "window[Symbol.for('dpi-fullmakt.script." + name + "')]";
    this.call =
        "const f = "
            + key
            + ";"
            + "return typeof f === 'function' ? f.apply(this, arguments) : '"
            + ABSENT
            + "';";
    this.callAsync =
        "const f = "
            + key
            + ";"
            + "if (typeof f === 'function') { f.apply(this, arguments); }"
            + " else { arguments[arguments.length - 1]('"
            + ABSENT
            + "'); }";
    this.install =
        "const f = function () {\n"
            + body
            + "\n};\n"
            + key
            + " = f;\nreturn f.apply(this, arguments);";
  }

  /** A look script from the resources, with page-watch.js before it (see {@link Scripts#look}). */
  static PageScript look(String resource) {
    String body = Scripts.look(resource);
    return new PageScript(resource + "@" + Integer.toHexString(body.hashCode()), body);
  }

  Object run(WebDriver driver, Object... arguments) {
    JavascriptExecutor page = (JavascriptExecutor) driver;
    Object answer = page.executeScript(call, arguments);
    return ABSENT.equals(answer) ? page.executeScript(install, arguments) : answer;
  }

  /** For a script that answers through the callback WebDriver adds as its last argument. */
  Object runAsync(WebDriver driver, Object... arguments) {
    JavascriptExecutor page = (JavascriptExecutor) driver;
    Object answer = page.executeAsyncScript(callAsync, arguments);
    return ABSENT.equals(answer) ? page.executeAsyncScript(install, arguments) : answer;
  }
}
