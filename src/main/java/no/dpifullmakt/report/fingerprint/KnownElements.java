package no.dpifullmakt.report.fingerprint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import no.dpifullmakt.web.SeenElement;

/**
 * What a baseline has seen on one page, in any step: tells an element that is new since then from
 * one that was always there. A placeholder in a baseline name ({leverandør}) stands for any text.
 */
public final class KnownElements {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]+}");

  private final boolean available;
  private final Set<String> names;
  private final List<Pattern> patterns;

  private KnownElements(boolean available, Set<String> names, List<Pattern> patterns) {
    this.available = available;
    this.names = names;
    this.patterns = patterns;
  }

  /** No baseline: nothing can be said to be new. */
  public static KnownElements unknown() {
    return new KnownElements(false, Set.of(), List.of());
  }

  /** Every element the baseline has on this page ({@link FingerprintText#page}), in any step. */
  public static KnownElements onPage(Fingerprint baseline, String page) {
    Set<String> names = new HashSet<>();
    List<Pattern> patterns = new ArrayList<>();
    for (StepPrint step : baseline.steps()) {
      for (PagePrint print : step.pages()) {
        if (!print.page().equals(page)) {
          continue;
        }
        for (ElementPrint element : print.elements()) {
          if (PLACEHOLDER.matcher(element.name()).find()) {
            patterns.add(pattern(element));
          } else {
            names.add(element.key());
          }
        }
      }
    }
    return names.isEmpty() && patterns.isEmpty()
        ? unknown()
        : new KnownElements(true, names, patterns);
  }

  /** Whether the baseline knows the page at all. */
  public boolean available() {
    return available;
  }

  /** True when the baseline has seen the page but never this element on it. */
  public boolean isNew(SeenElement element) {
    if (!available) {
      return false;
    }
    String key = element.role() + "\u0000" + FingerprintText.name(element.name());
    return !names.contains(key) && patterns.stream().noneMatch(p -> p.matcher(key).matches());
  }

  private static Pattern pattern(ElementPrint element) {
    StringBuilder regex = new StringBuilder(Pattern.quote(element.role() + "\u0000"));
    var matcher = PLACEHOLDER.matcher(element.name());
    int last = 0;
    while (matcher.find()) {
      regex.append(Pattern.quote(element.name().substring(last, matcher.start()))).append(".+");
      last = matcher.end();
    }
    regex.append(Pattern.quote(element.name().substring(last)));
    return Pattern.compile(regex.toString());
  }
}
