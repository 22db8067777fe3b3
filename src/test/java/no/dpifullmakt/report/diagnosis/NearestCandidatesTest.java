package no.dpifullmakt.report.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.dpifullmakt.report.fingerprint.ElementPrint;
import no.dpifullmakt.report.fingerprint.Fingerprint;
import no.dpifullmakt.report.fingerprint.KnownElements;
import no.dpifullmakt.report.fingerprint.PagePrint;
import no.dpifullmakt.report.fingerprint.StepPrint;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.SeenElement;
import no.dpifullmakt.web.Target;
import org.junit.jupiter.api.Test;

class NearestCandidatesTest {

  private static SeenElement button(String name) {
    return new SeenElement("button", name, 0, false);
  }

  private static SeenElement link(String name) {
    return new SeenElement("link", name, 0, false);
  }

  private static SeenElement tab(String name) {
    return new SeenElement("tab", name, 0, false);
  }

  private static final List<SeenElement> SUPPLIER_TAB =
      List.of(
          new SeenElement("heading", "Maskinportenadministrasjon for Fjordvik Kommune", 1, false),
          tab("Leverandører"),
          tab("Konsumenter"),
          button("Hva er en leverandør?"),
          new SeenElement("searchbox", "Søk", 0, false),
          button("Legg til ny leverandør"),
          link("Eksempel Systempartner AS Org.nr. 910 753 614"),
          link("Testleverandor AS Org.nr. 312 605 031"));

  @Test
  void aRenamedButtonComesFirst() {
    List<Candidate> ranked =
        NearestCandidates.rank(Target.button("Legg til leverandør"), SUPPLIER_TAB, List.of(), 5);

    assertThat(ranked).isNotEmpty();
    assertThat(ranked.get(0).element()).isEqualTo(button("Legg til ny leverandør"));
    assertThat(ranked.get(0).kind()).isEqualTo(Candidate.Kind.SIMILAR_NAME);
    assertThat(ranked.get(0).explain())
        .startsWith("knappen «Legg til ny leverandør» – samme rolle, lignende navn (likhet ");
  }

  @Test
  void aLinkThatMovedOutOfTheMenuIsFoundElsewhere() {
    List<SeenElement> sidebar =
        List.of(
            link("Tilgangsstyring"), link("Brukere"), link("Fullmakter"), link("Systemtilganger"));
    List<SeenElement> restOfPage =
        List.of(link("Hjelp og kontakt"), link("Maskinportenadministrasjon"), link("Om Altinn"));

    List<Candidate> ranked =
        NearestCandidates.rank(Target.link("Maskinportenadministrasjon"), sidebar, restOfPage, 5);

    assertThat(ranked.get(0).element()).isEqualTo(link("Maskinportenadministrasjon"));
    assertThat(ranked.get(0).kind()).isEqualTo(Candidate.Kind.SAME_NAME_ELSEWHERE);
    assertThat(ranked.get(0).explain())
        .isEqualTo(
            "lenken «Maskinportenadministrasjon» – samme rolle og navn, men et annet sted på siden");
  }

  @Test
  void aDisabledButtonIsTheElementItself() {
    List<SeenElement> dialog =
        List.of(
            new SeenElement("textbox", "Organisasjonsnummer", 0, false),
            new SeenElement("button", "Legg til virksomhet", 0, true),
            button("Lukk dialogvindu"));

    List<Candidate> ranked =
        NearestCandidates.rank(Target.button("Legg til virksomhet"), dialog, List.of(), 5);

    assertThat(ranked.get(0).kind()).isEqualTo(Candidate.Kind.SAME_BUT_DISABLED);
    assertThat(ranked.get(0).explain())
        .isEqualTo("knappen «Legg til virksomhet» (deaktivert) – den er der, men er deaktivert");
  }

  @Test
  void aButtonBehindANewDialogIsTheElementItself() {
    List<SeenElement> page =
        List.of(
            new SeenElement("button", "Gi fullmakt", 0, false, true),
            new SeenElement("dialog", "Er du sikker?", 0, false),
            button("Bekreft"));

    List<Candidate> ranked =
        NearestCandidates.rank(Target.button("Gi fullmakt"), page, List.of(), 5);

    assertThat(ranked.get(0).kind()).isEqualTo(Candidate.Kind.SAME_BUT_BLOCKED);
  }

  @Test
  void aRenamedTabBeatsItsNeighbours() {
    List<SeenElement> tabs =
        List.of(tab("Person"), tab("Annen virksomhet"), tab("Bruker med virksomhetssertifikat"));

    List<Candidate> ranked =
        NearestCandidates.rank(Target.tab("Ekstern virksomhet"), tabs, List.of(), 5);

    assertThat(ranked).extracting(Candidate::element).first().isEqualTo(tab("Annen virksomhet"));
  }

