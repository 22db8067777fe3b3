package no.dpifullmakt.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import no.dpifullmakt.config.RunSettings;
import no.dpifullmakt.domain.InvalidInputException;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.domain.Supplier;

/**
 * The organisation the person acts for, and where it came from: {@code --aktor}, the environment
 * variable {@code DPI_AKTOR}, or the environment. Messages name the source the person used.
 */
final class ActorSource {

  static final String VARIABLE = "DPI_AKTOR";

  private ActorSource() {}

  /**
   * The actor from the command line or the environment variable; empty to use the environment's.
   */
  static Optional<OrganisationNumber> given(String option, UnaryOperator<String> env) {
    if (option != null) {
      return Optional.of(parse(option, "--aktor"));
    }
    String variable = env.apply(VARIABLE);
    if (variable != null) {
      return Optional.of(parse(variable, "miljøvariabelen " + VARIABLE));
    }
    return Optional.empty();
  }

  /** A supplier cannot be given a right on behalf of itself. */
  static void checkNotAmong(
      List<Supplier> suppliers, RunSettings settings, String option, UnaryOperator<String> env) {
    OrganisationNumber actor = settings.actor();
    for (Supplier supplier : suppliers) {
      if (supplier.orgnr().equals(actor)) {
        throw new InvalidInputException(
            "Leverandøren "
                + supplier.orgnr().grouped()
                + " er virksomheten du handler for ("
                + describe(option, env, settings)
                + "): en virksomhet kan ikke gi seg selv fullmakt, så oppgi leverandørens eget"
                + " organisasjonsnummer.");
      }
    }
  }

  private static String describe(String option, UnaryOperator<String> env, RunSettings settings) {
    if (option != null) {
      return "fra --aktor";
    }
    if (env.apply(VARIABLE) != null) {
      return "fra miljøvariabelen " + VARIABLE;
    }
    return "fra miljøet «" + settings.environment().name() + "»";
  }

  private static OrganisationNumber parse(String text, String source) {
    String problem = OrganisationNumber.problemWith(text.replace(" ", ""));
    if (problem != null) {
      throw new InvalidInputException("Virksomheten det handles for (" + source + "): " + problem);
    }
    return OrganisationNumber.parse(text);
  }
}
