package no.dpifullmakt.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.dpifullmakt.config.Utf8TextFile;
import no.dpifullmakt.domain.InvalidInputException;
import no.dpifullmakt.domain.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads suppliers from a CSV file: organisation number and name, one supplier per line. */
final class SupplierFile {

  private SupplierFile() {}

  static List<Supplier> read(Path file) {
    if (Files.isDirectory(file)) {
      throw new InvalidInputException(
          "«" + file + "» er en mappe, ikke en leverandørfil: oppgi stien til selve CSV-filen.");
    }
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(
          "Fant ikke leverandørfilen «" + file + "»: sjekk stien du ga med --leverandorer.");
    }
    try {
      String text = String.join("\n", Utf8TextFile.read(file, "Leverandørfilen"));
      char separator = text.contains(";") ? ';' : ',';
      CSVFormat format =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(separator)
              .setTrim(true)
              .setIgnoreEmptyLines(true)
              .setCommentMarker('#')
              .get();
      List<Supplier> suppliers = new ArrayList<>();
      try (Reader reader = new java.io.StringReader(text)) {
        for (CSVRecord row : format.parse(reader)) {
          if (row.getRecordNumber() == 1 && isHeader(row)) {
            continue;
          }
          suppliers.add(supplier(file, row));
        }
      }
      if (suppliers.isEmpty()) {
        throw new InvalidInputException("Leverandørfilen «" + file + "» har ingen leverandører.");
      }
      return List.copyOf(suppliers);
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new InvalidInputException(
          "Leverandørfilen «"
              + file
              + "» kan ikke leses som CSV (kanskje et anførselstegn som ikke er lukket): skriv"
              + " organisasjonsnummer og navn, skilt med komma eller semikolon, én leverandør per"
              + " linje.");
    }
  }

  private static boolean isHeader(CSVRecord row) {
    return row.get(0).toLowerCase(Locale.ROOT).startsWith("org");
  }

  private static Supplier supplier(Path file, CSVRecord row) {
    long line = row.getParser().getCurrentLineNumber();
    if (row.size() < 2) {
      throw new InvalidInputException(
          "Leverandørfilen «"
              + file
              + "», linje "
              + line
              + ": skriv organisasjonsnummer og navn, skilt med komma eller semikolon.");
    }
    try {
      return Supplier.typed(row.get(0), row.get(1));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          "Leverandørfilen «" + file + "», linje " + line + ": " + e.getMessage());
    }
  }
}
