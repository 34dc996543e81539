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
        Boolean workersMayPayFees,
        Boolean wagesMeetHostCountryLaw,
        String wageVarianceExplanation,
        String text,
        SourceReference source) implements DocumentedFact {

    public RecruitmentWagePlan {
        feeBanCovers = EnumSets.ordered(FeeForm.class, feeBanCovers);
    }

    public boolean feesBanned() {
        return Boolean.TRUE.equals(recruitmentFeeBan) && !Boolean.TRUE.equals(workersMayPayFees);
    }

    /** A ban reaches every form of fee when it adopts the FAR definition or names each form. */
    public boolean feeBanComplete() {
        return feesBanned() && missingFeeForms().isEmpty();
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
