package org.ctipcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipcheck.evaluation.RuleSource;
import org.ctipcheck.findings.RuleInfo;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.fixtures.TestRules;
import org.junit.jupiter.api.Test;

/**
 * Every rule of severity MAJOR or BLOCKER quotes, in a comment of its .drl file, the paragraph of regulation text
 * behind it, so that a reviewer can check the grade against the words of the text. What counts as quoting:
 * <ul>
 *   <li>a comment block (consecutive {@code //} lines) of the rule's file holds a passage in double quotes ("…" or
 *       “…”) of at least {@value #MIN_WORDS} words;</li>
 *   <li>the passage is attributed to a paragraph: the last citation before it in the same block, written as the
 *       text's name and its paragraph designators, e.g. {@code FAR 52.222-50(b)(7)(i):};</li>
 *   <li>that citation names the same text as a part of the rule's {@code @citation} ({@code FAR} optional, e.g.
 *       {@code 52.222-56(c)(2)}), and its paragraph is the cited paragraph, a paragraph that contains it, or one
 *       of its subparagraphs (a range such as {@code (c)(1)-(2)} cites the paragraph containing both ends;
 *       {@code FAR 52.222-50 Alternate I} is a text of its own).</li>
 * </ul>
 */
class QuotedParagraphTest {
    static final int MIN_WORDS = 8;
    private static final String DOCUMENT = "((?:FAR )?52\\.222-50 Alternate I ?|(?:FAR |DFARS |48 CFR )?\\d{1,3}\\.\\d{3,4}(?:-\\d{1,4})?"
            + "|2 CFR \\d{3}\\.\\d{1,3}|22 U\\.S\\.C\\. \\d{4}[a-z]?|UFLPA (?:Pub\\. L\\. 117-78 )?sec\\. \\d+)";
    private static final String DESIGNATORS = "((?:\\([A-Za-z0-9]{1,6}\\))+)";
    private static final Pattern COMMENT_CITATION = Pattern.compile(DOCUMENT + DESIGNATORS);
    private static final Pattern QUOTE = Pattern.compile("\"([^\"]+)\"|\u201c([^\u201d]+)\u201d");
    private static final Pattern RULE_PART = Pattern.compile(DOCUMENT + "(.*)");
    private static final Pattern ONE_ITEM = Pattern.compile(DESIGNATORS + "(?:-" + DESIGNATORS + ")?");

    /** A paragraph of a text: the text's name without "FAR ", and its designators, e.g. "(b)(7)(i)". */
    record Paragraph(String document, String path) {
        boolean supports(Paragraph cited) {
            return document.equals(cited.document) && (cited.path.startsWith(path) || path.startsWith(cited.path));
        }
    }

    @Test
    void everyMajorAndBlockerRuleQuotesTheParagraphBehindIt() {
        List<String> unquoted = new ArrayList<>();
        for (RuleInfo rule : TestRules.ruleset().rules()) {
            if (!rule.severity().atLeast(Severity.MAJOR)) {
                continue;
            }
            List<Paragraph> quoted = quotedParagraphs(text(rule.file()));
            List<Paragraph> cited = cited(rule.citation());
            if (quoted.stream().noneMatch(q -> cited.stream().anyMatch(q::supports))) {
                unquoted.add(rule.id() + " [" + rule.severity() + ", " + rule.citation() + "] in " + rule.file());
            }
        }
        assertThat(unquoted).as("MAJOR/BLOCKER rules without a quoted paragraph of the text they cite").isEmpty();
    }

    @Test
    void aQuoteCountsOnlyForTheParagraphItIsAttributedTo() {
        String drl = """
                // FAR 52.222-50(b)(2): "Contractors, contractor employees, and their agents shall not- ... (2) Procure
                // commercial sex acts during the period of performance of the contract;"

                // FAR 52.222-50(g)(1)(i): no quote here.
                """;
        List<Paragraph> quoted = quotedParagraphs(drl);
        assertThat(quoted).containsExactly(new Paragraph("52.222-50", "(b)(2)"));
        assertThat(cited("FAR 52.222-50(b)(2); FAR 22.1703(a)")).anyMatch(quoted.get(0)::supports);
        assertThat(cited("FAR 52.222-50(b)")).anyMatch(quoted.get(0)::supports);
        assertThat(cited("FAR 52.222-50(g)(1)(i)")).noneMatch(quoted.get(0)::supports);
        assertThat(cited("FAR 52.222-56(b)(2)")).noneMatch(quoted.get(0)::supports);
    }

