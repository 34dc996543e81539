package org.ctipcheck.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipcheck.report.EvaluationReport;
import org.ctipcheck.report.HtmlReportWriter;
import org.ctipcheck.report.ReportSamples;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.ui.ExtendedModelMap;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Issue 17: the web result page and the standalone HTML report share their templates. The result page is rendered
 * here as Spring MVC renders it (Thymeleaf's Spring engine, SpEL, a servlet request; the model from
 * {@link ResultPage}); the report by {@link HtmlReportWriter} (plain Thymeleaf). Every shared section must come out
 * byte for byte the same, except that the page links each rule id to the rule catalog. The page in a real browser,
 * with axe-core, is WebPageBrowserTest's.
 */
class ResultPageTemplateTest {
    private static final String[] SHARED_SECTIONS = {"plan", "checklist", "supply-chain", "reference-lists"};

    private final EvaluationReport report = ReportSamples.withFindings(5)
            .withReferenceLists(java.util.List.of(ReportSamples.EO13126)).withSupplyChain(ReportSamples.supplyChain());

    @Test
    void theResultPageAndTheHtmlReportShowTheSameSections() {
        String page = resultPage(report);
        String file = new HtmlReportWriter().write(report);

        for (String id : SHARED_SECTIONS) {
            assertThat(section(page, id)).as("section %s", id).isEqualTo(section(file, id)).isNotBlank();
        }
        assertThat(determination(page)).isEqualTo(determination(file)).contains("Determination: <span>Non-compliant</span>");
    }

    @Test
    void findingsAreTheSameExceptThatThePageLinksEachRuleToTheCatalog() {
        String page = section(resultPage(report), "findings");
        String file = section(new HtmlReportWriter().write(report), "findings");

        assertThat(page).contains("<a class=\"usa-link\" href=\"/rules/CTIP-PLAN-01.gap-0\">CTIP-PLAN-01.gap-0</a>");
        assertThat(file).contains("<code>CTIP-PLAN-01.gap-0</code>").doesNotContain("href=");
        assertThat(page.replaceAll("<a class=\"usa-link\" href=\"/rules/[^\"]+\">([^<]+)</a>", "<code>$1</code>"))
                .isEqualTo(file);
    }

    @Test
    void thePageKeepsItsOwnPartsAroundTheSharedOnes() {
        String page = resultPage(report);

        assertThat(page).contains("<h1>Result: award <span>W912-26-C-0001</span></h1>").contains("Download the report")
                .contains("href=\"/evaluations/eval-1/report/pdf\"").contains("<link rel=\"stylesheet\"")
                .doesNotContain("Appendix: rule hits");
    }

    private static String resultPage(EvaluationReport report) {
        ExtendedModelMap model = new ExtendedModelMap();
        String view = new ResultPage().show(report, "eval-1", model);
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        MockServletContext servlet = new MockServletContext();
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servlet)
                .buildExchange(new MockHttpServletRequest(servlet), new MockHttpServletResponse()), Locale.US, model);
        return engine.process(view, context);
    }

    private static String section(String html, String id) {
        Matcher matcher = Pattern.compile("<section aria-labelledby=\"" + id + "\">.*?</section>", Pattern.DOTALL)
                .matcher(html);
        return matcher.find() ? matcher.group() : "";
    }

    private static String determination(String html) {
        Matcher matcher = Pattern.compile("<div id=\"determination\".*?</p>", Pattern.DOTALL).matcher(html);
        return matcher.find() ? matcher.group() : "";
    }
}
