package no.dpifullmakt.report.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import no.dpifullmakt.HeadlessBrowser;
import no.dpifullmakt.domain.Secret;
import no.dpifullmakt.web.Interaction;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The step's picture in a real browser: the outline and its label sit where the element was, the
 * page itself is never changed for the camera, and a step that types a secret gets no picture.
 */
class StepWitnessTest {

  @RegisterExtension static final HeadlessBrowser browser = new HeadlessBrowser();

  /** A button far down, so the camera must scroll it into view as the click would. */
  private static final String PAGE =
      "<body style='margin:0;background:white'><div style='height:1600px'></div>"
          + "<label>Navn <input id='navn'></label><br>"
          + "<button id='neste' style='margin-left:300px;font-size:20px'>Neste</button>"
          + "<div style='height:400px'></div></body>";

  private static final Target BUTTON = Target.button("Neste");
  private static final Target FIELD = Target.textbox("Navn");

  private static Ui show(WebDriver driver, StepWitness witness) {
    browser.driver().navigate().to("data:text/html;charset=utf-8," + PAGE);
    witness.startStep();
    return new Ui(driver, Duration.ofSeconds(5), List.of(witness));
  }

  @Test
  void aClickGetsAJpegWithTheOutlineAndLabelWhereTheButtonIsAndThePageUntouched()
      throws IOException {
    StepWitness witness = new StepWitness(browser.driver(), true);
    Ui ui = show(browser.driver(), witness);

    ui.click(BUTTON);
    Shot shot = witness.finishStep().orElseThrow();

    assertThat(shot.caption()).isEqualTo(Evidence.SCREENSHOT_PREFIX + BUTTON.describe());
    assertOutlined(shot, "neste");
    assertThat(ColourProfile.of(shot.jpeg()).segments())
        .as("the colour profile Chromium wrote the screenshot with is kept")
        .isNotEmpty();
    WebElement button = browser.driver().findElement(By.id("neste"));
    assertThat(button.getAttribute("style")).doesNotContain("outline");
    assertThat(browser.driver().findElements(By.cssSelector("[data-dpi-merke]"))).isEmpty();
  }

  @Test
  void aButtonAlreadyInViewIsOutlinedWhereTheLookSawIt() throws IOException {
    StepWitness witness = new StepWitness(browser.driver(), true);
    browser
        .driver()
        .navigate()
        .to(
            "data:text/html;charset=utf-8,<body style='margin:0'><p>Først</p>"
                + "<button id='neste' style='margin:40px 500px'>Neste</button></body>");
    witness.startStep();
    Ui ui = new Ui(browser.driver(), Duration.ofSeconds(5), List.of(witness));

    ui.click(BUTTON);

    assertOutlined(witness.finishStep().orElseThrow(), "neste");
  }

  @Test
  void typingGetsItsPictureAtTheEndOfTheStep() throws IOException {
    StepWitness witness = new StepWitness(browser.driver(), true);
    Ui ui = show(browser.driver(), witness);

    ui.type(FIELD, "Kari");
    Shot shot = witness.finishStep().orElseThrow();

    assertThat(shot.caption()).isEqualTo(Evidence.SCREENSHOT_PREFIX + FIELD.describe());
    assertOutlined(shot, "navn");
  }

  @Test
  void aStepThatClicksTwiceIsShownByItsFirstClickAndTakesNoSecondPicture() throws IOException {
    StepWitness witness = new StepWitness(browser.driver(), true);
    browser
        .driver()
        .navigate()
        .to(
            "data:text/html;charset=utf-8,<body style='margin:0'>"
                + "<button id='apne' style='margin:40px 200px'>Åpne</button>"
                + "<button id='tilbake' style='margin:40px 200px'>Tilbake</button></body>");
    witness.startStep();
    Ui ui = new Ui(browser.driver(), Duration.ofSeconds(5), List.of(witness));

    ui.click(Target.button("Åpne"));
    ui.click(Target.button("Tilbake"));
    Shot shot = witness.finishStep().orElseThrow();

    assertThat(shot.caption())
        .isEqualTo(Evidence.SCREENSHOT_PREFIX + Target.button("Åpne").describe());
    assertOutlined(shot, "apne");
  }

  @Test
  void aClickThatDidNotHappenLeavesThePictureToTheNextTry() {
    StepWitness witness = new StepWitness(browser.driver(), true);
    show(browser.driver(), witness);
    WebElement button = browser.driver().findElement(By.id("neste"));
    Interaction first = new Interaction(Interaction.Kind.CLICK, BUTTON, null);
    Interaction second = new Interaction(Interaction.Kind.CLICK, FIELD, null);

    witness.beforeInteraction(first, button);
    witness.beforeInteraction(second, browser.driver().findElement(By.id("navn")));
    witness.afterInteraction(second, button);

    assertThat(witness.finishStep().orElseThrow().caption())
        .as("the first click was covered and never happened; the second is the step's picture")
        .isEqualTo(Evidence.SCREENSHOT_PREFIX + FIELD.describe());
  }

