package no.dpifullmakt.altinn3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.dpifullmakt.domain.ScreenLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Altinn3TextsTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

  @ParameterizedTest
  @EnumSource(ScreenLanguage.class)
  void everyCatalogueHasEveryText(ScreenLanguage language) {
    Altinn3Texts texts = Altinn3Texts.of(language);
    assertThat(texts.language()).isEqualTo(language);
    for (Altinn3Text key : Altinn3Text.values()) {
      assertThat(texts.get(key)).as("%s i %s", key, language).isNotBlank();
    }
  }

  @ParameterizedTest
  @EnumSource(ScreenLanguage.class)
  void templatesKeepTheirPlaceholdersInEveryLanguage(ScreenLanguage language) {
    for (Altinn3Text key : Altinn3Text.values()) {
      assertThat(placeholders(Altinn3Texts.of(language).get(key)))
          .as("plassholderne i %s på %s", key, language)
          .isEqualTo(placeholders(Altinn3Texts.BOKMAL.get(key)));
    }
  }

  @ParameterizedTest
  @EnumSource(ScreenLanguage.class)
  void prefixesStayPrefixes(ScreenLanguage language) {
    Altinn3Texts texts = Altinn3Texts.of(language);
    for (Altinn3Text key : Altinn3Text.values()) {
      assertThat(texts.get(key).endsWith(" "))
          .as("%s på %s slutter med mellomrom som på bokmål", key, language)
          .isEqualTo(Altinn3Texts.BOKMAL.get(key).endsWith(" "));
    }
  }

  @Test
  void bokmalIsTodaysTexts() {
    Altinn3Texts nb = Altinn3Texts.BOKMAL;
    assertThat(nb.get(Altinn3Text.MASKINPORTEN_LINK)).isEqualTo("Maskinportenadministrasjon");
    assertThat(nb.get(Altinn3Text.ADD_SUPPLIER)).isEqualTo("Legg til leverandør");
    assertThat(nb.get(Altinn3Text.GIVE_DIALOG))
        .isEqualTo("Hvilke API vil du gi {leverandør} fullmakt til?");
    assertThat(nb.errorTexts())
        .hasSize(10)
        .startsWith("Kunne ikke laste Maskinporten-tilknytninger.");
    assertThat(nb.file()).isEqualTo("src/main/java/no/dpifullmakt/altinn3/Altinn3Bokmal.java");
  }

  @Test
  void theOtherLanguagesHaveTheStringsOfTheAgreedTable() {
    assertThat(Altinn3Texts.NYNORSK.get(Altinn3Text.MASKINPORTEN_LINK))
        .isEqualTo("Maskinporten\u00ADadministrasjon");
    assertThat(Altinn3Texts.NYNORSK.get(Altinn3Text.SUPPLIERS_TAB)).isEqualTo("Leverandørar");
    assertThat(Altinn3Texts.NYNORSK.get(Altinn3Text.NO_APIS))
        .isEqualTo("Ingen fullmakter er lagde til enno.");
    assertThat(Altinn3Texts.ENGLISH.get(Altinn3Text.ADD_SUPPLIER)).isEqualTo("Add supplier");
    assertThat(Altinn3Texts.ENGLISH.get(Altinn3Text.API_COUNT))
        .isEqualTo("Power of attorney for {n} APIs");
    assertThat(Altinn3Texts.ENGLISH.get(Altinn3Text.ROW_ORGNR_PREFIX)).isEqualTo("Org.no.");
  }

  @Test
  void theScopeIsTheSameInEveryLanguageAndNoCatalogueHasIt() {
    assertThat(Altinn3Texts.DPI_SCOPE).isEqualTo("digitalpostinnbygger:send");
    for (Altinn3Texts texts : Altinn3Texts.all()) {
      assertThat(texts.get(Altinn3Text.DPI_API)).doesNotContain(":");
    }
  }

  @Test
  void eachCatalogueNamesItsOwnFile() {
    for (Altinn3Texts texts : Altinn3Texts.all()) {
      assertThat(Path.of(texts.file())).as("filen for %s", texts.language()).exists();
    }
  }

  @Test
  void noCodeDecidesAnythingByTheBokmalTitleOfTheDpiApi() throws Exception {
    List<Path> robot;
    try (var files = Files.walk(Path.of("src/main/java/no/dpifullmakt"))) {
      robot =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !f.toString().contains("practiceportal"))
              .filter(f -> !f.getFileName().toString().equals("Altinn3Bokmal.java"))
              .toList();
    }
    for (Path file : robot) {
      assertThat(Files.readString(file))
          .as("%s", file)
          .doesNotContain("Digital post til innbyggere");
    }
  }

  @Test
  void theRetryButtonAndErrorsAreKnownInEveryLanguage() {
    assertThat(Altinn3Texts.retryButtonsInAnyLanguage()).containsExactly("Prøv igjen", "Try again");
    assertThat(Altinn3Texts.errorTextsInAnyLanguage())
        .contains("Kunne ikke laste fullmakter.", "Kunne ikkje laste fullmakter.", "Noe gikk galt")
        .contains("Could not load powers of attorney.");
  }

  private static List<String> placeholders(String text) {
    Matcher m = PLACEHOLDER.matcher(text);
    return m.results().map(r -> r.group()).sorted().toList();
  }
}
