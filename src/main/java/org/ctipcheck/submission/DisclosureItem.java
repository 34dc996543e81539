package org.ctipcheck.submission;

/** Key terms FAR 52.222-50(b)(5)(i) requires recruiters to disclose truthfully. */
public enum DisclosureItem { WAGES_AND_BENEFITS, WORK_LOCATION, LIVING_CONDITIONS, HOUSING_AND_COSTS, SIGNIFICANT_COSTS, HAZARDS }
