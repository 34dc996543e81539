package org.ctipcheck.submission;

/** The content a written work document must have under FAR 52.222-50(b)(9). */
public enum WorkDocumentItem {
    WORK_DESCRIPTION, WAGES, RECRUITMENT_FEE_PROHIBITION, WORK_LOCATION, LIVING_ACCOMMODATIONS_AND_COSTS, TIME_OFF,
    ROUNDTRIP_TRANSPORTATION, GRIEVANCE_PROCESS, ANTI_TRAFFICKING_LAWS
}
