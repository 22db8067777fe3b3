package no.dpifullmakt.practiceportal.altinn2.rights;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A person or an organisation that can hold rights. {@link #uuid()} is the opaque party id Altinn
 * puts in URLs ({@code /ui/Profile?P=<uuid>}), so no national identity number ends up in one.
 *
 * @param id the organisation number or the national identity number
 * @param name as Altinn shows it: organisations in upper case, persons "Fornavn Etternavn"
 * @param peopleWithAccess for organisations, how many of its people the rights reach ("(N med
 *     tilgang)")
 */
public record Party(Kind kind, String id, String name, int peopleWithAccess) {

  public enum Kind {
    PERSON,
    ORGANISATION
  }

  public UUID uuid() {
    return uuidOf(kind, id);
  }

  public boolean isOrganisation() {
    return kind == Kind.ORGANISATION;
  }

  static UUID uuidOf(Kind kind, String id) {
    return UUID.nameUUIDFromBytes((kind + ":" + id).getBytes(StandardCharsets.UTF_8));
  }
}
