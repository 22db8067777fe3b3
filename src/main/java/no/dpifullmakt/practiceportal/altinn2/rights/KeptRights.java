package no.dpifullmakt.practiceportal.altinn2.rights;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is kept between runs of one acting organisation's right holders: parties by kind and id,
 * services by code, so a kept state survives new titles in the catalogue.
 */
public record KeptRights(List<Holder> rightHolders) {

  public KeptRights {
    rightHolders = rightHolders == null ? List.of() : List.copyOf(rightHolders);
  }

  /** One right holder. */
  public record Holder(Party.Kind kind, String id, List<String> roles, List<String> services) {

    public Holder {
      roles = roles == null ? List.of() : List.copyOf(roles);
      services = services == null ? List.of() : List.copyOf(services);
    }
  }

  static KeptRights of(ActorRights rights) {
    return new KeptRights(
        rights.rightHolders().stream()
            .map(
                h ->
                    new Holder(
                        h.party().kind(),
                        h.party().id(),
                        h.roles(),
                        h.services().stream().map(AltinnService::code).toList()))
            .toList());
  }

  /** The right holders again; parties and services the portal no longer knows are left out. */
  List<RightHolder> resolve(Parties parties, ServiceCatalogue catalogue) {
    return rightHolders.stream()
        .map(h -> resolve(h, parties, catalogue))
        .flatMap(Optional::stream)
        .toList();
  }

  private static Optional<RightHolder> resolve(
      Holder holder, Parties parties, ServiceCatalogue catalogue) {
    Objects.requireNonNull(holder.kind(), "kind");
    return parties
        .byUuid(Party.uuidOf(holder.kind(), holder.id()))
        .map(
            party ->
                new RightHolder(
                    party,
                    holder.roles(),
                    holder.services().stream()
                        .map(catalogue::byCode)
                        .flatMap(Optional::stream)
                        .toList()));
  }
}
