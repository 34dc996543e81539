package org.ctipcheck.supplychain;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes realistic synthetic attestation files from a seed (same seed, same bytes): a supplier tree of
 * tiers 1-4 across sourcing countries with the goods they typically supply (written as suppliers write them, with
 * an HS code that fits for some), covered subcontract values and end-product flags, recruiters for migrant labour,
 * mostly complete attestations with a few percent of gaps and abuse indicators, a sprinkling of UFLPA
 * names (exact and variant spellings), and, on request, malformed rows (bad quoting, wrong column count,
 * unknown countries). For tests and benchmarks:
 * {@code java -cp ... org.ctipcheck.supplychain.AttestationGenerator --rows 1000000 --seed 42 out.csv}.
 */
public final class AttestationGenerator {
    private static final String[][] COUNTRIES = {
        // country as written, weight, typical goods
        {"CN", "24", "raw cotton;cotton yarn;garments;electronics;polysilicon;solar modules;textiles;toys;steel;aluminum;tomato paste"},
        {"Viet Nam", "9", "garments;footwear;printed circuit boards;frozen shrimp;green coffee;textiles"},
        {"BD", "7", "knitted garments;cotton fabric;leather;prawns;dried fish"},
        {"India", "8", "garments;cotton;clay bricks;basmati rice;hand-knotted rugs;steel;electronics"},
        {"MYS", "6", "electronics;crude palm oil;nitrile gloves;garments"},
        {"TH", "4", "frozen shrimp;canned tuna;raw cane sugar;electronics;natural rubber"},
        {"Mexico", "8", "electronics;fresh tomatoes;coffee beans;auto parts;cantaloupe"},
        {"US", "14", "fasteners;machined parts;electronics;software services;logistics"},
        {"DE", "4", "machined parts;chemicals;auto parts"},
        {"Brazil", "4", "live cattle;coffee;sugarcane;sawn timber;steel"},
        {"Ghana", "2", "cocoa beans;gold;fish"},
        {"Côte d'Ivoire", "2", "cocoa butter;coffee;rubber"},
        {"ID", "3", "crude palm oil;fish;natural rubber;garments;tin ingots"},
        {"Burma", "1", "jade;rubies;garments;paddy rice"},
        {"PK", "2", "cotton yarn;bricks;carpets;surgical instruments"},
        {"Turkey (Türkiye)", "2", "garments;hazelnuts;textiles"},
    };
    /** HS codes as suppliers give them for some of the goods above (HS 2022); other goods get none. */
    private static final java.util.Map<String, String> HS_CODES = java.util.Map.ofEntries(
            java.util.Map.entry("raw cotton", "5201.00"), java.util.Map.entry("cotton yarn", "5205.11"),
            java.util.Map.entry("garments", "6109.10"), java.util.Map.entry("knitted garments", "6110.20"),
            java.util.Map.entry("polysilicon", "2804.61"), java.util.Map.entry("solar modules", "8541.43"),
            java.util.Map.entry("frozen shrimp", "0306.17"), java.util.Map.entry("prawns", "0306.17"),
            java.util.Map.entry("green coffee", "0901.11"), java.util.Map.entry("cocoa beans", "1801.00"),
            java.util.Map.entry("cocoa butter", "1804.00"), java.util.Map.entry("crude palm oil", "1511.10"),
            java.util.Map.entry("hand-knotted rugs", "5701.10"), java.util.Map.entry("tin ingots", "8001.10"),
            java.util.Map.entry("fasteners", "7318.15"), java.util.Map.entry("machined parts", "8487.90"));
    private static final String[] SYLLABLES = {"han", "xing", "long", "tai", "hua", "min", "jin", "sheng", "fu", "an",
        "kang", "wei", "da", "tong", "mei", "lin", "ping", "rui", "yuan", "bao", "nova", "tek", "star", "globe", "prime",
        "delta", "apex", "sun", "blue", "river"};
    private static final String[] SUFFIXES = {"Co., Ltd.", "Ltd", "Inc.", "LLC", "Company Limited", "Group", "Pvt. Ltd.",
        "S.A. de C.V.", "GmbH", "Industries"};
    private static final String[] UFLPA = {"Xinjiang Tengxiang Magnesium Products Co., Ltd.",
        "XINJIANG TENGXIANG MAGNESIUM PRODUCTS CO LTD", "Hoyuan Green Energy Co. Ltd.", "Turpan Esquel Textile Co Ltd",
        "Sinkiang Habahe Ashele Copper Company Limited", "Xinjiang Tengxiang Magnesium Product Co."};
    private static final String[] AUDITS = {"SMETA", "SA8000", "RBA VAP", "amfori BSCI", "SELF_ASSESSMENT"};
    private static final String[] RECRUITMENT = {"NP", "BD", "MM", "Philippines", "KH", "VN", "ET", "ID"};

