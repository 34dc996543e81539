package org.ctipcheck.submission;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** FAR 52.222-50(h)(3)(iii): recruiters with trained employees, no fees charged to workers, lawful wages. */
public record RecruitmentWagePlan(
        String pointer,
        Boolean trainedRecruitersOnly,
        Boolean recruitmentFeeBan,
        Boolean feeBanUsesFarDefinition,
        Set<FeeForm> feeBanCovers,
        Set<FeeCategory> feeBanCategories,
        Boolean workersMayPayFees,
        Boolean wagesMeetHostCountryLaw,
        String wageVarianceExplanation,
        String text,
        SourceReference source) implements DocumentedFact {

    public RecruitmentWagePlan {
        feeBanCovers = EnumSets.ordered(FeeForm.class, feeBanCovers);
        feeBanCategories = feeBanCategories == null ? null : EnumSets.ordered(FeeCategory.class, feeBanCategories);
    }

    public boolean feesBanned() {
        return Boolean.TRUE.equals(recruitmentFeeBan) && !Boolean.TRUE.equals(workersMayPayFees);
    }

    /**
     * A ban reaches every fee when it adopts the FAR definition, or names each way of paying ((2)(i)-(v)) and each of
     * the thirteen kinds of fee ((1)(i)-(xiii)).
     */
    public boolean feeBanComplete() {
        return feesBanned() && missingFeeForms().isEmpty() && feeCategoriesStated() && missingFeeCategories().isEmpty();
    }

    /** The ban adopts the FAR definition, or says which kinds of fee it names (an empty list names none). */
    public boolean feeCategoriesStated() {
        return Boolean.TRUE.equals(feeBanUsesFarDefinition) || feeBanCategories != null;
    }

    /** Kinds of fee of the definition's (1)(i)-(xiii) that a ban naming its fees leaves out. */
    public List<FeeCategory> missingFeeCategories() {
        if (!feeCategoriesStated() || Boolean.TRUE.equals(feeBanUsesFarDefinition)) {
            return List.of();
        }
        EnumSet<FeeCategory> missing = EnumSet.allOf(FeeCategory.class);
        missing.removeAll(feeBanCategories);
        return List.copyOf(missing);
    }

    public String missingFeeCategoriesText() {
        return missingFeeCategories().stream().map(c -> c.paragraph() + " " + c.description()).collect(Collectors.joining("; "));
    }

    public List<FeeForm> missingFeeForms() {
        if (Boolean.TRUE.equals(feeBanUsesFarDefinition)) {
            return List.of();
        }
        EnumSet<FeeForm> missing = EnumSet.allOf(FeeForm.class);
        missing.removeAll(feeBanCovers);
        return List.copyOf(missing);
    }

    public String missingFeeFormsText() {
        return missingFeeForms().stream().map(FeeForm::description).collect(Collectors.joining("; "));
    }

    public boolean wagesLawfulOrExplained() {
        return Boolean.TRUE.equals(wagesMeetHostCountryLaw)
                || (wageVarianceExplanation != null && !wageVarianceExplanation.isBlank());
    }
}
