package org.ctipcheck.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ctipcheck.evaluation.RuleSource;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.findings.Determination;

/**
 * Runs in a child process for {@link ManyProcessesTest}: {@code DIR URL NAME COUNT} records COUNT checks one after
 * another, each its own batch (as {@code ctip check} does), each with the idempotency key NAME-i and a kept JSON
 * report, then says "done". The entries are small and made without evaluating anything, so that eight of these
 * start quickly on a busy machine.
 */
public final class ChildChecks {
    private ChildChecks() {
    }

    public static void main(String[] args) {
        AuditLocation location = new AuditLocation(Path.of(args[0]), args[1]);
        String name = args[2];
        int count = Integer.parseInt(args[3]);
        try (AuditStore store = AuditStore.open(location)) {
            for (int i = 0; i < count; i++) {
                String key = name + "-" + i;
                try (AuditWriter writer = store.writer()) {
                    if (writer.recorded(key).isPresent()) {
                        continue;
                    }
                    AuditStamp stamp = writer.next();
                    writer.append(stamp, entry(key, stamp));
                    writer.commit();
                }
            }
        }
        System.out.println("done");
    }

    /** A small entry for a check keyed {@code key}, whose kept JSON report names its stamp. */
    static AuditEntry entry(String key, AuditStamp stamp) {
        List<RuleSource> rules = List.of(new RuleSource("child.drl", "rule \"child\" when then end"));
        byte[] report = ("{\"audit\":{\"evaluationId\":\"" + stamp.evaluationId() + "\",\"sequence\":" + stamp.sequence()
                + "},\"key\":\"" + key + "\"}").getBytes(StandardCharsets.UTF_8);
        return new AuditEntry(Instant.now(), "child", "workflow", "Child Org", "AWARD-" + key, key + ".json",
                "0".repeat(64), "{}", Ruleset.fingerprintOf(rules), rules, List.of(), LocalDate.of(2026, 3, 1),
                Determination.COMPLIANT, List.of(), List.of(), Map.of("json", AuditEntry.reportHash(report)), null, key,
                report);
    }
}
