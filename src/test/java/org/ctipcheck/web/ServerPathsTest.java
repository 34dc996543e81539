package org.ctipcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.ctipcheck.audit.AuditLocation;
import org.ctipcheck.spring.CtipAuditLog;
import org.ctipcheck.spring.CtipCheckProperties;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Messages of the audit log and the rule pack, as the service answers them: no server path left in them. */
class ServerPathsTest {
    private static final Path DIR = Path.of("/srv/ctip/audit");
    private final ServerPaths paths = new ServerPaths(new CtipProperties(
            new CtipProperties.Security(Path.of("/etc/ctip/users.yaml"),
                    new CtipProperties.Jwt(null, null, null, null, "roles", "uei", "sub")),
            new CtipProperties.Limits(DataSize.ofMegabytes(1), DataSize.ofMegabytes(1), DataSize.ofMegabytes(2))),
            new CtipCheckProperties(new CtipCheckProperties.Rules("/srv/ctip/rules", Path.of("/var/cache/ctip"), null, 64, 0),
                    new CtipCheckProperties.Audit(true, false, "ctip_audit", DIR, null, Path.of("/etc/ctip/signing.key"),
                            List.of(Path.of("/srv/heads")))),
            CtipAuditLog.at(AuditLocation.embedded(DIR)));

    @Test
    void everyConfiguredPathBecomesANeutralName() {
        assertThat(paths.neutral("cannot open the audit log (H2 database in /srv/ctip/audit): file is locked"))
                .isEqualTo("cannot open the audit log (the audit log): file is locked");
        assertThat(paths.neutral("the signing key /etc/ctip/signing.key cannot be read"))
                .isEqualTo("the signing key the signing key file cannot be read");
        assertThat(paths.neutral("cannot read /srv/ctip/audit/audit.mv.db"))
                .isEqualTo("cannot read the audit data directory/audit.mv.db");
        assertThat(paths.neutral("the ruleset in /srv/ctip/rules is not usable"))
                .isEqualTo("the ruleset in the rules folder is not usable");
        assertThat(paths.neutral(null)).isNull();
    }

    @Test
    void aRulesFolderIsNamedByItsOwnName() {
        assertThat(ServerPaths.rulesFolderName(Path.of("/srv/ctip/rules-2026/"))).isEqualTo("rules-2026");
    }
}
