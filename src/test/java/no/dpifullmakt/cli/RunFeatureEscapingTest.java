package no.dpifullmakt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.dpifullmakt.domain.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data written into kjøring.feature can never break the table or the steps. */
class RunFeatureEscapingTest {

  @TempDir Path folder;

  @Test
  void tableBreakingCharactersAreEscapedOrFlattened() {
    assertThat(RunFeature.escaped("Vis|ma")).isEqualTo("Vis\\|ma");
    assertThat(RunFeature.escaped("Vis\\ma")).isEqualTo("Vis\\\\ma");
    assertThat(RunFeature.escaped("Vis\"ma")).isEqualTo("Vis\\\"ma");
    assertThat(RunFeature.escaped("Vis\nma\r\u2028AS")).isEqualTo("Vis ma  AS");
    assertThat(RunFeature.escaped("#vism")).isEqualTo("#vism");
  }

  @Test
  void theWrittenFeatureHasOneRowPerSupplier() throws IOException {
    Path feature =
        RunFeature.write(
            "features/altinn3/gi-rettighet.feature",
            "@utfør",
            List.of(Supplier.of("980858073", "Visma Software International AS")),
            folder.resolve("kjøring.feature"));

    List<String> rows =
        Files.readAllLines(feature).stream().filter(l -> l.strip().startsWith("|")).toList();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1)).contains("| Visma Software International AS |");
  }
}
