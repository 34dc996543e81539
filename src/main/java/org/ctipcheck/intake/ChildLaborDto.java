package org.ctipcheck.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.ctipcheck.submission.ChildLaborOption;

@Description("Child-labor certification under FAR 52.222-18 and cooperation under 52.222-19 (E.O. 13126).")
public record ChildLaborDto(
        @Description("The solicitation contains 52.222-18 (true also where older submissions meant its equivalent 52.212-3(i)).") Boolean solicitationIncludes52_222_18,
        @Description("The solicitation (for commercial products or services) contains 52.212-3(i), the equivalent of 52.222-18. "
                + "The cooperation duty of 52.222-19(b) applies only when the solicitation had one of the two.") Boolean solicitationIncludes52_212_3i,
        @Description("The alternative certified under 52.222-18(c).") ChildLaborOption option,
        @Description("The good-faith effort behind (c)(2) is documented.") Boolean goodFaithEffortDocumented,
        @Description("The contractor commits to cooperate under 52.222-19(b).") Boolean cooperationCommitted,
        @Description("End products supplied and their countries of origin.") List<@NotNull @Valid EndProductDto> endProducts,
        @Description("Where this stands in the submitted documents.") @Valid SourceDto source) {

    public ChildLaborDto {
        endProducts = endProducts == null ? List.of() : endProducts;
    }
}
