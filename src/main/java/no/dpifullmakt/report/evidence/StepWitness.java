package no.dpifullmakt.report.evidence;

import java.awt.AWTError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import no.dpifullmakt.domain.ScreenLanguage;
import no.dpifullmakt.domain.Secret;
import no.dpifullmakt.report.diagnosis.MaskedPageSource;
import no.dpifullmakt.report.fingerprint.FingerprintJson;
import no.dpifullmakt.report.fingerprint.FingerprintText;
import no.dpifullmakt.report.fingerprint.PageRecorder;
import no.dpifullmakt.report.fingerprint.StepRecord;
import no.dpifullmakt.web.AccessibilitySnapshot;
import no.dpifullmakt.web.AccessibleElement;
import no.dpifullmakt.web.Interaction;
import no.dpifullmakt.web.InteractionObserver;
import no.dpifullmakt.web.ScreenBox;
import no.dpifullmakt.web.SeenElement;
import no.dpifullmakt.web.Target;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the robot's hands during one step at a time, for the reports: one element it acted on,
 * outlined in a screenshot (taken just before the step's first click, so the picture shows where to
 * click, and after typing, so it shows what was typed); and, for the UI fingerprint, what each page
 * it acted on offered and what it relied on. A step that types a secret gets no picture at all.
 *
 * <p>A step that clicks more than once (opening the search hits one by one, closing a dialog after
 * it) is shown by its first click: that is where the step begins, and the later clicks get no
 * picture, so they cost nothing. Typing replaces it, and a click after typing shows what was typed.
 *
 * <p>Only the picture itself is taken on the robot's path; the outline is drawn onto it on a thread
 * of its own while the step goes on, and the step's report waits for it at the end of the step.
 */
public final class StepWitness implements InteractionObserver {

  private static final Logger LOG = LoggerFactory.getLogger(StepWitness.class);

  /** How long the end of a step waits for its picture to be drawn before it goes without. */
  private static final long DRAWING_LIMIT_SECONDS = 10;

  /** Draws the outlines, one picture at a time, beside the robot. */
  private static final ExecutorService DRAWING =
      Executors.newSingleThreadExecutor(
          work -> {
            Thread thread = new Thread(work, "skjermbilder");
            thread.setDaemon(true);
            return thread;
          });

  /** Java's drawing is loaded once per JVM, not again for each scenario's witness. */
  private static final AtomicBoolean DRAWING_WARMED = new AtomicBoolean();

  /** The placeholder for the supplier's name in the fingerprint. */
  public static final String SUPPLIER = "{leverandør}";

  private final WebDriver driver;
  private final Camera camera;
  private final boolean screenshots;

  private PageRecorder pages = new PageRecorder();
  private PendingShot shot;
  private boolean shotShowsAClick;
  private AccessibleElement lastFound;
  private WebElement typed;
  private Target typedTarget;
  private boolean secretTyped;
  private boolean failureTaken;
  private final Map<String, String> dataValues = new LinkedHashMap<>();
  private long picturingNanos;
  private ScreenLanguage languageRead;

  /**
   * @param screenshots false to take no screenshots (they cost a little time per step)
   */
  public StepWitness(WebDriver driver, boolean screenshots) {
    this.driver = driver;
    this.camera = new Camera(driver);
    this.screenshots = screenshots;
    if (screenshots && DRAWING_WARMED.compareAndSet(false, true)) {
      DRAWING.submit(StepWitness::warmUpDrawing);
    }
  }

  /** Forgets the last step. */
  public void startStep() {
    pages = new PageRecorder();
    lastFound = null;
    picturingNanos = 0;
    forgetShot();
    shotShowsAClick = false;
    typed = null;
    typedTarget = null;
    secretTyped = false;
  }

  /**
   * The step is about to type a secret (a login): it gets no picture at all, so none is taken of
   * what it does before the secret either.
   */
  public void secretAhead() {
    secretTyped = true;
    forgetShot();
    typed = null;
  }

  /** The page is the one the look saw the element on: no need to ask the browser again. */
  @Override
  public void found(Target target, AccessibleElement element) {
    lastFound = element;
    pages.reliedOn(FingerprintText.page(element.address()), element.seen(), target.describe());
  }

