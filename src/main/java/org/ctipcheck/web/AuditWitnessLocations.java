package org.ctipcheck.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ctipcheck.audit.AuditWitness;
import org.ctipcheck.check.AuditWitnesses;

/**
 * The witness locations of {@code ctip.audit.witnesses}, read afresh at every verification (a head or report
 * dropped into a folder counts from then on). Each witness is named by its path below its location, never by
 * where that is on the server; a file that cannot be read as a witness is reported by that name, not fatal.
 */
public record AuditWitnessLocations(List<Path> locations) {
    public AuditWitnessLocations {
        locations = List.copyOf(locations);
    }

    /** The witnesses found, and why each file that holds none was left out. */
    public record Found(List<AuditWitness> witnesses, List<String> unreadable) {
    }

    public Found read() {
        List<AuditWitness> witnesses = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path location : locations) {
            List<Path> files;
            try {
                files = AuditWitnesses.files(List.of(location));
            } catch (RuntimeException e) {
                unreadable.add("witness location " + name(location, location) + " is gone: no such file or folder");
                continue;
            }
            for (Path file : files) {
                try {
                    witnesses.addAll(AuditWitnesses.read(List.of(file), witness -> name(location, witness)));
                } catch (org.ctipcheck.audit.AuditException e) {
                    unreadable.add(e.getMessage());
                }
            }
        }
        return new Found(witnesses, unreadable);
    }

    /** A file of a folder by its name in the folder; a file given itself by its file name. */
    private static String name(Path location, Path file) {
        Path name = file.equals(location) ? file.getFileName() : location.relativize(file);
        return name == null ? "witness" : name.toString();
    }
}
