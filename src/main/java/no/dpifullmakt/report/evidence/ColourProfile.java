package no.dpifullmakt.report.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The colour profile a JPEG carries (its ICC_PROFILE segments), lifted out before Java decodes the
 * picture and put back into the marked one. Chromium writes its screenshots with an sRGB profile,
 * and Java's JPEG reader converts every pixel through any profile it finds, even one that changes
 * nothing, which takes about four times as long as decoding without it. The pixels stay as the
 * browser wrote them, and the marked picture says in which colours, as the screenshot did.
 */
record ColourProfile(byte[] withoutProfile, List<byte[]> segments) {

  private static final int MARKER = 0xFF;
  private static final int START_OF_IMAGE = 0xD8;
  private static final int START_OF_SCAN = 0xDA;
  private static final int JFIF = 0xE0;
  private static final int ICC = 0xE2;
  private static final byte[] ICC_NAME = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);

  /**
   * The picture's profile, and the picture without it. A PNG, a JPEG without a profile, or one this
   * cannot read to its first scan, is left as it is, with no segments.
   */
  static ColourProfile of(byte[] picture) {
    if (!isMarker(picture, 0, START_OF_IMAGE)) {
      return new ColourProfile(picture, List.of());
    }
    ByteArrayOutputStream rest = new ByteArrayOutputStream(picture.length);
    rest.write(picture, 0, 2);
    List<byte[]> segments = new ArrayList<>();
    int at = 2;
    while (at + 4 <= picture.length && (picture[at] & 0xFF) == MARKER) {
      int marker = picture[at + 1] & 0xFF;
      if (marker == START_OF_SCAN) {
        rest.write(picture, at, picture.length - at);
        return new ColourProfile(rest.toByteArray(), List.copyOf(segments));
      }
      int end = at + 2 + length(picture, at);
      if (end > picture.length) {
        break;
      }
      if (marker == ICC && startsWith(picture, at + 4, ICC_NAME)) {
        segments.add(Arrays.copyOfRange(picture, at, end));
      } else {
        rest.write(picture, at, end - at);
      }
      at = end;
    }
    return new ColourProfile(picture, List.of());
  }

  /** The JPEG with this profile put back: after its JFIF header, where a JPEG keeps it. */
  byte[] into(byte[] jpeg) {
    if (segments.isEmpty() || !isMarker(jpeg, 0, START_OF_IMAGE)) {
      return jpeg;
    }
    int after = isMarker(jpeg, 2, JFIF) ? 4 + length(jpeg, 2) : 2;
    ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + 4096);
    out.write(jpeg, 0, after);
    segments.forEach(out::writeBytes);
    out.write(jpeg, after, jpeg.length - after);
    return out.toByteArray();
  }

  private static boolean isMarker(byte[] bytes, int at, int marker) {
    return bytes.length > at + 1
        && (bytes[at] & 0xFF) == MARKER
        && (bytes[at + 1] & 0xFF) == marker;
  }

  /** A segment's length, which counts its two length bytes and not its marker. */
  private static int length(byte[] bytes, int at) {
    return ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
  }

  private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
    return bytes.length >= at + prefix.length
        && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
  }
}
