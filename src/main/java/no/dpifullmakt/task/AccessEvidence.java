package no.dpifullmakt.task;

import no.dpifullmakt.report.NameSimilarity;
import no.dpifullmakt.web.ScreenChangedException;
import no.dpifullmakt.web.SeenElement;
import no.dpifullmakt.web.Target;

/**
 * Tells a person's missing access from a changed screen, when a menu link the person needs is not
 * there. Altinn hides the link from those without access; a link that moved or was renamed is still
 * on the page, under its own name elsewhere or under a similar name.
 */
final class AccessEvidence {

  /** From here on, two link names are one link renamed. */
  private static final double RENAMED = 0.6;

  private AccessEvidence() {}

  static boolean lacksMaskinportenPackage(ScreenChangedException missing, Target link) {
    if (missing.reason() != ScreenChangedException.Reason.MISSING
        || !link.equals(missing.expected())) {
      return false;
    }
    String name = ((no.dpifullmakt.web.NameMatcher.Exact) link.name()).name();
    return missing.seen().stream().noneMatch(e -> sameOrSimilarLink(e, name))
        && missing.seenElsewhere().stream().noneMatch(e -> sameOrSimilarLink(e, name));
  }

  private static boolean sameOrSimilarLink(SeenElement element, String name) {
    return element.role().equals("link")
        && (element.name().equals(name) || NameSimilarity.of(element.name(), name) >= RENAMED);
  }
}
