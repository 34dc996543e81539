package org.ctipcheck.web.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The users file of a small deployment: YAML with a top-level {@code users:} list, each with {@code name},
 * {@code password} (a bcrypt hash, or <code>{noop}</code> and the password in clear, for tests), {@code role} and,
 * for an IMPLEMENTER, {@code organization} (its SAM.gov UEI). A file that does not read as that is refused with
 * the user and field at fault, so the service does not start.
 */
public final class UsersFile {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** One entry as written. */
    record Entry(String name, String password, String role, String organization) {
    }

    record Document(List<Entry> users) {
    }

    /** A users file that cannot be used: the message names the file, the user and what is wrong. */
    public static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    private UsersFile() {
    }

    public static List<ServicePrincipal> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Invalid("users file " + file + ": no such file");
        } catch (IOException e) {
            throw new Invalid("users file " + file + ": cannot be read (" + e.getMessage() + ")");
        }
        Document document;
        try {
            document = YAML.readValue(bytes, Document.class);
        } catch (JacksonException e) {
            throw new Invalid("users file " + file + ": not a YAML document with a users: list of name, password,"
                    + " role, organization (" + e.getOriginalMessage() + ")");
        }
        if (document == null || document.users() == null || document.users().isEmpty()) {
            throw new Invalid("users file " + file + ": no users (a top-level users: list is needed)");
        }
        Set<String> names = new HashSet<>();
        return document.users().stream().map(entry -> principal(file, entry, names)).toList();
    }

    private static ServicePrincipal principal(Path file, Entry entry, Set<String> names) {
        String where = "users file " + file + ", user " + (entry.name() == null ? "(unnamed)" : "'" + entry.name() + "'");
        if (entry.name() == null || entry.name().isBlank()) {
            throw new Invalid(where + ": name is missing");
        }
        if (!names.add(entry.name())) {
            throw new Invalid(where + ": named twice");
        }
        if (entry.password() == null || entry.password().isBlank()) {
            throw new Invalid(where + ": password is missing (a bcrypt hash, or {noop} and the password for tests)");
        }
        ServiceRole role = Arrays.stream(ServiceRole.values()).filter(r -> r.name().equalsIgnoreCase(
                entry.role() == null ? "" : entry.role().strip().replace('-', '_'))).findFirst()
                .orElseThrow(() -> new Invalid(where + ": role '" + entry.role() + "' is not one of "
                        + Arrays.toString(ServiceRole.values())));
        String organization = entry.organization() == null ? null : entry.organization().strip().toUpperCase(java.util.Locale.ROOT);
        if (role == ServiceRole.IMPLEMENTER && (organization == null || !organization.matches("[A-Z0-9]{12}"))) {
            throw new Invalid(where + ": an IMPLEMENTER needs organization: its 12-character SAM.gov UEI");
        }
        return new ServicePrincipal(entry.name(), entry.password(), role, organization);
    }
}
