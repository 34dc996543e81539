package org.ctipcheck.supplychain;

import java.io.IOException;
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
import org.ctipcheck.submission.ReferenceListEdition;
import org.ctipcheck.submission.RowScreening;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The reference lists of a folder (rules/reference by default), as described by its {@code lists.yaml}:
 * a newer edition is a new CSV with the same columns and an updated entry there, no code change.
 * Immutable once loaded and safe to share between threads.
 */
public final class ReferenceLists {
    public static final String MANIFEST = "lists.yaml";
    private static final Set<String> HIGH_RISK_TIERS = Set.of("Tier 2 Watch List", "Tier 3");

    private final List<ReferenceListEdition> editions;
    private final Countries countries = new Countries();
    private final Map<String, Map<String, List<String>>> tvpra = new HashMap<>();
    private final Map<String, Boolean> tvpraForced = new HashMap<>();
    private final Map<String, Map<String, String>> eo = new HashMap<>();
    private final Map<String, String> tiers = new HashMap<>();
    private final EntityNames uflpa = new EntityNames();

    private ReferenceLists(Path folder) throws IOException {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw new InvalidAttestationFile("reference lists: " + manifest + " does not exist");
        }
        JsonNode lists = YAMLMapper.builder().build().readTree(Files.readString(manifest)).get("lists");
        List<ReferenceListEdition> read = new ArrayList<>();
        for (JsonNode list : lists) {
            String id = list.get("id").asString();
            Path file = folder.resolve(list.get("file").asString());
            int entries = load(id, file);
            read.add(new ReferenceListEdition(id, text(list, "name"), text(list, "edition"),
                    list.hasNonNull("asOf") ? LocalDate.parse(list.get("asOf").asString()) : null,
                    list.hasNonNull("staleAfterMonths") ? list.get("staleAfterMonths").asInt() : null,
                    list.hasNonNull("partial") && list.get("partial").asBoolean(), text(list, "note"), entries));
        }
        Path local = folder.resolve("country-aliases-local.csv");
        if (Files.isRegularFile(local)) {
            rows(local, row -> countries.add(row.get("source_name"), row.get("iso2")));
        }
        this.editions = List.copyOf(read);
    }

    public static ReferenceLists load(Path folder) {
        try {
            return new ReferenceLists(folder);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidAttestationFile invalid) {
                throw invalid;
            }
            throw new InvalidAttestationFile("reference lists in " + folder + " cannot be read: " + e.getMessage());
        }
    }

    public List<ReferenceListEdition> editions() {
        return editions;
    }

    public Countries countries() {
        return countries;
    }

    private int load(String id, Path file) throws IOException {
        int[] count = {0};
        switch (id) {
            case "iso3166" -> rows(file, row -> {
                String iso2 = row.get("alpha2");
                countries.addCode(iso2, iso2);
                countries.addCode(row.get("alpha3"), iso2);
                countries.add(row.get("name"), iso2);
                countries.add(row.get("official_name"), iso2);
                countries.add(row.get("common_name"), iso2);
                count[0]++;
            });
            case "country-aliases" -> rows(file, row -> {
                countries.add(row.get("source_name"), row.get("iso2"));
                if ("XK".equals(row.get("iso2"))) {
                    countries.addCode("XK", "XK");
                }
                count[0]++;
            });
            case "ilab-tvpra" -> rows(file, row -> {
                String iso2 = row.get("iso2");
                boolean forced = "true".equals(row.get("forced_labor"));
                boolean child = "true".equals(row.get("child_labor"));
                boolean downstream = "true".equals(row.get("input_based"));
                String label = row.get("good") + " (" + iso2 + "): "
                        + (forced && child ? "forced and child labor" : forced ? "forced labor" : child ? "child labor" : "")
                        + (downstream ? "made with inputs from " + row.get("input_iso2") + " listed for forced or child labor" : "");
                for (String key : Goods.listedKeys(row.get("good"))) {
                    tvpra.computeIfAbsent(iso2, c -> new HashMap<>()).computeIfAbsent(key, k -> new ArrayList<>()).add(label);
                    if (forced) {
                        tvpraForced.put(iso2 + "|" + key, true);
                    }
                }
                count[0]++;
            });
            case "eo13126" -> rows(file, row -> {
                for (String key : Goods.listedKeys(row.get("product"))) {
                    eo.computeIfAbsent(row.get("iso2"), c -> new HashMap<>()).putIfAbsent(key, row.get("product"));
                }
                count[0]++;
            });
            case "tip-tiers" -> rows(file, row -> {
                tiers.put(row.get("iso2"), row.get("tier"));
                count[0]++;
            });
            case "uflpa" -> rows(file, row -> {
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

    private static void rows(Path file, java.util.function.Consumer<Map<String, String>> each) throws IOException {
        try (CsvRecordReader reader = new CsvRecordReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            List<String> header = reader.header();
            for (RawRecord record = reader.next(); record != null; record = reader.next()) {
                if (!record.readable() || record.cells().length != header.size()) {
                    throw new IOException(file.getFileName() + " line " + record.line() + " cannot be read"
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
        return row.withScreening(screen(row.country(), row.goods(), row.recruitmentCountries(), names));
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
        return goods == null ? screenRest(country, List.of(), false, List.of(), recruitmentCountries, names)
                : screenRest(country, goods.tvpra(), goods.forced(), goods.eo(), recruitmentCountries, names);
    }

    private record GoodsKey(String country, List<String> goods) {
    }

    /** What the ILAB and E.O. 13126 lists say about goods in a country. */
    record GoodsHit(List<String> tvpra, boolean forced, List<String> eo) {
    }

    /** Goods repeat across rows far more than names do; thread-safe, bounded. */
    private final Map<GoodsKey, GoodsHit> goodsCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** Screens goods (of a row whose country of operation is {@code country}) against the ILAB and E.O. 13126 lists. */
    GoodsHit goods(String country, List<String> goods) {
        List<String> tvpraGoods;
        List<String> eoProducts;
        boolean forced = false;
        {
            Map<String, List<String>> listed = tvpra.get(country);
            Map<String, String> eoListed = eo.get(country);
            Set<String> matched = null;
            Set<String> products = null;
            for (String good : goods) {
                String key = Goods.key(good);
                if (listed != null && listed.containsKey(key)) {
                    matched = matched == null ? new LinkedHashSet<>() : matched;
                    matched.addAll(listed.get(key));
                    forced |= tvpraForced.containsKey(country + "|" + key);
                }
                if (eoListed != null && eoListed.containsKey(key)) {
                    products = products == null ? new LinkedHashSet<>() : products;
                    products.add(eoListed.get(key));
                }
            }
            tvpraGoods = matched == null ? List.of() : List.copyOf(matched);
            eoProducts = products == null ? List.of() : List.copyOf(products);
        }
        return new GoodsHit(tvpraGoods, forced, eoProducts);
    }

    private RowScreening screenRest(String country, List<String> tvpraGoods, boolean forced, List<String> eoProducts,
            List<String> recruitmentCountries, List<String> names) {
        String tier = country == null ? null : tiers.get(country);
        List<String> highRisk = null;
        if (tier != null && HIGH_RISK_TIERS.contains(tier)) {
            highRisk = new ArrayList<>();
            highRisk.add(country + " (" + tier + ")");
        }
        for (String recruitment : recruitmentCountries) {
            String recruitmentTier = tiers.get(recruitment);
            if (recruitmentTier != null && HIGH_RISK_TIERS.contains(recruitmentTier) && !recruitment.equals(country)) {
                highRisk = highRisk == null ? new ArrayList<>() : highRisk;
                highRisk.add(recruitment + " (" + recruitmentTier + ", recruitment)");
            }
        }
        EntityNames.Match match = uflpa.match(names);
        return new RowScreening(tvpraGoods, forced, eoProducts, tier, highRisk == null ? List.of() : highRisk,
                match == null ? null : match.entity(), match == null ? 0 : match.similarity(),
                match == null ? null : match.name());
    }
}
