package org.ctipcheck.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ctipcheck.supplychain.AttestationGenerator;
import org.ctipcheck.web.ServiceTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A long screen from the web page: sample 01 with a 60,000-row attestation file (generated, about 18 MB) is
 * checked in the background, and the page shows how far the screen has got, polled by htmx, until the result
 * page opens by itself with the supply-chain summary. Its own service (the shared test service accepts 1 MB).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageProgressTest extends ServiceTestBase {
    @LocalServerPort
    int port;
    private Browser browser;
    private Path attestation;

    @DynamicPropertySource
    static void largeUploads(DynamicPropertyRegistry registry) {
        // the shared test service's 1 MB request limit stays; the multipart limits themselves are raised
        registry.add("spring.servlet.multipart.max-request-size", () -> "200MB");
        registry.add("spring.servlet.multipart.max-file-size", () -> "150MB");
        registry.add("ctip.limits.max-attestation-size", () -> "150MB");
    }

    @BeforeAll
    void start() throws Exception {
        attestation = Files.createTempFile("ctip-web-suppliers", ".csv");
        try (Writer writer = Files.newBufferedWriter(attestation, StandardCharsets.UTF_8)) {
            new AttestationGenerator(42, 0.0).write(writer, 60_000, false);
        }
        browser = new Browser(port);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        Files.deleteIfExists(attestation);
    }

    @Test
    void aLongScreenShowsItsProgressThenTheResult() {
        browser.signIn("officer", PASSWORD);
        browser.open("/check");
        browser.find("#submission").sendKeys(SAMPLE_01.toAbsolutePath().toString());
        browser.find("#attestation").sendKeys(attestation.toAbsolutePath().toString());
        browser.find("#asOf").sendKeys("2026-03-01");
        browser.find("form.usa-form button[type=submit]").click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).until(driver ->
                !browser.all("#progress").isEmpty() || !browser.all("#determination").isEmpty()
                        || !browser.path().startsWith("/check") || !browser.all("#problems").isEmpty()
                        || browser.all("h1").isEmpty() || !browser.text("h1").equals("New check"));
        assertThat(browser.text("h1")).as(browser.path()).isIn("Checking your submission", "Result: award W50S9X-23-C-0147");
        // the progress text and the page it was on, read together: the page sends itself on when the job ends
        String[] progress = new String[2];
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.NoSuchElementException.class).until(driver -> {
                    if (browser.all("#determination").size() > 0) {
                        return true;
                    }
                    String path = browser.path();
                    String text = browser.text("#progress");
                    if (text.matches("(?s).*[1-9][0-9]* rows.*")) {
                        progress[0] = text;
                        progress[1] = path;
                        return true;
                    }
                    return false;
                });
        if (progress[0] != null) {
            assertThat(progress[0]).containsPattern("[1-9][0-9]* rows screened, [0-9]+ % of the file read");
            assertThat(progress[1]).matches("/check/jobs/[0-9a-f-]{36}"); // the service's job, as the API shows it
            // A viewport shot only: the screen takes a second or two here, and axe (several seconds) would run on the
            // result page the browser has meanwhile been sent to. The same template is checked with axe, still, as
            // the cancelled page (18) in the next test.
            browser.viewportScreenshot("17-check-in-progress");
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(300)).until(driver -> browser.all("#determination").size() > 0);
        assertThat(browser.path()).matches("/evaluations/[^/]+");
        assertThat(browser.text("#supply-chain")).isEqualTo("Supply chain");
        assertThat(browser.text("main")).contains("Rows read", "60000 = ", "Riskiest suppliers");
    }

    /** Cancel from the page (the job system's cancel): nothing recorded; another organization cannot see the job. */
    @Test
    void aCheckIsCancelledFromThePageAndAnotherOrganizationCannotSeeIt() {
        browser.signIn("meridian", PASSWORD);
        browser.open("/check");
        browser.find("#submission").sendKeys(SAMPLE_01.toAbsolutePath().toString());
        browser.find("#attestation").sendKeys(attestation.toAbsolutePath().toString());
        browser.find("#asOf").sendKeys("2026-03-01");
        browser.find("form.usa-form button[type=submit]").click();
        browser.waitFor("#cancel").click();

        browser.waitFor("#cancelled");
        String job = browser.path();
        assertThat(job).matches("/check/jobs/[0-9a-f-]{36}");
        assertThat(browser.text("#progress")).startsWith("Cancelled:").contains("nothing of it was recorded");
        assertThat(browser.all("#cancel")).isEmpty();
        browser.page("18-check-cancelled");

        browser.signIn("harbor", PASSWORD);
        browser.open(job);
        assertThat(browser.text("h1")).isEqualTo("Page not found");
        browser.page("19-job-of-another-organization");
    }
}
