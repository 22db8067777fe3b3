package no.dpifullmakt.altinn3;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.dpifullmakt.domain.InvalidInputException;
import no.dpifullmakt.domain.OrganisationNumber;

/**
 * A line that shows an organisation number after a label, as Altinn writes it under a name:
 * "Org.nr. 980 858 073", "Org.nr. 980858073, hovedenhet", "org.nr. 312 787 075 (hovedenhet)".
 */
final class OrgNumberLine {

  private OrgNumberLine() {}

  /** The number on the line, if the line starts with the label and a valid number follows. */
  static Optional<OrganisationNumber> read(String line, String label) {
    if (!line.startsWith(label)) {
      return Optional.empty();
    }
    Matcher digits =
        Pattern.compile("^\\s*(\\d{3})\\s?(\\d{3})\\s?(\\d{3})(?!\\d)")
            .matcher(line.substring(label.length()));
    if (!digits.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new OrganisationNumber(digits.group(1) + digits.group(2) + digits.group(3)));
    } catch (InvalidInputException notANumber) {
      return Optional.empty();
    }
  }
}
