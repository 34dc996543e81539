package org.ctipcheck.web.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ctipcheck.audit.AuditFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of a listing of evaluations as the form sends them (all optional): organization (UEI), rule id,
 * recorded since / until (yyyy-mm-dd, inclusive), determination, and the page (from 1, as the user counts).
 * A date that does not read is left out of the filter and named in {@link #problems()}.
 */
public record ListFilters(String organization, String rule, String since, String until, String determination,
        Integer page) {
    static final int PAGE_SIZE = 20;

    public int pageIndex() {
        return page == null || page < 1 ? 0 : page - 1;
    }

    AuditFilter auditFilter() {
        return new AuditFilter(blankToNull(organization), blankToNull(rule), date(since), date(until),
                blankToNull(determination) == null ? null : determination.strip().toUpperCase(Locale.ROOT));
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (blankToNull(since) != null && date(since) == null) {
            problems.add("Recorded from: '" + since + "' is not a date written yyyy-mm-dd; not applied");
        }
        if (blankToNull(until) != null && date(until) == null) {
            problems.add("Recorded to: '" + until + "' is not a date written yyyy-mm-dd; not applied");
        }
        return problems;
    }

    /** The link to page {@code number} (from 1) of the same listing. */
    public String pageLink(String path, int number) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        add(link, "organization", organization);
        add(link, "rule", rule);
        add(link, "since", since);
        add(link, "until", until);
        add(link, "determination", determination);
        return link.queryParam("page", number).build().encode().toUriString();
    }

    private static void add(UriComponentsBuilder link, String name, String value) {
        if (blankToNull(value) != null) {
            link.queryParam(name, value.strip());
        }
    }

    private static LocalDate date(String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
