package org.ctipcheck.workflow.flowable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctipcheck.workflow.FileReportStep;
import org.ctipcheck.workflow.WorkflowFixture;
import org.ctipcheck.workflow.WorkflowVariables;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * samples/workflow/pre-award-ctip-review.bpmn20.xml deployed on an embedded Flowable 8 engine (H2, async executor
 * off), with ctip-check's delegates and a real audit log: every path of the sample process.
 */
class FlowablePreAwardProcessTest {
    static final Path SAMPLE_PROCESS = Path.of("samples/workflow/pre-award-ctip-review.bpmn20.xml");

    @TempDir
    Path folder;
    WorkflowFixture fixture;
    WorkflowFixture.Cabinet cabinet = new WorkflowFixture.Cabinet();
    ProcessEngine engine;

    @BeforeEach
    void startEngine() throws IOException {
        fixture = new WorkflowFixture(folder);
        Map<Object, Object> beans = new HashMap<>();
        beans.put("ctipCheckDelegate", new CtipCheckDelegate(fixture.step()));
        beans.put("ctipFileReportDelegate", new CtipFileReportDelegate(new FileReportStep(fixture.evaluations(), cabinet)));
        engine = FlowableEngineFixture.engine(beans);
        try (var xml = Files.newInputStream(SAMPLE_PROCESS)) {
            engine.getRepositoryService().createDeployment().addInputStream("pre-award-ctip-review.bpmn20.xml", xml)
                    .deploy();
        }
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    private ProcessInstance submit(String submission, String name) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(WorkflowVariables.SUBMISSION, submission);
        variables.put(WorkflowVariables.SUBMISSION_NAME, name);
        variables.put(WorkflowVariables.EVALUATION_DATE, WorkflowFixture.EVALUATION_DATE);
        return engine.getRuntimeService().startProcessInstanceByKey("preAwardCtipReview", "award-42", variables);
    }

    private Task task(ProcessInstance process) {
        return engine.getTaskService().createTaskQuery().processInstanceId(process.getId()).singleResult();
    }

    private Object variable(ProcessInstance process, String name) {
        HistoricVariableInstance variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(process.getId()).variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }

    private boolean ended(ProcessInstance process) {
        HistoryService history = engine.getHistoryService();
        HistoricProcessInstance done = history.createHistoricProcessInstanceQuery().processInstanceId(process.getId())
                .singleResult();
        return done.getEndTime() != null && "planAccepted".equals(done.getEndActivityId());
    }

