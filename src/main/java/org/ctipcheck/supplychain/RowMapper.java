package org.ctipcheck.supplychain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ctipcheck.submission.AttestationRow;
import org.ctipcheck.submission.DueDiligenceOption;
import org.ctipcheck.submission.RowScreening;
import org.ctipcheck.submission.SupplierRole;

/**
 * Turns a read record into an {@link AttestationRow}, screened against the reference lists, or says why the
 * row is rejected (wrong column count, empty supplier id, an unknown country, a cell that is not a number,
 * date, yes/no or known role). Stateless apart from the shared lists and bounded caches; thread-safe, so the
 * screen's worker threads share one.
 */
public final class RowMapper {
    private final int[] positions;
    private final int columns;
    private final ReferenceLists lists;
    private static final int CACHE_LIMIT = 10_000;
    /** Spelling to ISO code, or to {@link #UNKNOWN}; shared by the worker threads. */
    private final java.util.Map<String, String> countryCache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String UNKNOWN = "";
    private final java.util.Map<String, GoodsCell> goodsCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, GoodsCell> hsCache = new java.util.concurrent.ConcurrentHashMap<>();
    /** Recruitment cell to its list of codes, or to the reason the row is rejected. */
    private final java.util.Map<String, Object> recruitmentCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** Either a row or the reason it was rejected. */
    public record Mapped(AttestationRow row, long line, String rejection) {
    }

    public RowMapper(int[] positions, int columns, ReferenceLists lists) {
        this.positions = positions;
        this.columns = columns;
        this.lists = lists;
    }

    /** Maps and screens the record against the reference lists. */
    public Mapped map(RawRecord record) {
        return map(record, true);
    }

    /**
     * Maps the record without screening it against the lists ({@link RowScreening#NONE}); the screening can be
     * added later with {@link ReferenceLists#screen(AttestationRow)}.
     */
    public Mapped mapUnscreened(RawRecord record) {
        return map(record, false);
    }

    private Mapped map(RawRecord record, boolean screen) {
        if (!record.readable()) {
            return new Mapped(null, record.line(), record.error());
        }
        String[] cells = record.cells();
        if (cells.length != columns) {
            return new Mapped(null, record.line(), "wrong column count: expected " + columns + ", found " + cells.length);
        }
        try {
            return new Mapped(row(record.line(), cells, screen), record.line(), null);
        } catch (Rejected e) {
            return new Mapped(null, record.line(), e.getMessage());
        }
    }

    private AttestationRow row(long line, String[] cells, boolean screen) {
        String supplierId = cell(cells, 0);
        if (supplierId == null) {
            throw new Rejected("supplier_id is empty");
        }
        String name = cell(cells, 1);
        List<String> aliases = Text.list(cell(cells, 2));
        String country = country(cells, 6);
        GoodsCell goodsCell = goods(cell(cells, 7));
        List<String> goods = goodsCell.goods();
        List<String> recruitment = recruitment(cell(cells, 9));
        String hsCode = cell(cells, 8);
        RowScreening screening = screen
                ? lists.screen(country, goodsOf(goodsCell, hsCode, country), recruitment, names(name, aliases))
                : RowScreening.NONE;
        return new AttestationRow(line, supplierId, name, aliases, role(cells, 3), integer(cells, 4), cell(cells, 5),
                country, goods, hsCode, recruitment, integer(cells, 10), yesNo(cells, 11),
                yesNo(cells, 12), yesNo(cells, 13), yesNo(cells, 14), integer(cells, 15), yesNo(cells, 16),
                yesNo(cells, 17), cell(cells, 18), date(cells, 19), cell(cells, 20), yesNo(cells, 21), yesNo(cells, 22),
                yesNo(cells, 23), date(cells, 24), date(cells, 25), option(cells, 26), cell(cells, 27),
                yesNo(cells, 28), money(cells, 29), yesNo(cells, 30), screening);
    }

