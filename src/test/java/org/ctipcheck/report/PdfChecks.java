package org.ctipcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a generated PDF back for assertions: its text per page, its outline, and qpdf's verdict. */
final class PdfChecks {
    private PdfChecks() {
    }

    static List<String> pages(byte[] pdf) {
        return pages(pdf, 1, Integer.MAX_VALUE);
    }

    /** The text of pages {@code first} to {@code last} (1-based, inclusive; clipped to the document). */
    static List<String> pages(byte[] pdf, int first, int last) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = Math.max(1, first); page <= Math.min(last, document.getNumberOfPages()); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        return String.join("\n", pages(pdf));
    }

    static List<String> outline(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            return titles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text poppler's {@code pdftotext} extracts (Debian package poppler-utils; .ci/run installs it). */
    static String pdftotext(byte[] pdf) {
        return poppler(pdf, "pdftotext", "-enc", "UTF-8", "%s", "-");
    }

    /** The font table of poppler's {@code pdffonts}: name, type, encoding, embedded, subset, ToUnicode. */
    static String pdffonts(byte[] pdf) {
        return poppler(pdf, "pdffonts", "%s");
    }

    /** Runs a poppler tool on the PDF ("%s" stands for its file) and returns what it printed; it must succeed. */
    private static String poppler(byte[] pdf, String... command) {
        try {
            Path file = Files.createTempFile("ctip-report", ".pdf");
            try {
                Files.write(file, pdf);
                List<String> args = new ArrayList<>();
                for (String arg : command) {
                    args.add(arg.equals("%s") ? file.toString() : arg);
                }
                Process process = new ProcessBuilder(args).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(process.waitFor()).as("%s exit code", command[0]).isZero();
                return output;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command[0] + " (install the Debian package poppler-utils): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code qpdf --check} (Debian package qpdf; .ci/run installs it) and asserts the file is sound. */
    static void passesQpdfCheck(byte[] pdf) {
        try {
            Path file = Files.createTempFile("ctip-report", ".pdf");
            try {
                Files.write(file, pdf);
                Process process = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int exit = process.waitFor();
                assertThat(exit).as("qpdf --check exit code; output:%n%s", output).isZero();
                assertThat(output).contains("No syntax or stream encoding errors found");
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run qpdf (install the Debian package qpdf): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
