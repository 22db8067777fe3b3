package no.dpifullmakt.practiceportal.session;

import java.util.Optional;
import no.dpifullmakt.practiceportal.directory.Organisation;
import no.dpifullmakt.practiceportal.directory.Person;

/** A logged-in person and, once chosen in "Velg aktør", the organisation they act for. */
public final class Session {

  private final String id;
  private final Person person;
  private volatile Organisation actor;

  Session(String id, Person person) {
    this.id = id;
    this.person = person;
  }

  public String id() {
    return id;
  }

  public Person person() {
    return person;
  }

  public Optional<Organisation> actor() {
    return Optional.ofNullable(actor);
  }

  public void chooseActor(Organisation organisation) {
    this.actor = organisation;
  }
}
