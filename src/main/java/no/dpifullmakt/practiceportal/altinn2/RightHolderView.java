package no.dpifullmakt.practiceportal.altinn2;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.dpifullmakt.practiceportal.altinn2.rights.AltinnService;
import no.dpifullmakt.practiceportal.altinn2.rights.Party;
import no.dpifullmakt.practiceportal.altinn2.rights.RightHolder;

/**
 * A right holder as the dialog pages show it: the kind in small capitals, the name, and the
 * expandable sections "Har disse N rollene:" and "Har (også) tilgang til disse N enkelttjenestene".
 */
record RightHolderView(String ref, String kindLabel, String name, List<Section> sections) {

  private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");

  static RightHolderView of(RightHolder holder, Altinn2Changes changes) {
    Party party = holder.party();
    List<Section> sections = new ArrayList<>();
    if (!holder.roles().isEmpty()) {
      sections.add(
          new Section(
              "roles",
              "Roles-View-Actor",
              "Har disse",
              "rollene:",
              false,
              holder.roles().stream().map(r -> new Item("rolle", r, r, null)).toList()));
    }
    if (!holder.services().isEmpty()) {
      boolean afterRoles = !sections.isEmpty();
      List<Item> items = holder.services().stream().map(s -> item(changes.shown(s))).toList();
      sections.add(
          changes.sectionsRenamed()
              ? new Section(
                  "services",
                  "DirectRights-View-Actor",
                  afterRoles ? "Også enkelttjenester" : "Enkelttjenester",
                  "",
                  true,
                  items)
              : new Section(
                  "services",
                  "DirectRights-View-Actor",
                  afterRoles ? "Har også tilgang til disse" : "Har tilgang til disse",
                  "enkelttjenestene",
                  false,
                  items));
    }
    return new RightHolderView(
        party.uuid().toString(),
        kindText(party).toUpperCase(BOKMAL),
        party.name(),
        List.copyOf(sections));
  }

  /** "Ekstern virksomhet" or "Person", as the right-holder list says. */
  static String kindText(Party party) {
    return party.isOrganisation() ? "Ekstern virksomhet" : "Person";
  }

  private static Item item(AltinnService service) {
    return new Item("tjeneste", service.code(), service.name(), service.owner());
  }

  public boolean hasRights() {
    return !sections.isEmpty();
  }

  /** The name as the receipts write it, in capitals like Altinn's. */
  public String upperCaseName() {
    return name.toUpperCase(BOKMAL);
  }

  /**
   * @param id distinguishes the section within the page
   * @param listId the id of the section's list on the overview
   * @param parenthesised the count in parentheses after {@code before} ("Enkelttjenester (2)")
   *     instead of a badge followed by {@code after}
   */
  record Section(
      String id,
      String listId,
      String before,
      String after,
      boolean parenthesised,
      List<Item> items) {
    public int count() {
      return items.size();
    }
  }

  /**
   * @param param the form field a removal of this item is sent as
   * @param key the role's name or the service's code
   * @param owner the service's owner, shown under its name; none for a role
   */
  record Item(String param, String key, String name, String owner) {}
}
