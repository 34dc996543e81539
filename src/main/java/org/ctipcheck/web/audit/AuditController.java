package org.ctipcheck.web.audit;

import java.util.List;
import org.ctipcheck.audit.ChainVerification;
import org.ctipcheck.check.RecordedEvaluations;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit/verify}: {@code ctip audit verify} over HTTP (auditors and admins). Trusts the keys
 * registered in the store, as the command line does without {@code --public-key}, and says so in {@code trust}:
 * an auditor who keeps the hosts' public keys elsewhere verifies with the command line and those keys.
 */
@io.swagger.v3.oas.annotations.tags.Tag(name = "Audit log", description = "Verify the audit log's hash chain and signatures")
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {
    private final RecordedEvaluations recorded;

    AuditController(RecordedEvaluations recorded) {
        this.recorded = recorded;
    }

    record Verification(boolean intact, String trust, ChainVerification chain) {
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "verifyAuditLog", summary = "Verify the audit log (as ctip audit verify)")
    @GetMapping(path = "/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    Verification verify() {
        ChainVerification chain = recorded.verify(List.of());
        return new Verification(chain.intact(), "the keys registered in the store (anyone who can write the store can"
                + " register a key; verify with the hosts' public keys kept elsewhere for independent assurance)", chain);
    }
}
