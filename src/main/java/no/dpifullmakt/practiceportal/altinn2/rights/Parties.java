package no.dpifullmakt.practiceportal.altinn2.rights;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Organisation;
import no.dpifullmakt.practiceportal.directory.Person;

/** Every person and organisation of the directory as a {@link Party}, found by id or uuid. */
public final class Parties {

  private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");

  private final Map<UUID, Party> byUuid;

  public Parties(Directory directory) {
    Map<UUID, Party> map = new LinkedHashMap<>();
    for (Organisation o : directory.organisations()) {
      long people =
          directory.people().stream().filter(p -> directory.actorsFor(p).contains(o)).count();
      Party party =
          new Party(
              Party.Kind.ORGANISATION,
              o.orgnr(),
              o.name().toUpperCase(BOKMAL),
              (int) Math.max(1, people));
      map.put(party.uuid(), party);
    }
    for (Person p : directory.people()) {
      Party party = new Party(Party.Kind.PERSON, p.pid(), p.fullName(), 1);
      map.put(party.uuid(), party);
    }
    this.byUuid = Map.copyOf(map);
  }

  public Optional<Party> byUuid(UUID uuid) {
    return Optional.ofNullable(byUuid.get(uuid));
  }

  /** The party behind an id from a URL; empty when it is malformed or unknown. */
  public Optional<Party> byUuid(String uuid) {
    try {
      return uuid == null ? Optional.empty() : byUuid(UUID.fromString(uuid));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public Party organisation(String orgnr) {
    return find(Party.Kind.ORGANISATION, orgnr);
  }

  public Party person(String pid) {
    return find(Party.Kind.PERSON, pid);
  }

  private Party find(Party.Kind kind, String id) {
    return byUuid(Party.uuidOf(kind, id))
        .orElseThrow(() -> new IllegalArgumentException("Ukjent part: " + kind));
  }
}
