package no.dpifullmakt.report.fingerprint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import no.dpifullmakt.web.SeenElement;

/**
 * Collects, during one step, what each page offered (what a person can act on, and the dialogs) and
 * what the robot relied on. One snapshot per page is enough; elements are kept once, in page order.
 *
 * <p>Single looks whose «no» is also an answer («is the supplier in the list?») are weighed when
 * the step ends, per page and per target: found by any look, and still there at the last one, is
 * found (a wait polls until it shows); never found is absent. Found and then gone by the last look
 * (a spinner, a dialog closing) was only there for a moment: whether a look caught it is a matter
 * of timing, not of the screen, so it counts as neither.
 */
public final class PageRecorder {

  private static final Set<String> DIALOGS = Set.of("dialog", "alertdialog");

  private final Map<String, Map<String, ElementPrint>> pages = new LinkedHashMap<>();
  private final Map<String, Boolean> snapshotTaken = new LinkedHashMap<>();
  private final Map<String, Map<String, Looks>> looks = new LinkedHashMap<>();
  private final Map<String, Set<String>> foundBy = new LinkedHashMap<>();

  /** The looks for one target on one page, so far. */
  private static final class Looks {
    private final Map<String, ElementPrint> matches = new LinkedHashMap<>();
    private boolean lastFound;
  }

  /** Whether this page has been looked at as a whole during the step. */
  public boolean hasSnapshot(String page) {
    return snapshotTaken.getOrDefault(page, false);
  }

  /** What a person could act on when the robot acted on the page. */
  public void snapshot(String page, List<SeenElement> seen) {
    snapshotTaken.put(page, true);
    Map<String, ElementPrint> elements = elements(page);
    for (SeenElement element : seen) {
      if ((element.interactive() || DIALOGS.contains(element.role())) && !element.blocked()) {
        ElementPrint print = print(element);
        elements.putIfAbsent(print.key(), print);
      }
    }
  }

  /** An element the robot looked for (described as the robot describes it) and found. */
  public void reliedOn(String page, SeenElement element, String expected) {
    String what = FingerprintText.name(expected);
    foundBy.computeIfAbsent(page, p -> new HashSet<>()).add(what);
    ElementPrint print = print(element);
    elements(page)
        .merge(print.key(), print.reliedOnAs(what), (old, now) -> old.reliedOnAs(now.expected()));
  }

  /**
   * One look for a target whose absence is also an answer, and what matched: perhaps nothing. The
   * page counts as visited.
   */
  public void looked(String page, String expected, List<SeenElement> matches) {
    elements(page);
    Looks seen =
        looks
            .computeIfAbsent(page, p -> new LinkedHashMap<>())
            .computeIfAbsent(FingerprintText.name(expected), e -> new Looks());
    seen.lastFound = !matches.isEmpty();
    for (SeenElement element : matches) {
      ElementPrint print = print(element);
      seen.matches.putIfAbsent(print.key(), print);
    }
  }

  public boolean isEmpty() {
    return pages.isEmpty();
  }

  public List<PagePrint> pages() {
    List<PagePrint> out = new ArrayList<>();
    pages.forEach(
        (page, recorded) -> {
          Map<String, ElementPrint> elements = new LinkedHashMap<>(recorded);
          List<String> absent = new ArrayList<>();
          Set<String> found = foundBy.getOrDefault(page, Set.of());
          looks
              .getOrDefault(page, Map.of())
              .forEach(
                  (what, seen) -> {
                    if (seen.matches.isEmpty()) {
                      if (!found.contains(what)) {
                        absent.add(what);
                      }
                    } else if (seen.lastFound || found.contains(what)) {
                      seen.matches
                          .values()
                          .forEach(
                              e ->
                                  elements.merge(
                                      e.key(),
                                      e.reliedOnAs(what),
                                      (old, now) -> old.reliedOnAs(what)));
                    }
                  });
          out.add(new PagePrint(page, List.copyOf(elements.values()), absent));
        });
    return out;
  }

  /**
   * The same pages with data turned into placeholders (a supplier's name into «{leverandør}»), so
   * the fingerprint is the same whatever the data.
   */
  public static List<PagePrint> generalised(List<PagePrint> pages, UnaryOperator<String> data) {
    List<PagePrint> out = new ArrayList<>();
    for (PagePrint page : pages) {
      Map<String, ElementPrint> general = new LinkedHashMap<>();
      for (ElementPrint e : page.elements()) {
        ElementPrint print =
            new ElementPrint(
                e.role(),
                data.apply(e.name()),
                e.reliedOn(),
                e.expected() == null ? null : data.apply(e.expected()));
        general.merge(
            print.key(),
            print,
            (old, now) -> now.reliedOn() ? old.reliedOnAs(now.expected()) : old);
      }
      out.add(
          new PagePrint(
              page.page(),
              List.copyOf(general.values()),
              page.absent().stream().map(data).toList()));
    }
    return out;
  }

  private static ElementPrint print(SeenElement element) {
    return new ElementPrint(element.role(), FingerprintText.name(element.name()), false, null);
  }

  private Map<String, ElementPrint> elements(String page) {
    return pages.computeIfAbsent(page, p -> new LinkedHashMap<>());
  }
}
