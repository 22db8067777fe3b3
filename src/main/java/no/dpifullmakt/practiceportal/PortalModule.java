package no.dpifullmakt.practiceportal;

import io.javalin.config.JavalinConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.dpifullmakt.practiceportal.directory.Organisation;

/** One part of the practice portal (the login, a portal generation) with its routes and state. */
public interface PortalModule {

  /** Adds this module's routes, static files and handlers. */
  void configure(JavalinConfig config);

  /** Forgets everything users did, back to the seeded state. */
  void reset();

  /**
   * Forgets what users did for one acting organisation, back to that organisation's seed. Every
   * other organisation's state and every login stay as they are, so parallel robots acting for
   * different organisations can each start afresh. A module that keeps no state per organisation
   * need not override it.
   */
  default void reset(Organisation actor) {}

  /**
   * This module's state to keep between runs: JSON by key, one key per organisation or person.
   * Every key starts with the module's own prefix, for example {@code "altinn3:315260183"}.
   */
  default Map<String, String> keep() {
    return Map.of();
  }

  /**
   * Takes back what {@link #keep()} gave in an earlier run. Keys of other modules are ignored.
   *
   * @throws RuntimeException when a kept text of this module cannot be understood
   */
  default void recall(Map<String, String> kept) {}

  /** The named situations this module can start from, for example "altinn2-ks-har-dpi". */
  default List<String> situations() {
    return List.of();
  }

  /**
   * A short description in Norwegian of one of {@link #situations()}, for people choosing where to
   * start practising.
   *
   * @return empty when the situation is not one of this module's
   */
  default Optional<String> describeSituation(String situation) {
    return Optional.empty();
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
