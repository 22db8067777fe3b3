package no.dpifullmakt.report.fingerprint;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fingerprints as JSON files: pretty, in a stable order, so a baseline's changes read well in git.
 */
public final class FingerprintJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FingerprintJson() {}

  public static Fingerprint read(Path file) throws IOException {
    return JSON.readValue(file.toFile(), Fingerprint.class);
  }

  public static Fingerprint read(byte[] json) throws IOException {
    return JSON.readValue(json, Fingerprint.class);
  }

  public static void write(Fingerprint fingerprint, Path file) {
    try {
      Files.writeString(file, JSON.writeValueAsString(fingerprint) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One step's pages, as a hook attaches them to the step. */
  public static byte[] pages(List<PagePrint> pages) {
    try {
      return JSON.writeValueAsBytes(pages);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<PagePrint> pages(byte[] json) {
    try {
      return JSON.readValue(json, new TypeReference<List<PagePrint>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
