package no.dpifullmakt.practiceportal.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept state in its embedded database: written, read back, forgotten, refused. */
class StateStoreTest {

  @TempDir Path folder;

  @Test
  void readsBackWhatWasWrittenAfterItIsOpenedAgain() {
    try (StateStore store = StateStore.open(folder, false)) {
      store.write(Map.of("altinn3:315260183", "{\"a\":1}", "altinn2:315260183", "{}"), Set.of());
      store.write(Map.of("altinn3:315260183", "{\"a\":2}"), Set.of("altinn2:315260183"));
    }
    try (StateStore again = StateStore.open(folder, false)) {
      assertThat(again.readAll()).isEqualTo(Map.of("altinn3:315260183", "{\"a\":2}"));
    }
    assertThat(folder.resolve("ovingsportal.mv.db")).exists();
  }

  @Test
  void forgetsEverythingWhenOpenedAfresh() {
    try (StateStore store = StateStore.open(folder, false)) {
      store.write(Map.of("altinn3-sprak:12857610030", "\"nn\""), Set.of());
    }
    try (StateStore afresh = StateStore.open(folder, true)) {
      assertThat(afresh.readAll()).isEmpty();
    }
  }

  @Test
  void createsTheFolderWhenItDoesNotExist() {
    Path deeper = folder.resolve("a").resolve("dpi-fullmakt");
    try (StateStore store = StateStore.open(deeper, false)) {
      assertThat(store.readAll()).isEmpty();
    }
    assertThat(deeper).isDirectory();
  }

  @Test
  void aDamagedFileGivesANorwegianMessageAndStartingAfreshReplacesIt() throws IOException {
    Files.write(folder.resolve("ovingsportal.mv.db"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});

    assertThatThrownBy(() -> StateStore.open(folder, false))
        .isInstanceOf(StoreProblem.class)
        .hasMessageContaining("Øvingsportalens lagrede data i " + folder.toAbsolutePath())
        .hasMessageContaining("kan ikke leses")
        .hasMessageContaining("--nullstill-ovingsportal");
    try (StateStore afresh = StateStore.open(folder, true)) {
      assertThat(afresh.readAll()).isEmpty();
    }
  }

  @Test
  void aStoreInUseByAnotherRunGivesANorwegianMessage() throws IOException {
    try (StateStore store = StateStore.open(folder, false)) {
      store.write(Map.of("k", "{}"), Set.of());
    }
    // Another run holds the file lock, as H2 does while a run has the store open.
    try (FileChannel file =
            FileChannel.open(
                folder.resolve("ovingsportal.mv.db"),
                StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock = file.lock()) {
      assertThatThrownBy(() -> StateStore.open(folder, false))
          .isInstanceOf(StoreProblem.class)
          .hasMessage(
              "Øvingsportalens lagrede data i "
                  + folder.toAbsolutePath()
                  + " er i bruk av en annen kjøring av dpi-fullmakt. Vent til den er ferdig, og"
                  + " prøv igjen.");
      assertThatThrownBy(() -> StateStore.open(folder, true))
          .isInstanceOf(StoreProblem.class)
          .hasMessageContaining("er i bruk av en annen kjøring");
    }
    try (StateStore after = StateStore.open(folder, false)) {
      assertThat(after.readAll()).containsKey("k");
    }
  }

  @Test
  void aFolderThatCannotBeMadeGivesANorwegianMessage() throws IOException {
    Path file = Files.writeString(folder.resolve("fil"), "ikke en mappe");

    assertThatThrownBy(() -> StateStore.open(file.resolve("dpi-fullmakt"), false))
        .isInstanceOf(StoreProblem.class)
        .hasMessageContaining("Øvingsportalen kan ikke lagre i")
        .hasMessageContaining("DPI_DATAMAPPE");
  }
}