    @Test
    void aShortQuoteOrOneWithoutACitationDoesNotCount() {
        assertThat(quotedParagraphs("// FAR 52.222-50(b)(2): \"Procure commercial sex acts\"\n")).isEmpty();
        assertThat(quotedParagraphs("// \"Procure commercial sex acts during the period of performance of the contract\"\n")).isEmpty();
    }

    @Test
    void rangesAndListsCiteTheParagraphsTheyName() {
        assertThat(cited("FAR 52.222-56(b), (c)(1)-(2)")).containsExactly(
                new Paragraph("52.222-56", "(b)"), new Paragraph("52.222-56", "(c)"));
        assertThat(cited("FAR 52.222-50(h)(5)(i)-(ii)")).containsExactly(new Paragraph("52.222-50", "(h)(5)"));
        assertThat(cited("2 CFR 175.105(b)(1)-(3); 22 U.S.C. 7104a(a)")).containsExactly(
                new Paragraph("2 CFR 175.105", "(b)"), new Paragraph("22 U.S.C. 7104a", "(a)"));
    }

    private static String text(String file) {
        return TestRules.ruleset().sources().stream().filter(source -> source.path().equals(file))
                .map(RuleSource::text).findFirst().orElseThrow(() -> new AssertionError("no rule file " + file));
    }

    /** The paragraphs the file's comments quote, each with at least {@value #MIN_WORDS} words. */
    static List<Paragraph> quotedParagraphs(String drl) {
        List<Paragraph> quoted = new ArrayList<>();
        for (String block : commentBlocks(drl)) {
            List<Integer> starts = new ArrayList<>();
            List<Paragraph> citations = new ArrayList<>();
            Matcher citation = COMMENT_CITATION.matcher(block);
            while (citation.find()) {
                starts.add(citation.start());
                citations.add(new Paragraph(document(citation.group(1)), citation.group(2)));
            }
            Matcher quote = QUOTE.matcher(block);
            while (quote.find()) {
                String words = quote.group(1) != null ? quote.group(1) : quote.group(2);
                Paragraph attributed = null;
                for (int i = 0; i < starts.size() && starts.get(i) < quote.start(); i++) {
                    attributed = citations.get(i);
                }
                if (attributed != null && words.strip().split("\\s+").length >= MIN_WORDS) {
                    quoted.add(attributed);
                }
            }
        }
        return quoted;
    }

    /** Consecutive // lines, joined by spaces. */
    private static List<String> commentBlocks(String drl) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : drl.split("\n")) {
            String stripped = line.strip();
            if (stripped.startsWith("//")) {
                block.append(stripped.substring(2).strip()).append(' ');
            } else if (!block.isEmpty()) {
                blocks.add(block.toString());
                block.setLength(0);
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block.toString());
        }
        return blocks;
    }

    /** The paragraphs a rule's @citation names; a range names the paragraph containing both its ends. */
    static List<Paragraph> cited(String citation) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String part : citation.split(";")) {
            Matcher m = RULE_PART.matcher(part.strip());
            if (!m.matches()) {
                continue;
            }
            String document = document(m.group(1));
            String rest = m.group(2).replaceAll("\\([A-Z]{3} \\d{4}[^)]*\\)", "");
            boolean any = false;
            for (String item : rest.split(",")) {
                Matcher one = ONE_ITEM.matcher(item.strip());
                if (one.lookingAt()) {
                    paragraphs.add(new Paragraph(document, one.group(2) == null ? one.group(1) : common(one.group(1), one.group(2))));
                    any = true;
                }
            }
            if (!any) {
                paragraphs.add(new Paragraph(document, ""));
            }
        }
        return paragraphs;
    }

    /** "(c)(1)" and "(2)" (the end of a range names its last designators) have "(c)" in common. */
    private static String common(String from, String to) {
        List<String> start = designators(from);
        List<String> end = designators(to);
        return String.join("", start.subList(0, Math.max(0, start.size() - end.size())));
    }

    private static List<String> designators(String path) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\([A-Za-z0-9]+\\)").matcher(path);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String document(String name) {
        String document = name.strip().replace("Pub. L. 117-78 ", "");
        return document.toUpperCase(Locale.ROOT).startsWith("FAR ") ? document.substring(4) : document;
    }
}
