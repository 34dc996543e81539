package org.ctipcheck.submission;

import java.util.List;

/** Policies and procedures under FAR 52.222-50(c), (d) and (g). */
public record PolicyFacts(
        EmployeeNotice employeeNotice,
        DisciplinaryPolicy disciplinaryActions,
        NotificationProcedure notificationProcedure,
        CooperationCommitments cooperation) implements FactGroup {

    @Override
    public List<Object> facts() {
        return FactGroup.present(employeeNotice, disciplinaryActions, notificationProcedure, cooperation);
    }
}
