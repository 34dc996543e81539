package org.ctipcheck.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.ctipcheck.output.AtomicFile;
import org.ctipcheck.output.Inputs;

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
        return write(report, rendered, folder, base, formats, new Inputs(List.of()));
    }

    /**
     * The same, refusing (before writing any of them) file names that are one of the command's {@code inputs}. Each
     * file is written whole or not at all, and never through a link already at its name.
     */
    public static List<Path> write(EvaluationReport report, Map<ReportFormat, byte[]> rendered, Path folder, String base,
            Collection<ReportFormat> formats, Inputs inputs) throws IOException {
        List<Path> targets = new ArrayList<>();
        for (ReportFormat format : formats) {
            Path target = folder.resolve(format.fileName(base));
            java.util.Optional<Path> input = inputs.overwrittenBy(target);
            if (input.isPresent()) {
                throw new IOException(target + " would overwrite the input " + input.get()
                        + "; choose another output folder");
            }
            targets.add(target);
        }
        Files.createDirectories(folder);
        int i = 0;
        for (ReportFormat format : formats) {
            try (AtomicFile file = AtomicFile.create(targets.get(i++))) {
                byte[] bytes = rendered.get(format);
                if (bytes != null) {
                    file.stream().write(bytes);
                } else {
                    ReportRenderers.of(format).render(report, file.stream());
                }
                file.commit();
            }
        }
        return targets;
    }
}
