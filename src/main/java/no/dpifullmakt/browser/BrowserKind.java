package no.dpifullmakt.browser;

import java.util.List;
import java.util.Locale;

/** The browsers the robot can drive, with the file names of their drivers and programs. */
public enum BrowserKind {
  CHROME(
      "chrome",
      "Chrome/Chromium",
      "chromedriver",
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")),
  EDGE(
      "edge", "Microsoft Edge", "msedgedriver", List.of("microsoft-edge", "microsoft-edge-stable")),
  FIREFOX("firefox", "Firefox", "geckodriver", List.of("firefox", "firefox-esr"));

  private final String option;
  private final String displayName;
  private final String driverName;
  private final List<String> programNames;

  BrowserKind(String option, String displayName, String driverName, List<String> programNames) {
    this.option = option;
    this.displayName = displayName;
    this.driverName = driverName;
    this.programNames = programNames;
  }

  /** The value of the {@code --nettleser} option. */
  public String option() {
    return option;
  }

  public String displayName() {
    return displayName;
  }

  /** "chromedriver", or "chromedriver.exe" on Windows. */
  public String driverFileName(boolean windows) {
    return windows ? driverName + ".exe" : driverName;
  }

  public List<String> programNames() {
    return programNames;
  }

  public static BrowserKind fromOption(String value) {
    for (BrowserKind kind : values()) {
      if (kind.option.equals(value.toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    throw new IllegalArgumentException(value);
  }
}
