package org.ctipcheck.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.ctipcheck.findings.ChecklistItem;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.findings.RuleHit;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

/**
 * Rules are written as "met", "not met" and "not applicable" cases per requirement; this checks over many
 * seeded random submissions that the cases never contradict each other and never leave a gap.
 */
class RandomSubmissionsConsistencyTest {
    private static final int SUBMISSIONS = 400;
    private static final Object[] TRI = {true, false, null};

    private final List<Consumer<SubmissionFixture>> mutations = List.of(
            f -> f.remove("/compliancePlan"),
            f -> f.remove("/compliancePlan/riskAssessment"),
            f -> f.remove("/compliancePlan/awareness"),
            f -> f.remove("/compliancePlan/reporting"),
            f -> f.remove("/compliancePlan/recruitmentAndWage"),
            f -> f.remove("/compliancePlan/housing"),
            f -> f.remove("/compliancePlan/agentsAndSubcontractors"),
            f -> f.remove("/compliancePlan/posting"),
            f -> f.remove("/certifications"),
            f -> f.set("/award/instrument", pick("GRANT", "COOPERATIVE_AGREEMENT", "TASK_ORDER", "SUBCONTRACT")),
            f -> f.set("/award/clause/date", pick("FEB 2009", "2015-03", "2019-01", "2020-09", "2020-10", "2025-09", "2025-10", null)),
            f -> f.set("/award/portions/0/estimatedValue", pick(0, 499999, 500000, 500001, 550000, 550001, 700000, 700001, null)),
            f -> f.set("/award/portions/0/outsideUnitedStates", pick(true, false)),
            f -> f.set("/award/portions/0/kind", pick("SUPPLIES", "SERVICES")),
            f -> f.set("/award/portions/0/cots", pick(TRI)),
            f -> f.set("/award/solicitationIncludes52_222_56", pick(TRI)),
            f -> f.set("/award/awardDate", pick("2015-01-10", "2023-06-15", "2025-03-01", "2026-02-28", null)),
            f -> f.set("/award/periodOfPerformance/start", pick("2023-07-20", "2023-07-25", "2023-07-26", "2026-06-01", null)),
            f -> f.set("/compliancePlan/coveredPortions", pick(List.of(), List.of("us-engineering"), List.of("design-build-services"))),
            f -> f.set("/compliancePlan/expiresOn", pick("2026-02-28", "2026-03-01", null)),
            f -> f.set("/compliancePlan/riskAssessment/contractSpecific", pick(TRI)),
            f -> f.set("/compliancePlan/riskAssessment/nonUsWorkforceExpected", pick(0, 420, null)),
            f -> f.set("/compliancePlan/awareness/coversConsequences", pick(TRI)),
            f -> f.set("/compliancePlan/awareness/languages", pick(List.of(), List.of("en"))),
            f -> f.set("/compliancePlan/reporting/channels", pick(List.of(), List.of("hotline"))),
            f -> f.set("/compliancePlan/reporting/nonRetaliation", pick(TRI)),
            f -> f.set("/compliancePlan/reporting/hotlinePhone", pick("1-888-373-7888", "1-844-888-3733", null)),
            f -> f.set("/compliancePlan/recruitmentAndWage/trainedRecruitersOnly", pick(TRI)),
            f -> f.set("/compliancePlan/recruitmentAndWage/recruitmentFeeBan", pick(TRI)),
            f -> f.set("/compliancePlan/recruitmentAndWage/feeBanUsesFarDefinition", pick(TRI)),
            f -> f.set("/compliancePlan/recruitmentAndWage/workersMayPayFees", pick(TRI)),
            f -> f.set("/compliancePlan/recruitmentAndWage/wagesMeetHostCountryLaw", pick(TRI)),
            f -> f.set("/compliancePlan/housing/providedOrArranged", pick(TRI)),
            f -> f.set("/compliancePlan/housing/meetsHostCountryStandards", pick(TRI)),
            f -> f.set("/compliancePlan/housing/inspections", pick("monthly", null)),
            f -> f.set("/compliancePlan/agentsAndSubcontractors/anyTier", pick(TRI)),
            f -> f.set("/compliancePlan/agentsAndSubcontractors/terminate", pick(TRI)),
            f -> f.set("/compliancePlan/posting/websitePostedOn", pick("2023-07-25", "2023-08-02", null)),
            f -> f.set("/compliancePlan/posting/hasWebsite", pick(TRI)),
            f -> f.set("/compliancePlan/posting/noFixedWorkplace", pick(TRI)),
            f -> f.set("/compliancePlan/requestsFromContractingOfficer/0/providedOn", pick("2024-02-05", null)),
            f -> f.set("/certifications/0/date", pick("2023-05-30", "2023-06-15", "2023-06-16", null)),
            f -> f.set("/certifications/0/type", pick("PRE_AWARD", "ANNUAL")),
            f -> f.set("/certifications/1/date", pick("2024-06-15", "2024-06-16", null)),
            f -> f.set("/certifications/2/statements/coversAgents", pick(TRI)),
            f -> f.set("/certifications/2/dueDiligence/option", pick("NO_ABUSES_FOUND", "ABUSES_FOUND_AND_REMEDIATED", null)),
            f -> f.remove("/certifications/2"),
            f -> f.remove("/workforce"),
            f -> f.remove("/policies"),
            f -> f.remove("/workforce/" + pick("identityDocuments", "returnTransportation", "workDocuments", "recruitmentDisclosure",
                    "conduct", "housingConditions")),
            f -> f.set("/workforce/nonUsWorkersBroughtIn", pick(TRI)),
            f -> f.set("/workforce/identityDocuments/employerHoldsDocuments", pick(TRI)),
            f -> f.set("/workforce/identityDocuments/accessOnDemand", pick(TRI)),
            f -> f.set("/workforce/identityDocuments/policyProhibitsConfiscation", pick(TRI)),
            f -> f.set("/workforce/feesChargedToWorkers", pick(List.of(), List.of(Map.of("form", "WAGE_DEDUCTIONS")))),
            f -> f.set("/workforce/returnTransportation/providedOrPaid", pick(TRI)),
            f -> f.set("/workforce/returnTransportation/conditionedOnRepayment", pick(TRI)),
            f -> f.set("/workforce/returnTransportation/victimWitnessTimingProvided", pick(TRI)),
            f -> f.set("/award/contractRequiresWorkDocuments", pick(TRI)),
            f -> f.set("/workforce/workDocuments/provided", pick(TRI)),
            f -> f.set("/workforce/workDocuments/daysBeforeRelocation", pick(4, 5, null)),
            f -> f.set("/workforce/recruitmentDisclosure/inLanguageWorkerUnderstands", pick(TRI)),
            f -> f.set("/workforce/recruitmentDisclosure/misrepresentationFound", pick(TRI)),
            f -> f.set("/workforce/recruiters", List.of()),
            f -> f.set("/workforce/recruiters/0/compliesWithLocalLaw", pick(TRI)),
            f -> f.set("/workforce/recruiters/1/licensed", pick(TRI)),
            f -> f.set("/workforce/recruiters/1/licenceRequired", pick(TRI)),
            f -> f.set("/workforce/conduct/appliesOffDuty", pick(TRI)),
            f -> f.set("/workforce/housingConditions/meetsHostCountryStandards", pick(TRI)),
            f -> f.set("/workforce/housingConditions/openDeficiencies", pick(TRI)),
            f -> f.set("/policies/employeeNotice/distributedToAgents", pick(TRI)),
            f -> f.set("/policies/disciplinaryActions/includesTermination", pick(TRI)),
            f -> f.set("/policies/cooperation/" + pick("disclosesToInspectorGeneral", "respondsToAuditors",
                    "providesAccessIncludingOverseas", "protectsVictimsAndWitnesses"), pick(TRI)),
            f -> f.set("/incidents/0/inspectorGeneralNotifiedOn", pick("2025-09-03", "2025-09-04", null)),
            f -> f.set("/incidents/0/relatesToMultipleContracts", pick(TRI)),
            f -> f.set("/incidents/0/highestValueContractOfficerNotified", pick(TRI)),
            f -> f.set("/incidents/0/contractingOfficerDirectedAbatement", pick(TRI)),
            f -> f.set("/incidents/0/abatedAsDirected", pick(TRI)),
            f -> f.set("/incidents/0/remediationTaken", pick(TRI)),
            f -> f.set("/incidents/0/actionsReportedOn", pick("2025-09-20", null)),
            f -> f.remove("/incidents"),
            f -> f.remove("/policies/notificationProcedure"),
            f -> f.set("/policies/notificationProcedure/notifiesInspectorGeneral", pick(TRI)),
            f -> f.set("/policies/notificationProcedure/timeLimitHours", pick(24, 25, 720, null)),
            f -> f.remove("/subcontracts"),
            f -> f.set("/subcontracts/1/clauseFlowedDown", pick(TRI)),
            f -> f.set("/subcontracts/0/coveredValue", pick(0, 550000, 550001, 700001, null)),
            f -> f.set("/subcontracts/0/subcontractorHasPlan", pick(TRI)),
            f -> f.set("/subcontracts/0/preAwardCertificationOn", pick("2023-09-01", "2023-09-02", null)),
            f -> f.set("/subcontracts/0/latestAnnualCertificationOn", pick("2025-02-28", "2025-03-01", null)),
            f -> f.set("/subcontracts/0/awardedOn", pick("2023-09-01", null)),
            f -> f.set("/award/department", pick("DOD", "STATE", "USAID", "OTHER")),
            f -> f.set("/award/otherClauses", pick(List.of(), List.of("252.222-7007"), List.of("252.225-7060"))),
            f -> f.set("/dod/representation/whistleblowerProtectionNotified", pick(TRI)),
            f -> f.set("/dod/representation/hiringAndSubcontractingPolicies", pick(TRI)),
            f -> f.set("/dod/xuar/xuarLinkedSupplyKnown", pick(TRI)),
            f -> f.set("/dod/xuar/flowedDownAllTiersIncludingCots", pick(TRI)),
            f -> f.remove("/dod"),
            f -> f.set("/award/department", pick("USAID", "STATE", "DOD")),
            f -> f.set("/award/recipient", pick(recipient(true, true), recipient(true, false), recipient(false, null))),
            f -> f.set("/award/otherClauses", pick(List.of("52.222-19"), List.of())),
            f -> f.set("/workforce/feesChargedToWorkers", pick(List.of(), List.of(Map.of("form", "DIRECT_PAYMENT")))),
            f -> f.set("/workforce/conduct/commercialSexProhibited", pick(TRI)),
            f -> f.set("/subcontracts/0/clauseFlowedDown", pick(TRI)),
            f -> f.set("/subcontracts/0/coveredValue", pick(500000, 500001, null)),
            f -> f.set("/childLabor", pick(childLabor("Garments", "VN"), childLabor("Garments", "MX"), childLabor("Coffee", "BR"))),
            f -> f.set("/childLabor/option", pick("WILL_NOT_SUPPLY_LISTED_PRODUCTS", "MAY_SUPPLY_AFTER_GOOD_FAITH_EFFORT", null)),
            f -> f.set("/childLabor/solicitationIncludes52_222_18", pick(TRI)),
            f -> f.set("/childLabor/cooperationCommitted", pick(TRI)),
            f -> f.asOf(pick("2023-06-01", "2024-06-14", "2024-06-15", "2024-06-16", "2026-03-01", "2027-12-31").toString()));

