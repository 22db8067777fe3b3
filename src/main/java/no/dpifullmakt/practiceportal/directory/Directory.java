package no.dpifullmakt.practiceportal.directory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The practice portal's made-up population: people, organisations, and what each person may do for
 * each organisation. Read once from {@code practiceportal/befolkning.json}; never changes.
 */
public final class Directory {

  private static final String RESOURCE = "/practiceportal/befolkning.json";

  /** Altinn's language codes: bokmål, nynorsk, English. */
  public static final List<String> LANGUAGES = List.of("nb", "nn", "en");

  /** Everyone who has not chosen otherwise reads bokmål. */
  public static final String DEFAULT_LANGUAGE = "nb";

  private final Map<String, Organisation> organisations;
  private final Map<String, Person> people;
  private final Map<String, Map<String, Set<Authority>>> grantsByPid;
  private final Set<String> withSubUnits;
  private final Map<String, String> seededLanguages;

  private Directory(
      Map<String, Organisation> organisations,
      Map<String, Person> people,
      Map<String, Map<String, Set<Authority>>> grantsByPid,
      Set<String> withSubUnits,
      Map<String, String> seededLanguages) {
    this.organisations = organisations;
    this.people = people;
    this.grantsByPid = grantsByPid;
    this.withSubUnits = withSubUnits;
    this.seededLanguages = seededLanguages;
  }

  public static Directory seeded() {
    try (InputStream in = Directory.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Mangler " + RESOURCE);
      }
      Seed seed =
          new ObjectMapper()
              .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
              .readValue(in, Seed.class);
      return fromSeed(seed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Directory fromSeed(Seed seed) {
    Map<String, Organisation> organisations = new LinkedHashMap<>();
    Set<String> withSubUnits = new HashSet<>();
    for (SeedOrganisation o : seed.organisations()) {
      organisations.put(o.orgnr(), new Organisation(o.orgnr(), o.name(), o.publicSector()));
      if (o.hasSubUnits()) {
        withSubUnits.add(o.orgnr());
      }
    }
    Map<String, Person> people = new LinkedHashMap<>();
    Map<String, Map<String, Set<Authority>>> grants = new LinkedHashMap<>();
    Map<String, String> languages = new LinkedHashMap<>();
    for (SeedPerson p : seed.people()) {
      people.put(p.pid(), new Person(p.pid(), p.firstName(), p.lastName()));
      String language = p.language() == null ? DEFAULT_LANGUAGE : p.language();
      if (!LANGUAGES.contains(language)) {
        throw new IllegalStateException("Ukjent språk i befolkningen: " + language);
      }
      languages.put(p.pid(), language);
      Map<String, Set<Authority>> byOrg = new LinkedHashMap<>();
      for (SeedGrant g : p.grants()) {
        if (!organisations.containsKey(g.orgnr())) {
          throw new IllegalStateException("Ukjent virksomhet i befolkningen: " + g.orgnr());
        }
        byOrg.put(g.orgnr(), Set.copyOf(EnumSet.copyOf(g.authorities())));
      }
      grants.put(p.pid(), byOrg);
    }
    return new Directory(
        Map.copyOf(organisations),
        Map.copyOf(people),
        Map.copyOf(grants),
        Set.copyOf(withSubUnits),
        Map.copyOf(languages));
  }

  public Optional<Person> person(String pid) {
    return Optional.ofNullable(people.get(pid));
  }

  public Optional<Organisation> organisation(String orgnr) {
    return Optional.ofNullable(organisations.get(orgnr));
  }

  /** The organisations the person may act for, in seed order (the "Velg aktør" list). */
  public List<Organisation> actorsFor(Person person) {
    return grantsByPid.getOrDefault(person.pid(), Map.of()).keySet().stream()
        .map(organisations::get)
        .toList();
  }

  public boolean has(Person person, Organisation organisation, Authority authority) {
    return grantsByPid
        .getOrDefault(person.pid(), Map.of())
        .getOrDefault(organisation.orgnr(), Set.of())
        .contains(authority);
  }

  /** Daglig leder and access managers may delegate rights in Altinn 2. */
  public boolean mayDelegate(Person person, Organisation organisation) {
    return has(person, organisation, Authority.DAGLIG_LEDER)
        || has(person, organisation, Authority.TILGANGSSTYRER);
  }

  /** Whether the register lists sub-units ("underenheter") under the organisation. */
  public boolean hasSubUnits(Organisation organisation) {
    return withSubUnits.contains(organisation.orgnr());
  }

  /**
   * The language the person had chosen in Altinn's profile when the portal started ({@code "nb"},
   * {@code "nn"} or {@code "en"}); bokmål when the seed says nothing.
   */
  public String seededLanguage(Person person) {
    return seededLanguages.getOrDefault(person.pid(), DEFAULT_LANGUAGE);
  }

  public List<Person> people() {
    return people.values().stream().toList();
  }

  public List<Organisation> organisations() {
    return organisations.values().stream().toList();
  }

  private record Seed(List<SeedOrganisation> organisations, List<SeedPerson> people) {}

  private record SeedOrganisation(
      String orgnr, String name, boolean publicSector, boolean hasSubUnits) {}

  private record SeedPerson(
      String pid,
      String firstName,
      String lastName,
      String description,
      String language,
      List<SeedGrant> grants) {}

  private record SeedGrant(String orgnr, List<Authority> authorities) {}
}
