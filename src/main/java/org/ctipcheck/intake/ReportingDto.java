package org.ctipcheck.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

@Description("Retaliation-free reporting process (FAR 52.222-50(h)(3)(ii)).")
public record ReportingDto(
        @Description("Internal reporting channels, e.g. \"site welfare officer\", \"anonymous web form\".") List<@NotBlank @Size(max = 200) String> channels,
        @Description("Whether the plan commits that reporters will not be retaliated against.") Boolean nonRetaliation,
        @Description("Hotline number the plan gives employees; the Global Human Trafficking Hotline is 1-844-888-FREE.") @Size(max = 50) String hotlinePhone,
        @Description("Hotline e-mail the plan gives employees; the Global Human Trafficking Hotline's is help@befree.org.") @Size(max = 200) String hotlineEmail,
        @Description("Free text of the section.") @Size(max = 20000) String text,
        @Description("Where the section stands in the plan document.") @Valid SourceDto source) {

    public ReportingDto {
        channels = channels == null ? List.of() : channels;
    }
}
