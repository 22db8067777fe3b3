package no.dpifullmakt.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HeadlessShellTest {

  @Test
  void isKnownByItsProgramName() {
    assertThat(HeadlessShell.is(Path.of("/usr/bin/chromium-headless-shell"))).isTrue();
    assertThat(HeadlessShell.is(Path.of("C:\\chrome\\chrome-headless-shell.exe"))).isTrue();
    assertThat(HeadlessShell.is(Path.of("/opt/Chrome-Headless-Shell"))).isTrue();
    assertThat(HeadlessShell.is(Path.of("/usr/bin/chromium"))).isFalse();
    assertThat(HeadlessShell.is(Path.of("/usr/bin/google-chrome-stable"))).isFalse();
    assertThat(HeadlessShell.is(Path.of("/opt/chromium-headless-shell-start.sh"))).isFalse();
  }

  /**
   * Handed a profile, the shell would show no page and the session would never start. Its profile
   * is made by ChromeDriver inside the run's own fresh folder, which goes when the session ends.
   */
  @Test
  void theShellShowsPagesAndLeavesNeitherProfileNorProcessBehind() {
    Optional<Path> shell = SystemEnvironment.current().onPath("chromium-headless-shell");
    assumeTrue(shell.isPresent(), "chromium-headless-shell er ikke installert");
    Set<ProcessHandle> before = shellBrowsers().collect(Collectors.toSet());

    BrowserSession session =
        BrowserFactory.standard()
            .start(BrowserSettings.headlessChrome().withBrowserPath(shell.get()));
    List<ProcessHandle> started;
    Path profile;
    try {
      session.driver().get("data:text/html;charset=utf-8,<title>Skall</title><p>Hei");
      assertThat(session.driver().getTitle()).isEqualTo("Skall");
      assertThat(session.description()).contains("headless-shell");
      started = shellBrowsers().filter(p -> !before.contains(p)).toList();
      assertThat(started).hasSize(1);
      profile = profileOf(started.get(0));
      assertThat(profile.getParent().getFileName().toString()).startsWith(StaleProfiles.PREFIX);
      assertThat(profile).isDirectory();
    } finally {
      session.close();
    }

    assertThat(profile.getParent()).doesNotExist();
    assertThat(started.get(0).isAlive()).isFalse();
  }

  /** The shell's browser processes under this JVM (not its renderers and helpers). */
  private static java.util.stream.Stream<ProcessHandle> shellBrowsers() {
    return ProcessHandle.current()
        .descendants()
        .filter(p -> arguments(p).stream().anyMatch(a -> a.startsWith("--user-data-dir=")))
        .filter(p -> arguments(p).stream().noneMatch(a -> a.startsWith("--type=")))
        .filter(p -> p.info().command().orElse("").endsWith("headless-shell"));
  }

  private static Path profileOf(ProcessHandle browser) {
    return arguments(browser).stream()
        .filter(a -> a.startsWith("--user-data-dir="))
        .map(a -> Path.of(a.substring("--user-data-dir=".length())))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> arguments(ProcessHandle process) {
    return process.info().arguments().map(List::of).orElse(List.of());
  }
}
