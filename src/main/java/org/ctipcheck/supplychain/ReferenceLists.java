package org.ctipcheck.supplychain;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctipcheck.evaluation.PolicyParameters;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.submission.ReferenceListEdition;
import org.ctipcheck.submission.RowScreening;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The reference lists of a rule pack (its {@code reference/} files) or of a folder, as described by their
 * {@code lists.yaml}: a newer edition is a new CSV with the same columns and an updated entry there, no code
 * change. Screening uses the pack's policy parameters (UFLPA name-similarity cut-off, high-risk TIP tiers).
 * Immutable once loaded and safe to share between threads.
 */
public final class ReferenceLists {
    public static final String MANIFEST = "lists.yaml";
    private static final String LOCAL_ALIASES = "country-aliases-local.csv";

    private final List<ReferenceListEdition> editions;
    /** Each list's file in the reference folder, by list id. */
    private final Map<String, String> fileById = new HashMap<>();
    private final Set<String> highRiskTiers;
    private final Countries countries = new Countries();
    private final Map<String, Map<String, List<String>>> tvpra = new HashMap<>();
    private final Map<String, Boolean> tvpraForced = new HashMap<>();
    private final Map<String, Map<String, String>> eo = new HashMap<>();
    private final Map<String, String> tiers = new HashMap<>();
    private final EntityNames uflpa;
    /** Every good on the ILAB and E.O. 13126 lists by its key, as the list first writes it. */
    private final Map<String, String> listedNames = new HashMap<>();
    /** The goods listed in each country (ILAB or E.O. 13126), by their whole-name keys: the review candidates. */
    private final Map<String, Set<String>> listedInCountry = new HashMap<>();
    private final GoodsTable goodsTable;

    /** The lists' files by name relative to the lists' folder; null when there is no such file. */
    private interface ListFiles {
        Reader open(String name) throws IOException;

        String describe(String name);
    }

    private ReferenceLists(ListFiles files, PolicyParameters parameters) throws IOException {
        this.highRiskTiers = Set.copyOf(parameters.highRiskTipTiers());
        this.uflpa = new EntityNames(parameters.nameSimilarity());
        String manifest;
        try (Reader in = files.open(MANIFEST)) {
            if (in == null) {
                throw new InvalidAttestationFile("reference lists: " + files.describe(MANIFEST) + " does not exist");
            }
            manifest = new java.io.BufferedReader(in).lines().collect(java.util.stream.Collectors.joining("\n"));
        }
        JsonNode lists = YAMLMapper.builder().build().readTree(manifest).get("lists");
        List<ReferenceListEdition> read = new ArrayList<>();
        for (JsonNode list : lists) {
            String id = list.get("id").asString();
            String file = list.get("file").asString();
            fileById.put(id, file);
            int entries;
            try (Reader in = files.open(file)) {
                if (in == null) {
                    throw new IOException(files.describe(file) + " does not exist");
                }
                entries = load(id, file, in);
            }
            read.add(new ReferenceListEdition(id, text(list, "name"), text(list, "edition"),
                    list.hasNonNull("asOf") ? LocalDate.parse(list.get("asOf").asString()) : null,
                    list.hasNonNull("staleAfterMonths") ? list.get("staleAfterMonths").asInt() : null,
                    list.hasNonNull("partial") && list.get("partial").asBoolean(), text(list, "note"), entries));
        }
        try (Reader local = files.open(LOCAL_ALIASES)) {
            if (local != null) {
                rows(LOCAL_ALIASES, local, row -> countries.add(row.get("source_name"), row.get("iso2")));
            }
        }
        try (Reader synonyms = files.open(GoodsSynonymsFile.FILE)) {
            String yaml = synonyms == null ? null
                    : new java.io.BufferedReader(synonyms).lines().collect(java.util.stream.Collectors.joining("\n"));
            this.goodsTable = GoodsSynonymsFile.read(yaml, listedNames);
        }
        this.editions = List.copyOf(read);
    }

