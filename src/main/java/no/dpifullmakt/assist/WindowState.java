package no.dpifullmakt.assist;

import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.WebDriverException;

/** Tells a closed browser window apart from other browser trouble. */
public final class WindowState {

  private WindowState() {}

  /** Whether this failure means the person closed the browser window (or the whole browser). */
  public static boolean closed(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof NoSuchWindowException || t instanceof NoSuchSessionException) {
        return true;
      }
      if (t instanceof WebDriverException) {
        String message = String.valueOf(t.getMessage());
        if (message.contains("target window already closed")
            || message.contains("no such window")
            || message.contains("chrome not reachable")
            || message.contains("disconnected: not connected to DevTools")) {
          return true;
        }
      }
    }
    return false;
  }
}
