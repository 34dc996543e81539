package org.ctipcheck.supplychain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches supplier names against a list of entity names (the UFLPA Entity List) after normalization: case,
 * accents and punctuation; legal-form words ("Co., Ltd.", "Inc.", "Youxian Gongsi"); common transliteration
 * variants (Wade-Giles and postal spellings such as "Sinkiang" for Xinjiang); and pinyin syllable spacing
 * ("Hong Yuan" = "Hongyuan"). Equal normalized names are an exact match; otherwise the closest name sharing
 * a word with the supplier's is a close match when its similarity (Dice coefficient over character pairs)
 * is at least {@value #CLOSE}.
 */
public final class EntityNames {
    static final double CLOSE = 0.85;
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

    private static final java.util.regex.Pattern NOTES = java.util.regex.Pattern.compile("\\((former name|formerly[^)]*)\\)");

    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, List<Candidate>> byWord = new HashMap<>();

    /** Below this length ratio of the compact names, Dice over pairs stays well under {@link #CLOSE}. */
    private static final double MIN_LENGTH_RATIO = 0.6;

    private record Candidate(String entity, String key, Set<String> pairs, int length) {
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
        }
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
        if (name == null) {
            return null;
        }
        String key = key(name);
        if (key.isEmpty()) {
            return null;
        }
        String entity = exact.get(key.replace(" ", ""));
        if (entity != null) {
            return new Match(entity, 1.0, name);
        }
        java.util.Collection<Candidate> candidates = null;
        for (String word : key.split(" ")) {
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
        String compact = key.replace(" ", "");
        Set<String> own = null;
        Match best = null;
        for (Candidate candidate : candidates) {
            int shorter = Math.min(compact.length(), candidate.length());
            int longer = Math.max(compact.length(), candidate.length());
            if (shorter < MIN_LENGTH_RATIO * longer) {
                continue; // names this different in length cannot reach the threshold: skip the pair sets
            }
            own = own == null ? pairs(compact) : own;
            double similarity = dice(own, candidate.pairs());
            if (similarity >= CLOSE && (best == null || similarity > best.similarity())) {
                best = new Match(candidate.entity(), Math.min(similarity, 0.99), name);
            }
        }
        return best;
    }

    /** The normalized form names are compared in. */
    static String key(String name) {
        String withoutNotes = name.indexOf('(') < 0 ? name : NOTES.matcher(name).replaceAll(" ");
        List<String> words = new ArrayList<>();
        for (String token : Text.tokens(Text.fold(withoutNotes))) {
            String word = TRANSLITERATIONS.getOrDefault(token, token);
            if (!LEGAL_FORMS.contains(word)) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    private static Set<String> pairs(String text) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            pairs.add(text.substring(i, i + 2));
        }
        return pairs;
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String pair : a) {
            if (b.contains(pair)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
