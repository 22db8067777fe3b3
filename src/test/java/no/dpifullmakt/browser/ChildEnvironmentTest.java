package no.dpifullmakt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChildEnvironmentTest {

  @Test
  void onlyWhatABrowserNeedsGoesAlongAndNothingShapedLikeAPersonalNumber() {
    Map<String, String> child =
        ChildEnvironment.from(
            Map.of(
                "PATH", "/usr/bin:/bin",
                "HOME", "/home/leder",
                "DISPLAY", ":0",
                "LANG", "nb_NO.UTF-8",
                "DPI_TESTID_FNR", "12857610030",
                "MITT_NUMMER", "12857610030",
                "JAVA_TOOL_OPTIONS", "-Dx=y",
                "XAUTHORITY", "/tmp/12857610030/xauth"),
            "/tmp/robot");

    assertThat(child)
        .containsEntry("PATH", "/usr/bin:/bin")
        .containsEntry("HOME", "/home/leder")
        .containsEntry("DISPLAY", ":0")
        .containsEntry("LANG", "nb_NO.UTF-8")
        .containsEntry("TMPDIR", "/tmp/robot")
        .doesNotContainKeys("DPI_TESTID_FNR", "MITT_NUMMER", "JAVA_TOOL_OPTIONS", "XAUTHORITY");
  }

  @Test
  void theDriverStartsThroughEnvWithAClearedEnvironment() {
    List<String> arguments =
        MinimalEnvironmentDrivers.wrapped(
            new File("/usr/bin/chromedriver"), List.of("--port=4444"), Path.of("/tmp/profil"));

    assertThat(arguments.get(0)).isEqualTo("-i");
    assertThat(arguments).endsWith("/usr/bin/chromedriver", "--port=4444");
    assertThat(arguments.subList(1, arguments.size() - 2)).allMatch(a -> a.contains("="));
    assertThat(String.join(" ", arguments)).doesNotContain("DPI_TESTID_FNR");
    assertThat(arguments).contains("TMPDIR=/tmp/profil");
  }
}