  /**
   * A look whose «no» is an answer too: what matched joins the fingerprint as relied on, and
   * nothing is kept as a look in vain. A look inside a part of the page that had gone (no address)
   * saw no page at all, and says nothing.
   */
  @Override
  public void looked(Target target, String address, List<AccessibleElement> matches) {
    if (address == null || address.isBlank()) {
      return;
    }
    pages.looked(
        FingerprintText.page(address),
        target.describe(),
        matches.stream().map(AccessibleElement::seen).toList());
  }

  @Override
  public void pageBeforeAction(String address, List<SeenElement> page) {
    String name = FingerprintText.page(address);
    if (!pages.hasSnapshot(name)) {
      pages.snapshot(name, page);
    }
  }

  @Override
  public void beforeInteraction(Interaction interaction, WebElement element) {
    if (Secret.MASK.equals(interaction.shownValue())) {
      secretTyped = true;
      forgetShot();
      typed = null;
    }
    if (screenshots
        && !secretTyped
        && interaction.kind() != Interaction.Kind.TYPE
        && !shotShowsAClick) {
      typed = null;
      forgetShot();
      long started = System.nanoTime();
      quietly(() -> shot = shoot(element, interaction.target(), label(interaction.kind())));
      picturingNanos += System.nanoTime() - started;
    }
  }

  /** A picture still being drawn is not wanted any more. */
  private void forgetShot() {
    if (shot != null) {
      shot.picture().cancel(false);
      shot = null;
    }
  }

  /**
   * Watching must never stop the robot: a page that changes under the camera just gets no picture.
   */
  private static void quietly(Runnable watching) {
    try {
      watching.run();
    } catch (WebDriverException e) {
      LOG.debug("Fikk ikke registrert steget: {}", e.getMessage());
    }
  }

  /** The page as it is now; each element tells the address it was seen on. */
  private void snapshotCurrentPage() {
    List<AccessibleElement> seen = AccessibilitySnapshot.take(driver, null);
    String page =
        FingerprintText.page(seen.isEmpty() ? driver.getCurrentUrl() : seen.get(0).address());
    if (!pages.hasSnapshot(page)) {
      pages.snapshot(page, seen.stream().map(AccessibleElement::seen).toList());
    }
  }

  @Override
  public void afterInteraction(Interaction interaction, WebElement element) {
    if (interaction.kind() == Interaction.Kind.TYPE && !secretTyped) {
      typed = element;
      typedTarget = interaction.target();
      forgetShot();
      shotShowsAClick = false;
    } else if (shot != null) {
      // The click happened (a covered button is tried again, and pictured again).
      shotShowsAClick = true;
    }
  }

  /**
   * The step's screenshot, if the robot acted on an element it may show. (The page a step ends on
   * is not snapshotted for the fingerprint: Altinn may still be loading it, so what it shows then
   * is chance; the next step's look before it acts sees it settled.) The run's log says how long
   * taking and drawing it held the step up.
   */
  public Optional<Shot> finishStep() {
    long started = System.nanoTime();
    Optional<Shot> taken = takeStepShot();
    picturingNanos += System.nanoTime() - started;
    if (taken.isPresent()) {
      LOG.debug(
          "Skjermbildet holdt steget opp i {} ms", TimeUnit.NANOSECONDS.toMillis(picturingNanos));
    }
    return taken;
  }