  @Test
  void typingAfterAClickReplacesItsPicture() {
    StepWitness witness = new StepWitness(browser.driver(), true);
    Ui ui = show(browser.driver(), witness);

    ui.click(BUTTON);
    ui.type(FIELD, "Kari");

    assertThat(witness.finishStep().orElseThrow().caption())
        .isEqualTo(Evidence.SCREENSHOT_PREFIX + FIELD.describe());
  }

  @Test
  void aBrowserWithoutDevToolsGivesWebDriversScreenshotAndTheSameKindOfPicture()
      throws IOException {
    WebDriver plain = withoutDevTools(browser.driver());
    StepWitness witness = new StepWitness(plain, true);
    Ui ui = show(plain, witness);

    ui.click(BUTTON);

    assertOutlined(witness.finishStep().orElseThrow(), "neste");
  }

  @Test
  void aStepThatTypesASecretGetsNoPictureAtAll() {
    StepWitness witness = new StepWitness(browser.driver(), true);
    Ui ui = show(browser.driver(), witness);

    ui.click(BUTTON);
    ui.typeSecret(FIELD, Secret.of("12857610030"));
    ui.click(BUTTON);

    assertThat(witness.finishStep()).isEmpty();
  }

  @Test
  void aStepThatWillTypeASecretTakesNoPictureBeforeItEither() {
    StepWitness witness = new StepWitness(browser.driver(), true);
    Ui ui = show(browser.driver(), witness);

    witness.secretAhead();
    ui.click(BUTTON);

    assertThat(witness.finishStep()).isEmpty();
    witness.startStep();
    ui.click(BUTTON);
    assertThat(witness.finishStep()).as("the next step takes pictures again").isPresent();
  }

  @Test
  void noScreenshotsMeansNoPicture() {
    StepWitness witness = new StepWitness(browser.driver(), false);
    Ui ui = show(browser.driver(), witness);

    ui.click(BUTTON);

    assertThat(witness.finishStep()).isEmpty();
  }

  /**
   * The picture is a JPEG of the viewport with red 3.5 px outside the element's edges (the
   * outline's middle), and the red label 24 px above it; inside the element, no red.
   */
  private static void assertOutlined(Shot shot, String id) throws IOException {
    assertThat(shot.jpeg()).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(shot.jpeg()));
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    @SuppressWarnings("unchecked")
    List<Number> rect =
        (List<Number>)
            js.executeScript(
                "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                    + "return [r.left, r.top, r.width, r.height, window.devicePixelRatio,"
                    + " window.innerWidth, window.innerHeight];",
                id);
    double scale = rect.get(4).doubleValue();
    double left = rect.get(0).doubleValue();
    double top = rect.get(1).doubleValue();
    double width = rect.get(2).doubleValue();
    double height = rect.get(3).doubleValue();
    assertThat(image.getWidth()).isEqualTo((int) Math.round(rect.get(5).doubleValue() * scale));
    assertThat(top)
        .as("the element was scrolled into view")
        .isBetween(0.0, rect.get(6).doubleValue() - height);

    assertThat(red(image, (left - 3.5) * scale, (top + height / 2) * scale))
        .as("left edge")
        .isTrue();
    assertThat(red(image, (left + width + 3.5) * scale, (top + height / 2) * scale))
        .as("right edge")
        .isTrue();
    assertThat(red(image, (left + width / 2) * scale, (top - 3.5) * scale)).as("top edge").isTrue();
    assertThat(red(image, (left + 2) * scale, (top - 24 + 2) * scale)).as("label").isTrue();
    assertThat(red(image, (left + width / 2) * scale, (top + height / 2) * scale))
        .as("inside")
        .isFalse();
  }

  /** Red at this point or a pixel or two from it: JPEG blurs a thin line's colour a little. */
  private static boolean red(BufferedImage image, double x, double y) {
    for (int dx = -2; dx <= 2; dx++) {
      for (int dy = -2; dy <= 2; dy++) {
        Color c = new Color(image.getRGB((int) Math.round(x) + dx, (int) Math.round(y) + dy));
        if (c.getRed() > 170 && c.getGreen() < 110 && c.getBlue() < 100) {
          return true;
        }
      }
    }
    return false;
  }

  /** The same browser, seen as one that offers only WebDriver (as Firefox or a Grid does). */
  private static WebDriver withoutDevTools(WebDriver driver) {
    return (WebDriver)
        Proxy.newProxyInstance(
            StepWitnessTest.class.getClassLoader(),
            new Class<?>[] {WebDriver.class, JavascriptExecutor.class, TakesScreenshot.class},
            (proxy, method, args) -> {
              try {
                return method.invoke(driver, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