    private String cell(String[] cells, int column) {
        int at = positions[column];
        if (at < 0) {
            return null;
        }
        String value = cells[at];
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private String country(String[] cells, int column) {
        String text = cell(cells, column);
        if (text == null) {
            return null;
        }
        String code = resolve(text);
        if (code == null) {
            throw new Rejected("invalid country: '" + text + "' is not an ISO 3166 code or a known country name");
        }
        return code;
    }

    /** The names screened against the UFLPA list: the supplier name, then its aliases. */
    private static List<String> names(String name, List<String> aliases) {
        if (aliases.isEmpty()) {
            return name == null ? List.of() : List.of(name);
        }
        List<String> names = new ArrayList<>(aliases.size() + 1);
        if (name != null) {
            names.add(name);
        }
        names.addAll(aliases);
        return names;
    }

    /**
     * A goods cell: its goods, and what the lists say about them in each country they were seen in. Goods cells
     * repeat across rows, so each distinct cell is split and screened once per country (bounded caches).
     */
    private record GoodsCell(List<String> goods, java.util.Map<String, ReferenceLists.GoodsHit> byCountry, boolean hs) {
        /** The screening of these goods in the country of operation; null without goods or country. */
        ReferenceLists.GoodsHit screened(String country, ReferenceLists lists) {
            if (country == null || goods.isEmpty()) {
                return null;
            }
            ReferenceLists.GoodsHit hit = byCountry.get(country);
            if (hit == null) {
                hit = hs ? lists.hsCodes(country, goods) : lists.goods(country, goods);
                if (byCountry.size() < COUNTRIES_PER_GOODS) {
                    byCountry.put(country, hit);
                }
            }
            return hit;
        }
    }

    /** What the lists say about the goods cell and the HS codes in the country (null: no country or neither cell). */
    private ReferenceLists.GoodsHit goodsOf(GoodsCell goodsCell, String hsCode, String country) {
        ReferenceLists.GoodsHit goods = goodsCell.screened(country, lists);
        if (hsCode == null || country == null) {
            return goods;
        }
        ReferenceLists.GoodsHit codes = hsCell(hsCode).screened(country, lists);
        return goods == null ? codes : goods.and(codes);
    }

    /** An HS code cell, read like a goods cell (its codes screened once per country, bounded cache). */
    private GoodsCell hsCell(String cell) {
        GoodsCell codes = hsCache.get(cell);
        if (codes == null) {
            codes = new GoodsCell(List.copyOf(Text.list(cell)), new java.util.concurrent.ConcurrentHashMap<>(), true);
            if (hsCache.size() < CACHE_LIMIT) {
                hsCache.put(cell, codes);
            }
        }
        return codes;
    }

    /** More than there are ISO 3166 countries: every country a goods cell appears in is remembered. */
    private static final int COUNTRIES_PER_GOODS = 300;
    private static final GoodsCell NO_GOODS = new GoodsCell(List.of(), java.util.Map.of(), false);

    private GoodsCell goods(String cell) {
        if (cell == null) {
            return NO_GOODS;
        }
        GoodsCell goods = goodsCache.get(cell);
        if (goods == null) {
            goods = new GoodsCell(List.copyOf(Text.list(cell)), new java.util.concurrent.ConcurrentHashMap<>(), false);
            if (goodsCache.size() < CACHE_LIMIT) {
                goodsCache.put(cell, goods);
            }
        }
        return goods;
    }

    /** The recruitment countries' codes; rejects the row for a country that is not known. Cached by cell. */
    private List<String> recruitment(String cell) {
        if (cell == null) {
            return List.of();
        }
        Object cached = recruitmentCache.get(cell);
        if (cached == null) {
            List<String> codes = new ArrayList<>();
            for (String text : Text.list(cell)) {
                String code = resolve(text);
                if (code == null) {
                    cached = "recruitment_countries: '" + text + "' is not a known country";
                    break;
                }
                codes.add(code);
            }
            cached = cached == null ? List.copyOf(codes) : cached;
            if (recruitmentCache.size() < CACHE_LIMIT) {
                recruitmentCache.put(cell, cached);
            }
        }
        if (cached instanceof String rejection) {
            throw new Rejected(rejection);
        }
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) cached;
        return codes;
    }

