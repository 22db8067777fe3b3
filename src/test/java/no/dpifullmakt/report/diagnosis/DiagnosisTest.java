package no.dpifullmakt.report.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import no.dpifullmakt.altinn3.Altinn3Text;
import no.dpifullmakt.altinn3.Altinn3Texts;
import no.dpifullmakt.domain.ScreenLanguage;
import no.dpifullmakt.report.fingerprint.KnownElements;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.ScreenChangedException;
import no.dpifullmakt.web.SeenElement;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.UnknownPortalTextException;
import org.junit.jupiter.api.Test;

/** The diagnosis text: where, what, and the nearest things that are there. */
class DiagnosisTest {

  private static Diagnosis of(ScreenChangedException failure) {
    return of(failure, DiagnosisWriter.textsFile("altinn3", Optional.empty()));
  }

  private static Diagnosis of(ScreenChangedException failure, String textsFile) {
    return new Diagnosis(
        "Gi en leverandør fullmakt (Altinn 3)",
        "Gi Visma fullmakt",
        "Steg 1 av 10: Klikk på \"Maskinportenadministrasjon\" i menyen til venstre",
        failure,
        KnownElements.unknown(),
        textsFile);
  }

  @Test
  void onEnglishScreensItNamesTheEnglishLabelAndTheEnglishCatalogue() {
    Target addSupplier =
        Target.of(
            Role.BUTTON,
            NameMatcher.endingWith(Altinn3Texts.ENGLISH.get(Altinn3Text.ADD_SUPPLIER)));
    ScreenChangedException failure =
        new ScreenChangedException(
            ScreenChangedException.Reason.MISSING,
            addSupplier,
            "http://127.0.0.1:1234/accessmanagement/ui/maskinporten",
            "Maskinporten administration - Altinn",
            List.of(new SeenElement("button", "New supplier", 0, false)));

    String text =
        of(failure, DiagnosisWriter.textsFile("altinn3", Optional.of(ScreenLanguage.ENGLISH)))
            .text();

    assertThat(text)
        .contains("Roboten lette etter: knappen som slutter med «Add supplier»")
        .contains("Det som gikk galt:   den er ikke der")
        .contains("i src/main/java/no/dpifullmakt/altinn3/Altinn3English.java (og i feature-filen");
  }

  @Test
  void bokmalScreensAndAltinn2KeepTheirCatalogues() {
    assertThat(DiagnosisWriter.textsFile("altinn3", Optional.of(ScreenLanguage.BOKMAL)))
        .isEqualTo("src/main/java/no/dpifullmakt/altinn3/Altinn3Bokmal.java");
    assertThat(DiagnosisWriter.textsFile("altinn3", Optional.of(ScreenLanguage.NYNORSK)))
        .isEqualTo("src/main/java/no/dpifullmakt/altinn3/Altinn3Nynorsk.java");
    assertThat(DiagnosisWriter.textsFile("altinn2", Optional.empty()))
        .isEqualTo("src/main/java/no/dpifullmakt/altinn2/Altinn2Texts.java");
  }

  @Test
  void saysWhereWhatAndTheNearest() {
    ScreenChangedException failure =
        new ScreenChangedException(
            ScreenChangedException.Reason.MISSING,
            Target.button("Legg til leverandør"),
            "http://127.0.0.1:1234/accessmanagement/ui/maskinporten?kode=hemmelig",
            "Maskinportenadministrasjon - Altinn",
            List.of(
                new SeenElement("heading", "Maskinportenadministrasjon for Fjordvik", 1, false),
                new SeenElement("button", "Legg til ny leverandør", 0, false)));

    String text = of(failure).text();

    assertThat(text)
        .contains("Egenskap:  Gi en leverandør fullmakt (Altinn 3)")
        .contains("Steg:      Steg 1 av 10: Klikk på \"Maskinportenadministrasjon\"")
        .contains(
            "Siden:     «Maskinportenadministrasjon - Altinn»"
                + " (http://127.0.0.1:1234/accessmanagement/ui/maskinporten?…)")
        .contains("Roboten lette etter: knappen «Legg til leverandør»")
        .contains("Det som gikk galt:   den er ikke der")
        .contains("  1. knappen «Legg til ny leverandør» – samme rolle, lignende navn")
        .contains("Overskrifter der roboten lette: «Maskinportenadministrasjon for Fjordvik»")
        .contains("Roboten klikket ikke på noe av dette")
        .doesNotContain("hemmelig");
    assertThat(of(failure).accessibilityDump())
        .contains("Hele siden:")
        .contains("  knappen «Legg til ny leverandør»");
  }

  @Test
  void anUnknownMessageIsComparedWithTheKnownOnes() {
    UnknownPortalTextException failure =
        new UnknownPortalTextException(
            "Organisasjonsnummeret finnes ikke i Enhetsregisteret.",
            List.of(
                "Du kan ikke gi tilgang til eget organisasjonsnummer",
                "Fant ingen organisasjon med dette organisasjonsnummeret. Vennligst sjekk at"
                    + " informasjonen er korrekt."),
            "http://127.0.0.1:1234/accessmanagement/ui/maskinporten",
            "Maskinportenadministrasjon - Altinn",
            List.of());

    assertThat(of(failure).nearestKnownTexts().get(0)).startsWith("Fant ingen organisasjon");
    assertThat(of(failure).text())
        .contains("Altinn viste en melding roboten ikke kjenner:")
        .contains("«Organisasjonsnummeret finnes ikke i Enhetsregisteret.»")
        .contains("  1. «Fant ingen organisasjon med dette organisasjonsnummeret.");
  }

  @Test
  void aNationalIdentityNumberOnThePageIsMasked() {
    ScreenChangedException failure =
        new ScreenChangedException(
            ScreenChangedException.Reason.MISSING,
            Target.button("Autentiser"),
            "http://127.0.0.1:1234/idporten/testid",
            "TestID",
            List.of(new SeenElement("button", "Logg inn som 12857610030", 0, false)));

    assertThat(of(failure).text()).doesNotContain("12857610030");
    assertThat(of(failure).accessibilityDump()).doesNotContain("12857610030");
  }
}
