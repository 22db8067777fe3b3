package no.dpifullmakt.practiceportal.start;

import no.dpifullmakt.practiceportal.PortalModule;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Organisation;
import no.dpifullmakt.practiceportal.directory.Person;

/**
 * One portal generation as the start page offers it: a big entry, and the situations of its module.
 *
 * @param name short, for sentences: "Altinn 3"
 * @param title the entry's heading
 * @param summary one sentence on the way through the screens
 * @param entryPath where the entry leads
 * @param practicePath the page where its situations show
 * @param access who can practise it for an organisation
 */
public record PracticeArea(
    String name,
    String title,
    String summary,
    String entryPath,
    String practicePath,
    PortalModule module,
    Access access) {

  /** Whether a person can practise an area for an organisation. */
  @FunctionalInterface
  public interface Access {
    boolean allows(Directory directory, Person person, Organisation organisation);
  }
}
