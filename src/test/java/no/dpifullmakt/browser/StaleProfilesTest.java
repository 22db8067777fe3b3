package no.dpifullmakt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleProfilesTest {

  @TempDir Path temporary;

  @Test
  void anOldProfileNoProcessUsesGoesAFreshOneAndOtherFoldersStay() throws Exception {
    Path old = Files.createDirectory(temporary.resolve(StaleProfiles.PREFIX + "gammel"));
    Files.writeString(Files.createDirectory(old.resolve("Default")).resolve("Preferences"), "{}");
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Path fresh = Files.createDirectory(temporary.resolve(StaleProfiles.PREFIX + "ny"));
    Path other = Files.createDirectory(temporary.resolve("noe-annet"));
    Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

    StaleProfiles.sweep(temporary, Instant.now().minus(Duration.ofMinutes(10)));

    assertThat(old).doesNotExist();
    assertThat(fresh).exists();
    assertThat(other).exists();
  }
}