  @Test
  void theSameNameWithAnotherInteractiveRoleIsACandidateButAHeadingIsNot() {
    List<SeenElement> page =
        List.of(
            new SeenElement("heading", "Legg til leverandør", 2, false),
            new SeenElement("dialog", "Legg til leverandør", 0, false),
            link("Legg til leverandør"));

    List<Candidate> ranked =
        NearestCandidates.rank(Target.button("Legg til leverandør"), page, List.of(), 5);

    assertThat(ranked)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.element()).isEqualTo(link("Legg til leverandør"));
              assertThat(c.kind()).isEqualTo(Candidate.Kind.SAME_NAME_OTHER_ROLE);
            });
  }

  @Test
  void namesThatMerelyShareARoleAreLeftOut() {
    assertThat(
            NearestCandidates.rank(
                Target.button("Neste"), List.of(button("Avbryt"), button("Lukk")), List.of(), 5))
        .isEmpty();
  }

  @Test
  void aNameRuleIsComparedByItsFixedText() {
    Target heading = new Target(Role.HEADING, NameMatcher.withNumber("Fullmakt til {n} API"), 2);
    List<SeenElement> page =
        List.of(
            new SeenElement("heading", "Fullmakt til 2 API", 3, false),
            new SeenElement("heading", "Fullmakter til API", 2, false));

    List<Candidate> ranked = NearestCandidates.rank(heading, page, List.of(), 5);

    assertThat(ranked.get(0).kind()).isEqualTo(Candidate.Kind.SAME_BUT_OTHER_LEVEL);
    assertThat(ranked.get(1).element().name()).isEqualTo("Fullmakter til API");
  }

  @Test
  void aButtonThatIsNewSinceTheBaselineIsACandidateEvenWithAnUnlikeName() {
    Fingerprint baseline =
        new Fingerprint(
            "altinn2",
            "test",
            true,
            List.of(
                new StepPrint(
                    "egenskap",
                    "jeg klikker på \"Neste\"",
                    List.of(
                        new PagePrint(
                            "/ui/Profile",
                            List.of(
                                new ElementPrint("button", "Neste", true, "knappen «Neste»"),
                                new ElementPrint("button", "Tilbake", false, null),
                                new ElementPrint("button", "Lukk", false, null)))))));
    List<SeenElement> dialog = List.of(button("Tilbake"), button("Lukk"), button("Gå videre"));

    List<Candidate> ranked =
        NearestCandidates.rank(
            Target.button("Neste"),
            dialog,
            List.of(),
            KnownElements.onPage(baseline, "/ui/Profile"),
            5);

    assertThat(ranked)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.element()).isEqualTo(button("Gå videre"));
              assertThat(c.kind()).isEqualTo(Candidate.Kind.NEW_SAME_ROLE);
              assertThat(c.explain()).isEqualTo("knappen «Gå videre» – samme rolle, ny på siden");
            });
  }

  @Test
  void aNewDialogOverThePageComesBeforeSimilarNames() {
    Fingerprint baseline =
        new Fingerprint(
            "altinn3",
            "test",
            true,
            List.of(
                new StepPrint(
                    "egenskap",
                    "jeg klikker på \"Gi fullmakt\" ved {string}",
                    List.of(
                        new PagePrint(
                            "/supplier/#",
                            List.of(
                                new ElementPrint(
                                    "dialog",
                                    "Hvilke API vil du gi {leverandør} fullmakt til?",
                                    false,
                                    null),
                                new ElementPrint(
                                    "button",
                                    "Gi fullmakt for Digital post til innbyggere",
                                    true,
                                    null)))))));
    List<SeenElement> giveDialog =
        List.of(
            new SeenElement(
                "dialog", "Hvilke API vil du gi Visma AS fullmakt til?", 0, false, true),
            new SeenElement(
                "button", "Gi fullmakt for Digital post til innbyggere", 0, false, true));
    List<SeenElement> rest =
        List.of(new SeenElement("dialog", "Bekreft fullmakt", 0, false), button("Bekreft"));

    List<Candidate> ranked =
        NearestCandidates.rank(
            Target.button("Slett fullmakt for Digital post til innbyggere"),
            giveDialog,
            rest,
            KnownElements.onPage(baseline, "/supplier/#"),
            5);

    assertThat(ranked.get(0).kind()).isEqualTo(Candidate.Kind.NEW_DIALOG);
    assertThat(ranked.get(0).element().name()).isEqualTo("Bekreft fullmakt");
    assertThat(ranked.get(1).element().name())
        .isEqualTo("Gi fullmakt for Digital post til innbyggere");
    assertThat(ranked)
        .extracting(c -> c.element().name())
        .doesNotContain("Hvilke API vil du gi Visma AS fullmakt til?");
  }

  @Test
  void waitingInVainRanksWhatIsNew() {
    Fingerprint baseline =
        new Fingerprint(
            "altinn2",
            "test",
            true,
            List.of(
                new StepPrint(
                    "egenskap",
                    "s",
                    List.of(
                        new PagePrint(
                            "/ui/Profile",
                            List.of(
                                new ElementPrint("dialog", "Gi og fjerne rettigheter", true, null),
                                new ElementPrint("button", "Tilbake", false, null)))))));
    List<SeenElement> page =
        List.of(
            new SeenElement("dialog", "Bekreft rettighetshaver", 0, false),
            button("Tilbake"),
            button("Bekreft"));

    List<Candidate> ranked =
        NearestCandidates.rank(
            null, page, List.of(), KnownElements.onPage(baseline, "/ui/Profile"), 5);

    assertThat(ranked)
        .extracting(c -> c.element().name())
        .containsExactly("Bekreft rettighetshaver", "Bekreft");
  }

  @Test
  void noMoreThanTheLimit() {
    assertThat(
            NearestCandidates.rank(
                Target.link("Testleverandør AS Org.nr. 312 605 031"), SUPPLIER_TAB, List.of(), 1))
        .hasSize(1);
  }
}
