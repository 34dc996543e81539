package org.ctipcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ctipcheck.audit.AuditInputException;
import org.ctipcheck.audit.AuditWitness;
import org.ctipcheck.audit.SignedHead;
import org.ctipcheck.report.ReportStamps;

/** The files given with {@code audit verify --witness}: signed heads, or issued reports in any stamped format. */
final class AuditWitnesses {
    private AuditWitnesses() {
    }

    static List<AuditWitness> read(List<Path> files) {
        List<AuditWitness> witnesses = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                throw new AuditInputException("witness " + file + ": no such file");
            } catch (IOException e) {
                throw new AuditInputException("witness " + file + ": cannot be read (" + e.getMessage() + ")", e);
            }
            if (SignedHead.isSignedHead(bytes)) {
                witnesses.add(new AuditWitness.Head(file.toString(), SignedHead.parse("witness " + file, bytes)));
                continue;
            }
            ReportStamps.Stamped stamped;
            try {
                stamped = ReportStamps.read("witness " + file, bytes);
            } catch (ReportStamps.NoStamp e) {
                throw new AuditInputException(e.getMessage(), e);
            }
            for (ReportStamps.Stamp stamp : stamped.stamps()) {
                witnesses.add(new AuditWitness.Report(file.toString(), stamp.evaluationId(), stamp.sequence(),
                        stamp.chainHead(), stamped.sha256(), stamped.stamps().size() == 1));
            }
        }
        return witnesses;
    }
}
