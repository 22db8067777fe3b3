package no.dpifullmakt.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order in which drivers are found, without starting any browser. */
class DriverResolverTest {

  @TempDir Path temp;

  private Path executable(Path folder, String name) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve(name);
    Files.writeString(file, "#!/bin/sh\n");
    file.toFile().setExecutable(true);
    return file;
  }

  private BrowserSettings settings(BrowserKind kind, Optional<Path> explicit) {
    return new BrowserSettings(
        kind,
        true,
        explicit,
        Optional.empty(),
        temp.resolve("drivers"),
        Optional.empty(),
        Optional.empty());
  }

  private DriverResolver resolver(String path, Optional<Path> network) {
    return new DriverResolver(
        new SystemEnvironment(false, path), k -> network, k -> Optional.empty());
  }

  @Test
  void theExplicitSettingComesFirst() throws IOException {
    Path explicit = executable(temp.resolve("eget"), "chromedriver");
    executable(temp.resolve("drivers"), "chromedriver");
    ResolvedDriver found =
        resolver(temp.toString(), Optional.empty())
            .resolve(settings(BrowserKind.CHROME, Optional.of(explicit)));
    assertThat(found.source()).isEqualTo(DriverSource.SETTING);
    assertThat(found.path()).contains(explicit);
  }

  @Test
  void theDriversFolderComesBeforePath() throws IOException {
    executable(temp.resolve("drivers"), "msedgedriver");
    Path onPath = executable(temp.resolve("bin"), "msedgedriver");
    ResolvedDriver found =
        resolver(onPath.getParent().toString(), Optional.empty())
            .resolve(settings(BrowserKind.EDGE, Optional.empty()));
    assertThat(found.source()).isEqualTo(DriverSource.DRIVERS_FOLDER);
  }

  @Test
  void pathComesBeforeTheNetwork() throws IOException {
    Path onPath = executable(temp.resolve("bin"), "geckodriver");
    ResolvedDriver found =
        resolver(onPath.getParent().toString(), Optional.of(temp.resolve("lastet-ned")))
            .resolve(settings(BrowserKind.FIREFOX, Optional.empty()));
    assertThat(found.source()).isEqualTo(DriverSource.PATH);
  }

  @Test
  void aMissingDriverGivesOneNorwegianSentenceSayingWhereItLooked() {
    assertThatThrownBy(
            () ->
                resolver(temp.resolve("tom").toString(), Optional.empty())
                    .resolve(settings(BrowserKind.CHROME, Optional.empty())))
        .isInstanceOf(MissingDriverException.class)
        .hasMessageStartingWith("Fant ingen driver for Chrome/Chromium: så etter ")
        .hasMessageContaining("drivers")
        .hasMessageContaining("PATH, WebDriverManager, Selenium Manager")
        .hasMessageContaining("apt-get install -y chromium chromium-driver");
  }

  @Test
  void aWrongExplicitPathIsReportedAsSuch() {
    assertThatThrownBy(
            () ->
                resolver("", Optional.empty())
                    .resolve(
                        settings(BrowserKind.CHROME, Optional.of(temp.resolve("finnes-ikke")))))
        .isInstanceOf(MissingDriverException.class)
        .hasMessageContaining("finnes ikke eller kan ikke kjøres");
  }
}
