package org.ctipcheck.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.ctipcheck.submission.DisclosureItem;

@Description("Disclosure of key terms during recruitment (FAR 52.222-50(b)(5)(i)).")
public record RecruitmentDisclosureDto(
        @Description("Key terms are disclosed in a format and language the worker understands.") Boolean inLanguageWorkerUnderstands,
        @Description("Which key terms are disclosed.") Set<@NotNull DisclosureItem> covers,
        @Description("A material misrepresentation of key terms was found (audit, complaint, interview).") Boolean misrepresentationFound,
        @Description("The employer or its agent provides or arranges housing for the workers (only then must housing and its costs be disclosed). Left out, the plan's housing section (compliancePlan.housing.providedOrArranged) decides.") Boolean housingProvidedOrArranged,
        @Description("The work is hazardous (only then must its hazardous nature be disclosed).") Boolean workHazardous,
        @Description("Where this stands in the submitted documents.") @Valid SourceDto source) {
}
