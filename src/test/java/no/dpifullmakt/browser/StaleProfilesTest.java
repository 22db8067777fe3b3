package no.dpifullmakt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

  /** Two runs that start at once both find the same stale profile and sweep it together. */
  @Test
  void twoRunsSweepingTheSameProfileAtOnceBothGoOn() throws Exception {
    for (int round = 0; round < 5; round++) {
      Path old = Files.createDirectory(temporary.resolve(StaleProfiles.PREFIX + "delt-" + round));
      for (int d = 0; d < 40; d++) {
        Path folder = Files.createDirectory(old.resolve("mappe-" + d));
        for (int f = 0; f < 20; f++) {
          Files.writeString(folder.resolve("fil-" + f), "x");
        }
      }
      Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
      CyclicBarrier together = new CyclicBarrier(2);
      Callable<Void> sweep =
          () -> {
            together.await();
            StaleProfiles.sweep(temporary, Instant.now().minus(Duration.ofMinutes(10)));
            return null;
          };
      ExecutorService two = Executors.newFixedThreadPool(2);
      try {
        List<Future<Void>> both = two.invokeAll(List.of(sweep, sweep));
        for (Future<Void> one : both) {
          one.get(); // throws if a sweep failed
        }
      } finally {
        two.shutdownNow();
      }
      assertThat(old).doesNotExist();
    }
  }
}
