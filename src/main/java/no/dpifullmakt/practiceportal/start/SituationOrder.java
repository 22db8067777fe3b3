package no.dpifullmakt.practiceportal.start;

import java.util.Comparator;
import java.util.List;

/**
 * The order a person reads the situations in: the usual start, an empty one, then the supplier
 * added without the right, then the right already given. Names the page does not know come last.
 */
final class SituationOrder {

  private static final List<String> KINDS =
      List.of("-standard", "-tom", "-visma-lagt-til", "-visma-har-dpi", "-ks-har-dpi");

  static final Comparator<String> READING =
      Comparator.comparingInt(SituationOrder::rank).thenComparing(Comparator.naturalOrder());

  private SituationOrder() {}

  private static int rank(String name) {
    for (int i = 0; i < KINDS.size(); i++) {
      if (name.endsWith(KINDS.get(i))) {
        return i;
      }
    }
    return KINDS.size();
  }
}
