package no.dpifullmakt.report.fingerprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import no.dpifullmakt.web.SeenElement;

/**
 * Collects, during one step, what each page offered (what a person can act on, and the dialogs) and
 * what the robot relied on. One snapshot per page is enough; elements are kept once, in page order.
 */
public final class PageRecorder {

  private static final Set<String> DIALOGS = Set.of("dialog", "alertdialog");

  private final Map<String, Map<String, ElementPrint>> pages = new LinkedHashMap<>();
  private final Map<String, Boolean> snapshotTaken = new LinkedHashMap<>();

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
        ElementPrint print =
            new ElementPrint(element.role(), FingerprintText.name(element.name()), false, null);
        elements.putIfAbsent(print.key(), print);
      }
    }
  }

  /** An element the robot looked for (described as the robot describes it) and found. */
  public void reliedOn(String page, SeenElement element, String expected) {
    ElementPrint print =
        new ElementPrint(element.role(), FingerprintText.name(element.name()), false, null);
    elements(page)
        .merge(
            print.key(),
            print.reliedOnAs(FingerprintText.name(expected)),
            (old, now) -> old.reliedOnAs(now.expected()));
  }

  public boolean isEmpty() {
    return pages.isEmpty();
  }

  public List<PagePrint> pages() {
    List<PagePrint> out = new ArrayList<>();
    pages.forEach((page, elements) -> out.add(new PagePrint(page, List.copyOf(elements.values()))));
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
      out.add(new PagePrint(page.page(), List.copyOf(general.values())));
    }
    return out;
  }

  private Map<String, ElementPrint> elements(String page) {
    return pages.computeIfAbsent(page, p -> new LinkedHashMap<>());
  }
}
