package org.ctipcheck.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ctipcheck.audit.AuditInputException;
import org.ctipcheck.audit.AuditWitness;
import org.ctipcheck.audit.SignedHead;
import org.ctipcheck.report.ReportStamps;

/**
 * Witnesses of the audit log read from files, for every channel ({@code ctip audit verify --witness FILE}, the
 * service's configured witness locations): signed heads written by {@code ctip audit head}, or issued reports in
 * any stamped format (each stamp of a file a witness of its own).
 */
public final class AuditWitnesses {
    private AuditWitnesses() {
    }

    /** The witnesses in {@code files}, each named by its path. */
    public static List<AuditWitness> read(List<Path> files) {
        return read(files, Path::toString);
    }

    /**
     * The witnesses in {@code files}, each named in results and messages by {@code name} (a channel that must not
     * show its file system names them otherwise).
     *
     * @throws AuditInputException naming the first file that is missing, unreadable, or neither a head nor a report
     */
    public static List<AuditWitness> read(List<Path> files, Function<Path, String> name) {
        List<AuditWitness> witnesses = new ArrayList<>();
        for (Path file : files) {
            String source = name.apply(file);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                throw new AuditInputException("witness " + source + ": no such file");
            } catch (IOException e) {
                throw new AuditInputException("witness " + source + ": cannot be read", e);
            }
            if (SignedHead.isSignedHead(bytes)) {
                witnesses.add(new AuditWitness.Head(source, SignedHead.parse("witness " + source, bytes)));
                continue;
            }
            ReportStamps.Stamped stamped;
            try {
                stamped = ReportStamps.read("witness " + source, bytes);
            } catch (ReportStamps.NoStamp e) {
                throw new AuditInputException(e.getMessage(), e);
            }
            for (ReportStamps.Stamp stamp : stamped.stamps()) {
                witnesses.add(new AuditWitness.Report(source, stamp.evaluationId(), stamp.sequence(),
                        stamp.chainHead(), stamped.sha256(), stamped.stamps().size() == 1));
            }
        }
        return witnesses;
    }

    /**
     * The witness files of {@code locations}: a file as itself, a folder as the regular files directly in it (by
     * name; hidden files left out), so that heads and reports dropped into a folder are picked up as they come.
     *
     * @throws AuditInputException for a location that does not exist
     */
    public static List<Path> files(List<Path> locations) {
        List<Path> files = new ArrayList<>();
        for (Path location : locations) {
            if (Files.isDirectory(location)) {
                try (Stream<Path> entries = Files.list(location)) {
                    entries.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new AuditInputException("witness folder " + location.getFileName() + ": cannot be listed", e);
                }
            } else if (Files.isRegularFile(location)) {
                files.add(location);
            } else {
                throw new AuditInputException("witness location " + location + ": no such file or folder");
            }
        }
        return files;
    }
}
