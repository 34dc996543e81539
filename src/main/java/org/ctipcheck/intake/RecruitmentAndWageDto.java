package org.ctipcheck.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.ctipcheck.submission.FeeForm;

@Description("Recruitment and wage plan (FAR 52.222-50(h)(3)(iii)).")
public record RecruitmentAndWageDto(
        @Description("Only recruitment companies with trained employees are used.") Boolean trainedRecruitersOnly,
        @Description("The plan prohibits charging recruitment fees to employees or potential employees.") Boolean recruitmentFeeBan,
        @Description("The ban adopts the full FAR 52.222-50(a) definition of recruitment fees.") Boolean feeBanUsesFarDefinition,
        @Description("Forms of fee the ban names explicitly (needed when it does not adopt the FAR definition).")
        Set<@NotNull FeeForm> feeBanCovers,
        @Description("The plan lets workers bear recruitment fees in some form (e.g. repaid through wage deductions).") Boolean workersMayPayFees,
        @Description("Wages meet host-country legal requirements.") Boolean wagesMeetHostCountryLaw,
        @Description("Explanation of any variance from host-country wage requirements.") @Size(max = 5000) String wageVarianceExplanation,
        @Description("Free text of the section.") @Size(max = 20000) String text,
        @Description("Where the section stands in the plan document.") @Valid SourceDto source) {

    public RecruitmentAndWageDto {
        feeBanCovers = feeBanCovers == null ? Set.of() : feeBanCovers;
    }
}
