package no.dpifullmakt.report.evidence;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import no.dpifullmakt.report.evidence.Camera.Spot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws the red outline and the small label («Klikk her») onto a screenshot, where the page had the
 * element, and gives the picture back as a JPEG. It looks as the outline the robot used to put into
 * the page itself: 3 px, 2 px outside the element, the label above it (below, at the very top).
 */
final class Marking {

  private static final Logger LOG = LoggerFactory.getLogger(Marking.class);

  static final Color RED = new Color(0xd4, 0x35, 0x1c);
  private static final float JPEG_QUALITY = 0.9f;

  private Marking() {}

  /**
   * Marks a small blank picture and throws it away: the first picture of a run otherwise pays for
   * loading Java's drawing, its fonts and its JPEG codec (about 150 ms), on the robot's path.
   */
  static void warmUp() {
    BufferedImage blank = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    mark(jpeg(blank), Optional.of(new Spot(8, 28, 20, 10, 1)), "Klikk her");
  }

  /**
   * @param picture PNG or JPEG bytes of the viewport
   * @param spot where the element lies; empty for a picture without outline
   * @param label the label's text, such as «Klikk her»
   * @return the picture with the outline, as JPEG, with the colour profile the picture had
   */
  static byte[] mark(byte[] picture, Optional<Spot> spot, String label) {
    ColourProfile profile = ColourProfile.of(picture);
    BufferedImage image = rgb(read(profile.withoutProfile()));
    spot.ifPresent(s -> draw(image, s, label));
    return profile.into(jpeg(image));
  }

  private static void draw(BufferedImage image, Spot spot, String label) {
    Graphics2D g = image.createGraphics();
    try {
      double s = spot.scale() > 0 ? spot.scale() : 1;
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(RED);
      // outline: 3px solid, outline-offset: 2px; the stroke runs along the outline's middle.
      g.setStroke(new BasicStroke((float) (3 * s)));
      g.draw(
          new Rectangle2D.Double(
              (spot.left() - 3.5) * s,
              (spot.top() - 3.5) * s,
              (spot.width() + 7) * s,
              (spot.height() + 7) * s));
      try {
        drawLabel(g, image.getWidth(), spot, s, label);
      } catch (RuntimeException | Error e) {
        // A machine without fonts still gets the outline.
        LOG.debug("Fikk ikke skrevet merkelappen på skjermbildet: {}", e.toString());
      }
    } finally {
      g.dispose();
    }
  }

  /** Bold 13 px white on red, 1 px by 6 px of padding, 24 px above the element. */
  private static void drawLabel(Graphics2D g, int imageWidth, Spot spot, double s, String label) {
    Font font = new Font(Font.SANS_SERIF, Font.BOLD, 13).deriveFont((float) (13 * s));
    g.setFont(font);
    FontMetrics metrics = g.getFontMetrics();
    double height = (13 * 1.4 + 2) * s;
    double width = metrics.stringWidth(label) + 12 * s;
    double bottom = spot.top() + spot.height();
    double top = (spot.top() >= 24 ? spot.top() - 24 : bottom + 6) * s;
    double left = Math.max(0, Math.min(spot.left() * s, imageWidth - width));
    g.setColor(RED);
    g.fill(new RoundRectangle2D.Double(left, top, width, height, 6 * s, 6 * s));
    g.setColor(Color.WHITE);
    double baseline = top + (height - metrics.getAscent() - metrics.getDescent()) / 2;
    g.drawString(label, (float) (left + 6 * s), (float) (baseline + metrics.getAscent()));
  }

  private static BufferedImage read(byte[] picture) {
    try {
      // In memory, not through a cache file; ImageIO.read closes the stream itself.
      ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(picture));
      BufferedImage image = ImageIO.read(in);
      if (image == null) {
        throw new IllegalArgumentException("Skjermbildet var verken PNG eller JPEG.");
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JPEG has no transparency: a PNG with an alpha channel is laid on white first. */
  private static BufferedImage rgb(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_RGB
        || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
      return image;
    }
    BufferedImage copy =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = copy.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return copy;
  }

  private static byte[] jpeg(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
