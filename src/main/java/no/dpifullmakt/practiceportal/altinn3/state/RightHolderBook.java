package no.dpifullmakt.practiceportal.altinn3.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The users ("Brukere") one acting organisation has added, and the single rights
 * ("enkelttjenester") given to each user, added or not. Keys are user ids. Every method is atomic.
 */
public final class RightHolderBook {

  private final Set<String> added = new LinkedHashSet<>();
  private final Map<String, Set<String>> rightsByUser = new LinkedHashMap<>();

  /**
   * @return false when the user already was added
   */
  public synchronized boolean add(String userId) {
    return added.add(userId);
  }

  public synchronized List<String> added() {
    return new ArrayList<>(added);
  }

  public synchronized boolean isAdded(String userId) {
    return added.contains(userId);
  }

  public synchronized List<String> singleRights(String userId) {
    return List.copyOf(rightsByUser.getOrDefault(userId, Set.of()));
  }

  /**
   * @return false when the right already was given
   */
  public synchronized boolean give(String userId, String identifier) {
    return rightsByUser.computeIfAbsent(userId, id -> new LinkedHashSet<>()).add(identifier);
  }

  public synchronized boolean remove(String userId, String identifier) {
    Set<String> rights = rightsByUser.get(userId);
    return rights != null && rights.remove(identifier);
  }

  /** Every user's single rights, added or not, in the order the users got their first. */
  public synchronized Map<String, List<String>> allSingleRights() {
    Map<String, List<String>> all = new LinkedHashMap<>();
    rightsByUser.forEach((user, rights) -> all.put(user, List.copyOf(rights)));
    return all;
  }

  /** Empties the book and fills it with these users and rights, in one step. */
  public synchronized void replace(List<String> users, Map<String, List<String>> rights) {
    clear();
    added.addAll(users);
    rights.forEach((user, given) -> rightsByUser.put(user, new LinkedHashSet<>(given)));
  }

  public synchronized void clear() {
    added.clear();
    rightsByUser.clear();
  }
}
