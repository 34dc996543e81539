package org.ctipcheck.submission;

/**
 * A recruiter or labor broker used for the contract (an agent under FAR 52.222-50(a)). FAR 52.222-50(b)(5)(ii)
 * asks whether it complies with "local labor laws of the country in which the recruiting takes place": lacking a
 * licence breaks them only where that law requires one ({@code licenceRequired}).
 */
public record Recruiter(
        String pointer,
        String name,
        String country,
        Boolean licensed,
        Boolean licenceRequired,
        Boolean compliesWithLocalLaw,
        Boolean employeesTrained,
        Boolean agreementIncludesClause) implements Fact {

    /** Recruits without the licence the law of the country of recruitment requires. */
    public boolean unlicensedWhereRequired() {
        return Boolean.FALSE.equals(licensed) && Boolean.TRUE.equals(licenceRequired);
    }

    /** Breaks the local labor law: stated as not complying, or unlicensed where a licence is required. */
    public boolean breaksLocalLaw() {
        return Boolean.FALSE.equals(compliesWithLocalLaw) || unlicensedWhereRequired();
    }

    /** Unlicensed, and whether the country of recruitment requires a licence is not stated. */
    public boolean licenceRequirementOpen() {
        return Boolean.FALSE.equals(licensed) && licenceRequired == null;
    }

    /** Stated to comply with local law and nothing about its licence says otherwise or leaves it open. */
    public boolean compliant() {
        return Boolean.TRUE.equals(compliesWithLocalLaw) && !breaksLocalLaw() && !licenceRequirementOpen();
    }

    /** Nothing breaks local law, but compliance or the licence requirement is not stated. */
    public boolean complianceOpen() {
        return !breaksLocalLaw() && !compliant();
    }

    /** What breaks local law, e.g. " is not licensed (a licence is required there)". */
    public String breach() {
        String licence = unlicensedWhereRequired() ? " is not licensed although the law there requires a licence" : "";
        String law = Boolean.FALSE.equals(compliesWithLocalLaw) ? " does not comply with local labor law" : "";
        return licence + (!licence.isEmpty() && !law.isEmpty() ? " and" : "") + law;
    }
}
