package no.dpifullmakt.practiceportal;

import io.javalin.config.JavalinConfig;
import java.util.List;
import no.dpifullmakt.practiceportal.directory.Organisation;

/** One part of the practice portal (the login, a portal generation) with its routes and state. */
public interface PortalModule {

  /** Adds this module's routes, static files and handlers. */
  void configure(JavalinConfig config);

  /** Forgets everything users did, back to the seeded state. */
  void reset();

  /** The named situations this module can start from, for example "ks-har-dpi-altinn2". */
  default List<String> situations() {
    return List.of();
  }

  /**
   * Puts this module's state for one acting organisation into a named situation.
   *
   * @return false when the situation is not one of this module's
   */
  default boolean applySituation(String situation, Organisation actor) {
    return false;
  }
}
