package no.dpifullmakt.altinn2;

import java.util.List;

/**
 * A single service as Altinn 2 lists it: its name, and under it its owner. Two services can have
 * the same name; the owner tells them apart.
 */
public record HeldService(String name, String owner) {

  /** The DPI right: the letter's service, owned by Digitaliseringsdirektoratet. */
  public static final HeldService DPI =
      new HeldService(Altinn2Texts.DPI_SERVICE, Altinn2Texts.DPI_OWNER);

  /** From a list item's lines: the name, then the owner. Empty when it shows no owner line. */
  static java.util.Optional<HeldService> of(List<String> lines) {
    return lines.size() < 2
        ? java.util.Optional.empty()
        : java.util.Optional.of(new HeldService(lines.get(0), lines.get(1)));
  }

  /** Whether a box or item with these lines shows this service: its name and its owner. */
  boolean shownIn(List<String> lines) {
    return lines.size() >= 2 && lines.get(0).equals(name) && lines.contains(owner);
  }

  @Override
  public String toString() {
    return "«" + name + "» (" + owner + ")";
  }
}
