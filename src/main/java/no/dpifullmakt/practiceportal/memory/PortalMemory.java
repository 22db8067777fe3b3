package no.dpifullmakt.practiceportal.memory;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one running portal remembers between runs: it reads the kept state once at the start and,
 * after each change, writes the keys whose JSON differs from what was last written.
 */
public final class PortalMemory implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PortalMemory.class);

  private final StateStore store;
  private final Map<String, String> written;
  private final boolean recalled;
  private boolean warned;

  private PortalMemory(StateStore store, Map<String, String> kept) {
    this.store = store;
    this.written = new HashMap<>(kept);
    this.recalled = !kept.isEmpty();
  }

  /**
   * @throws StoreProblem when the kept state is in use by another run, or cannot be read
   */
  public static PortalMemory open(Keeping keeping) {
    if (keeping.folder().isEmpty()) {
      return new PortalMemory(null, Map.of());
    }
    StateStore store = StateStore.open(keeping.folder().get(), keeping.afresh());
    try {
      return new PortalMemory(store, store.readAll());
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Where the state is kept; empty when in memory only. */
  public Optional<Path> folder() {
    return store == null ? Optional.empty() : Optional.of(store.folder());
  }

  /** Whether the portal starts from what earlier runs did, rather than from the seed. */
  public boolean recalled() {
    return recalled;
  }

  /**
   * Hands the kept state to {@code recall}.
   *
   * @throws StoreProblem when a kept text cannot be understood
   */
  public void recallInto(Consumer<Map<String, String>> recall) {
    if (!recalled) {
      return;
    }
    try {
      recall.accept(Map.copyOf(written));
    } catch (RuntimeException e) {
      close();
      throw new StoreProblem(StateStore.unreadable(store.folder()), e);
    }
  }

  /**
   * Keeps the state as it is now. A failure is logged once and the portal goes on in memory: a
   * practice run should not stop because the disk is full.
   */
  public synchronized void save(Map<String, String> now) {
    if (store == null) {
      return;
    }
    Map<String, String> changed = new LinkedHashMap<>();
    now.forEach(
        (key, json) -> {
          if (!json.equals(written.get(key))) {
            changed.put(key, json);
          }
        });
    Set<String> removed = new HashSet<>(written.keySet());
    removed.removeAll(now.keySet());
    try {
      store.write(changed, removed);
      written.putAll(changed);
      written.keySet().removeAll(removed);
    } catch (StoreProblem e) {
      if (!warned) {
        warned = true;
        LOG.warn(e.getMessage(), e);
      }
    }
  }

  /**
   * The start line, in Norwegian: whether the portal starts from the seed or remembers.
   *
   * @param afreshOption how the person starts afresh, for example {@code --nullstill-ovingsportal}
   */
  public String startLine(String afreshOption) {
    if (recalled) {
      return "Øvingsportalen husker det som ble gjort i tidligere kjøringer (lagret i "
          + store.folder().toAbsolutePath()
          + "). Start på nytt med "
          + afreshOption
          + ".";
    }
    String fresh = "Øvingsportalen starter med nye, oppdiktede data.";
    return store == null
        ? fresh
        : fresh
            + " Det som gjøres nå, huskes til neste kjøring (lagret i "
            + store.folder().toAbsolutePath()
            + ").";
  }

  @Override
  public synchronized void close() {
    if (store != null) {
      store.close();
    }
  }
}
