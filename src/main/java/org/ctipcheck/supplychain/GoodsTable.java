package org.ctipcheck.supplychain;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads goods as suppliers write them ({@code reference/goods-synonyms.yaml}): the listed goods a description
 * names, as whole words, longest phrase first, and the families it belongs to; and the listed goods an HS code
 * stands for, by its longest listed prefix. Keys are {@link Goods#key} forms. Immutable; shared by the threads.
 */
final class GoodsTable {
    /** What a phrase gives: listed goods (their keys), families, or nothing (an exclusion). */
    record Phrase(Set<String> goods, Set<String> families) {
    }

    /** What a description or HS code names: listed goods (their keys) and families. */
    record Reading(Set<String> goods, Set<String> families) {
        static final Reading NOTHING = new Reading(Set.of(), Set.of());
    }

    private final Map<String, Phrase> phrases;
    private final int longest;
    private final Map<String, Set<String>> hsPrefixes;
    private final Map<String, Set<String>> familiesOfGood;
    private final Map<String, List<String>> goodsOfFamily;

    GoodsTable(Map<String, Phrase> phrases, Map<String, Set<String>> hsPrefixes,
            Map<String, Set<String>> familiesOfGood, Map<String, List<String>> goodsOfFamily) {
        this.phrases = Map.copyOf(phrases);
        this.longest = phrases.keySet().stream().mapToInt(phrase -> phrase.split(" ").length).max().orElse(1);
        this.hsPrefixes = Map.copyOf(hsPrefixes);
        this.familiesOfGood = Map.copyOf(familiesOfGood);
        this.goodsOfFamily = Map.copyOf(goodsOfFamily);
    }

    /**
     * The listed goods and families a description names: read left to right, at each word the longest phrase
     * starting there is taken and its words are not read again; a word no phrase starts with is skipped.
     */
    Reading read(String description) {
        String key = Goods.key(description);
        if (key.isEmpty()) {
            return Reading.NOTHING;
        }
        String[] words = key.split(" ");
        Set<String> goods = new LinkedHashSet<>();
        Set<String> families = new LinkedHashSet<>();
        int at = 0;
        while (at < words.length) {
            int taken = 0;
            for (int length = Math.min(longest, words.length - at); length > 0 && taken == 0; length--) {
                Phrase phrase = phrases.get(String.join(" ", java.util.Arrays.copyOfRange(words, at, at + length)));
                if (phrase != null) {
                    add(phrase.goods(), phrase.families(), goods, families);
                    taken = length;
                }
            }
            at += Math.max(taken, 1);
        }
        return goods.isEmpty() && families.isEmpty() ? Reading.NOTHING : new Reading(goods, families);
    }

    /** The listed goods an HS code stands for, by its longest listed prefix (dots and spaces ignored). */
    Reading readHs(String code) {
        StringBuilder kept = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c >= '0' && c <= '9') {
                kept.append(c);
            }
        }
        String digits = kept.toString();
        for (int length = digits.length(); length >= 2; length--) {
            Set<String> goods = hsPrefixes.get(digits.substring(0, length));
            if (goods != null) {
                Set<String> families = new LinkedHashSet<>();
                add(goods, Set.of(), new LinkedHashSet<>(), families);
                return new Reading(goods, families);
            }
        }
        return Reading.NOTHING;
    }

    /** The listed goods (keys) of a family, in the table's order. */
    List<String> goodsOf(String family) {
        return goodsOfFamily.getOrDefault(family, List.of());
    }

    private void add(Set<String> phraseGoods, Set<String> phraseFamilies, Set<String> goods, Set<String> families) {
        goods.addAll(phraseGoods);
        families.addAll(phraseFamilies);
        for (String good : phraseGoods) {
            families.addAll(familiesOfGood.getOrDefault(good, Set.of()));
        }
    }

    private static Set<String> ordered(Set<String> set) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(set));
    }

    /** Builds a table; the listed names themselves are phrases too. */
    static final class Builder {
        private final Map<String, Phrase> phrases = new HashMap<>();
        private final Map<String, Set<String>> hs = new HashMap<>();
        private final Map<String, Set<String>> familiesOfGood = new HashMap<>();
        private final Map<String, List<String>> goodsOfFamily = new HashMap<>();

        /** A phrase that names a listed good (by its key). */
        Builder term(String phrase, String goodKey) {
            Phrase old = phrases.get(Goods.key(phrase));
            Set<String> goods = new LinkedHashSet<>(old == null ? Set.of() : old.goods());
            goods.add(goodKey);
            phrases.put(Goods.key(phrase), new Phrase(ordered(goods), old == null ? Set.of() : old.families()));
            return this;
        }

        /** A generic word that places a description in a family without naming a good. */
        Builder familyWord(String phrase, String family) {
            Phrase old = phrases.get(Goods.key(phrase));
            Set<String> families = new LinkedHashSet<>(old == null ? Set.of() : old.families());
            families.add(family);
            phrases.put(Goods.key(phrase), new Phrase(old == null ? Set.of() : old.goods(), ordered(families)));
            return this;
        }

        /** A phrase that contains a listed word but names no listed good. */
        Builder exclusion(String phrase) {
            phrases.put(Goods.key(phrase), new Phrase(Set.of(), Set.of()));
            return this;
        }

        Builder hs(String prefix, String goodKey) {
            hs.computeIfAbsent(prefix, p -> new LinkedHashSet<>()).add(goodKey);
            return this;
        }

        Builder family(String family, String goodKey) {
            familiesOfGood.computeIfAbsent(goodKey, g -> new LinkedHashSet<>()).add(family);
            goodsOfFamily.computeIfAbsent(family, f -> new java.util.ArrayList<>()).add(goodKey);
            return this;
        }

        /** Whether a phrase is already an exclusion (an exclusion is not overridden by a listed name). */
        boolean excluded(String phrase) {
            Phrase old = phrases.get(Goods.key(phrase));
            return old != null && old.goods().isEmpty() && old.families().isEmpty();
        }

        GoodsTable build() {
            Map<String, Set<String>> frozen = new HashMap<>();
            hs.forEach((prefix, goods) -> frozen.put(prefix, ordered(goods)));
            Map<String, Set<String>> families = new HashMap<>();
            familiesOfGood.forEach((good, names) -> families.put(good, ordered(names)));
            Map<String, List<String>> members = new HashMap<>();
            goodsOfFamily.forEach((family, goods) -> members.put(family, List.copyOf(goods)));
            return new GoodsTable(phrases, frozen, families, members);
        }
    }
}
