package no.dpifullmakt.report.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Looks that found nothing are kept in the JSON, and older fingerprints read as before. */
class FingerprintJsonTest {

  private static final String LINK = "lenken som slutter med «Org.nr. ### ### ###»";

  @TempDir Path folder;

  private static Fingerprint print(PagePrint page) {
    return new Fingerprint(
        "altinn3", "test", true, List.of(new StepPrint("Egenskap", "steg", List.of(page))));
  }

  @Test
  void aLookThatFoundNothingSurvivesTheRoundTrip() throws IOException {
    Fingerprint written =
        print(
            new PagePrint(
                "/accessmanagement/ui/maskinporten",
                List.of(new ElementPrint("button", "Legg til leverandør", false, null)),
                List.of(LINK)));
    Path file = folder.resolve("fingeravtrykk.json");

    FingerprintJson.write(written, file);

    assertThat(Files.readString(file)).contains("\"ikkeFunnet\" : [ \"" + LINK + "\" ]");
    assertThat(FingerprintJson.read(file)).isEqualTo(written);
  }

  @Test
  void aPageWithoutSuchLooksIsWrittenAsBefore() throws IOException {
    Path file = folder.resolve("fingeravtrykk.json");

    FingerprintJson.write(
        print(new PagePrint("/side", List.of(new ElementPrint("link", "Personvern", false, null)))),
        file);

    assertThat(Files.readString(file)).doesNotContain("ikkeFunnet");
  }

  @Test
  void aFingerprintFromBeforeTheLooksWereCountedReadsWithNoneOfThem() throws IOException {
    String old =
        """
        {
          "generasjon" : "altinn3",
          "kilde" : "Øvingsportalen (innebygd, ikke Altinn)",
          "fullført" : true,
          "steg" : [ {
            "egenskap" : "Egenskap",
            "steg" : "steg",
            "sider" : [ {
              "side" : "/accessmanagement/ui/maskinporten",
              "elementer" : [ {
                "rolle" : "link",
                "navn" : "{leverandør} Org.nr. ### ### ###",
                "robotenBruker" : true,
                "forventet" : "lenken som slutter med «Org.nr. ### ### ###»"
              } ]
            } ]
          } ]
        }
        """;

    Fingerprint read = FingerprintJson.read(old.getBytes(StandardCharsets.UTF_8));

    PagePrint page = read.steps().get(0).pages().get(0);
    assertThat(page.absent()).isEmpty();
    assertThat(page.elements()).singleElement().extracting(ElementPrint::expected).isEqualTo(LINK);
  }

  /** The baselines in the repository are read and written back to the letter. */
  @ParameterizedTest
  @ValueSource(strings = {"altinn2", "altinn3"})
  void theRepositorysBaselinesAreWrittenBackUnchanged(String generation) throws IOException {
    Path baseline = Baselines.inRepository(generation);
    Path copy = folder.resolve(generation + ".json");

    FingerprintJson.write(FingerprintJson.read(baseline), copy);

    assertThat(Files.readString(copy)).isEqualTo(Files.readString(baseline));
  }

  @Test
  void whatOneRunFoundIsNotAlsoAbsent() {
    PagePrint page =
        new PagePrint(
            "/side",
            List.of(new ElementPrint("link", "{leverandør} Org.nr. ### ### ###", true, LINK)),
            List.of(LINK, LINK));

    assertThat(page.absent()).isEmpty();
  }

  @Test
  void theScreensLanguageIsKeptAndAFileWithoutItIsBokmal() throws IOException {
    Fingerprint nynorsk =
        new Fingerprint(
            "altinn3",
            "test",
            true,
            "nn",
            List.of(new StepPrint("Egenskap", "steg", List.of(new PagePrint("/side", List.of())))));
    Path file = folder.resolve("fingeravtrykk.json");

    FingerprintJson.write(nynorsk, file);

    assertThat(Files.readString(file)).contains("\"skjermspråk\" : \"nn\"");
    assertThat(FingerprintJson.read(file).screenLanguage())
        .isEqualTo(no.dpifullmakt.domain.ScreenLanguage.NYNORSK);
    assertThat(FingerprintJson.read(Path.of("fingeravtrykk/altinn3.json")).screenLanguage())
        .isEqualTo(no.dpifullmakt.domain.ScreenLanguage.BOKMAL);
    FingerprintJson.write(print(new PagePrint("/side", List.of())), file);
    assertThat(Files.readString(file)).doesNotContain("skjermspråk");
  }
}
