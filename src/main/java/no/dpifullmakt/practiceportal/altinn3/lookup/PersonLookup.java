package no.dpifullmakt.practiceportal.altinn3.lookup;

import java.util.Locale;
import java.util.Optional;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Person;

/**
 * Finds a person by national identity number and last name, as "Ny bruker" → "Person" does. A miss
 * counts towards the same lockout as unknown organisation numbers.
 */
public final class PersonLookup {

  private final Directory directory;
  private final LookupLockout lockout;

  public PersonLookup(Directory directory, LookupLockout lockout) {
    this.directory = directory;
    this.lockout = lockout;
  }

  /**
   * @return the person, empty when not found
   * @throws LockedOutException when the caller has failed too often
   */
  public Optional<Person> lookUp(Person caller, String pid, String lastName) {
    if (lockout.isLockedOut(caller.pid())) {
      throw new LockedOutException();
    }
    Optional<Person> found =
        directory
            .person(pid == null ? "" : pid.trim())
            .filter(p -> normalise(p.lastName()).equals(normalise(lastName)));
    if (found.isEmpty()) {
      lockout.recordFailure(caller.pid());
    }
    return found;
  }

  private static String normalise(String name) {
    return name == null ? "" : name.trim().toLowerCase(Locale.forLanguageTag("nb-NO"));
  }

  /** The caller may not look anyone up for a while. */
  public static final class LockedOutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LockedOutException() {
      super(null, null, false, false);
    }
  }
}
