package org.ctipcheck.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.ctipcheck.findings.ChecklistItem;
import org.ctipcheck.findings.RuleHit;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.intake.InvalidSubmission;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every one-field change to the compliant plan (each member removed, each boolean flipped, each string blanked,
 * each list emptied), with performance started, starting tomorrow or of unknown start, and with the plan
 * requirement undetermined, must leave each plan requirement decided by one kind of outcome: a requirement a rule
 * calls MET or NOT_APPLICABLE must not also be called something else by another rule, no requirement may be left
 * undecided, and a NOT_MET entry must be explained by a finding.
 */
class PlanRuleConsistencyTest {
    private static final List<String> PLAN_REQUIREMENTS = List.of("CTIP-PLAN-01", "CTIP-PLAN-02", "CTIP-PLAN-03",
            "CTIP-PLAN-04", "CTIP-PLAN-05a", "CTIP-PLAN-05b", "CTIP-PLAN-05c", "CTIP-PLAN-06", "CTIP-PLAN-07",
            "CTIP-PLAN-08", "CTIP-PLAN-09");
    private static final Map<String, UnaryOperator<SubmissionFixture>> CONTEXTS = Map.of(
            "performance started", fixture -> fixture,
            "performance starts tomorrow", fixture -> fixture.set("/award/periodOfPerformance/start", "2026-03-02")
                    .asOf("2026-03-01"),
            "start of performance unknown", fixture -> fixture.remove("/award/periodOfPerformance/start"),
            "plan requirement undetermined", fixture -> fixture.remove("/award/clause/date"));

    record Mutation(String name, UnaryOperator<SubmissionFixture> edit) {
    }

    @TestFactory
    Stream<DynamicTest> everyOneFieldChangeDecidesEachPlanRequirementOnce() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Mutation mutation : mutations()) {
            for (Map.Entry<String, UnaryOperator<SubmissionFixture>> context : CONTEXTS.entrySet()) {
                SubmissionFixture fixture = context.getValue().apply(mutation.edit().apply(SubmissionFixture.compliant()));
                if (!valid(fixture)) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(mutation.name() + " (" + context.getKey() + ")",
                        () -> assertConsistent(fixture.evaluate())));
            }
        }
        assertThat(tests).as("valid mutations").hasSizeGreaterThan(200);
        return tests.stream();
    }

    private static void assertConsistent(ResultAssert result) {
        for (String requirement : PLAN_REQUIREMENTS) {
            ChecklistItem item = result.item(requirement);
            assertThat(item.ruleIds()).as(requirement + " decided by some rule").isNotEmpty();
            Set<String> statuses = new LinkedHashSet<>();
            for (RuleHit hit : result.result().ruleHits()) {
                if (hit.requirementId().equals(requirement) && !hit.ruleId().equals("CTIP-PLAN-01.elements-without-plan")) {
                    statuses.addAll(Arrays.asList(hit.outcome().split(",")));
                }
            }
            if (statuses.contains("MET") || statuses.contains("NOT_APPLICABLE")) {
                assertThat(statuses).as(requirement + " outcomes from " + item.ruleIds()).hasSize(1);
            }
            if (item.status() == Status.NOT_MET) {
                assertThat(result.result().findings()).as(requirement + " NOT_MET explained by a finding")
                        .anyMatch(f -> f.requirementId().equals(requirement) && f.status() == Status.NOT_MET);
            }
        }
    }

    private static boolean valid(SubmissionFixture fixture) {
        try {
            fixture.read();
            return true;
        } catch (InvalidSubmission e) {
            return false;
        }
    }

    private static List<Mutation> mutations() {
        JsonNode plan = JsonMapper.builder().build().readTree(SubmissionFixture.compliant().json()).get("compliancePlan");
        List<Mutation> mutations = new ArrayList<>();
        collect(plan, "/compliancePlan", mutations);
        return mutations;
    }

    private static void collect(JsonNode node, String pointer, List<Mutation> mutations) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String child = pointer + "/" + member.getKey();
                mutations.add(new Mutation("remove " + child, fixture -> fixture.remove(child)));
                collect(member.getValue(), child, mutations);
            }
        } else if (node.isArray()) {
            mutations.add(new Mutation("empty " + pointer, fixture -> fixture.set(pointer, List.of())));
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, mutations);
            }
        } else if (node.isBoolean()) {
            boolean flipped = !node.booleanValue();
            mutations.add(new Mutation("set " + pointer + " " + flipped, fixture -> fixture.set(pointer, flipped)));
        } else if (node.isString()) {
            mutations.add(new Mutation("blank " + pointer, fixture -> fixture.set(pointer, " ")));
        }
    }
}
