package org.ctipcheck.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The users file of ctip serve --users: what it accepts, and each thing it refuses with the user at fault. */
class UsersFileTest {
    @TempDir
    Path folder;

    private Path file(String yaml) throws Exception {
        return Files.writeString(folder.resolve("users.yaml"), yaml);
    }

    @Test
    void readsEveryRoleAndScopesOnlyImplementersToTheirOrganization() throws Exception {
        List<ServicePrincipal> users = UsersFile.read(file("""
                users:
                  - {name: co, password: "{noop}a", role: CONTRACTING_OFFICER}
                  - {name: impl, password: "{noop}b", role: implementer, organization: mgb4qatar021}
                  - {name: aud, password: "{noop}c", role: AUDITOR, organization: MGB4QATAR021}
                  - {name: root, password: "$2a$10$abcdefghijklmnopqrstuv", role: ADMIN}
                """));

        assertThat(users).extracting(ServicePrincipal::role).containsExactly(ServiceRole.CONTRACTING_OFFICER,
                ServiceRole.IMPLEMENTER, ServiceRole.AUDITOR, ServiceRole.ADMIN);
        assertThat(users.get(1).organizationScope()).isEqualTo("MGB4QATAR021");
        assertThat(users.get(2).organizationScope()).isNull(); // an auditor reads every organization's
        assertThat(users.get(0).auditRole()).isEqualTo("contracting-officer");
    }

    @Test
    void anImplementerWithoutAUeiIsRefused() throws Exception {
        assertThatThrownBy(() -> UsersFile.read(file("users:\n  - {name: impl, password: \"{noop}b\", role: IMPLEMENTER}\n")))
                .isInstanceOf(UsersFile.Invalid.class).hasMessageContaining("user 'impl'").hasMessageContaining("UEI");
    }

    @Test
    void anUnknownRoleIsRefusedNamingTheRoles() throws Exception {
        assertThatThrownBy(() -> UsersFile.read(file("users:\n  - {name: x, password: \"{noop}b\", role: BOSS}\n")))
                .isInstanceOf(UsersFile.Invalid.class).hasMessageContaining("'BOSS'").hasMessageContaining("AUDITOR");
    }

    @Test
    void aMissingPasswordATwiceNamedUserAndAnUnknownFieldAreRefused() throws Exception {
        assertThatThrownBy(() -> UsersFile.read(file("users:\n  - {name: x, role: ADMIN}\n")))
                .hasMessageContaining("password is missing");
        assertThatThrownBy(() -> UsersFile.read(file("""
                users:
                  - {name: x, password: "{noop}a", role: ADMIN}
                  - {name: x, password: "{noop}b", role: AUDITOR}
                """))).hasMessageContaining("named twice");
        assertThatThrownBy(() -> UsersFile.read(file("users:\n  - {name: x, password: \"{noop}a\", role: ADMIN, pwd: y}\n")))
                .isInstanceOf(UsersFile.Invalid.class).hasMessageContaining("users file");
    }

    @Test
    void aMissingOrEmptyFileIsRefused() throws Exception {
        assertThatThrownBy(() -> UsersFile.read(folder.resolve("none.yaml"))).hasMessageContaining("no such file");
        assertThatThrownBy(() -> UsersFile.read(file("users: []\n"))).hasMessageContaining("no users");
    }
}
