package no.dpifullmakt.report.fingerprint;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One element of a page in a fingerprint.
 *
 * @param name the accessible name, with every digit as {@code #} so that counts and numbers do not
 *     count as changes
 * @param reliedOn true when the robot looked for it or acted on it
 * @param expected what the robot looked for, in its own words («knappen «Neste»»), when it relied
 *     on the element; else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ElementPrint(
    @JsonProperty("rolle") String role,
    @JsonProperty("navn") String name,
    @JsonProperty("robotenBruker") boolean reliedOn,
    @JsonProperty("forventet") String expected) {

  /** The same element seen in two runs: role and name. */
  public String key() {
    return role + "\u0000" + name;
  }

  ElementPrint reliedOnAs(String what) {
    return new ElementPrint(role, name, true, expected != null ? expected : what);
  }
}
