package no.dpifullmakt.config;

import java.net.URI;
import java.util.Optional;
import no.dpifullmakt.domain.OrganisationNumber;

/**
 * Where the robot works and how it logs in: a profile, read from an environment file.
 *
 * @param practicePortal true when the robot starts the embedded practice portal itself; its
 *     addresses are then known only at run time
 * @param pidVariable the environment variable that holds the TestID national identity number
 * @param practicePid a made-up number, only for the practice portal
 * @param actor the organisation the person acts for
 * @param production true where giving or removing a right needs the person's eyes (assisted mode)
 * @param proxy a plain HTTP proxy the browser goes through, if the network has one in between
 */
public record Environment(
    String name,
    String description,
    Generation defaultGeneration,
    Optional<URI> altinn2Base,
    Optional<URI> altinn3Base,
    LoginMethod login,
    Optional<String> pidVariable,
    Optional<String> practicePid,
    Optional<OrganisationNumber> actor,
    boolean practicePortal,
    boolean production,
    Optional<URI> proxy) {

  public Optional<URI> base(Generation generation) {
    return generation == Generation.ALTINN2 ? altinn2Base : altinn3Base;
  }

  /** The same profile, pointed at a running practice portal. */
  public Environment atPracticePortal(URI portal) {
    String root = portal.toString().replaceAll("/+$", "");
    return new Environment(
        name,
        description,
        defaultGeneration,
        Optional.of(URI.create(root)),
        Optional.of(URI.create(root + "/accessmanagement/ui")),
        login,
        pidVariable,
        practicePid,
        actor,
        practicePortal,
        production,
        proxy);
  }
}
