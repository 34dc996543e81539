package org.ctipcheck.web.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.ctipcheck.audit.AuditRecord;
import org.ctipcheck.audit.AuditRecordJson;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.check.RecordedEvaluations;
import org.ctipcheck.spring.CtipAuditLog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The auditor's log browser: every recorded evaluation (filters, paging), one record in full, the chain verified
 * with its result, a record replayed with the differences, and the listing exported as {@code ctip audit export}
 * writes it (CSV or JSON Lines). Auditors and admins only (the security chain says so).
 */
@Controller
class AuditPages {
    private final RecordedEvaluations recorded;
    private final CtipAuditLog auditLog;
    private final WebReplays replays;

    AuditPages(RecordedEvaluations recorded, CtipAuditLog auditLog, WebReplays replays) {
        this.recorded = recorded;
        this.auditLog = auditLog;
        this.replays = replays;
    }

    @GetMapping("/audit")
    String browse(ListFilters filters, Model model) {
        model.addAttribute("filters", filters);
        model.addAttribute("labels", ResultPage.LABELS);
        model.addAttribute("page", recorded.list(filters.auditFilter(), null, filters.pageIndex(), ListFilters.PAGE_SIZE));
        return "audit";
    }

    @GetMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", recorded.verify(java.util.List.of()));
        return "audit-verify";
    }

    @GetMapping("/audit/records/{id}")
    String record(@PathVariable String id, Model model) {
        AuditRecord record = recorded.find(id, null)
                .orElseThrow(() -> new PageNotFound("There is no record " + id + " in the audit log."));
        model.addAttribute("record", record);
        model.addAttribute("uei", RecordedEvaluations.organizationUei(record));
        return "audit-record";
    }

    @GetMapping("/audit/records/{id}/replay")
    String replay(@PathVariable String id, Model model) {
        model.addAttribute("replay", replays.replay(id));
        model.addAttribute("id", id);
        return "audit-replay";
    }

    @GetMapping("/audit/export/{format:csv|jsonl}")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String format, ListFilters filters) {
        boolean csv = format.equals("csv");
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (AuditStore store = auditLog.open()) {
                if (csv) {
                    writer.write(AuditRecordJson.CSV_HEADER + "\n");
                }
                store.queries().forEach(filters.auditFilter(), record -> {
                    try {
                        if (csv) {
                            writer.write(AuditRecordJson.csvRow(record) + "\n");
                        } else {
                            AuditRecordJson.write(writer, record, store.queries(), Long.MAX_VALUE, false);
                            writer.write("\n");
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.parseMediaType("application/jsonl"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ctip-audit-export." + format).build().toString())
                .body(body);
    }
}
