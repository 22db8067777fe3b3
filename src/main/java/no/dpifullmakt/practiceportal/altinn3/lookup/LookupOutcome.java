package no.dpifullmakt.practiceportal.altinn3.lookup;

import no.dpifullmakt.practiceportal.directory.Organisation;

/** What looking up an organisation number gave. */
public sealed interface LookupOutcome {

  /** The number belongs to an organisation that may be added. */
  record Found(Organisation organisation) implements LookupOutcome {}

  /** No organisation has the number (also when its check digit is wrong). */
  record NotFound() implements LookupOutcome {}

  /** The number is the acting organisation's own. */
  record OwnNumber() implements LookupOutcome {}

  /** The person has failed too often and may not look up numbers for a while. */
  record LockedOut() implements LookupOutcome {}
}
