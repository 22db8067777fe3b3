package no.dpifullmakt.practiceportal.altinn3.users;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.dpifullmakt.practiceportal.altinn3.DisplayNames;
import no.dpifullmakt.practiceportal.altinn3.state.RightHolderBook;
import no.dpifullmakt.practiceportal.directory.Authority;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Organisation;
import no.dpifullmakt.practiceportal.directory.Person;

/**
 * Who appears on "Brukere" for an actor: everyone the register gives rights for it, and the people
 * and organisations that have been added there.
 */
public final class UserCatalogue {

  private final Directory directory;

  public UserCatalogue(Directory directory) {
    this.directory = directory;
  }

  public static String personId(Person person) {
    return UUID.nameUUIDFromBytes(("person:" + person.pid()).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  public List<User> users(Organisation actor, RightHolderBook book) {
    List<User> users = new ArrayList<>();
    for (Person person : directory.people()) {
      if (!authorities(person, actor).isEmpty()) {
        users.add(person(person, actor));
      }
    }
    for (String id : book.added()) {
      if (users.stream().noneMatch(u -> u.id().equals(id))) {
        resolve(id, actor).ifPresent(users::add);
      }
    }
    users.sort(Comparator.comparing(User::type).reversed().thenComparing(User::name));
    return users;
  }

  public Optional<User> user(Organisation actor, RightHolderBook book, String id) {
    return users(actor, book).stream().filter(u -> u.id().equals(id)).findFirst();
  }

  private Optional<User> resolve(String id, Organisation actor) {
    Optional<Organisation> organisation = directory.organisation(id);
    if (organisation.isPresent()) {
      Organisation o = organisation.get();
      return Optional.of(
          new User(
              o.orgnr(),
              DisplayNames.titleCase(o.name()),
              "organisation",
              o.orgnr(),
              List.of(),
              List.of()));
    }
    return directory.people().stream()
        .filter(p -> personId(p).equals(id))
        .findFirst()
        .map(p -> person(p, actor));
  }

  private User person(Person person, Organisation actor) {
    List<Authority> authorities = authorities(person, actor);
    List<String> roles = new ArrayList<>();
    List<String> packages = new ArrayList<>();
    for (Authority authority : authorities) {
      switch (authority) {
        case DAGLIG_LEDER -> roles.add("Daglig leder");
        case TILGANGSSTYRER -> packages.add("Tilgangsstyrer");
        case MASKINPORTEN_ADMINISTRATOR -> packages.add("Maskinporten administrator");
        case ANSATT -> roles.add("Ansatt");
      }
    }
    return new User(
        personId(person),
        DisplayNames.titleCase(person.fullName()),
        "person",
        null,
        List.copyOf(roles),
        List.copyOf(packages));
  }

  private List<Authority> authorities(Person person, Organisation actor) {
    List<Authority> found = new ArrayList<>();
    for (Authority authority : Authority.values()) {
      if (directory.has(person, actor, authority)) {
        found.add(authority);
      }
    }
    return found;
  }
}
