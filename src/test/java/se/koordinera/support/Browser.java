package se.koordinera.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (no driver or browser download).
 * Each Browser has its own profile folder and HOME under target/, and a download folder.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String baseUrl;
    private final Path downloads;
    /** Counted input for the whole-case walk (issue 12): only {@link #click}, {@link #type}, {@link #press}, {@link #select} and {@link #typeDate} count. */
    private int clicks;
    private int keystrokes;
    private int fields;

    public Browser(int port) {
        try {
            Path root = Path.of(System.getProperty("java.io.tmpdir"), "chromium", TestData.unique());
            Path profile = Files.createDirectories(root.resolve("profile"));
            downloads = Files.createDirectories(root.resolve("downloads"));
            Path home = Files.createDirectories(root.resolve("home"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=sv-SE", "--window-size=1280,1000");
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")).toFile())
                    .withEnvironment(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                            "XDG_CACHE_HOME", home.resolve(".cache").toString()))
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            baseUrl = "http://localhost:" + port;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Path downloads() {
        return downloads;
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public Browser login(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        waitFor(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    public WebElement find(By by) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public <T> T waitFor(java.util.function.Function<? super WebDriver, T> condition) {
        // htmx replaces the results while a condition reads them: a stale element means "not yet", never a failure
        return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    /** Clicks a submit button and waits for the page after the post (the old page may hold a message too). */
    public void submitAndWait(By button) {
        WebElement html = driver.findElement(By.tagName("html"));
        find(button).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(html));
    }

    /** Waits until htmx has no request in flight and has settled the last swap (so that a click hits the current page). */
    public void waitForHtmx() {
        waitFor(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping') === null;")));
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a PNG of the page under target/screenshots for review. */
    public Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("koordinera.test.screenshots", "target/screenshots")));
            Path file = dir.resolve(name + ".png");
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** WCAG 2.1 A and AA violations that axe-core finds on the current page, described for the failure message. */
    public List<String> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        return results.getViolations().stream().map(Browser::describe).collect(Collectors.toList());
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " -> " + rule.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining(", "));
    }

    /** What a person did with mouse and keyboard since the last {@link #resetCounts()}. */
    /**
     * {@code fields}: the fields typed into. Reaching each takes a click or a Tab that neither
     * {@code clicks} nor {@code keystrokes} counts; it is reported beside them so that nobody reads the
     * two counts as the whole effort.
     */
    public record Counts(int clicks, int keystrokes, int fields) {
        public Counts minus(Counts other) {
            return new Counts(clicks - other.clicks, keystrokes - other.keystrokes, fields - other.fields);
        }
    }

    public Counts counts() {
        return new Counts(clicks, keystrokes, fields);
    }

    public void resetCounts() {
        clicks = 0;
        keystrokes = 0;
        fields = 0;
    }

    /** Clicks the visible element, counted as one click. */
    public WebElement click(By by) {
        WebElement e = waitFor(ExpectedConditions.elementToBeClickable(by));
        e.click();
        clicks++;
        return e;
    }

    /** Types the text into the visible field, one keystroke per character. */
    public WebElement type(By by, String text) {
        WebElement e = find(by);
        e.sendKeys(text);
        keystrokes += text.codePointCount(0, text.length());
        fields++;
        return e;
    }

    /** Presses special keys (Tab, Enter, ...) in the field, one keystroke each. */
    public WebElement press(By by, org.openqa.selenium.Keys... keys) {
        WebElement e = find(by);
        e.sendKeys(keys);
        keystrokes += keys.length;
        return e;
    }

    /** Chooses an option of a drop-down by its value: counted as one click, as the brief of the walk defines it. */
    public WebElement select(By by, String value) {
        WebElement e = find(by);
        new org.openqa.selenium.support.ui.Select(e).selectByValue(value);
        clicks++;
        return e;
    }

    /**
     * Fills a date field. Chromium's date field takes the value through script in every locale; a
     * person types the eight digits (the field's segments advance by themselves), so eight keystrokes.
     */
    public WebElement typeDate(By by, java.time.LocalDate date) {
        WebElement e = find(by);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", e, date.toString());
        keystrokes += 8;
        fields++;
        return e;
    }

    /** Fills a time field the same way: four digits typed. */
    public WebElement typeTime(By by, String hhmm) {
        WebElement e = find(by);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", e, hhmm);
        keystrokes += hhmm.replace(":", "").length();
        fields++;
        return e;
    }

    /** Waits for a downloaded file whose name ends with the suffix. */
    public Path awaitDownload(String suffix) {
        return waitFor(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    @Override
    public void close() {
        driver.quit();
    }
}
