package no.dpifullmakt.practiceportal.altinn2.rights;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** What one party has been given on behalf of one acting organisation. Immutable. */
public record RightHolder(Party party, List<String> roles, List<AltinnService> services) {

  public RightHolder {
    roles = roles.stream().distinct().sorted(ByName.TEXT).toList();
    services = services.stream().distinct().sorted(ByName.SERVICES).toList();
  }

  public static RightHolder without(Party party) {
    return new RightHolder(party, List.of(), List.of());
  }

  public boolean hasRights() {
    return !roles.isEmpty() || !services.isEmpty();
  }

  /** Whether the party has the service, however the screens title it. */
  public boolean has(AltinnService service) {
    return services.stream().anyMatch(s -> s.code().equals(service.code()));
  }

  RightHolder plus(Collection<AltinnService> more) {
    return new RightHolder(party, roles, Stream.concat(services.stream(), more.stream()).toList());
  }

  RightHolder minus(Set<String> serviceCodes, Set<String> roleNames) {
    return new RightHolder(
        party,
        roles.stream().filter(r -> !roleNames.contains(r)).toList(),
        services.stream().filter(s -> !serviceCodes.contains(s.code())).toList());
  }
}
