package no.dpifullmakt.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.dpifullmakt.domain.Secret;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The robot's eyes and hands on a page: it finds elements by role and accessible name, waits for
 * them by condition, and acts on them. Nothing here sleeps; every wait polls a condition until the
 * configured time runs out.
 */
public final class Ui {

  private static final Logger LOG = LoggerFactory.getLogger(Ui.class);

  /**
   * Between two looks a wait sleeps until the page changes ({@link PageChange}); on a page that
   * stays the same, it looks again after this long.
   */
  private static final Duration QUIET_PAGE = Duration.ofMillis(300);

  private static final List<String> MESSAGE_ROLES = List.of("alert", "status");

  private final WebDriver driver;
  private final Duration timeout;
  private final List<InteractionObserver> observers;
  private final Recovery recovery;
  private final WebElement scope;
  private final Ui parent;
  private final Target scopeTarget;

  /** Finds the part again, for a part no target can name (the third row of a list). */
  private final Supplier<Optional<WebElement>> refind;

  /** The part this Ui looks inside, as last found; tried first, found afresh when it has gone. */
  private WebElement part;

  public Ui(WebDriver driver, Duration timeout, List<InteractionObserver> observers) {
    this(driver, timeout, observers, Recovery.none());
  }

  public Ui(
      WebDriver driver, Duration timeout, List<InteractionObserver> observers, Recovery recovery) {
    this(driver, timeout, List.copyOf(observers), recovery, null, null, null);
  }

  private Ui(
      WebDriver driver,
      Duration timeout,
      List<InteractionObserver> observers,
      Recovery recovery,
      WebElement scope,
      Ui parent,
      Target scopeTarget) {
    this(driver, timeout, observers, recovery, scope, parent, scopeTarget, null);
  }

  private Ui(
      WebDriver driver,
      Duration timeout,
      List<InteractionObserver> observers,
      Recovery recovery,
      WebElement scope,
      Ui parent,
      Target scopeTarget,
      Supplier<Optional<WebElement>> refind) {
    this.refind = refind;
    this.driver = driver;
    this.timeout = timeout;
    this.observers = observers;
    this.recovery = recovery;
    this.scope = scope;
    this.parent = parent;
    this.scopeTarget = scopeTarget;
  }

  /** The same hands, looking only inside one part of the page (a dialog, a list row). */
  public Ui within(WebElement part) {
    return new Ui(driver, timeout, observers, recovery, part, null, null);
  }

  /**
   * Looks inside a part that {@code finder} finds, and finds again whenever it has left the page
   * (its list was drawn anew): for parts no role and name tell apart, such as the third row.
   */
  public Ui within(Supplier<Optional<WebElement>> finder) {
    Ui inside = new Ui(driver, timeout, observers, recovery, null, this, null, finder);
    inside.part = finder.get().orElse(null);
    return inside;
  }

  /**
   * Looks inside the one element that matches {@code part}. The part is found afresh whenever it
   * has left the page or shows nothing, so a list that is drawn anew does not leave the robot
   * holding a stale row.
   */
  public Ui within(Target part) {
    WebElement found = find(part);
    Ui inside = new Ui(driver, timeout, observers, recovery, null, this, part);
    inside.part = found;
    return inside;
  }

  public Recovery recovery() {
    return recovery;
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.navigate().to(url);
  }

  /** Waits until exactly one perceivable, reachable element matches, and returns it. */
  public WebElement find(Target target) {
    return await(target, false, found -> reportFound(target, found), () -> null);
  }

  /**
   * Like {@link #find}, unless {@code instead} has something to say first: after a change, Altinn
   * either shows what the robot expects or an error message such as "Noe gikk galt". When neither
   * comes, the robot stops as for a missing element, naming the element it looked for.
   *
   * @param instead asked at every look before the element; a message ends the wait
   * @return the message from {@code instead}, or empty when the element was found
   */
  public Optional<String> findUnless(Target target, Supplier<Optional<String>> instead) {
    return await(
        target,
        false,
        found -> {
          reportFound(target, found);
          return Optional.<String>empty();
        },
        () -> instead.get().map(Optional::of).orElse(null));
  }

