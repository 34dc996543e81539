package org.ctipcheck.intake;

import jakarta.validation.Valid;

@Description("The contractor's policies and procedures under FAR 52.222-50(c), (d) and (g).")
public record PoliciesDto(
        @Description("Notice to employees and agents (c)(1).") @Valid EmployeeNoticeDto employeeNotice,
        @Description("Action against violators (c)(2).") @Valid DisciplinaryActionsDto disciplinaryActions,
        @Description("Notification of credible information (d).") @Valid NotificationProcedureDto notificationProcedure,
        @Description("Full cooperation (g).") @Valid CooperationDto cooperation) {
}
