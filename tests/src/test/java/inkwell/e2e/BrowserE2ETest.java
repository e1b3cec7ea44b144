package inkwell.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page in headless Chromium against the runnable jar: write a sentence and watch it drawn, download it,
 * look at the attention, draw a style with mouse, touch and pen and write with it, see an error, and use it at
 * phone width and from the keyboard.
 */
class BrowserE2ETest {
    private static ChromeDriver browser;
    private static RunningServer server;
    private static Path downloads;
    private static Path profile;

    @BeforeAll
    static void open() throws Exception {
        Chromium.assumeInstalled();
        server = RunningServer.shared();
        profile = Files.createTempDirectory("inkwell-chromium");
        downloads = Files.createTempDirectory("inkwell-downloads");
        browser = Chromium.start(profile, downloads);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void load() {
        browser.manage().window().setSize(new Dimension(1200, 1000));
        browser.get(server.url());
        waitUntil("the page is loaded", () -> (Boolean) js("return document.readyState === 'complete'"));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void waitUntil(String what, Supplier<Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).withMessage(what).until(b -> condition.get());
    }

    /** Keeps a picture of the page in target/screenshots, to look at when a test fails or the page changes. */
    private static void screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    /** Types the text and writes it with Ctrl+Enter; waits until the drawing animation has finished. */
    private static String writeWithKeyboard(String text) {
        WebElement box = find("#text");
        box.clear();
        box.sendKeys(text);
        String before = find("#output").getAttribute("innerHTML");
        box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waitUntil("the handwriting is drawn", () -> "done".equals(find("#output").getAttribute("data-state"))
                && !before.equals(find("#output").getAttribute("innerHTML")));
        return find("#output").getAttribute("innerHTML");
    }

    @Test
    void writesASentenceStrokeByStrokeAndDownloadsIt() throws Exception {
        writeWithKeyboard("The quick brown fox.");
        List<WebElement> paths = browser.findElements(By.cssSelector("#output svg path"));
        assertTrue(paths.size() > 0, "the drawing has strokes");
        // Each stroke was animated with its own dash, one after the other.
        assertTrue(paths.stream().allMatch(p -> p.getAttribute("class").contains("pen")));
        String lastDelay = (String) js("const p = document.querySelectorAll('#output svg path');"
                + "return p[p.length - 1].style.getPropertyValue('--delay');");
        assertTrue(paths.size() == 1 || !lastDelay.equals("0s"), lastDelay);
        assertTrue(find("#status").getText().startsWith("Written"), find("#status").getText());

        WebElement svgLink = find("#download-svg");
        assertEquals("inkwell.svg", svgLink.getAttribute("download"));
        svgLink.click();
        Path svg = downloads.resolve("inkwell.svg");
        waitUntil("the SVG is saved", () -> Files.exists(svg) && svg.toFile().length() > 0);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertTrue(doc.getElementsByTagName("path").getLength() > 0, Files.readString(svg));

        WebElement pngLink = find("#download-png");
        pngLink.click();
        Path png = downloads.resolve("inkwell.png");
        waitUntil("the PNG is saved", () -> Files.exists(png) && png.toFile().length() > 0);
        assertNotNull(ImageIO.read(png.toFile()), "a PNG image");
        screenshot("written");
    }

    @Test
    void showsTheAttentionOnRequest() throws Exception {
        writeWithKeyboard("attention");
        WebElement button = find("#show-attention");
        button.click();
        waitUntil("the attention picture is shown", () -> find("#attention-panel").isDisplayed()
                && ((Number) js("return document.querySelector('#attention').naturalWidth")).intValue() > 0);
        assertEquals("true", button.getAttribute("aria-expanded"));
        new Actions(browser).scrollToElement(find("#attention")).perform();
        screenshot("attention");
        button.click();
        assertEquals("false", button.getAttribute("aria-expanded"));
    }

    @Test
    void drawsAStyleWithMouseTouchAndPenAndWritesWithIt() throws Exception {
        String unprimed = writeWithKeyboard("In my own hand");
        WebElement pad = find("#pad");
        new Actions(browser).scrollToElement(pad).perform();
        int before = 0;
        for (PointerInput.Kind kind : List.of(PointerInput.Kind.MOUSE, PointerInput.Kind.TOUCH,
                PointerInput.Kind.PEN)) {
            drawLoop(pad, kind, -200 + 150 * kind.ordinal());
            int points = pointsDrawn();
            assertTrue(points > before + 10, kind + " drew " + (points - before) + " points");
            before = points;
        }
        find("#prime-text").sendKeys("ooo");
        find("#use-drawn").click();
        waitUntil("the style is taken", () -> find("#pad-status").getText().contains("now the style"));
        assertEquals("yours", js("return document.querySelector('#style').value"));
        waitUntil("it is written in the drawn style", () -> "done".equals(find("#output").getAttribute("data-state"))
                && !unprimed.equals(find("#output").getAttribute("innerHTML")));
        assertTrue(browser.findElements(By.cssSelector("#output svg path")).size() > 0);
        assertTrue(find("#status").getText().startsWith("Written"), find("#status").getText());
        screenshot("drawn-style");
    }

    private static int pointsDrawn() {
        return ((Number) js("const m = document.querySelector('#pad-status').textContent.match(/(\\d+) points/);"
                + "return m ? Number(m[1]) : 0;")).intValue();
    }

    /** One loop on the pad by the given kind of pointer, centred {@code dx} pixels right of the pad's centre. */
    private static void drawLoop(WebElement pad, PointerInput.Kind kind, int dx) {
        PointerInput pointer = new PointerInput(kind, kind.name().toLowerCase());
        Sequence loop = new Sequence(pointer, 0);
        int steps = 24;
        for (int i = 0; i <= steps; i++) {
            double a = 2 * Math.PI * i / steps;
            int x = dx + (int) Math.round(40 * Math.cos(a));
            int y = (int) Math.round(40 * Math.sin(a));
            loop.addAction(pointer.createPointerMove(Duration.ofMillis(i == 0 ? 0 : 15),
                    PointerInput.Origin.fromElement(pad), x, y));
            if (i == 0) {
                loop.addAction(pointer.createPointerDown(PointerInput.MouseButton.LEFT.asArg()));
            }
        }
        loop.addAction(pointer.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        browser.perform(List.of(loop));
    }

    @Test
    void explainsTextItCannotWrite() {
        WebElement box = find("#text");
        box.clear();
        box.sendKeys("snow \u2603");
        find("#write").click();
        waitUntil("the problem is shown", () -> find("#status").getAttribute("class").contains("error"));
        assertTrue(find("#status").getText().contains("'\u2603' (U+2603)"), find("#status").getText());
    }

    @Test
    void everyControlHasANameAndThePageFitsAPhone() throws Exception {
        Object unnamed = js("return [...document.querySelectorAll('input, select, textarea, button, a, canvas')]"
                + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
                + " && !e.textContent.trim()).map(e => e.id || e.outerHTML);");
        assertEquals(List.of(), unnamed);
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        waitUntil("the page has laid out", () -> (Boolean) js("return document.readyState === 'complete'"));
        Number overflow = (Number) js("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(overflow.intValue() <= 0, "the page scrolls sideways by " + overflow + " px on a phone");
        screenshot("phone");
        String seed = find("#seed").getAttribute("value");
        find("#reroll").click();
        waitUntil("a new seed is drawn", () -> "done".equals(find("#output").getAttribute("data-state")));
        assertNotEquals(seed, find("#seed").getAttribute("value"));
    }
}
