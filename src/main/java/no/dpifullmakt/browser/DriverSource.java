package no.dpifullmakt.browser;

/** Where a driver was found, in the order the robot looks. */
public enum DriverSource {
  SETTING("innstillingen"),
  DRIVERS_FOLDER("mappen drivers/"),
  PATH("PATH"),
  WEBDRIVERMANAGER("WebDriverManager"),
  SELENIUM_MANAGER("Selenium Manager");

  private final String norwegian;

  DriverSource(String norwegian) {
    this.norwegian = norwegian;
  }

  public String norwegian() {
    return norwegian;
  }
}
