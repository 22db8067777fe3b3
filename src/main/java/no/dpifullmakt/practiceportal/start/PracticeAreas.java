package no.dpifullmakt.practiceportal.start;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.dpifullmakt.practiceportal.PortalModule;
import no.dpifullmakt.practiceportal.altinn2.Altinn2Module;
import no.dpifullmakt.practiceportal.altinn3.Altinn3Module;
import no.dpifullmakt.practiceportal.directory.Authority;
import no.dpifullmakt.practiceportal.directory.Directory;

/** The two portal generations one can practise, today's first. */
public final class PracticeAreas {

  private final List<PracticeArea> areas;

  private PracticeAreas(List<PracticeArea> areas) {
    this.areas = List.copyOf(areas);
  }

  /** The areas for the generation modules among {@code modules}; other modules are left out. */
  public static PracticeAreas of(List<PortalModule> modules) {
    List<PracticeArea> areas = new ArrayList<>();
    modules.stream()
        .filter(Altinn3Module.class::isInstance)
        .findFirst()
        .map(PracticeAreas::altinn3)
        .ifPresent(areas::add);
    modules.stream()
        .filter(Altinn2Module.class::isInstance)
        .findFirst()
        .map(PracticeAreas::altinn2)
        .ifPresent(areas::add);
    return new PracticeAreas(areas);
  }

  public List<PracticeArea> all() {
    return areas;
  }

  /** The area whose module has the named situation. */
  public Optional<PracticeArea> withSituation(String situation) {
    return areas.stream().filter(a -> a.module().situations().contains(situation)).findFirst();
  }

  private static PracticeArea altinn3(PortalModule module) {
    return new PracticeArea(
        "Altinn 3",
        "Altinn 3 – slik det gjøres i dag",
        "Tilgangsstyring → Maskinportenadministrasjon → legg til leverandøren → gi fullmakt til"
            + " API-et «Digital post til innbyggere».",
        "/accessmanagement/ui/",
        "/accessmanagement/ui/maskinporten",
        module,
        (directory, person, organisation) ->
            directory.has(person, organisation, Authority.MASKINPORTEN_ADMINISTRATOR));
  }

  private static PracticeArea altinn2(PortalModule module) {
    return new PracticeArea(
        "Altinn 2",
        "Altinn 2 – brevets tolv steg (stengt 19. juni 2026)",
        "Profil → Andre med rettigheter → legg til leverandøren som ekstern virksomhet → gi"
            + " tilgang til enkelttjenesten for DPI-meldinger. Slik sto det i brevet fra 2022.",
        "/ui/MessageBox",
        "/ui/Profile?Section=9",
        module,
        Directory::mayDelegate);
  }
}
