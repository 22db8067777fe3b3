package no.dpifullmakt.practiceportal.altinn3.lookup;

import no.dpifullmakt.practiceportal.altinn3.OrganisationNumbers;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Organisation;
import no.dpifullmakt.practiceportal.directory.Person;

/**
 * Looks up the organisation number typed in "Legg til leverandør" and "Ny bruker". Only unknown
 * numbers count towards the lockout; the own number is found, just refused.
 */
public final class OrganisationLookup {

  private final Directory directory;
  private final LookupLockout lockout;

  public OrganisationLookup(Directory directory, LookupLockout lockout) {
    this.directory = directory;
    this.lockout = lockout;
  }

  public LookupOutcome lookUp(Person person, Organisation actor, String orgnr) {
    if (lockout.isLockedOut(person.pid())) {
      return new LookupOutcome.LockedOut();
    }
    if (actor.orgnr().equals(orgnr)) {
      return new LookupOutcome.OwnNumber();
    }
    Organisation found =
        OrganisationNumbers.isValid(orgnr) ? directory.organisation(orgnr).orElse(null) : null;
    if (found == null) {
      lockout.recordFailure(person.pid());
      return new LookupOutcome.NotFound();
    }
    return new LookupOutcome.Found(found);
  }

  /** The same rules without counting failures, for checking a number that is being saved. */
  public LookupOutcome check(Organisation actor, String orgnr) {
    if (actor.orgnr().equals(orgnr)) {
      return new LookupOutcome.OwnNumber();
    }
    return OrganisationNumbers.isValid(orgnr)
        ? directory
            .organisation(orgnr)
            .<LookupOutcome>map(LookupOutcome.Found::new)
            .orElseGet(LookupOutcome.NotFound::new)
        : new LookupOutcome.NotFound();
  }

  public void clear() {
    lockout.clear();
  }
}
