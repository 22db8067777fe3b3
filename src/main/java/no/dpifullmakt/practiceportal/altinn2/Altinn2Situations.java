package no.dpifullmakt.practiceportal.altinn2;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import no.dpifullmakt.practiceportal.altinn2.rights.Party;
import no.dpifullmakt.practiceportal.altinn2.rights.RightsRegistry;
import no.dpifullmakt.practiceportal.directory.Organisation;

/** Named starting points for one acting organisation, for tests and for people practising. */
final class Altinn2Situations {

  static final String STANDARD = "altinn2-standard";
  static final String EMPTY = "altinn2-tom";
  static final String KS_HAS_DPI = "altinn2-ks-har-dpi";
  static final String VISMA_HAS_DPI = "altinn2-visma-har-dpi";
  static final String VISMA_HAS_LOOK_ALIKE = "altinn2-visma-har-forveksling";
  static final String VISMA_HAS_DPI_AND_OTHERS = "altinn2-visma-har-dpi-og-andre";

  private static final String KS = "971032146";
  private static final String VISMA = "980858073";
  private static final String DPI_SERVICE = "5504_1";
  private static final String KOSTRA = "2101_1";
  private static final String A_MELDING = "4936_1";
  private static final String DPI_NOTIFICATIONS = "5505_1";

  private final RightsRegistry registry;
  private final Map<String, Situation> byName;

  Altinn2Situations(RightsRegistry registry) {
    this.registry = registry;
    this.byName =
        Map.of(
            STANDARD,
            new Situation(
                "Utgangspunktet: virksomhetens vanlige rettighetshavere, som regnskapsføreren."
                    + " Ingen har rettigheten til å sende DPI-meldinger.",
                registry::reseed),
            EMPTY,
            new Situation(
                "Ingen andre har rettigheter: listen «Andre med rettigheter» er tom.",
                actor -> registry.replace(actor, List.of())),
            KS_HAS_DPI,
            new Situation(
                "Kommunesektorens organisasjon (KS, 971 032 146) har allerede rettigheten til å"
                    + " sende DPI-meldinger (og KOSTRA). Øv på å kontrollere eller fjerne den.",
                actor -> seededPlus(actor, KS, DPI_SERVICE, KOSTRA)),
            VISMA_HAS_DPI,
            new Situation(
                "Visma Software International AS (980 858 073) har allerede rettigheten til å"
                    + " sende DPI-meldinger (og A-melding). Øv på å kontrollere eller fjerne den.",
                actor -> seededPlus(actor, VISMA, DPI_SERVICE, A_MELDING)),
            VISMA_HAS_LOOK_ALIKE,
            new Situation(
                "Visma Software International AS (980 858 073) har bare en tjeneste som ligner:"
                    + " «… lese DPI-kvitteringer …» fra Norsk helsenett SF. Rettigheten til å sende"
                    + " DPI-meldinger mangler.",
                actor -> seededPlus(actor, VISMA, Altinn2Changes.LOOK_ALIKE)),
            VISMA_HAS_DPI_AND_OTHERS,
            new Situation(
                "Visma Software International AS (980 858 073) har rettigheten til å sende"
                    + " DPI-meldinger og to andre tjenester. Øv på å fjerne bare DPI-rettigheten.",
                actor -> seededPlus(actor, VISMA, DPI_SERVICE, DPI_NOTIFICATIONS, A_MELDING)));
  }

  List<String> names() {
    return byName.keySet().stream().sorted().toList();
  }

  Optional<String> describe(String name) {
    return Optional.ofNullable(byName.get(name)).map(Situation::description);
  }

  boolean apply(String name, Organisation actor) {
    Situation situation = byName.get(name);
    if (situation == null) {
      return false;
    }
    situation.apply().accept(actor);
    return true;
  }

  /** The seeded right holders, plus the organisation with the given services. */
  private void seededPlus(Organisation actor, String orgnr, String... serviceCodes) {
    registry.reseed(actor);
    if (orgnr.equals(actor.orgnr())) {
      return;
    }
    Party holder = registry.parties().organisation(orgnr);
    registry
        .of(actor)
        .grant(holder, Arrays.stream(serviceCodes).map(registry.catalogue()::require).toList());
  }

  private record Situation(String description, Consumer<Organisation> apply) {}
}
