package no.dpifullmakt.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * Suppliers whose registered names the robot knows, so a person may give only the organisation
 * number: the letter's Visma, KS and Digdir.
 */
public final class KnownSuppliers {

  private static final Properties NAMES = load();

  private KnownSuppliers() {}

  public static Optional<SupplierName> nameOf(OrganisationNumber orgnr) {
    return registeredName(orgnr).map(SupplierName::new);
  }

  /** «Visma Software International AS», as the Central Coordinating Register has it. */
  public static Optional<String> registeredName(OrganisationNumber orgnr) {
    return Optional.ofNullable(NAMES.getProperty(orgnr.digits()));
  }

  /**
   * A typed name that cannot be the known supplier's: the registered name does not start with it.
   *
   * @return one Norwegian sentence that names the expected name, or null when the name fits (or the
   *     supplier is not one the robot knows)
   */
  public static String mismatch(OrganisationNumber orgnr, SupplierName typed) {
    String known = NAMES.getProperty(orgnr.digits());
    if (known == null || typed.matches(known)) {
      return null;
    }
    return "Navnet «"
        + typed
        + "» passer ikke til "
        + orgnr.grouped()
        + ", som heter «"
        + known
        + "»: skriv starten av det navnet, eller rett organisasjonsnummeret.";
  }

  private static Properties load() {
    Properties names = new Properties();
    try (InputStream in =
        KnownSuppliers.class.getResourceAsStream("/kjente-leverandorer.properties")) {
      if (in != null) {
        names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
