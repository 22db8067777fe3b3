package no.dpifullmakt.report.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import no.dpifullmakt.domain.Secret;
import org.junit.jupiter.api.Test;

class MaskedPageSourceTest {

  @Test
  void fieldValuesAreMaskedWhateverTheQuotes() {
    String html =
        "<form><input id=\"pid\" type=\"text\" value=\"12857610030\">"
            + "<input type=hidden name=csrf value=abc123token>"
            + "<input value='315260183' name='orgnr'></form>";

    String masked = MaskedPageSource.of(html);

    assertThat(masked)
        .doesNotContain("12857610030", "abc123token", "315260183")
        .contains("<input id=\"pid\" type=\"text\" value=\"" + Secret.MASK + "\">")
        .contains("name=csrf value=\"" + Secret.MASK + "\">")
        .contains("name='orgnr'");
  }

  @Test
  void buttonLabelsStay() {
    String html = "<input type=\"submit\" value=\"Neste\"><input type='button' value='Lukk'>";

    assertThat(MaskedPageSource.of(html)).isEqualTo(html);
  }

  @Test
  void textAreasAndTokenMetaTagsAreMasked() {
    String html =
        "<meta name=\"csrf-token\" content=\"s3cr3t\"><meta name=\"viewport\" content=\"width=1\">"
            + "<textarea name=\"melding\">Hei 23916910053</textarea><textarea></textarea>";

    String masked = MaskedPageSource.of(html);

    assertThat(masked)
        .doesNotContain("s3cr3t", "23916910053", "Hei")
        .contains("content=\"width=1\"")
        .contains("<textarea name=\"melding\">" + Secret.MASK + "</textarea><textarea></textarea>");
  }

  @Test
  void anythingShapedLikeANationalIdentityNumberIsMaskedEverywhere() {
    assertThat(MaskedPageSource.of("<p data-fnr=\"08828510011\">Kari (08828510011)</p>"))
        .doesNotContain("08828510011");
  }
}
