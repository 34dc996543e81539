package org.ctipcheck.supplychain;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalizes goods so that "Cotton", "cotton " and "COTTON" match, "Bricks" matches "brick", and a listed
 * good such as "Brazil Nuts / Chestnuts" or "Fish (Including Talapia)" is found by each of its names. How
 * suppliers' descriptions are read against these keys is {@link GoodsTable}.
 */
final class Goods {
    private Goods() {
    }

    /** The key a good is looked up by: folded, each word singular. */
    static String key(String good) {
        List<String> words = new ArrayList<>();
        for (String token : Text.tokens(Text.fold(good))) {
            words.add(singular(token));
        }
        return String.join(" ", words);
    }

    /** The keys a listed good is found by: the whole name, the name outside parentheses, and each "/" part. */
    static List<String> listedKeys(String listed) {
        List<String> keys = new ArrayList<>();
        keys.add(key(listed));
        String outside = listed.replaceAll("\\([^)]*\\)", " ");
        keys.add(key(outside));
        for (String part : outside.split("/")) {
            keys.add(key(part));
        }
        return keys.stream().filter(k -> !k.isEmpty()).distinct().toList();
    }

    private static String singular(String word) {
        if (word.equals("shoes")) {
            return "shoe"; // not "sho" by the "-oes" rule of "tomatoes"
        }
        if (word.length() > 5 && word.endsWith("sses")) {
            return word.substring(0, word.length() - 2); // "glasses", "dresses"
        }
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && (word.endsWith("oes") || word.endsWith("ches") || word.endsWith("shes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
