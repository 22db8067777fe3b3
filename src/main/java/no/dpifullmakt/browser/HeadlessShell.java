package no.dpifullmakt.browser;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Chromium's headless shell ({@code chromium-headless-shell}, {@code chrome-headless-shell}): the
 * same Blink as Chromium without the browser's windows and profile services, so it does the same
 * pages for less work. It can show no window.
 */
public final class HeadlessShell {

  private HeadlessShell() {}

  public static boolean is(Path program) {
    Path name = program.getFileName();
    return name != null
        && name.toString()
            .toLowerCase(Locale.ROOT)
            .replaceFirst("\\.exe$", "")
            .endsWith("-headless-shell");
  }
}
