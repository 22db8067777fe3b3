package no.dpifullmakt.report.guide;

import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

/**
 * The guide as one self-contained HTML page: the pictures are embedded as data URIs, so the file
 * can be mailed or printed as it is. A print stylesheet keeps each step and its picture together.
 */
final class GuideHtml {

  static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb-NO"));

  private static final String STYLE =
      """
      body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
        color: #1b1b1b; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
      h1 { font-size: 1.8rem; margin-bottom: .25rem; }
      .om { color: #444; margin-top: 0; }
      .ovelse { border-left: 6px solid #b25e00; background: #fff4e5; padding: .75rem 1rem;
        font-weight: 600; }
      h2 { margin-top: 2.5rem; border-bottom: 1px solid #ccc; padding-bottom: .25rem; }
      ol.steg { padding-left: 0; list-style: none; counter-reset: none; }
      ol.steg > li { margin: 1.75rem 0; }
      .setning { font-size: 1.15rem; font-weight: 600; }
      .nummer { display: inline-block; min-width: 2rem; }
      figure { margin: .75rem 0 0 2rem; }
      figure img { max-width: 100%; border: 1px solid #bbb; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
      figcaption { font-size: .85rem; color: #555; }
      .merknad { margin: .25rem 0 0 2rem; font-style: italic; color: #444; }
      footer { margin-top: 3rem; font-size: .85rem; color: #555; border-top: 1px solid #ccc; }
      @media print {
        body { max-width: none; margin: 0; font-size: 11pt; }
        .ovelse { background: none; }
        ol.steg > li { break-inside: avoid; page-break-inside: avoid; }
        h2 { break-after: avoid; page-break-after: avoid; }
        figure img { max-height: 60vh; box-shadow: none; }
        @page { margin: 15mm; }
      }
      """;

  private GuideHtml() {}

  static String render(Guide guide) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(guide.title()))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(escape(guide.title()))
        .append("</h1>\n<p class=\"om\">Veiledning med skjermbilder · laget ")
        .append(escape(DATE.format(guide.date())))
        .append(" · ")
        .append(escape(guide.generation()))
        .append(" · ")
        .append(escape(guide.environment()))
        .append("</p>\n");
    guide
        .screenLanguage()
        .ifPresent(
            language -> html.append("<p>").append(escape(language.sentence())).append("</p>\n"));
    if (guide.practicePortal()) {
      html.append("<p class=\"ovelse\">").append(escape(Guide.PRACTICE_NOTICE)).append("</p>\n");
    }
    html.append("</header>\n<main>\n");
    for (Guide.Section section : guide.sections()) {
      section(html, section);
    }
    html.append("</main>\n<footer>\n<p>Stegene er hentet fra feature-filen roboten kjørte, med")
        .append(" brevets ord. Laget av dpi-fullmakt.</p>\n</footer>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void section(StringBuilder html, Guide.Section section) {
    html.append("<section>\n<h2>").append(escape(section.heading())).append("</h2>\n");
    if (!section.supplierNumber().isEmpty()) {
      html.append("<p>Leverandør: ");
      if (!section.supplierName().isEmpty()) {
        html.append("<strong>").append(escape(section.supplierName())).append("</strong>, ");
      }
      html.append("organisasjonsnummer <strong>")
          .append(escape(section.supplierNumber()))
          .append("</strong></p>\n");
    }
    if (!section.preparations().isEmpty()) {
      html.append("<p><strong>Før du begynner:</strong> ")
          .append(escape(String.join(" ", section.preparations())))
          .append("</p>\n");
    }
    html.append("<ol class=\"steg\">\n");
    for (Guide.Step step : section.steps()) {
      html.append("<li>\n<p class=\"setning\"><span class=\"nummer\">")
          .append(step.number())
          .append(".</span>")
          .append(escape(step.sentence()))
          .append("</p>\n");
      for (String note : step.notes()) {
        html.append("<p class=\"merknad\">").append(escape(note)).append("</p>\n");
      }
      if (step.hasPicture()) {
        html.append("<figure>\n<img src=\"data:image/jpeg;base64,")
            .append(Base64.getEncoder().encodeToString(step.picture()))
            .append("\" alt=\"Skjermbilde til steg ")
            .append(step.number())
            .append(": ")
            .append(escape(step.pictureCaption()))
            .append("\">\n<figcaption>Markert: ")
            .append(escape(step.pictureCaption()))
            .append("</figcaption>\n</figure>\n");
      }
      html.append("</li>\n");
    }
    html.append("</ol>\n");
    if (!section.checks().isEmpty()) {
      html.append("<p><strong>Til slutt kontrollerte roboten:</strong></p>\n<ul>\n");
      for (String check : section.checks()) {
        html.append("<li>").append(escape(check)).append("</li>\n");
      }
      html.append("</ul>\n");
    }
    html.append("</section>\n");
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
