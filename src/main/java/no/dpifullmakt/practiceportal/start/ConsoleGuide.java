package no.dpifullmakt.practiceportal.start;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.dpifullmakt.practiceportal.directory.Directory;

/** What the standalone practice portal tells the person in the terminal, in Norwegian. */
final class ConsoleGuide {

  /** The first line; tests and scripts find the address after it. */
  static final String RUNNING = "Øvingsportalen kjører på ";

  static final String STOPPED = "Øvingsportalen er stoppet.";

  private static final int SUPPLIERS_SHOWN = 3;

  private final PrintStream out;

  ConsoleGuide(PrintStream out) {
    this.out = out;
  }

  void started(URI address, Directory directory, String memoryLine) {
    out.println(RUNNING + address);
    out.println(
        "Dette er en øvingskopi av Altinns skjermbilder – ikke Altinn. Alle personer og"
            + " virksomheter er oppdiktet, og ingen ekte rettigheter kan gis her.");
    out.println(memoryLine);
    out.println();
    out.println("Logg inn med TestID som en av disse oppdiktede personene:");
    List<TestPerson> people = TestPeople.of(directory);
    int width = people.stream().mapToInt(p -> p.name().length()).max().orElse(0);
    for (TestPerson person : people) {
      out.println("  " + pad(person.name(), width) + "  " + person.pid() + "  " + whatFor(person));
    }
    out.println();
    out.println("Gi rettigheten til for eksempel " + suppliers(directory) + ".");
    out.flush();
  }

  void browserOpened(boolean opened) {
    out.println(
        opened
            ? "Åpner startsiden i nettleseren din."
            : "Fant ingen nettleser å åpne. Åpne adressen over i en nettleser selv.");
    out.println("Stopp øvingsportalen med Ctrl+C.");
    out.flush();
  }

  void stopped() {
    out.println(STOPPED);
    out.flush();
  }

  /** "daglig leder og Maskinporten-administrator for Fjordvik kommune og ...". */
  private static String whatFor(TestPerson person) {
    Map<String, List<String>> organisationsByRoles = new LinkedHashMap<>();
    for (Engagement e : person.mainEngagements()) {
      organisationsByRoles
          .computeIfAbsent(e.roles(), r -> new ArrayList<>())
          .add(e.organisationName() + " (" + e.orgnr() + ")");
    }
    for (Engagement e : person.fewEmployments()) {
      organisationsByRoles
          .computeIfAbsent(e.roles(), r -> new ArrayList<>())
          .add(e.organisationName() + " (" + e.orgnr() + ")");
    }
    List<String> parts = new ArrayList<>();
    organisationsByRoles.forEach(
        (roles, orgs) -> parts.add(roles + (roles.equals("ansatt") ? " i " : " for ") + and(orgs)));
    if (person.hasManyEmployments()) {
      parts.add("ansatt i " + person.employmentCount() + " andre virksomheter");
    }
    if (!person.languageNote().isEmpty()) {
      parts.add(person.languageNote());
    }
    return String.join("; ", parts);
  }

  private static String suppliers(Directory directory) {
    return SupplierChoices.of(directory).stream()
        .limit(SUPPLIERS_SHOWN)
        .map(s -> s.name() + " " + s.orgnr())
        .collect(Collectors.collectingAndThen(Collectors.toList(), ConsoleGuide::or));
  }

  private static String and(List<String> items) {
    return join(items, " og ");
  }

  private static String or(List<String> items) {
    return join(items, " eller ");
  }

  private static String join(List<String> items, String last) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + last
        + items.get(items.size() - 1);
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
