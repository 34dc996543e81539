package org.ctipcheck.web;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Keeps the server's file system out of what the service answers: messages of the audit log, the rule pack or a
 * witness name the files and folders the settings point at, which a caller has no business knowing (and which
 * tell an attacker where to look). Each such path (as given and absolute) and the audit database's description
 * become a neutral name: "the audit log", "the rules folder", ...
 */
@Component
public class ServerPaths {
    private final Map<String, String> neutralNames = new LinkedHashMap<>();

    public ServerPaths(CtipProperties properties, org.ctipcheck.spring.CtipCheckProperties settings,
            org.ctipcheck.spring.CtipAuditLog auditLog) {
        Map<String, String> names = new LinkedHashMap<>();
        if (auditLog.enabled()) {
            names.put(auditLog.describe(), "the audit log");
        }
        if (settings.audit().db() != null && !settings.audit().db().isBlank()) {
            names.put(settings.audit().db(), "the audit database");
        }
        put(names, settings.audit().dir(), "the audit data directory");
        put(names, settings.audit().signingKey(), "the signing key file");
        String rules = settings.rules().location();
        if (rules != null && !rules.isBlank() && !rules.startsWith("classpath:")) {
            put(names, Path.of(rules), "the rules folder");
        }
        put(names, settings.rules().cacheDir(), "the rules cache");
        put(names, properties.security().usersFile(), "the users file");
        settings.audit().witnesses().forEach(witness -> put(names, witness, "the witness location"));
        // longest first, so that a folder inside another is replaced whole
        names.entrySet().stream().filter(entry -> entry.getKey() != null && entry.getKey().length() > 1)
                .sorted(Comparator.comparingInt((Map.Entry<String, String> entry) -> entry.getKey().length()).reversed())
                .forEach(entry -> neutralNames.putIfAbsent(entry.getKey(), entry.getValue()));
    }

    private static void put(Map<String, String> names, Path path, String name) {
        if (path != null) {
            names.putIfAbsent(path.toString(), name);
            names.putIfAbsent(path.toAbsolutePath().normalize().toString(), name);
        }
    }

    /** {@code message} with every configured server path replaced by its neutral name; null stays null. */
    public String neutral(String message) {
        if (message == null) {
            return null;
        }
        String neutral = message;
        for (Map.Entry<String, String> path : neutralNames.entrySet()) {
            neutral = neutral.replace(path.getKey(), path.getValue());
        }
        return neutral;
    }

    /** The name a report shows for a rules folder: its own name, never the path to it. */
    public static String rulesFolderName(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? "rules" : name.toString();
    }
}