    /**
     * The lists in a folder (e.g. one given with the reference-lists option), screened with {@code parameters}
     * (normally those of the ruleset in use: {@link Ruleset#parameters()}).
     */
    public static ReferenceLists load(Path folder, PolicyParameters parameters) {
        return read(new ListFiles() {
            @Override
            public Reader open(String name) throws IOException {
                Path file = folder.resolve(name);
                return Files.isRegularFile(file) ? Files.newBufferedReader(file, StandardCharsets.UTF_8) : null;
            }

            @Override
            public String describe(String name) {
                return folder.resolve(name).toString();
            }
        }, parameters, "reference lists in " + folder);
    }

    /**
     * The lists in a folder with the parameters ctip-check applied before rule packs carried them
     * ({@link PolicyParameters#BEFORE_PARAMETERS_FILE}); prefer {@link #load(Path, PolicyParameters)} or
     * {@link #of(Ruleset)}, which screen with the parameters of the ruleset in use.
     */
    public static ReferenceLists load(Path folder) {
        return load(folder, PolicyParameters.BEFORE_PARAMETERS_FILE);
    }

    /**
     * The lists shipped in the ruleset's own pack ({@code reference/} and its {@code lists.yaml}), wherever the
     * pack was loaded from (a folder, the class path, memory), screened with the ruleset's parameters.
     */
    public static ReferenceLists of(Ruleset ruleset) {
        return read(new ListFiles() {
            @Override
            public Reader open(String name) {
                return ruleset.source("reference/" + name).map(source -> (Reader) new StringReader(source.text()))
                        .orElse(null);
            }

            @Override
            public String describe(String name) {
                return "reference/" + name + " of the rules in " + ruleset.location();
            }
        }, ruleset.parameters(), "reference lists of the rules in " + ruleset.location());
    }

