package no.dpifullmakt.practiceportal.start;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import no.dpifullmakt.practiceportal.PracticePortal;

/**
 * A practice portal started for a person, until it is stopped: by {@link #stop()}, or by Ctrl+C (a
 * JVM shutdown hook). Either way it says "Øvingsportalen er stoppet." once.
 */
public final class RunningPortal implements AutoCloseable {

  private final PracticePortal portal;
  private final ConsoleGuide guide;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final Thread shutdownHook;

  RunningPortal(PracticePortal portal, ConsoleGuide guide) {
    this.portal = portal;
    this.guide = guide;
    this.shutdownHook = new Thread(this::stop, "ovingsportal-stopp");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** For example {@code http://127.0.0.1:8080}, where the start page is. */
  public URI address() {
    return portal.baseUrl();
  }

  public int port() {
    return portal.port();
  }

  /** Stops the portal and says so; does nothing the second time. */
  public void stop() {
    if (!stopping.compareAndSet(false, true)) {
      return;
    }
    try {
      portal.close();
    } finally {
      guide.stopped();
      stopped.countDown();
      forgetShutdownHook();
    }
  }

  /** Blocks until the portal is stopped. */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  /**
   * @return false when the portal still runs after {@code timeout}
   */
  public boolean awaitStop(Duration timeout) throws InterruptedException {
    return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  public boolean isStopped() {
    return stopped.getCount() == 0;
  }

  @Override
  public void close() {
    stop();
  }

  private void forgetShutdownHook() {
    if (Thread.currentThread() == shutdownHook) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The JVM is on its way out; the hook will find the portal stopped.
    }
  }
}
