package org.ctipcheck.submission;

/** 2 CFR 175.200(a): who receives an assistance award. */
public enum RecipientType { PRIVATE_ENTITY, STATE_OR_LOCAL_GOVERNMENT, INDIAN_TRIBE, FOREIGN_PUBLIC_ENTITY, OTHER }