  /**
   * The visible text of the one element that matches, normalised: read in the same look that found
   * it, or looked for again when the page drew it anew in between.
   */
  public String textOf(Target target) {
    return await(
        target,
        false,
        found -> {
          String text = AccessibleText.normalise(found.element().getText());
          reportFound(target, found);
          return text;
        },
        () -> null);
  }

  /** Like {@link #find}, and also waits until it is enabled. */
  public WebElement findEnabled(Target target) {
    return await(target, true, found -> reportFound(target, found), () -> null);
  }

  private WebElement reportFound(Target target, AccessibleElement found) {
    observers.forEach(o -> o.found(target, found));
    return found.element();
  }

  /** The matching element if it is there right now; no waiting. */
  public Optional<AccessibleElement> findNow(Target target) {
    List<AccessibleElement> matches = lookFor(target);
    if (matches.size() > 1) {
      throw screenChanged(ScreenChangedException.Reason.AMBIGUOUS, target);
    }
    return matches.stream().findFirst();
  }

  /** Every element that matches right now, in page order; no waiting. */
  public List<AccessibleElement> findAll(Target target) {
    return lookFor(target);
  }

  /**
   * Every element that matches right now, in page order, without telling the observers: for reading
   * rows whose names are data (API titles), where the robot relies on the rows' shape, not on each
   * name.
   */
  public List<AccessibleElement> scan(Target target) {
    return matching(target);
  }

  /**
   * The items that match {@code item}, each with the elements inside it that match {@code part},
   * from one look and without telling the observers: a list that Altinn draws anew between two
   * looks can then never mix old rows with new ones.
   */
  public List<ListedItem> items(Target item, Target part) {
    Set<String> roles = new java.util.LinkedHashSet<>(item.arias());
    roles.addAll(part.arias());
    List<AccessibleElement> seen =
        inPart(
                root -> AccessibilitySnapshot.look(driver, root, roles),
                look -> look.elements().isEmpty(),
                AccessibilitySnapshot.Look.NOTHING)
            .elements();
    java.util.Map<Integer, ListedItem> byIndex = new java.util.LinkedHashMap<>();
    for (int i = 0; i < seen.size(); i++) {
      AccessibleElement element = seen.get(i);
      if (element.blocked()) {
        continue;
      }
      if (item.matches(element)) {
        byIndex.put(i, new ListedItem(element, new ArrayList<>()));
      } else if (part.matches(element) && byIndex.containsKey(element.item())) {
        byIndex.get(element.item()).parts().add(element);
      }
    }
    return byIndex.values().stream()
        .map(listed -> new ListedItem(listed.item(), List.copyOf(listed.parts())))
        .toList();
  }

  public boolean shows(Target target) {
    return !lookFor(target).isEmpty();
  }

  /**
   * One look for a target whose absence is also an answer: the observers hear what matched, even
   * when nothing did, so the fingerprint counts conditional looks too.
   */
  private List<AccessibleElement> lookFor(Target target) {
    AccessibilitySnapshot.Look look = lookAt(target);
    List<AccessibleElement> found = matching(target, look.elements());
    observers.forEach(o -> o.looked(target, look.address(), found));
    return found;
  }

  public void click(Target target) {
    act(new Interaction(Interaction.Kind.CLICK, target, null), Pointer::click);
  }

  public void type(Target target, String text) {
    act(
        new Interaction(Interaction.Kind.TYPE, target, text),
        element -> {
          // As a person empties a field, so the page hears it: WebDriver's clear() sets the value
          // behind the page's back, and a React field (Altinn's) puts its old text back.
          element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
          if (!text.isEmpty()) {
            element.sendKeys(text);
          }
        });
  }

