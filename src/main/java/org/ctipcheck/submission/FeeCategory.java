package org.ctipcheck.submission;

/**
 * The thirteen kinds of fee FAR 52.222-50(a) "recruitment fees" (1)(i)-(xiii) lists: "Recruitment fees include,
 * but are not limited to, the following fees (when they are associated with the recruiting process) for-". A ban
 * that names its fees is complete only when it reaches every one of them.
 */
public enum FeeCategory {
    RECRUITING_AND_PLACEMENT("(1)(i)", "soliciting, interviewing, selecting, training, orientation, skills testing or placing"),
    ADVERTISING("(1)(ii)", "advertising"),
    LABOR_CERTIFICATION("(1)(iii)", "permanent or temporary labor certification"),
    APPLICATIONS_AND_PETITIONS("(1)(iv)", "processing applications and petitions"),
    VISAS("(1)(v)", "acquiring visas"),
    PHOTOGRAPHS_AND_IDENTITY_DOCUMENTS("(1)(vi)", "photographs and identity or immigration documents such as passports"),
    ACCESS_TO_THE_JOB("(1)(vii)", "medical examinations and immunizations, background, reference and security checks, additional certifications"),
    RECRUITERS_AGENTS_ATTORNEYS("(1)(viii)", "the employer's recruiters, agents or attorneys, notary or legal fees"),
    INTERPRETATION_TRAVEL_ADVICE("(1)(ix)", "language interpretation or translation, arranging or accompanying travel, other advice"),
    GOVERNMENT_MANDATED("(1)(x)", "government-mandated fees such as border crossing fees, levies or worker welfare funds"),
    TRANSPORTATION_AND_SUBSISTENCE("(1)(xi)", "transportation and subsistence in transit and from the airport to the worksite"),
    DEPOSITS_BONDS_INSURANCE("(1)(xii)", "security deposits, bonds and insurance"),
    EQUIPMENT("(1)(xiii)", "equipment charges");

    private final String paragraph;
    private final String description;

    FeeCategory(String paragraph, String description) {
        this.paragraph = paragraph;
        this.description = description;
    }

    /** The paragraph of the definition, e.g. "(1)(vii)". */
    public String paragraph() {
        return paragraph;
    }

    public String description() {
        return description;
    }
}
