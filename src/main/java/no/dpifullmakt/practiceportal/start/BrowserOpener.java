package no.dpifullmakt.practiceportal.start;

import java.net.URI;

/** Opens an address in the person's browser, if there is one. */
@FunctionalInterface
public interface BrowserOpener {

  /**
   * @return whether a browser was asked to open the address; false when there is none
   */
  boolean open(URI address);

  /** The person's default browser: Java's desktop support, else xdg-open, open or start. */
  static BrowserOpener system() {
    return new SystemBrowser();
  }

  /** Opens nothing, for people who start the portal on a machine without a screen. */
  static BrowserOpener none() {
    return address -> false;
  }
}
