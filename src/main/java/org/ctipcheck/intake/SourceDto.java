package org.ctipcheck.intake;

import jakarta.validation.constraints.Size;

@Description("Where the content stands in the submitted document; the report quotes it as evidence.")
public record SourceDto(
        @Description("File name of the source document, e.g. \"ctip-plan-rev2.pdf\".") @Size(max = 500) String document,
        @Description("Page number or range.") @Size(max = 50) String page,
        @Description("Section number or heading.") @Size(max = 500) String section,
        @Description("A short exact quote of the supporting text.") @Size(max = 2000) String quote) {
}