  /** Types a secret; observers and logs see only the mask. */
  public void typeSecret(Target target, Secret secret) {
    act(
        new Interaction(Interaction.Kind.TYPE, target, Secret.MASK),
        element -> {
          element.clear();
          element.sendKeys(secret.reveal());
        });
  }

  public void pressEnter(Target target) {
    act(
        new Interaction(Interaction.Kind.PRESS_ENTER, target, null),
        element -> element.sendKeys(Keys.ENTER));
  }

  /** Waits until nothing matches any more, for example a spinner. */
  public void waitUntilGone(Target target) {
    waitFor("at " + target.describe() + " forsvinner", () -> matching(target).isEmpty());
  }

  /**
   * Waits until a condition holds.
   *
   * @param what a Norwegian description for the message if it never does ("at listen er lastet")
   */
  public void waitFor(String what, java.util.function.BooleanSupplier condition) {
    int[] polls = {0};
    int[] retriesLeft = {Recovery.MAX_READ_RETRIES};
    try {
      wait(timeout)
          .until(
              d -> {
                if (condition.getAsBoolean()) {
                  return Boolean.TRUE;
                }
                if (++polls[0] % 5 == 0) {
                  recoverWhileWaiting(retriesLeft);
                }
                return null;
              });
    } catch (TimeoutException e) {
      PortalHealth.failIfErrorPage(driver);
      failIfLoggedOut();
      throw ScreenChangedException.waitedInVain(
          what, driver.getCurrentUrl(), driver.getTitle(), seeWholePage());
    }
  }

  /**
   * The text of a message (role alert or status) on the page right now that starts with {@code
   * prefix}, for example Altinn's "Noe gikk galt".
   */
  public Optional<String> messageStartingWith(String prefix) {
    return AccessibilitySnapshot.take(driver, null, MESSAGE_ROLES).stream()
        .flatMap(e -> e.lines().stream())
        .filter(line -> line.startsWith(prefix))
        .findFirst();
  }

