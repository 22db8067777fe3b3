package no.dpifullmakt.practiceportal.start;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.dpifullmakt.practiceportal.directory.Authority;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Organisation;
import no.dpifullmakt.practiceportal.directory.Person;

/**
 * The Directory's made-up people as a newcomer needs them: whom to log in as for which exercise
 * first, then everyone else by name.
 */
public final class TestPeople {

  /** What to practise as whom, in the order a newcomer should try it. Keyed by fictional pid. */
  private static final Map<String, String> HINTS = hints();

  private static final Collator NORWEGIAN = Collator.getInstance(Locale.forLanguageTag("nb-NO"));

  private TestPeople() {}

  public static List<TestPerson> of(Directory directory) {
    List<String> order = new ArrayList<>(HINTS.keySet());
    return directory.people().stream()
        .sorted(
            Comparator.comparingInt((Person p) -> rank(order, p))
                .thenComparing(Person::fullName, NORWEGIAN))
        .map(
            p ->
                new TestPerson(
                    p,
                    engagements(directory, p),
                    HINTS.getOrDefault(p.pid(), ""),
                    directory.seededLanguage(p)))
        .toList();
  }

  private static int rank(List<String> order, Person person) {
    int index = order.indexOf(person.pid());
    return index < 0 ? order.size() : index;
  }

  private static List<Engagement> engagements(Directory directory, Person person) {
    return directory.actorsFor(person).stream()
        .map(o -> new Engagement(o, authorities(directory, person, o)))
        .toList();
  }

  private static List<Authority> authorities(
      Directory directory, Person person, Organisation organisation) {
    return Arrays.stream(Authority.values())
        .filter(a -> directory.has(person, organisation, a))
        .toList();
  }

  private static Map<String, String> hints() {
    Map<String, String> hints = new LinkedHashMap<>();
    hints.put(
        "12857610030",
        "Start her: gi Visma rett til å sende digital post for Fjordvik kommune, i Altinn 3 og"
            + " med brevets tolv steg i Altinn 2.");
    hints.put(
        "23916910053",
        "Det samme som tilgangsstyrer, ikke daglig leder, for Havlandet Fylkeskommune.");
    hints.put(
        "15867210064", "Som i Altinns egne skjermbilder fra testmiljøet: Levende Kunstig Ape.");
    hints.put(
        "21887410000",
        "Som Åse Solbakken, men har valgt nynorsk: Altinn 3 vises på nynorsk (Altinn 2 på bokmål).");
    hints.put(
        "03919110049",
        "Som Åse Solbakken, men har valgt engelsk: Altinn 3 vises på engelsk (Altinn 2 på bokmål).");
    hints.put(
        "08828510011",
        "Mange virksomheter å velge mellom: «Velg aktør» får et søkefelt. Velg Fjordvik kommune.");
    hints.put(
        "17879010047",
        "Se hva en ansatt møter når hen ikke har rett til å gi rettigheter (Fjordvik kommune).");
    hints.put(
        "04888110041",
        "Altinn 2 går, men i Altinn 3 mangler tilgangspakken «Maskinporten administrator».");
    return hints;
  }
}
