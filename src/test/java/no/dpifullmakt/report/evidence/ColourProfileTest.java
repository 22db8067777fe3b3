package no.dpifullmakt.report.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A screenshot's colour profile is lifted out before Java decodes it and put back into the marked
 * picture, so decoding converts no colours and the picture keeps the colours it was taken in.
 */
class ColourProfileTest {

  @Test
  void aJpegWithAProfileDecodesToTheSamePixelsWithoutItAndGetsItBack() throws IOException {
    byte[] plain = jpeg(picture());
    byte[] withProfile = withSrgbProfile(plain);

    ColourProfile profile = ColourProfile.of(withProfile);

    assertThat(profile.segments()).hasSize(1);
    assertThat(contains(profile.withoutProfile(), "ICC_PROFILE")).isFalse();
    assertThat(profile.withoutProfile()).isEqualTo(plain);
    assertThat(largestDifference(decode(withProfile), decode(profile.withoutProfile())))
        .as("an sRGB profile changes no pixel")
        .isLessThanOrEqualTo(2);

    byte[] back = profile.into(profile.withoutProfile());
    assertThat(back).isEqualTo(withProfile);
  }

  @Test
  void theMarkedPictureKeepsTheScreenshotsProfile() throws IOException {
    byte[] screenshot = withSrgbProfile(jpeg(picture()));

    byte[] marked =
        Marking.mark(screenshot, Optional.of(new Camera.Spot(40, 40, 60, 20, 1)), "Klikk her");

    ColourProfile kept = ColourProfile.of(marked);
    assertThat(kept.segments()).hasSize(1);
    assertThat(kept.segments().get(0)).isEqualTo(ColourProfile.of(screenshot).segments().get(0));
    assertThat(decode(marked).getWidth()).isEqualTo(200);
  }

  @Test
  void aPngOrAJpegWithoutProfileIsLeftAsItIs() throws IOException {
    ByteArrayOutputStream encoded = new ByteArrayOutputStream();
    ImageIO.write(picture(), "png", encoded);
    byte[] png = encoded.toByteArray();
    byte[] jpeg = jpeg(picture());

    assertThat(ColourProfile.of(png).withoutProfile()).isSameAs(png);
    assertThat(ColourProfile.of(png).segments()).isEmpty();
    assertThat(ColourProfile.of(jpeg).segments()).isEmpty();
    assertThat(ColourProfile.of(jpeg).withoutProfile()).isEqualTo(jpeg);
    assertThat(ColourProfile.of(jpeg).into(jpeg)).isSameAs(jpeg);
  }

  @Test
  void aJpegThisCannotReadToItsPixelsIsLeftAsItIs() throws IOException {
    byte[] withProfile = withSrgbProfile(jpeg(picture()));
    byte[] cut = Arrays.copyOf(withProfile, 30);
    byte[] padded = new byte[withProfile.length + 1];
    padded[0] = withProfile[0];
    padded[1] = withProfile[1];
    padded[2] = (byte) 0xFF;
    System.arraycopy(withProfile, 2, padded, 3, withProfile.length - 2);

    assertThat(ColourProfile.of(cut).withoutProfile()).isSameAs(cut);
    assertThat(ColourProfile.of(cut).segments()).isEmpty();
    assertThat(ColourProfile.of(padded).withoutProfile()).as("a fill byte").isSameAs(padded);
  }

  private static BufferedImage picture() {
    BufferedImage image = new BufferedImage(200, 120, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 200, 120);
    g.setColor(new Color(0x1e, 0x6b, 0xd6));
    g.fillRect(20, 30, 120, 50);
    g.dispose();
    return image;
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  /**
   * The JPEG with Java's own sRGB profile in one APP2 segment after JFIF, as Chromium writes it.
   */
  private static byte[] withSrgbProfile(byte[] jpeg) {
    byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    byte[] name = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
    int length = 2 + name.length + 2 + icc.length;
    ByteArrayOutputStream segment = new ByteArrayOutputStream();
    segment.write(0xFF);
    segment.write(0xE2);
    segment.write(length >> 8);
    segment.write(length & 0xFF);
    segment.writeBytes(name);
    segment.write(1);
    segment.write(1);
    segment.writeBytes(icc);
    int afterJfif = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, afterJfif);
    out.writeBytes(segment.toByteArray());
    out.write(jpeg, afterJfif, jpeg.length - afterJfif);
    return out.toByteArray();
  }

  private static BufferedImage decode(byte[] bytes) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(bytes));
  }

  private static int largestDifference(BufferedImage a, BufferedImage b) {
    int largest = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int shift = 0; shift <= 16; shift += 8) {
          largest = Math.max(largest, Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF)));
        }
      }
    }
    return largest;
  }

  private static boolean contains(byte[] bytes, String text) {
    return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
  }
}