  /** Whether an element has left the page (the list it was in has been drawn anew). */
  public static boolean isDetached(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    }
  }

  /**
   * Every perceivable element of the whole page, also outside the part this Ui looks in: what is
   * new when a wait came to nothing may well be a dialog over the part.
   */
  private List<SeenElement> seeWholePage() {
    return AccessibilitySnapshot.take(driver, null).stream().map(AccessibleElement::seen).toList();
  }

  /** Every perceivable element, without live links, for diagnoses and fingerprints. */
  public List<SeenElement> seeNow() {
    return inPart(
            root -> AccessibilitySnapshot.take(driver, root),
            List::isEmpty,
            List.<AccessibleElement>of())
        .stream()
        .map(AccessibleElement::seen)
        .toList();
  }

  private List<AccessibleElement> matching(Target target) {
    return matching(target, lookAt(target).elements());
  }

  private static List<AccessibleElement> matching(Target target, List<AccessibleElement> seen) {
    List<AccessibleElement> found = new ArrayList<>();
    for (AccessibleElement element : seen) {
      if (!element.blocked() && target.matches(element)) {
        found.add(element);
      }
    }
    return found;
  }

  /** The elements that can match the target in this Ui's part of the page, and the address. */
  private AccessibilitySnapshot.Look lookAt(Target target) {
    return inPart(
        root -> AccessibilitySnapshot.look(driver, root, target.arias()),
        seen -> seen.elements().isEmpty(),
        AccessibilitySnapshot.Look.NOTHING);
  }

  private AccessibilitySnapshot.BeforeAction lookBeforeAction(Target target) {
    return inPart(
        root -> AccessibilitySnapshot.takeBeforeAction(driver, root, target.arias()),
        seen -> seen.elements().isEmpty(),
        AccessibilitySnapshot.BeforeAction.NOTHING);
  }

  /**
   * Runs a look inside this Ui's part of the page. The part found last time is tried first; when it
   * has left the page, or shows nothing, the part is found afresh.
   */
  private <T> T inPart(Function<WebElement, T> look, Predicate<T> seesNothing, T nothing) {
    if (scopeTarget == null && refind == null) {
      return lookOrNothing(look, scope, nothing);
    }
    if (part != null) {
      T seen = lookOrNothing(look, part, nothing);
      if (!seesNothing.test(seen)) {
        return seen;
      }
    }
    part = findPartAgain();
    return part == null ? nothing : lookOrNothing(look, part, nothing);
  }

  private WebElement findPartAgain() {
    if (refind != null) {
      return refind.get().orElse(null);
    }
    List<AccessibleElement> parts = parent.matching(scopeTarget);
    return parts.size() == 1 ? parts.get(0).element() : null;
  }

  private static <T> T lookOrNothing(Function<WebElement, T> look, WebElement root, T nothing) {
    try {
      return look.apply(root);
    } catch (StaleElementReferenceException e) {
      return nothing;
    }
  }

  /**
   * While the robot waits for something that is not there: notice a logout, and press the portal's
   * own "try again" after a failed read (a few times at most).
   */
  private void recoverWhileWaiting(int[] retriesLeft) {
    if (recovery.loggedOutMarkers().isEmpty() && recovery.retryButtons().isEmpty()) {
      failIfTroubled();
      return;
    }
    List<AccessibleElement> page =
        AccessibilitySnapshot.take(
            driver,
            null,
            Stream.concat(recovery.loggedOutMarkers().stream(), recovery.retryButtons().stream())
                .flatMap(t -> t.arias().stream())
                .collect(Collectors.toSet()));
    failIfLoggedOut(page);
    if (retriesLeft[0] <= 0) {
      failIfTroubled();
      return;
    }
    for (Target retry : recovery.retryButtons()) {
      Optional<AccessibleElement> button =
          page.stream().filter(e -> !e.blocked() && !e.disabled() && retry.matches(e)).findFirst();
      if (button.isPresent()) {
        retriesLeft[0]--;
        LOG.info(
            "Altinn svarte med en feil; roboten trykker {} og leser på nytt.",
            retry.name().describe());
        try {
          Pointer.click(button.get().element());
        } catch (ElementNotInteractableException e) {
          // Covered, or drawn anew as the pointer pressed: the next look finds it again.
        }
        return;
      }
    }
    failIfTroubled();
  }

  /**
   * A page that shows the login, where the robot expected Altinn, means the session expired: never
   * a changed screen, and never an answer read from it.
   */
  private void failIfLoggedOut() {
    if (recovery.loggedOutMarkers().isEmpty()) {
      return;
    }
    failIfLoggedOut(
        AccessibilitySnapshot.take(
            driver,
            null,
            recovery.loggedOutMarkers().stream()
                .flatMap(t -> t.arias().stream())
                .collect(Collectors.toSet())));
  }

  private void failIfLoggedOut(List<AccessibleElement> page) {
    for (Target marker : recovery.loggedOutMarkers()) {
      if (page.stream().anyMatch(e -> !e.blocked() && marker.matches(e))) {
        throw new SessionExpiredException(SafeUrl.of(driver.getCurrentUrl()));
      }
    }
  }

  /**
   * Stops the wait when the page is an error instead of the portal's page. While a change is under
   * way, that means the change's answer was lost; otherwise the read may be made again.
   */
  private void failIfTroubled() {
    Optional<String> trouble = PageReading.trouble(driver, recovery.errorTexts());
    if (trouble.isEmpty()) {
      return;
    }
    if (recovery.changing()) {
      throw new ChangeAnswerLostException(trouble.get());
    }
    throw new PortalHiccupException(trouble.get());
  }

  /**
   * The messages a screen reader would announce in this Ui's part of the page (its live regions,
   * alerts and status messages), each as its lines of text.
   */
  public List<List<String>> liveMessages() {
    return inPart(
        root -> PageReading.liveMessages(driver, root), List::isEmpty, List.<List<String>>of());
  }

  /** Whether this Ui's part of the page says it is still loading (aria-busy), right now. */
  public boolean busy() {
    return inPart(root -> PageReading.busy(driver, root), busy -> false, false);
  }

  /** The same hands and eyes, with another patience: for what comes at once or not at all. */
  public Ui waitingAtMost(Duration patience) {
    Ui same = new Ui(driver, patience, observers, recovery, scope, parent, scopeTarget, refind);
    same.part = part;
    return same;
  }

  /**
   * The language the page says it is in ({@code <html lang>}, such as «nb» or «en-GB»), right now;
   * empty when it says none. The robot only reads it; the person's choice is theirs.
   */
  public String pageLanguage() {
    return PageReading.language(driver);
  }

  /** The visible lines of text in this Ui's part of the page, normalised, right now. */
  public List<String> lines() {
    return inPart(root -> PageReading.lines(driver, root), List::isEmpty, List.<String>of());
  }

  /** Whether this Ui's part of the page shows a line that starts with this text, right now. */
  public boolean showsLineStartingWith(String text) {
    String start = AccessibleText.normalise(text);
    return lines().stream().anyMatch(line -> line.startsWith(start));
  }

  /** The items of the list right under the heading, as a person reads them under it. */
  public Optional<List<String>> itemsUnder(Target heading) {
    return await(
        heading,
        false,
        found -> {
          Optional<List<String>> items = PageReading.listAfter(driver, found.element());
          reportFound(heading, found);
          return items;
        },
        () -> null);
  }

  /** The visible lines of text of an element, normalised. */
  public static List<String> linesOf(WebElement element) {
    return element
        .getText()
        .lines()
        .map(AccessibleText::normalise)
        .filter(line -> !line.isEmpty())
        .toList();
  }

  private void act(Interaction interaction, Consumer<WebElement> action) {
    Target target = interaction.target();
    AccessibilitySnapshot.BeforeAction[] look = {AccessibilitySnapshot.BeforeAction.NOTHING};
    await(
        target,
        true,
        () -> {
          look[0] = lookBeforeAction(target);
          return matching(target, look[0].elements());
        },
        found -> {
          WebElement element = found.element();
          if (look[0].moving().contains(element)) {
            // Sliding in or fading: a click now could land on whatever passes under the pointer.
            return null;
          }
          observers.forEach(o -> o.found(target, found));
          observers.forEach(o -> o.pageBeforeAction(look[0].address(), look[0].page()));
          observers.forEach(o -> o.beforeInteraction(interaction, element));
          try {
            action.accept(element);
          } catch (ElementNotInteractableException e) {
            // Something lies over it (a late spinner, an animation), or the page drew it anew as
            // the pointer pressed and the press met only a placeholder: the click did not happen.
            LOG.debug(
                "Venter: {} var dekket til eller ble tegnet på nytt",
                interaction.target().describe());
            return null;
          }
          observers.forEach(o -> o.afterInteraction(interaction, element));
          LOG.debug("{} {}", interaction.kind(), interaction.target().describe());
          return element;
        },
        () -> null);
  }

  /**
   * Polls until exactly one reachable element matches (and is enabled, if asked), then applies
   * {@code use}; a null result from {@code use} means "not yet, try again". Before each look, a
   * non-null answer from {@code first} ends the wait with that answer instead.
   */
  private <T> T await(
      Target target, boolean mustBeEnabled, Function<AccessibleElement, T> use, Supplier<T> first) {
    return await(target, mustBeEnabled, () -> matching(target), use, first);
  }

  /**
   * @param looking finds the elements that match the target right now
   */
  private <T> T await(
      Target target,
      boolean mustBeEnabled,
      Supplier<List<AccessibleElement>> looking,
      Function<AccessibleElement, T> use,
      Supplier<T> first) {
    ScreenChangedException.Reason[] lastProblem = {ScreenChangedException.Reason.MISSING};
    int[] polls = {0};
    int[] retriesLeft = {Recovery.MAX_READ_RETRIES};
    try {
      return wait(timeout)
          .until(
              d -> {
                T answer = first.get();
                if (answer != null) {
                  return answer;
                }
                List<AccessibleElement> matches = looking.get();
                if (matches.isEmpty() && ++polls[0] % 5 == 0) {
                  recoverWhileWaiting(retriesLeft);
                }
                if (matches.size() != 1) {
                  lastProblem[0] =
                      matches.isEmpty()
                          ? ScreenChangedException.Reason.MISSING
                          : ScreenChangedException.Reason.AMBIGUOUS;
                  return null;
                }
                if (mustBeEnabled && matches.get(0).disabled()) {
                  lastProblem[0] = ScreenChangedException.Reason.DISABLED;
                  return null;
                }
                return use.apply(matches.get(0));
              });
    } catch (TimeoutException e) {
      String address = driver.getCurrentUrl();
      observers.forEach(o -> o.looked(target, address, List.of()));
      throw screenChanged(lastProblem[0], target);
    }
  }

  /**
   * The page does not show its state in a way the robot can trust; {@code expectation} says what it
   * needed to see. Stop with this rather than read an answer into the page.
   */
  public UnreadableStateException unreadable(String expectation) {
    failIfLoggedOut();
    return new UnreadableStateException(
        expectation, driver.getCurrentUrl(), driver.getTitle(), seeWholePage());
  }

  /**
   * The page shows a message the robot does not know, where it knows {@code known}: Altinn's texts
   * have changed. Stop with this, rather than guess what the message means.
   */
  public UnknownPortalTextException unknownText(String shown, List<String> known) {
    return new UnknownPortalTextException(
        AccessibleText.normalise(shown),
        known,
        driver.getCurrentUrl(),
        driver.getTitle(),
        seeNow());
  }

  private ScreenChangedException screenChanged(ScreenChangedException.Reason reason, Target t) {
    PortalHealth.failIfErrorPage(driver);
    failIfLoggedOut();
    for (int attempt = 0; ; attempt++) {
      WebElement root = scope;
      if (refind != null) {
        root = refind.get().orElse(null);
        if (root == null) {
          return unreadable("den delen av siden roboten lette i (" + t.describe() + ")");
        }
      } else if (scopeTarget != null) {
        List<AccessibleElement> parts = parent.matching(scopeTarget);
        if (parts.size() != 1) {
          // The part the robot looked inside has gone (or is there twice): that is what changed.
          return parent.screenChanged(
              parts.isEmpty()
                  ? ScreenChangedException.Reason.MISSING
                  : ScreenChangedException.Reason.AMBIGUOUS,
              scopeTarget);
        }
        root = parts.get(0).element();
      }
      try {
        List<AccessibleElement> inScope = AccessibilitySnapshot.takeWithPlaces(driver, root);
        return new ScreenChangedException(
            reason,
            t,
            driver.getCurrentUrl(),
            driver.getTitle(),
            inScope.stream().map(AccessibleElement::seen).toList(),
            elsewhere(root, inScope));
      } catch (StaleElementReferenceException e) {
        if ((scopeTarget == null && refind == null) || attempt >= 2) {
          throw e;
        }
        // The part was drawn anew while the robot looked: find it again.
      }
    }
  }

  /** The rest of the page, when this Ui looks only inside one part of it ({@code root}). */
  private List<SeenElement> elsewhere(WebElement root, List<AccessibleElement> inScope) {
    if (root == null) {
      return List.of();
    }
    Set<WebElement> inside = new HashSet<>();
    inScope.forEach(e -> inside.add(e.element()));
    return AccessibilitySnapshot.takeWithPlaces(driver, null).stream()
        .filter(e -> !inside.contains(e.element()))
        .map(AccessibleElement::seen)
        .toList();
  }

  private FluentWait<WebDriver> wait(Duration limit) {
    return new FluentWait<>(driver, Clock.systemDefaultZone(), new PageChange(driver))
        .withTimeout(limit)
        .pollingEvery(QUIET_PAGE)
        .ignoring(StaleElementReferenceException.class);
  }
}