    private final Random random;
    private final LocalDate today;
    private final double malformed;
    private final List<String> parents = new ArrayList<>();

    public AttestationGenerator(long seed, double malformedRate) {
        this.random = new Random(seed);
        this.today = LocalDate.of(2026, 11, 28);
        this.malformed = malformedRate;
    }

    public static void main(String[] args) throws IOException {
        long rows = 100_000;
        long seed = 42;
        double malformed = 0;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--malformed" -> malformed = Double.parseDouble(args[++i]);
                default -> out = Path.of(args[i]);
            }
        }
        if (out == null) {
            System.err.println("usage: AttestationGenerator [--rows N] [--seed S] [--malformed RATE] FILE(.csv|.jsonl)");
            System.exit(2);
        }
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            new AttestationGenerator(seed, malformed).write(writer, rows, SupplyChainScreen.formatOf(out).equals("jsonl"));
        }
    }

    public void write(Writer out, long rows, boolean jsonLines) throws IOException {
        if (!jsonLines) {
            out.write(String.join(",", AttestationColumns.ALL));
            out.write('\n');
        }
        for (long i = 1; i <= rows; i++) {
            String[] cells = row(i);
            if (random.nextDouble() < malformed) {
                out.write(malformedLine(cells, jsonLines));
            } else {
                out.write(jsonLines ? json(cells) : csv(cells));
            }
            out.write('\n');
        }
    }

    private String[] row(long n) {
        String[] cells = new String[AttestationColumns.ALL.size()];
        String[] country = pickCountry();
        String[] goods = country[2].split(";");
        int tier = 1 + Math.min(3, (int) Math.floor(Math.abs(random.nextGaussian()) * 1.5));
        double roleDraw = random.nextDouble();
        String role = roleDraw < 0.6 ? "supplier" : roleDraw < 0.9 ? "subcontractor" : "labor_recruiter";
        String id = "S" + n;
        boolean uflpa = random.nextDouble() < 0.0005;
        cells[0] = id;
        cells[1] = uflpa ? UFLPA[random.nextInt(UFLPA.length)] : name();
        cells[2] = random.nextDouble() < 0.1 ? name() : "";
        cells[3] = role;
        cells[4] = random.nextDouble() < 0.005 ? "" : Integer.toString(tier);
        cells[5] = tier > 1 && !parents.isEmpty() ? parents.get(random.nextInt(parents.size())) : "";
        cells[6] = random.nextDouble() < 0.003 ? "" : country[0];
        String good = goods[random.nextInt(goods.length)];
        cells[7] = good + (random.nextDouble() < 0.2 ? ";" + goods[random.nextInt(goods.length)] : "");
        cells[8] = random.nextDouble() < 0.4 ? HS_CODES.getOrDefault(good, "") : "";
        int migrants = role.equals("labor_recruiter") || random.nextDouble() < 0.25 ? random.nextInt(400) : 0;
        cells[9] = migrants > 0 && random.nextDouble() > 0.02 ? RECRUITMENT[random.nextInt(RECRUITMENT.length)]
                + (random.nextBoolean() ? ";" + RECRUITMENT[random.nextInt(RECRUITMENT.length)] : "") : "";
        cells[10] = Integer.toString(migrants);
        cells[11] = flag(0.01);
        cells[12] = flag(0.015);
        cells[13] = flag(0.005);
        cells[14] = flag(0.005);
        cells[15] = Integer.toString(40 + random.nextInt(random.nextDouble() < 0.05 ? 40 : 20));
        cells[16] = flag(0.3);
        cells[17] = migrants > 0 ? flag(0.95) : "";
        boolean audited = random.nextDouble() < 0.8;
        cells[18] = audited ? AUDITS[random.nextInt(AUDITS.length)] : "";
        cells[19] = audited ? today.minusDays(random.nextInt(1000)).toString() : "";
        cells[20] = audited ? (random.nextDouble() < 0.05 ? "FAIL" : "PASS") : "";
        cells[21] = flag(0.97);
        cells[22] = flag(0.97);
        cells[23] = flag(0.9);
        cells[24] = random.nextDouble() < 0.02 ? "" : today.minusDays(400 + random.nextInt(800)).toString();
        cells[25] = today.minusDays(random.nextInt(random.nextDouble() < 0.05 ? 700 : 360)).toString();
        boolean optionB = random.nextDouble() < 0.03;
        cells[26] = optionB ? "B" : "A";
        cells[27] = optionB && random.nextDouble() < 0.7 ? "REM-" + n : "";
        cells[28] = flag(country[0].equals("CN") ? 0.02 : 0);
        boolean subcontract = !role.equals("supplier");
        cells[29] = subcontract && random.nextDouble() < 0.9 ? Integer.toString(50_000 + random.nextInt(1_500_000)) : "";
        cells[30] = tier == 1 && role.equals("supplier") ? flag(0.5) : "false";
        if (parents.size() < 5000) {
            parents.add(id);
        } else if (random.nextDouble() < 0.01) {
            parents.set(random.nextInt(parents.size()), id);
        }
        return cells;
    }

    private String[] pickCountry() {
        int total = 0;
        for (String[] country : COUNTRIES) {
            total += Integer.parseInt(country[1]);
        }
        int draw = random.nextInt(total);
        for (String[] country : COUNTRIES) {
            draw -= Integer.parseInt(country[1]);
            if (draw < 0) {
                return country;
            }
        }
        return COUNTRIES[0];
    }

    private String name() {
        StringBuilder name = new StringBuilder();
        int words = 2 + random.nextInt(2);
        for (int i = 0; i < words; i++) {
            String syllable = SYLLABLES[random.nextInt(SYLLABLES.length)];
            name.append(Character.toUpperCase(syllable.charAt(0))).append(syllable, 1, syllable.length());
            if (random.nextBoolean()) {
                name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            name.append(' ');
        }
        return name.append(SUFFIXES[random.nextInt(SUFFIXES.length)]).toString();
    }

    private String flag(double probabilityTrue) {
        return random.nextDouble() < probabilityTrue ? "true" : "false";
    }

    private String malformedLine(String[] cells, boolean jsonLines) {
        int kind = random.nextInt(3);
        if (jsonLines) {
            return kind == 0 ? "{\"supplier_id\": \"" + cells[0] + "\", broken" : kind == 1 ? "[1,2,3]"
                    : json(withCountry(cells, "Atlantis"));
        }
        return switch (kind) {
            case 0 -> cells[0] + ",\"unclosed " + cells[1] + "\"x," + String.join(",", java.util.Arrays.copyOfRange(cells, 2, cells.length));
            case 1 -> String.join(",", java.util.Arrays.copyOf(cells, cells.length - 3));
            default -> csv(withCountry(cells, "Atlantis"));
        };
    }

    private static String[] withCountry(String[] cells, String country) {
        String[] copy = cells.clone();
        copy[6] = country;
        return copy;
    }

    private static String csv(String[] cells) {
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(FindingsFile.csv(cells[i]));
        }
        return line.toString();
    }

    private static String json(String[] cells) {
        StringBuilder line = new StringBuilder(512).append('{');
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append('"').append(AttestationColumns.ALL.get(i)).append("\":").append(FindingsFile.quote(cells[i]));
        }
        return line.append('}').toString();
    }
}
