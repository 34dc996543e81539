package org.ctipcheck.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.ctipcheck.web.ServiceTestBase;
import org.ctipcheck.web.security.ServicePrincipal;
import org.ctipcheck.web.security.ServiceRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Errors on the web page's paths are pages (text/html, the USWDS layout, what happened, a link back), case by case:
 * an unknown path, a value a page cannot read, a method no page takes, a role refused, a form from a session that
 * has ended, a server error, and what the servlet container refuses itself (a request over the size limit). The
 * API's paths keep problem+json, even for a browser's Accept header. Issue 17 ("errors as pages").
 */
class WebPageErrorsTest extends ServiceTestBase {
    private static final ServicePrincipal OFFICER = new ServicePrincipal("officer", "x",
            ServiceRole.CONTRACTING_OFFICER, null);
    @Autowired
    MockMvc mvc;
    @Autowired
    ISpringTemplateEngine templates;
    @LocalServerPort
    int port;

    private MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.accept("text/html,application/xhtml+xml,*/*;q=0.8")).andReturn().getResponse();
    }

    private static void assertPage(MockHttpServletResponse response, int status, String title) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("text/html");
        String html = response.getContentAsString();
        assertThat(html).contains("<h1>" + title + "</h1>", "class=\"usa-header", "href=\"/evaluations\"")
                .doesNotContain("org.ctipcheck", "java.", "Exception");
    }

    @Test
    void anUnknownPathIsAPageNotFoundWithTheUsersMenu() throws Exception {
        MockHttpServletResponse response = send(get("/no-such-page").with(user(OFFICER)));
        assertPage(response, 404, "Page not found");
        assertThat(response.getContentAsString()).contains("There is no page at /no-such-page.", "Signed in as");
    }

    @Test
    void anUnknownApiPathStaysProblemJsonEvenForABrowser() throws Exception {
        MockHttpServletResponse response = send(get("/api/v1/no-such-thing").with(httpBasic("officer", PASSWORD)));
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void aValueThePageCannotReadIsNamed() throws Exception {
        MockHttpServletResponse response = send(get("/evaluations?page=abc").with(user(OFFICER)));
        assertPage(response, 400, "Request not understood");
        assertThat(response.getContentAsString()).contains("page &#39;abc&#39;");
    }

    @Test
    void aMethodNoPageTakesIsAPage() throws Exception {
        assertPage(send(delete("/evaluations").with(user(OFFICER)).with(csrf())), 405, "Not available this way");
    }

    /** The security chain forwards a refused request to the page saying why (MockMvc records the forward). */
    @Test
    void aRoleRefusedIsNotAllowed() throws Exception {
        MockHttpServletResponse refused = send(get("/audit").with(user(OFFICER)));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getForwardedUrl()).isEqualTo("/denied");
        assertPage(send(get("/denied").with(user(OFFICER))), 403, "Not allowed");
    }

    @Test
    void aFormFromASessionThatEndedSaysSoAndChecksNothing() throws Exception {
        MockHttpServletResponse refused = send(multipart("/check").file("submission", new byte[] {'x'})
                .with(user(OFFICER)).with(csrf().useInvalidToken()));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getForwardedUrl()).isEqualTo("/expired");
        MockHttpServletResponse response = send(get("/expired"));
        assertPage(response, 403, "Session expired");
        assertThat(response.getContentAsString()).contains("nothing was submitted");
    }

    @Test
    void aPageOpenedWithASessionThatEndedGoesToSignInSayingWhy() throws Exception {
        MockHttpServletResponse response = send(get("/evaluations").with(request -> {
            request.setRequestedSessionId("ended-session");
            request.setRequestedSessionIdValid(false);
            return request;
        }));
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login?expired");
        assertThat(send(get("/login?expired")).getContentAsString()).contains("Your session has ended");

        MockHttpServletResponse poll = send(get("/check/jobs/some-job/progress").header("HX-Request", "true"));
        assertThat(poll.getStatus()).isEqualTo(401);
        assertThat(poll.getHeader("HX-Redirect")).isEqualTo("/login");
    }

    /** A page that fails (a server error) as the pages' advice answers it, rendered by the service's own views. */
    @Test
    void aServerErrorIsAPageWithoutTheFailure() throws Exception {
        ThymeleafViewResolver views = new ThymeleafViewResolver();
        views.setTemplateEngine(templates);
        views.setCharacterEncoding("UTF-8");
        MockMvc failing = MockMvcBuilders.standaloneSetup(new FailingPage()).setControllerAdvice(new PageErrors())
                .setViewResolvers(views).build();
        MockHttpServletResponse response = failing.perform(get("/failing").accept("text/html")).andReturn().getResponse();
        assertPage(response, 500, "Something went wrong");
        assertThat(response.getContentAsString()).doesNotContain("disk on fire");
    }

    /** Tomcat refuses a body over the service's request limit (1 MB here) before any page sees it. */
    @Test
    void anUploadOverTheRequestLimitIsAPage() throws Exception {
        byte[] body = new byte[1_200_000];
        java.util.Arrays.fill(body, (byte) 'a');
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/check")).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isIn(403, 413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("<h1>").doesNotContain("\"type\"");
    }

    private static byte[] multipartBody(byte[] file) {
        String head = "--b\r\nContent-Disposition: form-data; name=\"submission\"; filename=\"s.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n";
        byte[] start = head.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] end = "\r\n--b--\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] all = new byte[start.length + file.length + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(file, 0, all, start.length, file.length);
        System.arraycopy(end, 0, all, start.length + file.length, end.length);
        return all;
    }

    /**
     * In this test's own MockMvc only: component scanning leaves out classes nested in tests (Spring Boot's
     * TestTypeExcludeFilter), so the shared service never has this page.
     */
    @org.springframework.stereotype.Controller
    static class FailingPage {
        @GetMapping("/failing")
        String fail() {
            throw new IllegalStateException("disk on fire");
        }
    }
}
