package org.ctipcheck.web.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jakarta.servlet.http.HttpServletResponse;
import org.ctipcheck.audit.AuditExport;
import org.ctipcheck.audit.ChainVerification;
import org.ctipcheck.audit.WitnessResult;
import org.ctipcheck.check.RecordedEvaluations;
import org.ctipcheck.web.AuditWitnessLocations;
import org.ctipcheck.web.ServerPaths;
import org.ctipcheck.web.evaluation.ListFilter;
import org.ctipcheck.web.problem.BadParameter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/audit} (auditors and admins): {@code verify} is {@code ctip audit verify} over HTTP, with the
 * witnesses of {@code ctip.audit.witnesses}; {@code export} is {@code ctip audit export}, streamed. Verify trusts
 * the keys registered in the store, as the command line does without {@code --public-key}, and says so in
 * {@code trust}: an auditor who keeps the hosts' public keys elsewhere verifies with the command line and those keys.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType JSON_LINES = MediaType.parseMediaType("application/jsonl;charset=UTF-8");
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private final RecordedEvaluations recorded;
    private final AuditWitnessLocations witnessLocations;
    private final ServerPaths paths;

    AuditController(RecordedEvaluations recorded, AuditWitnessLocations witnessLocations, ServerPaths paths) {
        this.recorded = recorded;
        this.witnessLocations = witnessLocations;
        this.paths = paths;
    }

    /**
     * The chain ({@code intact}), and the witnesses: {@code witnessesHeld} is true when every witness is still held
     * by the log and every file in the witness locations could be read as one (true when there are none).
     */
    record Verification(boolean intact, boolean witnessesHeld, String trust, ChainVerification chain,
            List<WitnessView> witnesses, List<String> unreadableWitnesses) {
    }

    /** What the log says about one witness: CONFIRMED, TRUNCATED, REWRITTEN, UNTRUSTED or FOREIGN. */
    record WitnessView(String source, String verdict, boolean held, String message, String note) {
    }

    @Operation(summary = "Verify the audit log and its witnesses",
            description = "Walks the hash chain, checks every signed checkpoint under the key that signed it, and checks"
                    + " every witness (signed head or issued report) in the configured witness locations"
                    + " (ctip.audit.witnesses): truncation and re-signed rewrites are named.")
    @ApiResponse(responseCode = "200", description = "The verification (read intact and witnessesHeld)")
    @ApiResponse(responseCode = "401", description = "Not authenticated",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Not an auditor or admin",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "The service does not record evaluations",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "The audit log cannot be read",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(path = "/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    Verification verify() {
        AuditWitnessLocations.Found found = witnessLocations.read();
        RecordedEvaluations.Verified verified = recorded.verify(List.of(), found.witnesses());
        ChainVerification chain = verified.chain();
        chain = new ChainVerification(chain.intact(), chain.records(), chain.checkpoints(), chain.headHash(),
                chain.problem(), chain.problemSequence(), paths.neutral(chain.message()), chain.keys(),
                chain.trustFromStore());
        List<WitnessView> witnesses = verified.witnesses().stream().map(this::view).toList();
        boolean held = found.unreadable().isEmpty() && witnesses.stream().allMatch(WitnessView::held);
        return new Verification(chain.intact(), held, "the keys registered in the store (anyone who can write the"
                + " store can register a key; verify with the hosts' public keys kept elsewhere for independent"
                + " assurance)", chain, witnesses, found.unreadable().stream().map(paths::neutral).toList());
    }

    private WitnessView view(WitnessResult result) {
        return new WitnessView(result.source(), result.verdict().name(), result.confirmed(),
                paths.neutral(result.message()), paths.neutral(result.note()));
    }

    @Operation(summary = "Export recorded evaluations",
            description = "ctip audit export over HTTP, streamed: csv (one line per evaluation; supply-chain hits"
                    + " counted by rule; cells that a spreadsheet would run as a formula are quoted with an apostrophe)"
                    + " or jsonl (one full record per line, every supply-chain row hit included). The filters are those"
                    + " of GET /api/v1/evaluations.")
    @ApiResponse(responseCode = "200", description = "The records, oldest first", content = {
            @Content(mediaType = "text/csv"), @Content(mediaType = "application/jsonl")})
    @ApiResponse(responseCode = "400", description = "A bad format, date or determination",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Not authenticated",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Not an auditor or admin",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "The service does not record evaluations",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "The audit log cannot be read",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/export")
    void export(@Parameter(description = "csv or jsonl (default csv)") @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String organization, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String since, @RequestParam(required = false) String until,
            @RequestParam(required = false) String determination, HttpServletResponse response) {
        AuditExport.Format chosen;
        try {
            chosen = AuditExport.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new BadParameter("format", "format '" + format + "' is not csv or jsonl");
        }
        var filter = ListFilter.of(organization, rule, since, until, determination);
        // the response is started once the log is open: a log that cannot be opened is still a problem+json
        recorded.export(filter, chosen, () -> {
            MediaType type = chosen == AuditExport.Format.CSV ? CSV : JSON_LINES;
            response.setContentType(type.toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename("ctip-audit-export." + chosen.name().toLowerCase(java.util.Locale.ROOT)).build().toString());
            try {
                return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                        64 * 1024);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