    private static ReferenceLists read(ListFiles files, PolicyParameters parameters, String what) {
        try {
            return new ReferenceLists(files, parameters);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidAttestationFile invalid) {
                throw invalid;
            }
            throw new InvalidAttestationFile(what + " cannot be read: " + e.getMessage());
        }
    }

    public List<ReferenceListEdition> editions() {
        return editions;
    }

    /** The file of list {@code id} in the reference folder (e.g. {@code uflpa-entities.csv}), null when not listed. */
    public String fileOf(String id) {
        return fileById.get(id);
    }

    public Countries countries() {
        return countries;
    }

    private int load(String id, String file, Reader in) throws IOException {
        int[] count = {0};
        switch (id) {
            case "iso3166" -> rows(file, in, row -> {
                String iso2 = row.get("alpha2");
                countries.addCode(iso2, iso2);
                countries.addCode(row.get("alpha3"), iso2);
                countries.add(row.get("name"), iso2);
                countries.add(row.get("official_name"), iso2);
                countries.add(row.get("common_name"), iso2);
                count[0]++;
            });
            case "country-aliases" -> rows(file, in, row -> {
                countries.add(row.get("source_name"), row.get("iso2"));
                if ("XK".equals(row.get("iso2"))) {
                    countries.addCode("XK", "XK");
                }
                count[0]++;
            });
            case "ilab-tvpra" -> rows(file, in, row -> {
                String iso2 = row.get("iso2");
                boolean forced = "true".equals(row.get("forced_labor"));
                boolean child = "true".equals(row.get("child_labor"));
                boolean downstream = "true".equals(row.get("input_based"));
                String label = row.get("good") + " (" + iso2 + "): "
                        + (forced && child ? "forced and child labor" : forced ? "forced labor" : child ? "child labor" : "")
                        + (downstream ? "made with inputs from " + row.get("input_iso2") + " listed for forced or child labor" : "");
                listed(row.get("good"), iso2);
                for (String key : Goods.listedKeys(row.get("good"))) {
                    tvpra.computeIfAbsent(iso2, c -> new HashMap<>()).computeIfAbsent(key, k -> new ArrayList<>()).add(label);
                    if (forced) {
                        tvpraForced.put(iso2 + "|" + key, true);
                    }
                }
                count[0]++;
            });
            case "eo13126" -> rows(file, in, row -> {
                listed(row.get("product"), row.get("iso2"));
                for (String key : Goods.listedKeys(row.get("product"))) {
                    eo.computeIfAbsent(row.get("iso2"), c -> new HashMap<>()).putIfAbsent(key, row.get("product"));
                }
                count[0]++;
            });
            case "tip-tiers" -> rows(file, in, row -> {
                tiers.put(row.get("iso2"), row.get("tier"));
                count[0]++;
            });
            case "uflpa" -> rows(file, in, row -> {
                String entity = row.get("entity_name");
                uflpa.add(entity, entity);
                for (String alias : Text.list(row.get("aliases"))) {
                    uflpa.add(entity, alias);
                }
                count[0]++;
            });
            default -> throw new IOException("unknown list id '" + id + "' in " + MANIFEST);
        }
        return count[0];
    }

    private void listed(String name, String iso2) {
        listedNames.putIfAbsent(Goods.key(name), name);
        listedInCountry.computeIfAbsent(iso2, c -> new java.util.HashSet<>()).add(Goods.key(name));
    }

    private static void rows(String file, Reader in, java.util.function.Consumer<Map<String, String>> each)
            throws IOException {
        try (CsvRecordReader reader = new CsvRecordReader(in)) {
            List<String> header = reader.header();
            for (RawRecord record = reader.next(); record != null; record = reader.next()) {
                if (!record.readable() || record.cells().length != header.size()) {
                    throw new IOException(file + " line " + record.line() + " cannot be read"
                            + (record.readable() ? ": wrong number of columns" : ": " + record.error()));
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.cells()[i]);
                }
                each.accept(row);
            }
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }

    /** The row with what the lists say about it. */
    public org.ctipcheck.submission.AttestationRow screen(org.ctipcheck.submission.AttestationRow row) {
        List<String> names = new ArrayList<>(row.aliases().size() + 1);
        if (row.supplierName() != null) {
            names.add(row.supplierName());
        }
        names.addAll(row.aliases());
        RowScreening screening = screen(row.country(), row.goods(), row.recruitmentCountries(), names);
        if (row.country() != null && row.hsCode() != null) {
            GoodsHit goods = GoodsHit.of(screening).and(hsCodes(row.country(), Text.list(row.hsCode())));
            screening = screen(row.country(), goods, row.recruitmentCountries(), names);
        }
        return row.withScreening(screening);
    }

    /** What the lists say about a party: its goods in its country, the TIP tiers, and its names against UFLPA. */
    public RowScreening screen(String country, List<String> goods, List<String> recruitmentCountries, List<String> names) {
        GoodsHit hit = null;
        if (country != null && !goods.isEmpty()) {
            hit = goodsCache.get(new GoodsKey(country, goods));
            if (hit == null) {
                hit = goods(country, goods);
                if (goodsCache.size() < 50_000) {
                    goodsCache.putIfAbsent(new GoodsKey(country, goods), hit);
                }
            }
        }
        return screen(country, hit, recruitmentCountries, names);
    }

    /** The same, with the goods already screened by {@link #goods(String, List)} (null: no goods or no country). */
    RowScreening screen(String country, GoodsHit goods, List<String> recruitmentCountries, List<String> names) {
        return screenRest(country, goods == null ? GoodsHit.NONE : goods, recruitmentCountries, names);
    }

    private record GoodsKey(String country, List<String> goods) {
    }

    /**
     * What the ILAB and E.O. 13126 lists say about goods in a country: the listed good-country pairs matched, whether
     * one is listed for forced labor, the E.O. products matched, and the descriptions that matched nothing listed in
     * the country while it has listed goods of their family (each naming those goods).
     */
    record GoodsHit(List<String> tvpra, boolean forced, List<String> eo, List<String> review) {
        static final GoodsHit NONE = new GoodsHit(List.of(), false, List.of(), List.of());

        static GoodsHit of(RowScreening screening) {
            return new GoodsHit(screening.tvpraGoods(), screening.tvpraForcedLabor(), screening.eoProducts(),
                    screening.goodsToReview());
        }

        /** Both hits together (the goods column's and the HS codes'). */
        GoodsHit and(GoodsHit other) {
            if (other == null || other == NONE) {
                return this;
            }
            return new GoodsHit(union(tvpra, other.tvpra), forced || other.forced, union(eo, other.eo),
                    union(review, other.review));
        }

        private static List<String> union(List<String> a, List<String> b) {
            if (b.isEmpty()) {
                return a;
            }
            Set<String> all = new LinkedHashSet<>(a);
            all.addAll(b);
            return List.copyOf(all);
        }
    }

    /** Goods repeat across rows far more than names do; thread-safe, bounded. */
    private final Map<GoodsKey, GoodsHit> goodsCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** Screens goods (of a row whose country of operation is {@code country}) against the ILAB and E.O. 13126 lists. */
    GoodsHit goods(String country, List<String> goods) {
        GoodsMatch match = new GoodsMatch(country, tvpra.get(country), eo.get(country));
        for (String good : goods) {
            match.add(good, goodsTable.read(good), "");
        }
        return match.hit();
    }

    /** Screens HS codes (of a row whose country of operation is {@code country}) by the goods table's prefixes. */
    GoodsHit hsCodes(String country, List<String> codes) {
        GoodsMatch match = new GoodsMatch(country, tvpra.get(country), eo.get(country));
        for (String code : codes) {
            match.add(code, goodsTable.readHs(code), "HS ");
        }
        return match.hit();
    }

    /** Collects what the lists say about one row's goods or HS codes in its country. */
    private final class GoodsMatch {
        private final String country;
        private final Map<String, List<String>> listed;
        private final Map<String, String> eoListed;
        private final Set<String> labels = new LinkedHashSet<>();
        private final Set<String> products = new LinkedHashSet<>();
        private final List<String> review = new ArrayList<>();
        private boolean forced;

        GoodsMatch(String country, Map<String, List<String>> listed, Map<String, String> eoListed) {
            this.country = country;
            this.listed = listed == null ? Map.of() : listed;
            this.eoListed = eoListed == null ? Map.of() : eoListed;
        }

        void add(String written, GoodsTable.Reading reading, String prefix) {
            boolean matched = false;
            for (String key : reading.goods()) {
                List<String> pairs = listed.get(key);
                if (pairs != null) {
                    String as = key.equals(Goods.key(written)) ? "" : " (as '" + prefix + written + "')";
                    pairs.forEach(pair -> labels.add(pair + as));
                    forced |= tvpraForced.containsKey(country + "|" + key);
                    matched = true;
                }
                String product = eoListed.get(key);
                if (product != null) {
                    products.add(product);
                    matched = true;
                }
            }
            if (!matched) {
                review(prefix + written, reading.families());
            }
        }

        /** A miss is never silent: the listed goods of the description's families in the country, if any. */
        private void review(String written, Set<String> families) {
            Set<String> here = listedInCountry.getOrDefault(country, Set.of());
            for (String family : families) {
                Set<String> candidates = new LinkedHashSet<>();
                for (String key : goodsTable.goodsOf(family)) {
                    if (here.contains(key)) {
                        candidates.add(listedNames.getOrDefault(key, key));
                    }
                }
                if (!candidates.isEmpty()) {
                    review.add("'" + written + "' matches no good listed for " + country + "; listed there in the family "
                            + family + ": " + String.join(", ", candidates));
                }
            }
        }

        GoodsHit hit() {
            if (labels.isEmpty() && products.isEmpty() && review.isEmpty()) {
                return GoodsHit.NONE;
            }
            return new GoodsHit(List.copyOf(labels), forced, List.copyOf(products), List.copyOf(review));
        }
    }

    private RowScreening screenRest(String country, GoodsHit goods, List<String> recruitmentCountries,
            List<String> names) {
        String tier = country == null ? null : tiers.get(country);
        List<String> highRisk = null;
        if (tier != null && highRiskTiers.contains(tier)) {
            highRisk = new ArrayList<>();
            highRisk.add(country + " (" + tier + ")");
        }
        for (String recruitment : recruitmentCountries) {
            String recruitmentTier = tiers.get(recruitment);
            if (recruitmentTier != null && highRiskTiers.contains(recruitmentTier) && !recruitment.equals(country)) {
                highRisk = highRisk == null ? new ArrayList<>() : highRisk;
                highRisk.add(recruitment + " (" + recruitmentTier + ", recruitment)");
            }
        }
        EntityNames.Match match = uflpa.match(names);
        return new RowScreening(goods.tvpra(), goods.forced(), goods.eo(), tier, highRisk == null ? List.of() : highRisk,
                match == null ? null : match.entity(), match == null ? 0 : match.similarity(),
                match == null ? null : match.name(), goods.review());
    }
}
