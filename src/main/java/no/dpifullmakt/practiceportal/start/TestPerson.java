package no.dpifullmakt.practiceportal.start;

import java.util.List;
import no.dpifullmakt.practiceportal.directory.Person;

/**
 * A made-up person one can log in as with TestID.
 *
 * @param hint what to practise as this person, or empty
 * @param language the language the person has chosen for Altinn 3 when the portal starts: "nb",
 *     "nn" or "en"
 */
public record TestPerson(
    Person person, List<Engagement> engagements, String hint, String language) {

  private static final int FEW = 2;

  public TestPerson {
    engagements = List.copyOf(engagements);
  }

  public String name() {
    return person.fullName();
  }

  /** The fictional national identity number to type into TestID. */
  public String pid() {
    return person.pid();
  }

  /** The organisations this person may do more for than an ordinary employee. */
  public List<Engagement> mainEngagements() {
    return engagements.stream().filter(e -> !e.employeeOnly()).toList();
  }

  /** The organisations this person is only an employee of. */
  public List<Engagement> employments() {
    return engagements.stream().filter(Engagement::employeeOnly).toList();
  }

  public int employmentCount() {
    return employments().size();
  }

  /** Employments short enough to list with the rest; empty when there are many. */
  public List<Engagement> fewEmployments() {
    return hasManyEmployments() ? List.of() : employments();
  }

  /** Employments to fold away; empty when there are few. */
  public List<Engagement> manyEmployments() {
    return hasManyEmployments() ? employments() : List.of();
  }

  public boolean hasManyEmployments() {
    return employmentCount() > FEW;
  }

  /** "Altinn 3 på nynorsk" or "Altinn 3 på engelsk"; empty for bokmål, which everyone else has. */
  public String languageNote() {
    return switch (language) {
      case "nn" -> "Altinn 3 på nynorsk";
      case "en" -> "Altinn 3 på engelsk";
      default -> "";
    };
  }

  /** "Ingrid Fjellheim (12857610030)", for sentences that say whom to log in as. */
  public String nameAndPid() {
    return name() + " (" + pid() + ")";
  }
}
