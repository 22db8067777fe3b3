package no.dpifullmakt.practiceportal.altinn3.profile;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Person;

/**
 * Each person's language in Altinn's profile ({@code "nb"}, {@code "nn"} or {@code "en"}), kept by
 * national identity number across logins, as Altinn keeps it. Starts from the seed; only a full
 * reset of the portal returns everyone to it. Thread-safe.
 */
public final class Languages {

  private final Directory directory;
  private final Map<String, String> chosen = new ConcurrentHashMap<>();

  public Languages(Directory directory) {
    this.directory = directory;
  }

  /** The person's language: the last one chosen, else the seeded one. */
  public String of(Person person) {
    return chosen.getOrDefault(person.pid(), directory.seededLanguage(person));
  }

  /** Stores the person's choice; false (and nothing changes) when the code is not a language. */
  public boolean choose(Person person, String language) {
    Optional<String> known = known(language);
    known.ifPresent(l -> chosen.put(person.pid(), l));
    return known.isPresent();
  }

  /** The languages people have chosen, by national identity number. */
  public Map<String, String> chosen() {
    return Map.copyOf(chosen);
  }

  /** Takes back a choice kept from an earlier run; an unknown code is ignored. */
  public void recall(String pid, String language) {
    known(language).ifPresent(l -> chosen.put(pid, l));
  }

  /** Everyone back to the seeded language. */
  public void reset() {
    chosen.clear();
  }

  /** The language code when it is one of Altinn's three. */
  public static Optional<String> known(String language) {
    return Optional.ofNullable(language).filter(Directory.LANGUAGES::contains);
  }
}
