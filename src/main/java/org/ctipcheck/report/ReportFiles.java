package org.ctipcheck.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Writes one report in several formats into a folder, under the predictable names {@code <base>.findings.<ext>}. */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** Returns the files written, in the order of {@code formats}. */
    public static List<Path> write(EvaluationReport report, Path folder, String base, Collection<ReportFormat> formats)
            throws IOException {
        return write(report, Map.of(), folder, base, formats);
    }

    /**
     * The same, with the formats in {@code rendered} written exactly as these bytes (the audit log holds their
     * SHA-256) and the others rendered straight into their files.
     */
    public static List<Path> write(EvaluationReport report, Map<ReportFormat, byte[]> rendered, Path folder, String base,
            Collection<ReportFormat> formats) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            Path target = folder.resolve(format.fileName(base));
            byte[] bytes = rendered.get(format);
            if (bytes != null) {
                Files.write(target, bytes);
            } else {
                try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
                    ReportRenderers.of(format).render(report, out);
                }
            }
            written.add(target);
        }
        return written;
    }
}
