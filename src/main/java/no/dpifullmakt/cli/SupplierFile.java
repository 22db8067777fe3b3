package no.dpifullmakt.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.dpifullmakt.domain.InvalidInputException;
import no.dpifullmakt.domain.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads suppliers from a CSV file: organisation number and name, one supplier per line. */
final class SupplierFile {

  private SupplierFile() {}

  static List<Supplier> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException("Fant ikke leverandørfilen «" + file + "».");
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
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
    } catch (IOException e) {
      throw new InvalidInputException("Kan ikke lese leverandørfilen «" + file + "».");
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
      return Supplier.of(row.get(0), row.get(1));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          "Leverandørfilen «" + file + "», linje " + line + ": " + e.getMessage());
    }
  }
}
