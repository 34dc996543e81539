package org.ctipcheck.submission;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * FAR 52.222-50(b)(5)(i): disclosure of key terms during recruitment. Two of the terms are owed only on a condition
 * the clause states: "housing and associated costs (if employer or agent provided or arranged)" and "if applicable,
 * the hazardous nature of the work" ({@code housingProvidedOrArranged}, {@code workHazardous}). Where the disclosure
 * section does not say whether housing is provided or arranged, the plan's housing section does
 * ({@code housingPerPlan}, taken from {@code /compliancePlan/housing/providedOrArranged}).
 */
public record RecruitmentDisclosure(
        String pointer,
        Boolean inLanguageWorkerUnderstands,
        Set<DisclosureItem> covers,
        Boolean misrepresentationFound,
        Boolean housingProvidedOrArranged,
        Boolean workHazardous,
        SourceReference source,
        Boolean housingPerPlan) implements DocumentedFact {

    public RecruitmentDisclosure {
        covers = EnumSets.ordered(DisclosureItem.class, covers);
    }

    /** This disclosure, with what the plan's housing section says about housing. */
    public RecruitmentDisclosure withHousingPerPlan(Boolean planSays) {
        return new RecruitmentDisclosure(pointer, inLanguageWorkerUnderstands, covers, misrepresentationFound,
                housingProvidedOrArranged, workHazardous, source, planSays);
    }

    /** Whether housing is provided or arranged: as this section states, else as the plan's housing section does. */
    public Boolean housingProvided() {
        return housingProvidedOrArranged != null ? housingProvidedOrArranged : housingPerPlan;
    }

    /** The key terms the disclosure leaves out that are owed on the facts stated, in clause order. */
    public List<DisclosureItem> missingItems() {
        return Arrays.stream(DisclosureItem.values())
                .filter(item -> !covers.contains(item) && Boolean.TRUE.equals(owed(item))).toList();
    }

    /** The conditional key terms the disclosure leaves out whose condition (housing, hazards) is not stated. */
    public List<DisclosureItem> openItems() {
        return Arrays.stream(DisclosureItem.values())
                .filter(item -> !covers.contains(item) && owed(item) == null).toList();
    }

    /** Whether a term is owed: true, false (its condition is stated not to hold) or null (condition not stated). */
    private Boolean owed(DisclosureItem item) {
        return switch (item) {
            case HOUSING_AND_COSTS -> housingProvided();
            case HAZARDS -> workHazardous;
            default -> true;
        };
    }
}
