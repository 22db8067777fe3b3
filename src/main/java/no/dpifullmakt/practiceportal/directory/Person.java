package no.dpifullmakt.practiceportal.directory;

/** A made-up person from the practice portal's population (fiction, like Tenor's test data). */
public record Person(String pid, String firstName, String lastName) {

  public String fullName() {
    return firstName + " " + lastName;
  }
}
