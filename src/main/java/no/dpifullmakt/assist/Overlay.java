package no.dpifullmakt.assist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/** The panel the robot shows inside the page in assisted mode, and the outline it draws. */
final class Overlay {

  private static final String SCRIPT = load();

  private final WebDriver driver;

  Overlay(WebDriver driver) {
    this.driver = driver;
  }

  /** A button in the panel: the id comes back as the person's answer. */
  record Choice(String id, String label) {}

  void show(String heading, String text, String why, WebElement element, List<Choice> choices) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("heading", heading);
    data.put("text", text);
    data.put("why", why);
    data.put("element", element);
    List<Map<String, String>> buttons = new ArrayList<>();
    for (Choice choice : choices) {
      buttons.add(Map.of("id", choice.id(), "label", choice.label()));
    }
    data.put("buttons", buttons);
    data.put("banner", false);
    run("show", data);
  }

  /** A small notice at the top that leaves the page (a login form) free to use. */
  void banner(String heading, String text) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("heading", heading);
    data.put("text", text);
    data.put("buttons", List.of());
    data.put("banner", true);
    run("show", data);
  }

  void hide() {
    run("hide", null);
  }

  void unmark() {
    run("unmark", null);
  }

  /** The id of the button the person pressed, or null. */
  String answer() {
    Object answer = run("answer", null);
    return answer == null ? null : answer.toString();
  }

  private Object run(String command, Object data) {
    try {
      return ((JavascriptExecutor) driver).executeScript(SCRIPT, command, data);
    } catch (WebDriverException e) {
      if (WindowState.closed(e)) {
        throw e;
      }
      // The page is changing under us (a navigation): the panel comes back before the next step.
      return null;
    }
  }

  private static String load() {
    try (InputStream in = Overlay.class.getResourceAsStream("overlay.js")) {
      if (in == null) {
        throw new IllegalStateException("Mangler overlay.js");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
