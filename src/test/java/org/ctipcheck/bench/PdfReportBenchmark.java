package org.ctipcheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import org.ctipcheck.report.EvaluationReport;
import org.ctipcheck.report.ReportSamples;
import org.ctipcheck.report.pdf.PdfReportWriter;

/**
 * PDF rendering benchmark (not a test): renders a synthetic report of N findings (and N rule hits) after
 * warm-up, several times, and prints the median and minimum wall time and rendering-thread CPU time per
 * render (CPU time is steadier on a shared machine), the file size and the peak heap used. Run with bench/pdf-report.sh, which also sets the heap limit.
 *   PdfReportBenchmark [FINDINGS...]   (default: 1000 10000)
 */
public final class PdfReportBenchmark {
    private PdfReportBenchmark() {
    }

    /** Discards the PDF, counting its bytes: the benchmark measures rendering, not a byte array or a disk. */
    private static final class CountingStream extends java.io.OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {1_000, 10_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        PdfReportWriter writer = new PdfReportWriter();
        EvaluationReport warm = ReportSamples.withFindings(2_000);
        for (int i = 0; i < 8; i++) {
            writer.write(warm);
        }
        for (int size : sizes) {
            EvaluationReport report = ReportSamples.withFindings(size);
            int runs = size <= 10_000 ? 11 : 5;
            writer.write(report, new CountingStream());
            long[] times = new long[runs];
            long[] cpu = new long[runs];
            long bytes = 0;
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < runs; i++) {
                long startCpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                CountingStream sink = new CountingStream();
                writer.write(report, sink);
                bytes = sink.count;
                times[i] = System.nanoTime() - start;
                cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
            }
            Arrays.sort(times);
            Arrays.sort(cpu);
            System.out.printf("%,7d findings: wall median %,6.0f ms (min %,6.0f, max %,6.0f); thread CPU median %,6.0f ms"
                    + " (min %,6.0f) over %d runs; %,d bytes%n", size, times[runs / 2] / 1e6, times[0] / 1e6,
                    times[runs - 1] / 1e6, cpu[runs / 2] / 1e6, cpu[0] / 1e6, runs, bytes);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("peak heap used (sum of pool peaks): %,d MB; max heap %,d MB%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
