package org.ctipcheck.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.ctipcheck.submission.FeeCategory;
import org.ctipcheck.submission.FeeForm;

@Description("Recruitment and wage plan (FAR 52.222-50(h)(3)(iii)).")
public record RecruitmentAndWageDto(
        @Description("Only recruitment companies with trained employees are used.") Boolean trainedRecruitersOnly,
        @Description("The plan prohibits charging recruitment fees to employees or potential employees.") Boolean recruitmentFeeBan,
        @Description("The ban adopts the full FAR 52.222-50(a) definition of recruitment fees.") Boolean feeBanUsesFarDefinition,
        @Description("Ways of paying a fee the ban names explicitly, after the FAR 52.222-50(a) definition (2)(i)-(v) (needed when it does not adopt the FAR definition).")
        Set<@NotNull FeeForm> feeBanCovers,
        @Description("Kinds of fee the ban names explicitly, from the thirteen of the FAR 52.222-50(a) definition (1)(i)-(xiii) "
                + "(needed when it does not adopt the FAR definition; left out: not stated).")
        Set<@NotNull FeeCategory> feeBanCategories,
        @Description("The plan lets workers bear recruitment fees in some form (e.g. repaid through wage deductions).") Boolean workersMayPayFees,
        @Description("Wages meet host-country legal requirements.") Boolean wagesMeetHostCountryLaw,
        @Description("Explanation of any variance from host-country wage requirements.") @Size(max = 5000) String wageVarianceExplanation,
        @Description("Free text of the section.") @Size(max = 20000) String text,
        @Description("Where the section stands in the plan document.") @Valid SourceDto source) {

    public RecruitmentAndWageDto {
        feeBanCovers = feeBanCovers == null ? Set.of() : feeBanCovers;
    }
}
