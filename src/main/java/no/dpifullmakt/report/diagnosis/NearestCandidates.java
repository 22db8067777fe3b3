package no.dpifullmakt.report.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.SeenElement;
import no.dpifullmakt.web.Target;

/**
 * Ranks what is on a page by how likely it is the element the robot looked for and did not find:
 * the same element made unusable (disabled, covered by a dialog), the same name in another place or
 * with another role, then the same role with a similar name. Only for the diagnosis: the robot
 * never clicks a candidate.
 */
public final class NearestCandidates {

  /** Below this, a similar name is a coincidence, not a candidate. */
  static final double MIN_SIMILARITY = 0.4;

  private NearestCandidates() {}

  /**
   * @param inScope what was in the part of the page where the robot looked
   * @param elsewhere what was on the rest of the page (empty when it looked at the whole page)
   * @param limit how many to return at most
   */
  public static List<Candidate> rank(
      Target expected, List<SeenElement> inScope, List<SeenElement> elsewhere, int limit) {
    List<Candidate> candidates = new ArrayList<>();
    long sameInScope =
        inScope.stream().filter(e -> sameRole(expected, e) && sameName(expected, e)).count();
    for (SeenElement element : inScope) {
      candidate(expected, element, false, sameInScope).ifPresent(candidates::add);
    }
    for (SeenElement element : elsewhere) {
      candidate(expected, element, true, sameInScope).ifPresent(candidates::add);
    }
    return candidates.stream()
        .sorted(Comparator.comparingDouble(Candidate::score).reversed())
        .distinct()
        .limit(limit)
        .toList();
  }

  private static Optional<Candidate> candidate(
      Target expected, SeenElement element, boolean elsewhere, long sameInScope) {
    boolean sameRole = sameRole(expected, element);
    boolean sameName = sameName(expected, element);
    if (sameRole && sameName) {
      return Optional.of(sameElement(expected, element, elsewhere, sameInScope));
    }
    if (sameName && comparableRole(expected.role(), element)) {
      return Optional.of(
          new Candidate(
              element, Candidate.Kind.SAME_NAME_OTHER_ROLE, elsewhere, elsewhere ? 0.7 : 0.75, 1));
    }
    if (sameRole) {
      double similarity = NameSimilarity.of(expectedName(expected.name()), element.name());
      if (similarity >= MIN_SIMILARITY) {
        double score = 0.45 + 0.45 * similarity - (elsewhere ? 0.05 : 0);
        return Optional.of(
            new Candidate(element, Candidate.Kind.SIMILAR_NAME, elsewhere, score, similarity));
      }
    }
    return Optional.empty();
  }

  private static Candidate sameElement(
      Target expected, SeenElement element, boolean elsewhere, long sameInScope) {
    if (elsewhere) {
      return new Candidate(element, Candidate.Kind.SAME_NAME_ELSEWHERE, true, 0.95, 1);
    }
    if (element.disabled()) {
      return new Candidate(element, Candidate.Kind.SAME_BUT_DISABLED, false, 1, 1);
    }
    if (element.blocked()) {
      return new Candidate(element, Candidate.Kind.SAME_BUT_BLOCKED, false, 1, 1);
    }
    if (expected.level() > 0 && element.level() != expected.level()) {
      return new Candidate(element, Candidate.Kind.SAME_BUT_OTHER_LEVEL, false, 0.97, 1);
    }
    if (sameInScope > 1) {
      return new Candidate(element, Candidate.Kind.ONE_OF_SEVERAL, false, 0.96, 1);
    }
    // Same role and name, but differing in case: the robot matches names exactly.
    return new Candidate(element, Candidate.Kind.SIMILAR_NAME, false, 0.94, 0.99);
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