    private Random random;

    private static Map<String, Object> recipient(Boolean hasSubawards, Boolean subawardsIncludeAwardTerm) {
        Map<String, Object> recipient = new HashMap<>();
        recipient.put("type", "PRIVATE_ENTITY");
        recipient.put("awardTermIncluded", true);
        recipient.put("hasSubawards", hasSubawards);
        recipient.put("subawardsIncludeAwardTerm", subawardsIncludeAwardTerm);
        return recipient;
    }

    private static Map<String, Object> childLabor(String product, String country) {
        Map<String, Object> childLabor = new HashMap<>();
        childLabor.put("solicitationIncludes52_222_18", true);
        childLabor.put("option", "MAY_SUPPLY_AFTER_GOOD_FAITH_EFFORT");
        childLabor.put("goodFaithEffortDocumented", true);
        childLabor.put("cooperationCommitted", true);
        childLabor.put("endProducts", List.of(Map.of("product", product, "countryOfOrigin", country, "value", 120000)));
        return childLabor;
    }

    @Test
    void rulesNeverContradictOrLeaveARequirementUndecided() {
        Map<String, Integer> firedCount = new HashMap<>();
        for (int seed = 0; seed < SUBMISSIONS; seed++) {
            random = new Random(seed);
            SubmissionFixture fixture = SubmissionFixture.compliant();
            List<Integer> applied = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                int index = random.nextInt(mutations.size());
                applied.add(index);
                try {
                    mutations.get(index).accept(fixture);
                } catch (RuntimeException pathGone) {
                    // an earlier mutation removed the parent; the submission stays as it is
                }
            }
            EvaluationResult result;
            try {
                result = fixture.evaluate().result();
            } catch (AssertionError invalidCombination) {
                continue;
            }
            String context = "seed " + seed + ", mutations " + applied;
            assertThat(result.planDecision().ruleId()).as("exactly one plan decision, " + context + ": "
                    + result.planDecision().reason()).isNotNull();
            for (ChecklistItem item : result.checklist()) {
                assertThat(item.reason()).as(item.requirementId() + " decided, " + context)
                        .doesNotContain("No rule reached a decision");
            }
            assertNoContradiction(result, context);
            result.ruleHits().forEach(hit -> firedCount.merge(hit.ruleId(), 1, Integer::sum));
        }
        assertThat(firedCount.size()).as("distinct rules exercised").isGreaterThan(60);
    }

    private static void assertNoContradiction(EvaluationResult result, String context) {
        Map<String, Set<String>> outcomesByRequirement = new HashMap<>();
        for (RuleHit hit : result.ruleHits()) {
            if (hit.outcome() != null) {
                outcomesByRequirement.computeIfAbsent(hit.requirementId(), k -> new HashSet<>())
                        .addAll(Arrays.asList(hit.outcome().split(",")));
            }
        }
        outcomesByRequirement.forEach((requirement, outcomes) -> {
            if (outcomes.contains("MET")) {
                assertThat(outcomes).as(requirement + " met and not met at once, " + context)
                        .doesNotContain("NOT_MET", "NOT_APPLICABLE");
            }
        });
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
