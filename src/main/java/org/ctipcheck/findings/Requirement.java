package org.ctipcheck.findings;

/** A requirement of the catalog that rules decide: one checklist entry per requirement considered. */
public record Requirement(String id, String scope, String title, String citation, Confidence confidence) {

    /** When the requirement applies, in words, from its scope. */
    public String appliesWhen() {
        switch (scope) {
            case "decision": return "every award: decides whether FAR 52.222-50(h) requires a compliance plan";
            case "award-terms": return "every contract (what the contract or solicitation must contain; Government-side)";
            case "plan": return "contracts where a compliance plan is required (CTIP-APPL-04)";
            case "plan-element": return "contracts where a compliance plan is required (CTIP-APPL-04), element by element";
            case "certification": return "contracts where a compliance plan is required (CTIP-APPL-04)";
            case "clause": return "every contract that incorporates FAR 52.222-50, at any value (not grants)";
            case "assistance": return "grants and cooperative agreements (2 CFR 175; legacy USAID provisions where marked)";
            case "dod": return "Department of Defense contracts";
            case "child-labor": return "supply contracts whose solicitation contains FAR 52.222-18 (E.O. 13126)";
            case "supply-chain": return "submissions with supply-chain attestations";
            default: return scope;
        }
    }
}