    /** Countries repeat across rows: remember how each spelling resolved (bounded). */
    private String resolve(String text) {
        String code = countryCache.get(text);
        if (code == null) {
            code = lists.countries().resolve(text);
            if (code == null) {
                code = UNKNOWN;
            }
            if (countryCache.size() < CACHE_LIMIT) {
                countryCache.put(text, code);
            }
        }
        return code == UNKNOWN ? null : code;
    }

    private Integer integer(String[] cells, int column) {
        String text = cell(cells, column);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new Rejected(AttestationColumns.ALL.get(column) + ": '" + text + "' is not a whole number >= 0");
        }
    }

    /** A dollar amount: digits with an optional decimal part (a leading "$" is allowed), not negative. */
    private java.math.BigDecimal money(String[] cells, int column) {
        String text = cell(cells, column);
        if (text == null) {
            return null;
        }
        String digits = text.startsWith("$") ? text.substring(1).strip() : text;
        if (!digits.matches("[0-9]+(\\.[0-9]{1,2})?")) {
            throw new Rejected(AttestationColumns.ALL.get(column) + ": '" + text
                    + "' is not a dollar amount (digits, optionally with cents, e.g. 550000 or 550000.00)");
        }
        return new java.math.BigDecimal(digits);
    }

    private Boolean yesNo(String[] cells, int column) {
        String text = cell(cells, column);
        if (text == null) {
            return null;
        }
        if (text.equals("true")) {
            return Boolean.TRUE;
        }
        if (text.equals("false")) {
            return Boolean.FALSE;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> {
                return Boolean.TRUE;
            }
            case "false", "no", "n", "0" -> {
                return Boolean.FALSE;
            }
            default -> throw new Rejected(AttestationColumns.ALL.get(column) + ": '" + text + "' is not true or false");
        }
    }

    private LocalDate date(String[] cells, int column) {
        String text = cell(cells, column);
        if (text == null) {
            return null;
        }
        try {
            return Dates.parse(text);
        } catch (java.time.DateTimeException e) {
            throw new Rejected(AttestationColumns.ALL.get(column) + ": '" + text + "' is not a date written yyyy-mm-dd");
        }
    }

    private SupplierRole role(String[] cells, int column) {
        String text = cell(cells, column);
        if (text == null) {
            return null;
        }
        switch (text.equals("supplier") || text.equals("subcontractor") || text.equals("labor_recruiter") ? text
                : text.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_')) {
            case "supplier" -> {
                return SupplierRole.SUPPLIER;
            }
            case "subcontractor" -> {
                return SupplierRole.SUBCONTRACTOR;
            }
            case "labor_recruiter", "labour_recruiter", "recruiter", "agent", "broker", "labor_broker" -> {
                return SupplierRole.LABOR_RECRUITER;
            }
            default -> throw new Rejected("role: '" + text + "' is not supplier, subcontractor or labor_recruiter");
        }
    }

    private DueDiligenceOption option(String[] cells, int column) {
        String text = cell(cells, column);
        if (text == null) {
            return null;
        }
        switch (text.toUpperCase(Locale.ROOT)) {
            case "A", "NO_ABUSES_FOUND" -> {
                return DueDiligenceOption.NO_ABUSES_FOUND;
            }
            case "B", "ABUSES_FOUND_AND_REMEDIATED" -> {
                return DueDiligenceOption.ABUSES_FOUND_AND_REMEDIATED;
            }
            default -> throw new Rejected("due_diligence_option: '" + text + "' is not A (NO_ABUSES_FOUND) or B (ABUSES_FOUND_AND_REMEDIATED)");
        }
    }

    /** A row-level rejection; cheap (no stack trace), caught in {@link #map}. */
    private static final class Rejected extends RuntimeException {
        Rejected(String message) {
            super(message, null, false, false);
        }
    }
}
