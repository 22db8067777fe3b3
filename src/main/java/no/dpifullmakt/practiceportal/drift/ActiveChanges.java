package no.dpifullmakt.practiceportal.drift;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which changes are switched on in one running portal. Several may be on at once. The portal starts
 * with the ones its options name, and {@link #reset()} returns to those.
 */
public final class ActiveChanges {

  private final Set<String> atStart;
  private final Set<String> active = new ConcurrentSkipListSet<>();

  /**
   * @throws UnknownChangeException when a name is not in the catalogue
   */
  public ActiveChanges(Collection<String> atStart) {
    atStart.forEach(ActiveChanges::requireKnown);
    this.atStart = Set.copyOf(atStart);
    this.active.addAll(atStart);
  }

  public static void requireKnown(String name) {
    if (ChangeCatalogue.byName(name).isEmpty()) {
      throw new UnknownChangeException(name);
    }
  }

  public boolean isOn(String name) {
    return active.contains(name);
  }

  /**
   * @throws UnknownChangeException when the name is not in the catalogue
   */
  public void switchOn(String name) {
    requireKnown(name);
    active.add(name);
  }

  /** Every change off, also the ones the portal was started with. */
  public void clear() {
    active.clear();
  }

  /** Back to the changes the portal was started with. */
  public void reset() {
    active.clear();
    active.addAll(atStart);
  }

  /** The names switched on, sorted. */
  public List<String> active() {
    return List.copyOf(active);
  }

  public boolean any() {
    return !active.isEmpty();
  }

  /**
   * Every known name mapped to whether it is on, for templates: {@code {{#endring.a2-kosmetisk}}}.
   */
  public Map<String, Boolean> flags() {
    return ChangeCatalogue.all().stream()
        .map(Change::name)
        .collect(Collectors.toMap(Function.identity(), this::isOn));
  }
}
