package org.ctipcheck.submission;

/** FAR 52.222-50(i)(1): the clause flows to every subcontract and every contract with an agent. */
public enum SubcontractKind { SUBCONTRACT, AGENT_AGREEMENT }