  private Optional<Shot> takeStepShot() {
    if (screenshots && typed != null && !secretTyped) {
      // After typing, the field still holds the text and shows what Altinn made of it. The step
      // waits for this picture at once, so it is drawn here rather than on the drawing thread.
      Optional<Camera.Spot> spot = aimQuietly(typed);
      Camera.Picture picture = camera.capture();
      String label = label(Interaction.Kind.TYPE);
      typed = null;
      forgetShot();
      try {
        return Optional.of(
            new Shot(
                Marking.mark(picture.decoded(), spot, label),
                Evidence.SCREENSHOT_PREFIX + typedTarget.describe()));
      } catch (RuntimeException | LinkageError | AWTError e) {
        // Java's drawing may be unavailable on this machine: the step goes on without a picture.
        LOG.debug("Fikk ikke tegnet skjermbildet: {}", e.toString());
        return Optional.empty();
      }
    }
    if (shot == null) {
      return Optional.empty();
    }
    PendingShot pending = shot;
    shot = null;
    try {
      return Optional.of(
          new Shot(
              pending.picture().get(DRAWING_LIMIT_SECONDS, TimeUnit.SECONDS), pending.caption()));
    } catch (ExecutionException | TimeoutException e) {
      pending.picture().cancel(true);
      LOG.debug("Fikk ikke tegnet skjermbildet: {}", e.toString());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * A value that is data, not user interface, such as the supplier's name as Altinn shows it: the
   * fingerprint shows the placeholder instead, so runs for different suppliers compare.
   */
  public void dataValue(String placeholder, String value) {
    if (value != null && !value.isBlank()) {
      dataValues.put(FingerprintText.name(value), placeholder);
    }
  }

  /** The robot read the language the screens are in during this step. */
  public void screenLanguage(ScreenLanguage language) {
    languageRead = language;
  }

  /** The language read during the step, once: the report keeps it with the step that read it. */
  public Optional<ScreenLanguage> takeScreenLanguage() {
    Optional<ScreenLanguage> read = Optional.ofNullable(languageRead);
    languageRead = null;
    return read;
  }

  /** What each page offered during the step, as JSON for the fingerprint; empty if nothing. */
  public Optional<byte[]> fingerprint() {
    return pages.isEmpty()
        ? Optional.empty()
        : Optional.of(FingerprintJson.step(new StepRecord(pages.pages(), dataValues)));
  }

  /**
   * The page as it is now, once per scenario, when a step has failed: a screenshot (unless the step
   * typed a secret) and the masked HTML. The page is added to the step's fingerprint too.
   */
  public Optional<FailureEvidence> failureEvidence() {
    if (failureTaken) {
      return Optional.empty();
    }
    failureTaken = true;
    snapshotCurrentPage();
    Optional<byte[]> picture =
        secretTyped
            ? Optional.empty()
            : Optional.of(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return Optional.of(new FailureEvidence(picture, MaskedPageSource.of(driver.getPageSource())));
  }

  /**
   * The picture is taken now, before the robot's hand moves; the outline is drawn beside the robot.
   */
  private PendingShot shoot(WebElement element, Target target, String label) {
    Optional<Camera.Spot> spot = seenInView(element).or(() -> camera.aim(element));
    Camera.Picture picture = camera.capture();
    return new PendingShot(
        DRAWING.submit(() -> Marking.mark(picture.decoded(), spot, label)),
        Evidence.SCREENSHOT_PREFIX + target.describe());
  }

  /**
   * Where the look just before the action saw the element, when it lay wholly in view: the click
   * will not scroll, so the browser need not be asked again.
   */
  private Optional<Camera.Spot> seenInView(WebElement element) {
    if (lastFound == null || !element.equals(lastFound.element())) {
      return Optional.empty();
    }
    ScreenBox box = lastFound.box();
    if (box == null || !box.inView()) {
      return Optional.empty();
    }
    return Optional.of(
        new Camera.Spot(box.left(), box.top(), box.width(), box.height(), box.scale()));
  }

  /** Where the typed field lies; empty, for a picture without outline, when it has gone. */
  private Optional<Camera.Spot> aimQuietly(WebElement element) {
    try {
      return camera.aim(element);
    } catch (WebDriverException e) {
      return Optional.empty();
    }
  }

  /** Java's drawing is loaded beside the robot while it logs in, not at its first picture. */
  private static void warmUpDrawing() {
    try {
      Marking.warmUp();
    } catch (RuntimeException | LinkageError | AWTError e) {
      LOG.debug("Fikk ikke varmet opp tegningen av skjermbilder: {}", e.toString());
    }
  }

  /** A step's picture that is still being drawn, and its caption. */
  private record PendingShot(Future<byte[]> picture, String caption) {}

  private static String label(Interaction.Kind kind) {
    return switch (kind) {
      case CLICK -> "Klikk her";
      case TYPE -> "Skriv her";
      case PRESS_ENTER -> "Trykk Enter her";
    };
  }
}
