package no.dpifullmakt.report.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.dpifullmakt.report.SecretMask;
import no.dpifullmakt.web.ScreenChangedException;
import no.dpifullmakt.web.SeenElement;
import no.dpifullmakt.web.UnknownPortalTextException;

/**
 * The Norwegian diagnosis of a changed screen: where the robot was, what it looked for, and the
 * closest things that are there. It reports; it never clicks or "heals".
 *
 * @param feature the feature's name
 * @param scenario the scenario's name
 * @param step the step's label and letter text: «Steg 3 av 10: Klikk på «Legg til leverandør» …»
 * @param textsFile where the generation's texts live, for the advice at the end
 */
public record Diagnosis(
    String feature,
    String scenario,
    String step,
    ScreenChangedException failure,
    String textsFile) {

  static final int CANDIDATES = 5;

  /** The closest candidates to what the robot looked for; empty when it waited for a condition. */
  public List<Candidate> candidates() {
    if (failure.expected() == null) {
      return List.of();
    }
    return NearestCandidates.rank(
        failure.expected(), failure.seen(), failure.seenElsewhere(), CANDIDATES);
  }

  /** The full text, for the terminal and {@code diagnose.txt}; secrets masked. */
  public String text() {
    List<String> lines = new ArrayList<>();
    lines.add("DIAGNOSE: Altinns skjermbilde har endret seg");
    lines.add("");
    lines.add("Egenskap:  " + feature);
    lines.add("Scenario:  " + scenario);
    lines.add("Steg:      " + step);
    lines.add("Siden:     «" + failure.title() + "» (" + failure.url() + ")");
    if (failure instanceof UnknownPortalTextException unknown) {
      unknownText(lines, unknown);
    } else if (failure.expected() == null) {
      waitedInVain(lines);
    } else {
      missingElement(lines);
    }
    List<String> dialogs = dialogs();
    if (!dialogs.isEmpty()) {
      lines.add("");
      lines.add("Åpne dialoger på siden: " + String.join(", ", dialogs));
    }
    lines.add("");
    lines.add(
        "Roboten klikket ikke på noe av dette: den gjør bare det stegene sier, og stoppet her.");
    lines.add(
        "Se diagnose-skjermbilde.png (siden slik den var), diagnose-side.html (sidens HTML, feltverdier"
            + " maskert) og diagnose-tilgjengelighet.txt (roller og navn på siden).");
    lines.add("");
    lines.add(
        "Hva nå: Sjekk skjermbildet. Har Altinn bare gitt en tekst nytt navn, endres den på ett sted,");
    lines.add("i " + textsFile + " (og i feature-filen hvis stegets ord skal følge med).");
    lines.add(
        "Er en side eller et steg lagt til eller fjernet, må framgangsmåten i feature-filen endres.");
    return SecretMask.apply(String.join("\n", lines)) + "\n";
  }

  private void missingElement(List<String> lines) {
    lines.add("");
    lines.add("Roboten lette etter: " + failure.expectation());
    lines.add(
        "Det som gikk galt:   " + failure.reason().norwegian() + " " + failure.expectation() + ".");
    lines.add("");
    List<Candidate> candidates = candidates();
    if (candidates.isEmpty()) {
      lines.add("Ingenting på siden ligner på det roboten lette etter.");
      return;
    }
    lines.add("Det nærmeste som finnes, best først:");
    for (int i = 0; i < candidates.size(); i++) {
      lines.add("  " + (i + 1) + ". " + candidates.get(i).explain());
    }
  }

  private void waitedInVain(List<String> lines) {
    lines.add("");
    lines.add(
        "Roboten ventet på: " + failure.expectation() + ", men det skjedde ikke innen ventetiden.");
    List<String> headings =
        failure.seen().stream()
            .filter(e -> e.role().equals("heading"))
            .map(SeenElement::describe)
            .limit(6)
            .toList();
    if (!headings.isEmpty()) {
      lines.add("Overskrifter på siden: " + String.join(", ", headings));
    }
  }

  private void unknownText(List<String> lines, UnknownPortalTextException unknown) {
    lines.add("");
    lines.add("Altinn viste en melding roboten ikke kjenner: «" + unknown.shownText() + "»");
    lines.add(
        "Roboten vet ikke hva meldingen betyr (et avslag? noe nytt?), og stopper i stedet for å gjette.");
    List<String> known =
        unknown.knownTexts().stream()
            .sorted(
                Comparator.comparingDouble((String t) -> NameSimilarity.of(t, unknown.shownText()))
                    .reversed())
            .toList();
    if (!known.isEmpty()) {
      lines.add("");
      lines.add("Meldingene roboten kjenner her, nærmeste først:");
      for (int i = 0; i < known.size(); i++) {
        lines.add(
            String.format(
                Locale.ROOT,
                "  %d. «%s» (likhet %d %%)",
                i + 1,
                known.get(i),
                Math.round(NameSimilarity.of(known.get(i), unknown.shownText()) * 100)));
      }
    }
  }

  private List<String> dialogs() {
    return failure.seen().stream()
        .filter(e -> e.role().equals("dialog") || e.role().equals("alertdialog"))
        .map(e -> "«" + e.name() + "»")
        .toList();
  }

  /** The roles and names on the page, for {@code diagnose-tilgjengelighet.txt}. */
  public String accessibilityDump() {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Roller og navn på siden «"
            + failure.title()
            + "» ("
            + failure.url()
            + "): det en person kan");
    lines.add("bruke (knapper, lenker, felt, faner, menyvalg), og overskrifter og dialoger.");
    lines.add("");
    lines.add(failure.seenElsewhere().isEmpty() ? "Hele siden:" : "Der roboten lette:");
    dump(lines, failure.seen());
    if (!failure.seenElsewhere().isEmpty()) {
      lines.add("");
      lines.add("Resten av siden:");
      dump(lines, failure.seenElsewhere());
    }
    return SecretMask.apply(String.join("\n", lines)) + "\n";
  }

  private static void dump(List<String> lines, List<SeenElement> elements) {
    for (SeenElement element : elements) {
      if (element.interactive()
          || List.of("heading", "dialog", "alertdialog").contains(element.role())) {
        lines.add("  " + element.describe() + (element.blocked() ? " (bak en dialog)" : ""));
      }
    }
  }
}
