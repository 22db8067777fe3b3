package no.dpifullmakt.shutdown;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The robot's one JVM shutdown hook. The JVM runs hooks side by side, so two hooks closing the same
 * browser raced each other; here every task runs on one thread, one phase after the other: first
 * the person is told, then the browsers go, then the practice portal, and last the JVM halts with
 * the code a task asked for.
 */
public final class OrderedShutdown {

  /** The order tasks run in. */
  public enum Phase {
    /** Say how far the run came, before anything is closed. */
    TELL,
    /** Quit browsers and drivers, end their processes and delete their profiles. */
    BROWSERS,
    /** Stop the practice portal the run started. */
    PORTAL
  }

  /** A registered task; cancel it when what it cleans up is already gone. */
  public interface Registration {
    void cancel();
  }

  private static final Logger LOG = LoggerFactory.getLogger(OrderedShutdown.class);
  private static final Map<Phase, List<Runnable>> TASKS = new ConcurrentHashMap<>();
  private static final AtomicBoolean INSTALLED = new AtomicBoolean();
  private static volatile Integer haltCode;

  private OrderedShutdown() {}

  /** Runs {@code task} in its phase when the JVM shuts down. */
  public static Registration register(Phase phase, Runnable task) {
    if (INSTALLED.compareAndSet(false, true)) {
      Runtime.getRuntime().addShutdownHook(new Thread(OrderedShutdown::runAll, "avslutning"));
    }
    List<Runnable> tasks = TASKS.computeIfAbsent(phase, p -> new CopyOnWriteArrayList<>());
    tasks.add(task);
    return () -> tasks.remove(task);
  }

  /**
   * Called by a task during shutdown: once every phase has run, the JVM halts with this code
   * instead of the one the signal would give (130 for Ctrl+C, 143 for SIGTERM).
   */
  public static void haltAfterwards(int code) {
    haltCode = code;
  }

  private static void runAll() {
    for (Phase phase : Phase.values()) {
      for (Runnable task : TASKS.getOrDefault(phase, List.of())) {
        try {
          task.run();
        } catch (Throwable e) {
          // Shutting down: nobody can act on it now, and a stack trace would only frighten.
          LOG.debug("Avslutningen ({}) feilet: {}", phase, e.toString());
        }
      }
    }
    Integer code = haltCode;
    if (code != null) {
      Runtime.getRuntime().halt(code);
    }
  }
}
