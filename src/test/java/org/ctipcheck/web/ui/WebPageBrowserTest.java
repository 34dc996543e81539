package org.ctipcheck.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ctipcheck.web.ServiceTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web page in a real browser (Debian's chromium), page by page and role by role: sign in, new check (upload
 * sample 01, as its implementer) to the result page and its PDF, an invalid upload with the field named, my
 * evaluations, another organization's evaluation (refused as not found), the rule catalog and a rule, the
 * auditor's log browser (verify, record, replay, export), and what each role may not open. axe-core finds no
 * serious or critical WCAG 2.1 A/AA violation on any page; each page is photographed under target/screenshots.
 * The tests run in order: the cross-organization attempt reads the evaluation the implementer's check recorded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageBrowserTest extends ServiceTestBase {
    @LocalServerPort
    int port;
    private Browser browser;
    private String meridianResult;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void signInPageIsWhereEveryPageStartsAndWeighsUnder300KB() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/evaluations");
        assertThat(browser.path()).startsWith("/login");
        assertThat(browser.text("h1")).isEqualTo("Sign in");
        long transferred = ((Number) browser.driver().executeScript("""
                const entries = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
                return entries.reduce((sum, e) => sum + e.transferSize, 0);""")).longValue();
        System.out.println("first page (sign in), bytes transferred with every asset it loaded: " + transferred);
        assertThat(transferred).as("bytes transferred for the first page").isPositive().isLessThanOrEqualTo(300 * 1024);
        browser.page("01-sign-in");

        browser.signIn("meridian", "wrong password");
        assertThat(browser.text(".usa-alert--error")).contains("user name or password is not right");
        browser.page("02-sign-in-failed");
    }

    @Test
    @Order(2)
    void keyboardUsersSkipToTheContentWithAVisibleFocus() {
        browser.signIn("officer", PASSWORD);
        browser.open("/rules");
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("textContent")).isEqualTo("Skip to main content");
        // it slides into view when focused (a short CSS transition): wait until it is shown
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(driver -> focused.isDisplayed());
        assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.driver().getCurrentUrl()).endsWith("#main-content");
    }

    @Test
    @Order(3)
    void implementerUploadsSample01AndGetsTheResultPageAndThePdf() throws Exception {
        browser.signIn("meridian", PASSWORD);
        assertThat(browser.path()).isEqualTo("/evaluations");
        browser.open("/check");
        browser.page("03-new-check");
        browser.find("#submission").sendKeys(SAMPLE_01.toAbsolutePath().toString());
        browser.find("#asOf").sendKeys("2026-03-01");
        browser.find("form.usa-form button[type=submit]").click();

        browser.waitFor("#determination");
        meridianResult = browser.path();
        assertThat(meridianResult).matches("/evaluations/[^/]+");
        assertThat(browser.text("h1")).contains("Result: award");
        assertThat(browser.text("#determination")).startsWith("Determination: Compliant");
        assertThat(browser.text("#plan + p")).matches("(Yes|No|Undetermined|Not under the FAR): .+");
        assertThat(browser.all("tr[data-requirement]")).isNotEmpty();
        assertThat(browser.all(".ctip-downloads a")).extracting(WebElement::getText)
                .contains("PDF (for the contract file)", "HTML (printable page)", "CSV (spreadsheet)",
                        "OSCAL assessment results (JSON)", "JSON (as recorded)", "Plain text");
        browser.page("04-result");
        browser.viewportScreenshot("04-result-first-screen");

        browser.find(".ctip-downloads a[data-format=PDF]").click();
        Path pdf = awaitDownload(".findings.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("C-TIP", "Determination: COMPLIANT");
        }
    }

    @Test
    @Order(4)
    void anInvalidSubmissionComesBackWithTheFieldNamed() throws Exception {
        browser.signIn("meridian", PASSWORD);
        Path invalid = Files.createTempFile("invalid-submission", ".json");
        Files.writeString(invalid, Files.readString(SAMPLE_02).replaceFirst("\"uei\"", "\"unknownField\": 1,\n    \"uei\""));
        browser.open("/check");
        browser.find("#submission").sendKeys(invalid.toAbsolutePath().toString());
        browser.find("form.usa-form button[type=submit]").click();
        browser.waitFor("#problems");
        assertThat(browser.path()).isEqualTo("/check");
        assertThat(browser.all("#problems li")).extracting(WebElement::getText).anyMatch(text -> text.contains("unknownField"));
        browser.page("05-new-check-invalid");
    }

    @Test
    @Order(5)
    void myEvaluationsListOnlyTheImplementersOwn() {
        browser.signIn("meridian", PASSWORD);
        browser.open("/evaluations?determination=COMPLIANT");
        assertThat(browser.all("main table a")).extracting(link -> link.getAttribute("href"))
                .anyMatch(href -> href.endsWith(meridianResult));
        assertThat(browser.text("main")).contains("Evaluations of your organization (UEI " + UEI_01 + ") only");
        browser.page("06-my-evaluations");
    }

    @Test
    @Order(6)
    void anotherOrganizationsEvaluationIsNotFound() {
        browser.signIn("harbor", PASSWORD);
        browser.open(meridianResult);
        assertThat(browser.text("h1")).isEqualTo("Page not found");
        assertThat(browser.all("#determination")).isEmpty();
        browser.page("07-cross-organization-refused");
        browser.open(meridianResult + "/report/pdf");
        assertThat(browser.text("h1")).isEqualTo("Page not found");
        browser.open("/evaluations");
        assertThat(browser.all("main table a")).extracting(link -> link.getAttribute("href"))
                .noneMatch(href -> href.endsWith(meridianResult));
    }

    @Test
    @Order(7)
    void contractingOfficerReadsEveryEvaluationAndTheRuleCatalogButNotTheAuditLog() {
        browser.signIn("officer", PASSWORD);
        browser.open(meridianResult);
        assertThat(browser.text("#determination")).startsWith("Determination:");
        browser.open("/rules");
        int all = browser.all("main tbody tr").size();
        assertThat(all).isGreaterThan(10);
        browser.find("#q").sendKeys("hotline");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> browser.all("main tbody tr").size() < all && !browser.all("main tbody tr").isEmpty());
        assertThat(browser.all("main tbody tr")).allMatch(row -> row.getText().toLowerCase().contains("hotline"));
        browser.page("08-rule-catalog");
        browser.find("main tbody tr th a").click();
        browser.waitFor("main h1");
        assertThat(browser.text("main")).contains("Citation", "Fix", "Confidence");
        browser.page("09-rule");
        assertThat(browser.all("nav.usa-nav a")).extracting(WebElement::getText).doesNotContain("Audit log");
        browser.open("/audit");
        assertThat(browser.text("h1")).isEqualTo("Not allowed");
        browser.page("10-not-allowed");
    }

    @Test
    @Order(8)
    void auditorBrowsesVerifiesReplaysAndExportsTheLogButNeverSubmits() throws Exception {
        browser.signIn("auditor", PASSWORD);
        browser.open("/check");
        assertThat(browser.text("h1")).isEqualTo("Not allowed");
        browser.open("/audit");
        browser.page("11-audit-log");
        browser.find("#verify").click();
        assertThat(browser.waitFor("#verify-result .usa-alert__heading").getText()).isEqualTo("Chain intact");
        assertThat(browser.path()).isEqualTo("/audit");
        browser.page("12-audit-verified");
        browser.viewportScreenshot("12-audit-verified-first-screen");

        String id = meridianResult.substring("/evaluations/".length());
        browser.open("/audit/records/" + id);
        assertThat(browser.text("main")).contains("Content hash", "Rule hits");
        browser.page("13-audit-record");
        browser.find("#replay").click();
        assertThat(browser.waitFor("#replay-result .usa-alert__heading").getText()).isEqualTo("Replay identical");
        browser.page("14-audit-replay");

        browser.open("/audit");
        browser.find("#export-csv").click();
        List<String> lines = Files.readAllLines(awaitDownload("ctip-audit-export.csv"));
        assertThat(lines.get(0)).startsWith("sequence,evaluation_id");
        assertThat(lines).anyMatch(line -> line.contains(id));
    }

    @Test
    @Order(9)
    void adminOpensEveryPageAndSignsOut() {
        browser.signIn("admin", PASSWORD);
        for (String path : List.of("/evaluations", "/check", "/rules", "/audit", meridianResult)) {
            browser.open(path);
            assertThat(browser.text("h1")).as(path).isNotIn("Not allowed", "Page not found");
        }
        assertThat(browser.all("nav.usa-nav a")).extracting(WebElement::getText)
                .contains("My evaluations", "New check", "Rule catalog", "Audit log");
        browser.find(".ctip-user button[type=submit]").click();
        browser.waitFor(".usa-alert--info");
        assertThat(browser.path()).isEqualTo("/login?signedOut");
        browser.open("/evaluations");
        assertThat(browser.path()).startsWith("/login");
    }

    @Test
    @Order(10)
    void guidedFormNamesTheFieldOfEachProblemThenChecksTheSubmission() {
        browser.signIn("officer", PASSWORD);
        browser.open("/check/guided");
        browser.page("15-guided-form");
        type("f-award-id", "47PK0324C0019");
        choose("f-award-instrument", "CONTRACT");
        type("f-award-agency", "General Services Administration");
        type("f-award-awardDate", "2024-03-28");
        type("f-award-clause-date", "NOV 2021");
        choose("f-award-clause-alternateI", "false");
        choose("f-award-solicitationIncludes52_222_56", "false");
        type("f-award-portions-0-id", "custodial-services");
        choose("f-award-portions-0-kind", "SERVICES");
        choose("f-award-portions-0-outsideUnitedStates", "false");
        type("f-award-portions-0-estimatedValue", "about three million");
        type("f-award-placesOfPerformance", "US");
        type("f-organization-legalName", "Front Range Facility Services LLC");
        type("f-organization-uei", "FRFS8CO24M71");
        type("f-organization-country", "US");
        choose("f-organization-role", "PRIME");
        browser.find("form.ctip-guided button[type=submit]").click();

        browser.waitFor("#problems");
        assertThat(browser.text("#f-award-portions-0-estimatedValue-error"))
                .startsWith("Error: Estimated value (/award/portions/0/estimatedValue): ");
        assertThat(browser.find("#f-award-portions-0-estimatedValue").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#f-award-id").getAttribute("value")).isEqualTo("47PK0324C0019");
        assertThat(browser.all("#problems a")).extracting(link -> link.getAttribute("href"))
                .anyMatch(href -> href.endsWith("#f-award-portions-0-estimatedValue"));
        browser.page("16-guided-form-problems");

        browser.find("#f-award-portions-0-estimatedValue").clear();
        type("f-award-portions-0-estimatedValue", "2940000");
        browser.find("form.ctip-guided button[type=submit]").click();
        browser.waitFor("#determination");
        assertThat(browser.path()).matches("/evaluations/[^/]+");
        assertThat(browser.text("h1")).isEqualTo("Result: award 47PK0324C0019");
    }

    /** The print stylesheet: a printed result page is the result alone (no menu, forms or download links). */
    @Test
    @Order(11)
    void aPrintedResultPageLeavesOutTheMenuAndForms() {
        browser.signIn("officer", PASSWORD);
        browser.open(meridianResult);
        assertThat(browser.find("header.usa-header").isDisplayed()).isTrue();
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            assertThat(browser.find("header.usa-header").isDisplayed()).isFalse();
            assertThat(browser.find("footer.usa-footer").isDisplayed()).isFalse();
            assertThat(browser.find(".ctip-downloads").isDisplayed()).isFalse();
            assertThat(browser.find("#determination").isDisplayed()).isTrue();
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    private void type(String id, String text) {
        browser.find("#" + id).sendKeys(text);
    }

    private void choose(String id, String value) {
        new org.openqa.selenium.support.ui.Select(browser.find("#" + id)).selectByValue(value);
    }

    private Path awaitDownload(String suffix) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            try (var files = Files.list(browser.downloads)) {
                var done = files.filter(file -> file.getFileName().toString().endsWith(suffix)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no download ending in " + suffix + " in " + browser.downloads);
    }
}
