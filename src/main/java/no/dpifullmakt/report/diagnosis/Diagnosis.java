package no.dpifullmakt.report.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.dpifullmakt.report.NameSimilarity;
import no.dpifullmakt.report.SecretMask;
import no.dpifullmakt.report.fingerprint.KnownElements;
import no.dpifullmakt.web.ScreenChangedException;
import no.dpifullmakt.web.SeenElement;
import no.dpifullmakt.web.UnknownPortalTextException;

/**
 * The Norwegian diagnosis of a changed screen: where the robot was, what it looked for, and the
 * closest things that are there. It reports; it never clicks or "heals".
 *
 * @param feature the feature's name
 * @param scenario the scenario's name
 * @param step the step's label and letter text: «Steg 3 av 10: Klikk på "Legg til leverandør" …»
 * @param known what the baseline saw on this page, to tell what is new
 * @param textsFile where the generation's texts live, for the advice at the end
 */
public record Diagnosis(
    String feature,
    String scenario,
    String step,
    ScreenChangedException failure,
    KnownElements known,
    String textsFile) {

  static final int CANDIDATES = 5;

  /**
   * The closest candidates to what the robot looked for; when it waited for a condition, what is
   * new on the page.
   */
  public List<Candidate> candidates() {
    return NearestCandidates.rank(
        failure.expected(), failure.seen(), failure.seenElsewhere(), known, CANDIDATES);
  }

  /** The known message most like the unknown one Altinn showed, best first. */
  public List<String> nearestKnownTexts() {
    if (!(failure instanceof UnknownPortalTextException unknown)) {
      return List.of();
    }
    return unknown.knownTexts().stream()
        .sorted(
            Comparator.comparingDouble(
                    (String known) -> NameSimilarity.ofMessage(known, unknown.shownText()))
                .reversed())
        .toList();
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
        "Se diagnose-skjermbilde.png (siden slik den var), diagnose-side.html (sidens HTML med"
            + " feltverdier maskert) og diagnose-tilgjengelighet.txt (roller og navn på siden).");
    lines.add("");
    lines.add(
        "Hva nå: Sjekk skjermbildet. Har Altinn bare gitt noe et nytt navn, endres teksten på ett"
            + " sted,");
    lines.add("i " + textsFile + " (og i feature-filen hvis stegets ord skal følge med).");
    lines.add(
        "Er et steg, en side eller en dialog lagt til eller fjernet, må framgangsmåten i"
            + " feature-filen endres.");
    return SecretMask.apply(String.join("\n", lines)) + "\n";
  }

  private void missingElement(List<String> lines) {
    lines.add("");
    lines.add("Roboten lette etter: " + failure.expectation());
    lines.add("Det som gikk galt:   " + whatWentWrong());
    lines.add("");
    List<Candidate> candidates = candidates();
    if (candidates.isEmpty()) {
      lines.add("Ingenting på siden ligner på det roboten lette etter.");
    } else {
      lines.add("Det nærmeste som finnes, best først:");
      numbered(lines, candidates.stream().map(Candidate::explain).toList());
    }
    headings(lines);
  }

  private String whatWentWrong() {
    return switch (failure.reason()) {
      case MISSING -> "den er ikke der, heller ikke etter at roboten ventet.";
      case DISABLED -> "den er der, men er deaktivert, også etter at roboten ventet.";
      case AMBIGUOUS -> "det er flere enn én av dem, og roboten velger ikke på måfå.";
      default -> failure.reason().norwegian() + " " + failure.expectation() + ".";
    };
  }

  private void waitedInVain(List<String> lines) {
    lines.add("");
    lines.add("Roboten ventet på:   " + failure.expectation());
    lines.add("Det som gikk galt:   det skjedde ikke, heller ikke etter at roboten ventet.");
    List<Candidate> fresh = candidates();
    if (!fresh.isEmpty()) {
      lines.add("");
      lines.add("Dette er nytt på siden (ikke i grunnlinjen), viktigst først:");
      numbered(lines, fresh.stream().map(Candidate::explain).toList());
    }
    headings(lines);
  }

  private void headings(List<String> lines) {
    List<String> headings =
        failure.seen().stream()
            .filter(e -> e.role().equals("heading") && !e.blocked())
            .map(e -> "«" + e.name() + "»")
            .distinct()
            .limit(8)
            .toList();
    if (!headings.isEmpty()) {
      lines.add("");
      lines.add("Overskrifter der roboten lette: " + String.join(", ", headings));
    }
  }

  private void unknownText(List<String> lines, UnknownPortalTextException unknown) {
    lines.add("");
    lines.add("Roboten lette etter: en av meldingene den kjenner fra Altinn");
    lines.add("Det som gikk galt:   Altinn viste en melding roboten ikke kjenner:");
    lines.add("                     «" + unknown.shownText() + "»");
    lines.add(
        "Roboten vet ikke hva meldingen betyr (et avslag? noe nytt?), og stopper i stedet for å"
            + " gjette.");
    List<String> known = nearestKnownTexts();
    if (!known.isEmpty()) {
      lines.add("");
      lines.add("Meldingene roboten kjenner her, nærmeste først:");
      numbered(
          lines,
          known.stream()
              .map(
                  text ->
                      String.format(
                          Locale.ROOT,
                          "«%s» (likhet %d %%)",
                          text,
                          Math.round(NameSimilarity.ofMessage(text, unknown.shownText()) * 100)))
              .toList());
    }
  }

  private static void numbered(List<String> lines, List<String> items) {
    for (int i = 0; i < items.size(); i++) {
      lines.add("  " + (i + 1) + ". " + items.get(i));
    }
  }

  /** Open dialogs, the one on top first. */
  private List<String> dialogs() {
    List<SeenElement> all = new ArrayList<>(failure.seen());
    all.addAll(failure.seenElsewhere());
    return all.stream()
        .filter(e -> e.role().equals("dialog") || e.role().equals("alertdialog"))
        .sorted(Comparator.comparing(SeenElement::blocked))
        .map(e -> "«" + e.name() + "»" + (e.blocked() ? " (bak en annen dialog)" : " (øverst)"))
        .distinct()
        .toList();
  }

  /** The roles and names on the page, for {@code diagnose-tilgjengelighet.txt}. */
  public String accessibilityDump() {
    List<String> lines = new ArrayList<>();
    lines.add("Roller og navn på siden «" + failure.title() + "» (" + failure.url() + "):");
    lines.add(
        "det en person kan bruke (knapper, lenker, felt, faner, menyvalg), overskrifter og"
            + " dialoger.");
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

  private void dump(List<String> lines, List<SeenElement> elements) {
    for (SeenElement element : elements) {
      if (element.interactive()
          || List.of("heading", "dialog", "alertdialog").contains(element.role())) {
        lines.add(
            "  "
                + element.describe()
                + (element.blocked() ? " (bak en dialog)" : "")
                + (known.isNew(element) ? " (ny siden grunnlinjen)" : ""));
      }
    }
  }
}
