package org.ctipcheck.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the web page's tests: Debian's chromium driven by Debian's chromedriver (given by path, so
 * nothing is downloaded), headless, on a new profile; each page it opens is checked with axe-core (WCAG 2.0/2.1 A
 * and AA: no serious or critical violation) and photographed under target/screenshots.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private final ChromeDriver driver;
    private final String base;
    final Path downloads;

    Browser(int port) {
        try {
            downloads = Files.createTempDirectory("ctip-browser-downloads");
            Path profile = Files.createTempDirectory("ctip-browser-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--user-data-dir=" + profile, "--window-size=1280,1000");
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        base = "http://127.0.0.1:" + port;
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * The element's text. htmx swaps a polled fragment, and a page may send itself on, between finding an element
     * and reading it: then the element is found again (a few times), instead of failing on a stale reference.
     */
    String text(String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                return find(css).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
                if (attempt == 5) {
                    throw swapped;
                }
            }
        }
    }

    WebElement waitFor(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void signIn(String user, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        find("#username").sendKeys(user);
        find("#password").sendKeys(password);
        find("form.usa-form button[type=submit]").click();
    }

    /** axe-core on the page as it is now: every serious or critical WCAG 2.1 A/AA violation fails the test. */
    void assertAccessible(String name) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
        assertThat(serious).as("axe-core serious/critical violations on %s (%s): %s", name, path(), serious.stream()
                .map(rule -> rule.getId() + " " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", "))).collect(Collectors.joining("; "))).isEmpty();
    }

    /** A screenshot of the whole page (the window stretched to the page's height) as target/screenshots/NAME.png. */
    Path screenshot(String name) {
        long height = ((Number) driver.executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")).longValue();
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height + 140, 600), 8000)));
        try {
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** What a user sees first (the 1280 x 1000 window) as target/screenshots/NAME.png. */
    Path viewportScreenshot(String name) {
        try {
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the page for accessibility and photographs it. */
    void page(String name) {
        assertAccessible(name);
        screenshot(name);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
