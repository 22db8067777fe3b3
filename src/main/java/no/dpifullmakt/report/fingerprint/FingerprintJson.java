package no.dpifullmakt.report.fingerprint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

  /** One step's record, as a hook attaches it to the step. */
  public static byte[] step(StepRecord record) {
    try {
      return JSON.writeValueAsBytes(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static StepRecord step(byte[] json) {
    try {
      return JSON.readValue(json, StepRecord.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
