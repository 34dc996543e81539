package org.ctipcheck.intake;

import jakarta.validation.Valid;

@Description("Department of Defense terms: DFARS 252.222-7007 and 252.225-7060.")
public record DodDto(
        @Description("DFARS 252.222-7007 representation.") @Valid DodRepresentationDto representation,
        @Description("DFARS 252.225-7060 Xinjiang (XUAR) good-faith effort.") @Valid XuarDto xuar) {
}
