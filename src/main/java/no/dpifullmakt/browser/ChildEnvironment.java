package no.dpifullmakt.browser;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The environment a driver gets, and the browser it starts inherits: only what a browser needs to
 * find its programs, draw a window, pick a language and reach the network. Nothing else of the
 * robot's environment goes along, so neither {@code DPI_TESTID_FNR} nor the variable an environment
 * file names ({@code testid.variabel}) can be read in {@code /proc/<pid>/environ} of a child.
 */
final class ChildEnvironment {

  static final List<String> KEPT =
      List.of(
          "PATH",
          "HOME",
          "USER",
          "LOGNAME",
          "DISPLAY",
          "XAUTHORITY",
          "WAYLAND_DISPLAY",
          "XDG_RUNTIME_DIR",
          "XDG_CONFIG_HOME",
          "XDG_CACHE_HOME",
          "XDG_DATA_HOME",
          "DBUS_SESSION_BUS_ADDRESS",
          "LANG",
          "LANGUAGE",
          "LC_ALL",
          "TZ",
          "FONTCONFIG_PATH",
          "http_proxy",
          "https_proxy",
          "no_proxy",
          "HTTP_PROXY",
          "HTTPS_PROXY",
          "NO_PROXY");

  /** Eleven digits in a row: shaped like a national identity number, so it never goes along. */
  private static final Pattern PERSONAL_NUMBER = Pattern.compile("(?<!\\d)\\d{11}(?!\\d)");

  private ChildEnvironment() {}

  /**
   * The kept variables of {@code parent}, with {@code TMPDIR} set to the robot's own temporary
   * folder so the browser's scratch files land where its profile is.
   */
  static Map<String, String> from(Map<String, String> parent, String temporaryFolder) {
    Map<String, String> child = new LinkedHashMap<>();
    for (String name : KEPT) {
      String value = parent.get(name);
      if (value != null && !PERSONAL_NUMBER.matcher(value).find()) {
        child.put(name, value);
      }
    }
    child.put("TMPDIR", temporaryFolder);
    return child;
  }

  static Map<String, String> forThisProcess(Path temporaryFolder) {
    return from(System.getenv(), temporaryFolder.toString());
  }
}
