package no.dpifullmakt.config;

import no.dpifullmakt.domain.InvalidInputException;

/** A bad environment file or setting; the message names the file, the line and the field. */
public class ConfigurationException extends InvalidInputException {

  public ConfigurationException(String norwegianMessage) {
    super(norwegianMessage);
  }

  public static ConfigurationException at(String file, int line, String field, String problem) {
    String where = line > 0 ? ", linje " + line : "";
    return new ConfigurationException(
        "Feil i miljøfilen " + file + where + ", feltet «" + field + "»: " + problem);
  }
}
