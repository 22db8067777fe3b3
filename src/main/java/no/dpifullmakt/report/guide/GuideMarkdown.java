package no.dpifullmakt.report.guide;

/** The guide as Markdown, with the pictures as JPEG files beside it. */
final class GuideMarkdown {

  private GuideMarkdown() {}

  static String render(Guide guide) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(guide.title()).append("\n\n");
    md.append("Veiledning med skjermbilder · laget ")
        .append(GuideHtml.DATE.format(guide.date()))
        .append(" · ")
        .append(guide.generation())
        .append(" · ")
        .append(guide.environment())
        .append("\n\n");
    guide.screenLanguage().ifPresent(language -> md.append(language.sentence()).append("\n\n"));
    if (guide.practicePortal()) {
      md.append("> **").append(Guide.PRACTICE_NOTICE).append("**\n\n");
    }
    for (Guide.Section section : guide.sections()) {
      md.append("## ").append(section.heading()).append("\n\n");
      if (!section.supplierNumber().isEmpty()) {
        md.append("Leverandør: ");
        if (!section.supplierName().isEmpty()) {
          md.append("**").append(section.supplierName()).append("**, ");
        }
        md.append("organisasjonsnummer **").append(section.supplierNumber()).append("**\n\n");
      }
      if (!section.preparations().isEmpty()) {
        md.append("**Før du begynner:** ")
            .append(String.join(" ", section.preparations()))
            .append("\n\n");
      }
      for (Guide.Step step : section.steps()) {
        md.append(step.number()).append(". ").append(step.sentence()).append("\n");
        for (String note : step.notes()) {
          md.append("\n   *").append(note).append("*\n");
        }
        if (step.hasPicture()) {
          md.append("\n   ![Skjermbilde til steg ")
              .append(step.number())
              .append(": ")
              .append(step.pictureCaption())
              .append("](")
              .append(step.pictureFile())
              .append(")\n");
        }
        md.append("\n");
      }
      if (!section.checks().isEmpty()) {
        md.append("**Til slutt kontrollerte roboten:**\n\n");
        section.checks().forEach(check -> md.append("- ").append(check).append("\n"));
        md.append("\n");
      }
    }
    md.append("---\n\nStegene er hentet fra feature-filen roboten kjørte, med brevets ord.")
        .append(" Laget av dpi-fullmakt.\n");
    return md.toString();
  }
}
