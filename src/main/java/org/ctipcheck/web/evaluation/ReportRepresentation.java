package org.ctipcheck.web.evaluation;

import java.util.List;
import java.util.Map;
import org.ctipcheck.report.ReportFormat;
import org.ctipcheck.web.problem.BadParameter;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * Which format {@code GET /evaluations/{id}/report} answers in: {@code format=} when given (pdf, html, csv, oscal,
 * json, text), else the first acceptable of the {@code Accept} header by quality, else JSON.
 */
final class ReportRepresentation {
    static final MediaType OSCAL_JSON = MediaType.parseMediaType("application/oscal+json");
    private static final Map<ReportFormat, MediaType> TYPES = Map.of(
            ReportFormat.JSON, MediaType.APPLICATION_JSON,
            ReportFormat.PDF, MediaType.APPLICATION_PDF,
            ReportFormat.HTML, MediaType.TEXT_HTML,
            ReportFormat.CSV, MediaType.parseMediaType("text/csv"),
            ReportFormat.TEXT, MediaType.TEXT_PLAIN,
            ReportFormat.OSCAL, OSCAL_JSON);
    private static final List<ReportFormat> PREFERENCE = List.of(ReportFormat.JSON, ReportFormat.PDF, ReportFormat.HTML,
            ReportFormat.CSV, ReportFormat.OSCAL, ReportFormat.TEXT);

    private ReportRepresentation() {
    }

    static MediaType mediaType(ReportFormat format) {
        MediaType type = TYPES.get(format);
        return format == ReportFormat.PDF ? type : new MediaType(type, java.nio.charset.StandardCharsets.UTF_8);
    }

    static ReportFormat choose(String format, String accept) throws HttpMediaTypeNotAcceptableException {
        if (format != null) {
            try {
                return ReportFormat.parse(format);
            } catch (IllegalArgumentException e) {
                throw new BadParameter("format", "format '" + format + "' is not one of pdf, html, csv, oscal, json, text");
            }
        }
        if (accept == null || accept.isBlank()) {
            return ReportFormat.JSON;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new BadParameter("Accept", "the Accept header cannot be read: " + e.getMessage());
        }
        accepted = new java.util.ArrayList<>(accepted);
        accepted.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed()
                .thenComparing(MediaType::isWildcardType).thenComparing(MediaType::isWildcardSubtype));
        for (MediaType wanted : accepted) {
            if (wanted.getQualityValue() == 0) {
                continue;
            }
            for (ReportFormat candidate : PREFERENCE) {
                if (wanted.isCompatibleWith(TYPES.get(candidate))) {
                    return candidate;
                }
            }
        }
        throw new HttpMediaTypeNotAcceptableException(PREFERENCE.stream().map(TYPES::get).toList());
    }
}
