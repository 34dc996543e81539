/**
 * What an evaluation concludes: the checklist of requirements, the findings, the plan-required decision,
 * the overall determination and the rule hits. Plain records, no framework types.
 */
package org.ctipcheck.findings;
