package org.ctipcheck.supplychain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches supplier names against a list of entity names (the UFLPA Entity List) after normalization: case,
 * accents and punctuation; legal-form words ("Co., Ltd.", "Inc.", "Youxian Gongsi"); common transliteration
 * variants (Wade-Giles and postal spellings such as "Sinkiang" for Xinjiang); and pinyin syllable spacing
 * ("Hong Yuan" = "Hongyuan"). Equal normalized names are an exact match; otherwise the closest name sharing
 * a word with the supplier's is a close match when its similarity (Dice coefficient over character pairs)
 * is at least the cut-off given (the rule pack's {@code nameSimilarity} parameter).
 */
public final class EntityNames {
    /** The least similarity of a close match. */
    private final double close;
    /** Below this length ratio of the compact names, Dice over pairs stays under {@link #close}: such pairs are skipped. */
    private final double minLengthRatio;

    /**
     * @param close the least similarity (0 to 1) of a close match
     */
    EntityNames(double close) {
        if (!(close > 0 && close <= 1)) {
            throw new IllegalArgumentException("a name-similarity cut-off is above 0 and at most 1: " + close);
        }
        this.close = close;
        // Names of lengths a <= b without repeated pairs share at most a-1 of them: Dice < 2a/(a+b), under the
        // cut-off c once a/b < c/(2-c).
        // 0.6 is the ratio this class always used (cut-off 0.85 allows 0.74): kept as the ceiling, so results at
        // 0.85 are unchanged, and lowered for lower cut-offs, where 0.6 would skip names that can still match.
        this.minLengthRatio = Math.min(0.6, close / (2 - close));
    }
    private static final Set<String> LEGAL_FORMS = Set.of("co", "company", "ltd", "limited", "inc", "incorporated",
            "corp", "corporation", "llc", "plc", "gmbh", "sa", "ag", "bv", "pte", "pty", "jsc", "youxian", "gongsi",
            "zeren", "gufen", "the");
    private static final Map<String, String> TRANSLITERATIONS = Map.ofEntries(
            Map.entry("sinkiang", "xinjiang"), Map.entry("hsinchiang", "xinjiang"),
            Map.entry("urumchi", "urumqi"), Map.entry("wulumuqi", "urumqi"),
            Map.entry("kashi", "kashgar"), Map.entry("kashghar", "kashgar"),
            Map.entry("turfan", "turpan"), Map.entry("tulufan", "turpan"),
            Map.entry("kwangtung", "guangdong"), Map.entry("canton", "guangdong"),
            Map.entry("hotan", "hetian"), Map.entry("khotan", "hetian"),
            Map.entry("aksu", "akesu"), Map.entry("yining", "ghulja"), Map.entry("kuldja", "ghulja"),
            Map.entry("peking", "beijing"), Map.entry("tientsin", "tianjin"),
            Map.entry("jituan", "group"), Map.entry("grp", "group"), Map.entry("intl", "international"),
            Map.entry("tech", "technology"), Map.entry("mfg", "manufacturing"));

    /** Each word that normalization changes: to its transliteration, or to "" when it is a legal-form word. */
    private static final Map<String, String> REWRITES = new HashMap<>();

    static {
        for (String form : LEGAL_FORMS) {
            REWRITES.put(form, "");
        }
        TRANSLITERATIONS.forEach((word, standard) -> REWRITES.put(word, LEGAL_FORMS.contains(standard) ? "" : standard));
    }

    /** Hash filters (a bit per hash value modulo 2^16): a clear bit proves a word or name is not listed. */
    private static final int FILTER_MASK = (1 << 16) - 1;
    private static final java.util.BitSet REWRITTEN_WORDS = new java.util.BitSet(FILTER_MASK + 1);

    static {
        REWRITES.keySet().forEach(word -> REWRITTEN_WORDS.set(word.hashCode() & FILTER_MASK));
    }

    private final java.util.BitSet listedWords = new java.util.BitSet(FILTER_MASK + 1);
    private final java.util.BitSet listedCompacts = new java.util.BitSet(FILTER_MASK + 1);

    private static final java.util.regex.Pattern NOTES = java.util.regex.Pattern.compile("\\((former name|formerly[^)]*)\\)");

    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, List<Candidate>> byWord = new HashMap<>();

    /** A listed name: its entity, normalized key, distinct character pairs (sorted, see {@link #pairs}). */
    private record Candidate(String entity, String key, int[] pairs, int length) {
    }

    /** A match: the listed entity, the similarity (1.0 when exact) and the name that matched. */
    public record Match(String entity, double similarity, String name) {
    }

    void add(String entity, String name) {
        String key = key(name);
        if (key.isEmpty()) {
            return;
        }
        exact.putIfAbsent(key.replace(" ", ""), entity);
        String compact = key.replace(" ", "");
        Candidate candidate = new Candidate(entity, key, pairs(compact), compact.length());
        for (String word : key.split(" ")) {
            byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(candidate);
            listedWords.set(word.hashCode() & FILTER_MASK);
        }
        listedCompacts.set(compact.hashCode() & FILTER_MASK);
    }

    /** The best match for any of the names, exact before close, or null. */
    public Match match(List<String> names) {
        Match best = null;
        for (String name : names) {
            Match match = match(name);
            if (match != null && (best == null || match.similarity() > best.similarity())) {
                best = match;
            }
        }
        return best;
    }

    public Match match(String name) {
        if (name == null || surelyUnlisted(name)) {
            return null;
        }
        return fullMatch(name);
    }

    /** {@link #match(String)} without the hash filters: the reference the filters must agree with. */
    Match fullMatch(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return null;
        }
        String compact = words.size() == 1 ? words.get(0) : String.join("", words);
        String entity = exact.get(compact);
        if (entity != null) {
            return new Match(entity, 1.0, name);
        }
        java.util.Collection<Candidate> candidates = null;
        for (String word : words) {
            List<Candidate> sharing = byWord.get(word);
            if (sharing != null) {
                if (candidates == null) {
                    candidates = new java.util.ArrayList<>(sharing.size());
                }
                candidates.addAll(sharing); // a candidate seen twice is scored twice: cheaper than a set
            }
        }
        if (candidates == null) {
            return null;
        }
        int[] own = null;
        Match best = null;
        for (Candidate candidate : candidates) {
            int shorter = Math.min(compact.length(), candidate.length());
            int longer = Math.max(compact.length(), candidate.length());
            if (shorter < minLengthRatio * longer) {
                continue; // names this different in length cannot reach the threshold: skip the pair sets
            }
            own = own == null ? pairs(compact) : own;
            double similarity = dice(own, candidate.pairs());
            if (similarity >= close && (best == null || similarity > best.similarity())) {
                best = new Match(candidate.entity(), Math.min(similarity, 0.99), name);
            }
        }
        return best;
    }

    /**
     * Whether the name can be shown, without building its words, to match no listed name: none of its words is
     * a listed word (so no close match) and its compact form is not a listed one (so no exact match). Hashes
     * are computed while the characters are scanned, as {@link #words} would normalize them, and looked up in
     * the filters; a word whose hash is a rewritten word's is built and looked up to drop it if it is a legal
     * form. False means "maybe": {@link #match(String)} then does the full comparison. Most names are settled
     * here, which matters because every row's name and aliases are screened.
     */
    private boolean surelyUnlisted(String name) {
        if (name.indexOf('(') >= 0) {
            return false;
        }
        String text = Text.plain(name);
        int compact = 0;
        int before = 0;
        int hash = 0;
        int length = 0;
        int kept = 0;
        int end = text.length();
        for (int i = 0; i <= end; i++) {
            char c = i < end ? text.charAt(i) : ' ';
            if (c != '&' && Character.isLetterOrDigit(c)) {
                if (length == 0) {
                    before = compact;
                }
                char lower = Character.toLowerCase(c);
                hash = 31 * hash + lower;
                compact = 31 * compact + lower;
                length++;
                continue;
            }
            if (c == '\'' || c == '\u2019') {
                continue; // dropped inside a word, as in Text.fold
            }
            if (length > 0) {
                int word = unlistedWord(hash, text, i, length);
                if (word < 0) {
                    return false;
                }
                if (word == 0) {
                    compact = before; // a legal-form word is not part of the name
                } else {
                    kept++;
                }
                hash = 0;
                length = 0;
            }
            if (c == '&') { // the word "and"
                if (listedWords.get(AND & FILTER_MASK) || REWRITTEN_WORDS.get(AND & FILTER_MASK)) {
                    return false;
                }
                compact = 31 * 31 * 31 * compact + AND;
                kept++;
            }
        }
        return kept > 0 && !listedCompacts.get(compact & FILTER_MASK);
    }

    private static final int AND = "and".hashCode();

    /**
     * For a word of the name with this hash, ending before {@code end}: -1 when it may be listed or is
     * transliterated (the full comparison must decide), 0 when it is a legal-form word (dropped), 1 otherwise.
     */
    private int unlistedWord(int hash, String text, int end, int length) {
        int bit = hash & FILTER_MASK;
        if (listedWords.get(bit)) {
            return -1;
        }
        if (!REWRITTEN_WORDS.get(bit)) {
            return 1;
        }
        String rewritten = REWRITES.get(lowerWord(text, end, length));
        return rewritten == null ? 1 : rewritten.isEmpty() ? 0 : -1;
    }

    /** The lower-case word of {@code length} letters or digits ending before {@code end}, apostrophes dropped. */
    private static String lowerWord(String text, int end, int length) {
        char[] word = new char[length];
        int at = length;
        for (int i = end - 1; at > 0; i--) {
            char c = text.charAt(i);
            if (c != '\'' && c != '\u2019') {
                word[--at] = Character.toLowerCase(c);
            }
        }
        return new String(word);
    }

    /** The normalized form names are compared in: its words joined by single spaces. */
    static String key(String name) {
        return String.join(" ", words(name));
    }

    /**
     * The normalized words of a name: former-name notes dropped, {@link Text#fold} (accents, case, punctuation;
     * "&amp;" is "and"), each word transliterated, legal-form words left out. One pass over the characters, no
     * intermediate folded string: this runs for every supplier name and alias.
     */
    static List<String> words(String name) {
        String text = Text.plain(name.indexOf('(') < 0 ? name : NOTES.matcher(name).replaceAll(" "));
        List<String> words = new ArrayList<>(4);
        StringBuilder token = new StringBuilder(16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&') {
                word(token, words);
                token.append("and");
                word(token, words);
            } else if (Character.isLetterOrDigit(c)) {
                token.append(Character.toLowerCase(c));
            } else if (c != '\'' && c != '\u2019') {
                word(token, words);
            }
        }
        word(token, words);
        return words;
    }

    private static void word(StringBuilder token, List<String> words) {
        if (token.length() > 0) {
            String word = token.toString();
            String rewritten = REWRITES.get(word);
            if (rewritten == null) {
                words.add(word);
            } else if (!rewritten.isEmpty()) {
                words.add(rewritten);
            }
            token.setLength(0);
        }
    }

    /**
     * The distinct pairs of adjacent characters of a text, each packed in an int, sorted: a set of pairs that
     * two names can be compared by with a merge, without a hash set of two-character strings per name.
     */
    private static int[] pairs(String text) {
        if (text.length() < 2) {
            return new int[0];
        }
        int[] pairs = new int[text.length() - 1];
        for (int i = 0; i + 1 < text.length(); i++) {
            pairs[i] = text.charAt(i) << 16 | text.charAt(i + 1);
        }
        java.util.Arrays.sort(pairs);
        int distinct = 1;
        for (int i = 1; i < pairs.length; i++) {
            if (pairs[i] != pairs[distinct - 1]) {
                pairs[distinct++] = pairs[i];
            }
        }
        return distinct == pairs.length ? pairs : java.util.Arrays.copyOf(pairs, distinct);
    }

    /** Dice coefficient of two pair sets: twice the shared pairs over the sum of their sizes. */
    private static double dice(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * shared / (a.length + b.length);
    }
}
