package org.ctipcheck.evaluation;

import java.util.Locale;
import org.ctipcheck.submission.EndProduct;

/**
 * One row of the E.O. 13126 List of Products Produced by Forced or Indentured Child Labor (FAR 22.1503): a
 * product and the country (ISO 3166-1 alpha-2) it is listed for. Reference data shipped with the rules
 * ({@code rules/reference/eo13126-products.csv}), inserted into every evaluation.
 */
public record Eo13126Listing(String product, String iso2) {

    /** Whether the end product is this product (same name, ignoring case and spacing) from this country. */
    public boolean covers(EndProduct endProduct) {
        return endProduct != null && endProduct.product() != null && endProduct.countryOfOrigin() != null
                && normalize(endProduct.product()).equals(normalize(product))
                && endProduct.countryOfOrigin().strip().equalsIgnoreCase(iso2);
    }

    public String describe() {
        return product + " from " + iso2;
    }

    private static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
