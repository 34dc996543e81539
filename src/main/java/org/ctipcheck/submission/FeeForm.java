package org.ctipcheck.submission;

/**
 * Forms of recruitment fee the FAR definition (52.222-50(a), "recruitment fees" (2)) reaches. A ban that
 * leaves any of them out lets workers pay fees by that route.
 */
public enum FeeForm {
    DIRECT_PAYMENT("fees paid by the worker directly"),
    WAGE_DEDUCTIONS("fees deducted from wages"),
    WAGE_OR_BENEFIT_CONCESSIONS("fees paid back through wage or benefit concessions"),
    KICKBACKS("kickbacks, bribes, tips or tribute"),
    IN_KIND("fees paid in kind or as free labor"),
    DEPOSITS_AND_BONDS("security deposits, bonds and insurance"),
    TRAVEL_AND_DOCUMENTS("travel, visas, passports and other documents"),
    THIRD_PARTY_COLLECTION("fees collected by recruiters, brokers or other third parties");

    private final String description;

    FeeForm(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
