package org.ctipcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ctipcheck.web.security.ServicePrincipal;
import org.ctipcheck.web.security.ServiceRole;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The web page's check form sent as a signed-in contracting officer (with its CSRF token), and what a refusal shows. */
final class WebPageCheck {
    private WebPageCheck() {
    }

    /** POST /check of {@code submission} (and {@code attestation}, null for none) as of 2026-03-01, as {@code user}. */
    static MockHttpServletResponse submit(MockMvc mvc, String user, Path submission, Path attestation) throws Exception {
        var form = MockMvcRequestBuilders.multipart("/check")
                .file(new MockMultipartFile("submission", "bid.yaml", "application/yaml", Files.readAllBytes(submission)));
        if (attestation != null) {
            form.file(new MockMultipartFile("attestation", "suppliers.csv", "text/csv", Files.readAllBytes(attestation)));
        }
        var officer = new ServicePrincipal(user, "x", ServiceRole.CONTRACTING_OFFICER, null);
        return mvc.perform(form.param("asOf", "2026-03-01").with(SecurityMockMvcRequestPostProcessors.user(officer))
                .with(SecurityMockMvcRequestPostProcessors.csrf()).accept("text/html")).andReturn().getResponse();
    }

    /** A page (not problem+json), titled, with Retry-After, saying nothing was recorded and when to try again. */
    static void assertRefusedPage(MockHttpServletResponse page, int status, String title, int retryAfterSeconds,
            String why) throws Exception {
        assertThat(page.getStatus()).isEqualTo(status);
        assertThat(page.getContentType()).startsWith("text/html");
        assertThat(page.getHeader("Retry-After")).isEqualTo(Integer.toString(retryAfterSeconds));
        assertThat(page.getContentAsString()).contains("<h1>" + title + "</h1>", why, "nothing was recorded",
                "Try again in " + retryAfterSeconds + " seconds").doesNotContain("org.ctipcheck", "Exception");
    }
}
