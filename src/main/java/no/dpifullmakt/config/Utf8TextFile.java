package no.dpifullmakt.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The lines of a file the person wrote (an environment file, a supplier file), read as UTF-8. A
 * UTF-8 byte order mark (as Windows Notepad writes it) is dropped; a file saved as UTF-16 or
 * Latin-1 is refused with a sentence that says so, instead of reading as garbled fields.
 */
public final class Utf8TextFile {

  private Utf8TextFile() {}

  /**
   * @param kind how a sentence names the file: «Miljøfilen», «Leverandørfilen»
   */
  public static List<String> read(Path file, String kind) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ConfigurationException(
          kind + " «" + file + "» kan ikke leses: sjekk at du har lov til å lese den.");
    }
    if (utf16(bytes)) {
      throw notUtf8(kind, file, "UTF-16");
    }
    int start = startsWithUtf8Bom(bytes) ? 3 : 0;
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
              .toString();
      return text.lines().toList();
    } catch (CharacterCodingException e) {
      throw notUtf8(kind, file, "Latin-1 eller Windows-1252");
    }
  }

  private static boolean startsWithUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private static boolean utf16(byte[] b) {
    boolean bom =
        b.length >= 2
            && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    for (byte x : b) {
      if (x == 0) {
        return true;
      }
    }
    return bom;
  }

  private static ConfigurationException notUtf8(String kind, Path file, String looksLike) {
    return new ConfigurationException(
        kind
            + " «"
            + file
            + "» er ikke lagret som UTF-8 (den ser ut som "
            + looksLike
            + "): lagre den som UTF-8 i tekstbehandleren og kjør på nytt.");
  }
}
