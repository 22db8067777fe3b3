package no.dpifullmakt.practiceportal.memory;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Whether and where the practice portal keeps its state between runs.
 *
 * @param folder the data folder; empty to keep nothing
 * @param afresh whether to forget what earlier runs kept and start from the seed
 */
public record Keeping(Optional<Path> folder, boolean afresh) {

  public Keeping {
    Objects.requireNonNull(folder, "folder");
  }

  /** In memory only: every start is a fresh one. */
  public static Keeping none() {
    return new Keeping(Optional.empty(), true);
  }

  public static Keeping in(Path folder, boolean afresh) {
    return new Keeping(Optional.of(folder), afresh);
  }

  /** In the folder {@link DataFolder} finds from these environment variables. */
  public static Keeping resolved(UnaryOperator<String> env, boolean afresh) {
    return new Keeping(DataFolder.resolve(env), afresh);
  }
}
