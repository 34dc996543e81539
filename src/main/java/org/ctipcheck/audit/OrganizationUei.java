package org.ctipcheck.audit;

import java.util.Locale;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The UEI (SAM.gov Unique Entity ID) of the organization a recorded submission names, as the log indexes it
 * ({@code audit_evaluation.organization_uei}): trimmed and in capitals, so that a listing scoped to one
 * organization is one indexed lookup. Derived from the canonical submission, which the hash chain covers; the
 * column itself is an index, not evidence.
 */
public final class OrganizationUei {
    private OrganizationUei() {
    }

    /** {@code organization.uei} of the canonical submission JSON, normalized; null when it names none. */
    public static String of(String canonicalSubmission) {
        // the log's own mapper: writing a record builds no other (a cold check pays for each one built)
        try (JsonParser parser = AuditJson.MAPPER.createParser(canonicalSubmission)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("organization") && value == JsonToken.START_OBJECT) {
                    return uei(parser);
                }
                parser.skipChildren();
            }
            return null;
        }
    }

    private static String uei(JsonParser parser) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("uei")) {
                return value == JsonToken.VALUE_STRING ? normalize(parser.getString()) : null;
            }
            parser.skipChildren();
        }
        return null;
    }

    /** A UEI as compared: trimmed, in capitals; null for null or blank. */
    public static String normalize(String uei) {
        if (uei == null || uei.isBlank()) {
            return null;
        }
        return uei.strip().toUpperCase(Locale.ROOT);
    }
}
