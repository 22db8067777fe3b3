package no.dpifullmakt.practiceportal.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Where the kept state lives: DPI_DATAMAPPE, else the operating system's data folder. */
class DataFolderTest {

  private static final Path HOME = Path.of("/home/ingrid");

  private static UnaryOperator<String> env(Map<String, String> variables) {
    return variables::get;
  }

  @Test
  void dpiDatamappeComesFirst() {
    assertThat(DataFolder.resolve(env(Map.of("DPI_DATAMAPPE", "/tmp/ovelse"))))
        .contains(Path.of("/tmp/ovelse"));
  }

  @Test
  void ingenKeepsNothing() {
    assertThat(DataFolder.resolve(env(Map.of("DPI_DATAMAPPE", "ingen")))).isEmpty();
  }

  @Test
  void theBuildsTestsKeepNothingUnlessATestNamesAFolder() {
    assertThat(System.getProperty("dpi.datamappe")).isEqualTo("ingen");
    assertThat(DataFolder.resolve(env(Map.of()))).isEmpty();
  }

  @Test
  void linuxUsesXdgDataHomeOrLocalShare() {
    assertThat(DataFolder.standard(env(Map.of("XDG_DATA_HOME", "/data")), "Linux", HOME))
        .isEqualTo(Path.of("/data/dpi-fullmakt"));
    assertThat(DataFolder.standard(env(Map.of()), "Linux", HOME))
        .isEqualTo(Path.of("/home/ingrid/.local/share/dpi-fullmakt"));
  }

  @Test
  void windowsUsesLocalAppData() {
    assertThat(
            DataFolder.standard(
                env(Map.of("LOCALAPPDATA", "/c/Users/ingrid/AppData/Local")), "Windows 11", HOME))
        .isEqualTo(Path.of("/c/Users/ingrid/AppData/Local/dpi-fullmakt"));
  }

  @Test
  void macUsesApplicationSupport() {
    assertThat(DataFolder.standard(env(Map.of()), "Mac OS X", HOME))
        .isEqualTo(Path.of("/home/ingrid/Library/Application Support/dpi-fullmakt"));
  }
}
