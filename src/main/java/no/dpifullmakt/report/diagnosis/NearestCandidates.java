package no.dpifullmakt.report.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.dpifullmakt.report.NameSimilarity;
import no.dpifullmakt.report.fingerprint.KnownElements;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.SeenElement;
import no.dpifullmakt.web.Target;

/**
 * Ranks what is on a page by how likely it is the element the robot looked for and did not find:
 * the same element made unusable (disabled, covered by a dialog), the same name in another place or
 * with another role, a dialog that was never there before, then the same role with a similar name
 * or a name that is new on the page. Only for the diagnosis: the robot never clicks a candidate.
 */
public final class NearestCandidates {

  /** Below this, a similar name is a coincidence, not a candidate. */
  static final double MIN_SIMILARITY = 0.4;

  private static final Set<String> DIALOGS = Set.of("dialog", "alertdialog");

  private NearestCandidates() {}

  /** Without a baseline: nothing can be called new. */
  public static List<Candidate> rank(
      Target expected, List<SeenElement> inScope, List<SeenElement> elsewhere, int limit) {
    return rank(expected, inScope, elsewhere, KnownElements.unknown(), limit);
  }

  /**
   * @param expected what the robot looked for; null when it waited for a condition, and then only
   *     what is new on the page counts
   * @param inScope what was in the part of the page where the robot looked
   * @param elsewhere what was on the rest of the page (empty when it looked at the whole page)
   * @param known what the baseline saw on this page, to tell what is new
   * @param limit how many to return at most
   */
  public static List<Candidate> rank(
      Target expected,
      List<SeenElement> inScope,
      List<SeenElement> elsewhere,
      KnownElements known,
      int limit) {
    List<Candidate> candidates = new ArrayList<>();
    long sameInScope =
        expected == null
            ? 0
            : inScope.stream().filter(e -> sameRole(expected, e) && sameName(expected, e)).count();
    for (SeenElement element : inScope) {
      candidate(expected, element, false, known.isNew(element), sameInScope)
          .ifPresent(candidates::add);
    }
    for (SeenElement element : elsewhere) {
      candidate(expected, element, true, known.isNew(element), sameInScope)
          .ifPresent(candidates::add);
    }
    Set<String> told = new HashSet<>();
    return candidates.stream()
        .sorted(Comparator.comparingDouble(Candidate::score).reversed())
        .filter(c -> told.add(c.explain()))
        .limit(limit)
        .toList();
  }

  private static Optional<Candidate> candidate(
      Target expected, SeenElement element, boolean elsewhere, boolean isNew, long sameInScope) {
    if (isNew && DIALOGS.contains(element.role()) && !element.blocked()) {
      return Optional.of(
          new Candidate(element, Candidate.Kind.NEW_DIALOG, elsewhere, true, 0.9, 0));
    }
    if (expected == null) {
      return isNew && element.interactive() && !element.blocked()
          ? Optional.of(new Candidate(element, Candidate.Kind.NEW_ELEMENT, elsewhere, true, 0.5, 0))
          : Optional.empty();
    }
    boolean sameRole = sameRole(expected, element);
    boolean sameName = sameName(expected, element);
    if (sameRole && sameName) {
      return Optional.of(sameElement(expected, element, elsewhere, isNew, sameInScope));
    }
    if (sameName && comparableRole(expected.role(), element)) {
      return Optional.of(
          new Candidate(
              element,
              Candidate.Kind.SAME_NAME_OTHER_ROLE,
              elsewhere,
              isNew,
              elsewhere ? 0.7 : 0.75,
              1));
    }
    if (!sameRole) {
      return Optional.empty();
    }
    double similarity = NameSimilarity.of(expectedName(expected.name()), element.name());
    double penalty = elsewhere ? 0.05 : 0;
    if (similarity >= MIN_SIMILARITY) {
      double score = Math.min(0.94, 0.45 + 0.45 * similarity + (isNew ? 0.1 : 0) - penalty);
      return Optional.of(
          new Candidate(element, Candidate.Kind.SIMILAR_NAME, elsewhere, isNew, score, similarity));
    }
    if (isNew && !element.blocked()) {
      return Optional.of(
          new Candidate(
              element, Candidate.Kind.NEW_SAME_ROLE, elsewhere, true, 0.55 - penalty, similarity));
    }
    return Optional.empty();
  }

  private static Candidate sameElement(
      Target expected, SeenElement element, boolean elsewhere, boolean isNew, long sameInScope) {
    if (elsewhere) {
      return new Candidate(element, Candidate.Kind.SAME_NAME_ELSEWHERE, true, isNew, 0.95, 1);
    }
    if (element.disabled()) {
      return new Candidate(element, Candidate.Kind.SAME_BUT_DISABLED, false, isNew, 1, 1);
    }
    if (element.blocked()) {
      return new Candidate(element, Candidate.Kind.SAME_BUT_BLOCKED, false, isNew, 1, 1);
    }
    if (expected.level() > 0 && element.level() != expected.level()) {
      return new Candidate(element, Candidate.Kind.SAME_BUT_OTHER_LEVEL, false, isNew, 0.97, 1);
    }
    if (sameInScope > 1) {
      return new Candidate(element, Candidate.Kind.ONE_OF_SEVERAL, false, isNew, 0.96, 1);
    }
    // Same role and name, but differing in case: the robot matches names exactly.
    return new Candidate(element, Candidate.Kind.SIMILAR_NAME, false, isNew, 0.94, 0.99);
  }

  private static boolean sameRole(Target expected, SeenElement element) {
    return expected.role().aria().equals(element.role());
  }

  /** The same name, exactly as the robot would match it, or differing only in case. */
  private static boolean sameName(Target expected, SeenElement element) {
    if (expected.name() instanceof NameMatcher.Any) {
      return false;
    }
    return expected.name().matches(element.name())
        || expectedName(expected.name()).equalsIgnoreCase(element.name());
  }

  /**
   * A control is worth mentioning when something a person acts on was expected; a heading or a
   * dialog with the same name as a button (they often share it) is not.
   */
  private static boolean comparableRole(Role expected, SeenElement element) {
    return expected.interactive() == element.interactive();
  }

  /** The text the robot's name rule is built on, for comparing with names it does not match. */
  static String expectedName(NameMatcher matcher) {
    if (matcher instanceof NameMatcher.Exact exact) {
      return exact.name();
    }
    if (matcher instanceof NameMatcher.StartingWith start) {
      return start.prefix();
    }
    if (matcher instanceof NameMatcher.EndingWith end) {
      return end.suffix();
    }
    if (matcher instanceof NameMatcher.WithNumber number) {
      return number.template().replace("{n}", "");
    }
    return "";
  }
}