    @Test
    void aCompliantPlanIsFiledWithoutReview() {
        ProcessInstance process = submit(WorkflowFixture.sample("01-compliant-overseas-services"), "plan.yaml");
        FlowableEngineFixture.runJob(engine, process.getId());

        assertThat(ended(process)).isTrue();
        assertThat(variable(process, WorkflowVariables.DETERMINATION)).isEqualTo("COMPLIANT");
        assertThat(variable(process, WorkflowVariables.PLAN_REQUIRED)).isEqualTo(true);
        assertThat(variable(process, WorkflowVariables.BLOCKER_COUNT)).isEqualTo(0);
        String evaluationId = (String) variable(process, WorkflowVariables.EVALUATION_ID);
        assertThat(variable(process, WorkflowVariables.REPORT_URL))
                .isEqualTo("https://ctip.example.gov/api/v1/evaluations/" + evaluationId + "/report?format=pdf");
        assertThat(fixture.records()).singleElement().satisfies(record -> {
            assertThat(record.evaluationId()).isEqualTo(evaluationId);
            assertThat(record.determination()).isEqualTo("COMPLIANT");
        });
        assertThat(cabinet.filed).singleElement().satisfies(filed -> {
            assertThat(filed.evaluationId()).isEqualTo(evaluationId);
            assertThat(filed.fileName()).isEqualTo("ctip-evaluation-" + evaluationId + ".pdf");
            assertThat(new String(filed.pdf(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(filed.processKey()).isEqualTo("flowable:" + process.getId());
        });
    }

    @Test
    void aNonCompliantPlanGoesToTheOfficerAndARevisionEndsCompliant() {
        ProcessInstance process = submit(WorkflowFixture.sample("02-housing-without-housing-plan"), "plan.json");
        FlowableEngineFixture.runJob(engine, process.getId());

        Task review = task(process);
        assertThat(review.getTaskDefinitionKey()).isEqualTo("officerReview");
        assertThat(review.getDescription()).startsWith("Determination NON_COMPLIANT; plan required: REQUIRED; 1 BLOCKER");
        Map<String, Object> seen = engine.getTaskService().getVariables(review.getId());
        assertThat((String) seen.get(WorkflowVariables.FINDINGS)).contains("BLOCKER CTIP-PLAN-06.no-housing-plan (");
        assertThat((Integer) seen.get(WorkflowVariables.BLOCKER_COUNT)).isPositive();
        String firstEvaluation = (String) seen.get(WorkflowVariables.EVALUATION_ID);

        engine.getTaskService().complete(review.getId(), Map.of("officerDecision", "revise",
                "revisionRequest", "name the host-country housing standard"));
        Task revise = task(process);
        assertThat(revise.getTaskDefinitionKey()).isEqualTo("revisePlan");
        engine.getTaskService().complete(revise.getId(), Map.of(WorkflowVariables.SUBMISSION,
                WorkflowFixture.sample("01-compliant-overseas-services"), WorkflowVariables.SUBMISSION_NAME, "plan-v2.yaml"));
        FlowableEngineFixture.runJob(engine, process.getId());

        assertThat(ended(process)).isTrue();
        assertThat(variable(process, WorkflowVariables.DETERMINATION)).isEqualTo("COMPLIANT");
        assertThat(fixture.records()).extracting(r -> r.determination()).containsExactly("NON_COMPLIANT", "COMPLIANT");
        String revisedEvaluation = (String) variable(process, WorkflowVariables.EVALUATION_ID);
        assertThat(revisedEvaluation).isNotEqualTo(firstEvaluation);
        assertThat(cabinet.filed).extracting(WorkflowFixture.Cabinet.Filed::evaluationId).containsExactly(revisedEvaluation);
    }

    @Test
    void theOfficerMayAcceptAPlanWithObservations() {
        ProcessInstance process = submit(WorkflowFixture.sample("15-dod-contract"), "plan.yaml");
        FlowableEngineFixture.runJob(engine, process.getId());
        Task review = task(process);
        assertThat(engine.getTaskService().getVariable(review.getId(), WorkflowVariables.DETERMINATION))
                .isEqualTo("COMPLIANT_WITH_OBSERVATIONS");
        assertThat((Integer) engine.getTaskService().getVariable(review.getId(), WorkflowVariables.MINOR_COUNT)).isPositive();

        engine.getTaskService().complete(review.getId(), Map.of("officerDecision", "accept"));

        assertThat(ended(process)).isTrue();
        assertThat(cabinet.filed).hasSize(1);
    }

    @Test
    void anInvalidSubmissionRaisesABpmnErrorThatTheBoundaryEventCatches() {
        ProcessInstance process = submit("organization:\n  legalName: Meridian\naward: [not, an, award]\n", "plan.yaml");
        FlowableEngineFixture.runJob(engine, process.getId());

        Task revise = task(process);
        assertThat(revise.getTaskDefinitionKey()).isEqualTo("revisePlan");
        String problems = (String) engine.getTaskService().getVariable(revise.getId(), WorkflowVariables.PROBLEMS);
        assertThat(problems).contains("/award");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(process.getId())
                .activityId("submissionInvalid").count()).isEqualTo(1);
        assertThat(fixture.records()).isEmpty();

        engine.getTaskService().complete(revise.getId(), Map.of(WorkflowVariables.SUBMISSION,
                WorkflowFixture.sample("01-compliant-overseas-services")));
        FlowableEngineFixture.runJob(engine, process.getId());
        assertThat(ended(process)).isTrue();
        assertThat(variable(process, WorkflowVariables.PROBLEMS)).isNull();
    }

    @Test
    void aRetriedJobAnswersWithTheRecordedCheckAndDoesNotRecordItTwice() {
        cabinet.failingFirst(1);
        ProcessInstance process = submit(WorkflowFixture.sample("01-compliant-overseas-services"), "plan.yaml");

        assertThatThrownBy(() -> FlowableEngineFixture.runJob(engine, process.getId()))
                .hasRootCauseMessage("the contract file is not reachable");
        List<Job> waiting = engine.getManagementService().createTimerJobQuery().processInstanceId(process.getId()).list();
        assertThat(waiting).singleElement().satisfies(job -> assertThat(job.getRetries()).isEqualTo(2));
        assertThat(fixture.records()).hasSize(1); // recorded before the filing failed; Flowable rolled its part back

        engine.getManagementService().moveTimerToExecutableJob(waiting.get(0).getId());
        FlowableEngineFixture.runJob(engine, process.getId());

        assertThat(ended(process)).isTrue();
        assertThat(variable(process, WorkflowVariables.REPLAYED)).isEqualTo(true);
        assertThat(fixture.records()).hasSize(1);
        assertThat(cabinet.filed).singleElement()
                .satisfies(filed -> assertThat(filed.evaluationId()).isEqualTo(fixture.records().get(0).evaluationId()));
    }
}
