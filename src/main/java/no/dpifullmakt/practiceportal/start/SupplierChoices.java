package no.dpifullmakt.practiceportal.start;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.dpifullmakt.practiceportal.altinn3.DisplayNames;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Organisation;

/**
 * The organisations nobody in the made-up population acts for: the suppliers one can practise
 * giving the right to. The letter's three come first.
 */
public final class SupplierChoices {

  private static final List<String> FIRST = List.of("980858073", "971032146", "991825827");

  private static final Map<String, String> NOTES =
      Map.of(
          "980858073", "Leverandøren i brevet.",
          "313909964", "Navnet begynner også på «Visma»: sjekk organisasjonsnummeret.",
          "910753614", "Er leverandør i Altinn 3 fra start, uten DPI.",
          "312605031", "Er leverandør i Altinn 3 fra start, uten DPI.");

  private static final Collator NORWEGIAN = Collator.getInstance(Locale.forLanguageTag("nb-NO"));

  private SupplierChoices() {}

  public static List<SupplierChoice> of(Directory directory) {
    Set<String> actors =
        directory.people().stream()
            .flatMap(p -> directory.actorsFor(p).stream())
            .map(Organisation::orgnr)
            .collect(Collectors.toSet());
    return directory.organisations().stream()
        .filter(o -> !actors.contains(o.orgnr()))
        .map(o -> new SupplierChoice(DisplayNames.titleCase(o.name()), o.orgnr(), note(o)))
        .sorted(Comparator.comparingInt(SupplierChoices::rank).thenComparing(byName()))
        .toList();
  }

  private static String note(Organisation organisation) {
    return NOTES.getOrDefault(organisation.orgnr(), "");
  }

  private static int rank(SupplierChoice choice) {
    int index = FIRST.indexOf(choice.orgnr());
    return index < 0 ? FIRST.size() : index;
  }

  private static Comparator<SupplierChoice> byName() {
    return Comparator.comparing(SupplierChoice::name, NORWEGIAN);
  }
}
