package org.ctipcheck.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

@Description("Awareness program for employees (FAR 52.222-50(h)(3)(i)).")
public record AwarenessDto(
        @Description("Covers the U.S. Government's policy prohibiting trafficking in persons.") Boolean coversPolicy,
        @Description("Covers the activities prohibited by 52.222-50(b).") Boolean coversProhibitedActivities,
        @Description("Covers the actions taken against employees for violations.") Boolean coversConsequences,
        @Description("How it is delivered, e.g. \"in-person briefing\", \"e-learning\".") List<@NotBlank @Size(max = 200) String> delivery,
        @Description("How often, e.g. \"at onboarding and annually\".") @Size(max = 200) String frequency,
        @Description("Languages it is delivered in (BCP 47 codes or names).") List<@NotBlank @Size(max = 50) String> languages,
        @Description("Whether attendance records are kept.") Boolean attendanceRecords,
        @Description("Free text of the section.") @Size(max = 20000) String text,
        @Description("Where the section stands in the plan document.") @Valid SourceDto source) {

    public AwarenessDto {
        delivery = delivery == null ? List.of() : delivery;
        languages = languages == null ? List.of() : languages;
    }
}
