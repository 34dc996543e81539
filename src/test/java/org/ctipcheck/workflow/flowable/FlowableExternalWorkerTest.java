package org.ctipcheck.workflow.flowable;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.ctipcheck.audit.AuditException;
import org.ctipcheck.check.ComplianceCheck;
import org.ctipcheck.fixtures.TestRules;
import org.ctipcheck.workflow.RetryPolicy;
import org.ctipcheck.workflow.WorkflowCheckStep;
import org.ctipcheck.workflow.WorkflowFixture;
import org.ctipcheck.workflow.WorkflowVariables;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.ExternalWorkerJob;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The external worker variant on an embedded Flowable 8 engine: complete, BPMN error, failure with backoff. */
class FlowableExternalWorkerTest {
    @TempDir
    Path folder;
    WorkflowFixture fixture;
    ProcessEngine engine;

    @BeforeEach
    void startEngine() {
        fixture = new WorkflowFixture(folder);
        engine = FlowableEngineFixture.engine(Map.of());
        engine.getRepositoryService().createDeployment().addClasspathResource("workflow/external-ctip-check.bpmn20.xml")
                .deploy();
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    private CtipExternalWorker worker(WorkflowCheckStep step) {
        return new CtipExternalWorker(engine.getManagementService(), step, "worker-1", Duration.ofMinutes(1),
                new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(5)));
    }

    private ProcessInstance start(String submission) {
        return engine.getRuntimeService().startProcessInstanceByKey("externalCtipCheck", Map.of(
                WorkflowVariables.SUBMISSION, submission, WorkflowVariables.EVALUATION_DATE, WorkflowFixture.EVALUATION_DATE));
    }

    private Task task(ProcessInstance process) {
        return engine.getTaskService().createTaskQuery().processInstanceId(process.getId()).singleResult();
    }

    @Test
    void completesTheJobWithTheCheckVariables() {
        ProcessInstance process = start(WorkflowFixture.sample("02-housing-without-housing-plan"));

        assertThat(worker(fixture.step()).pollOnce(5)).isEqualTo(1);
        FlowableEngineFixture.runJob(engine, process.getId()); // Flowable continues the process in a job of its own

        Task checked = task(process);
        assertThat(checked.getTaskDefinitionKey()).isEqualTo("checked");
        Map<String, Object> variables = engine.getTaskService().getVariables(checked.getId());
        assertThat(variables).containsEntry(WorkflowVariables.DETERMINATION, "NON_COMPLIANT")
                .containsEntry(WorkflowVariables.FAILS, true)
                .containsEntry(WorkflowVariables.EVALUATION_ID, fixture.records().get(0).evaluationId());
        assertThat(worker(fixture.step()).pollOnce(5)).isZero();
    }

    @Test
    void endsTheJobWithABpmnErrorOnAnInvalidSubmission() {
        ProcessInstance process = start("{\"organization\": 7}");

        worker(fixture.step()).pollOnce(5);
        FlowableEngineFixture.runJob(engine, process.getId());

        Task fix = task(process);
        assertThat(fix.getTaskDefinitionKey()).isEqualTo("fixSubmission");
        assertThat((String) engine.getTaskService().getVariable(fix.getId(), WorkflowVariables.PROBLEMS))
                .contains("/organization");
        assertThat(fixture.records()).isEmpty();
    }

    @Test
    void failsTheJobWithOneRetryFewerAndABackoffWhenTheAuditLogIsDown() {
        ComplianceCheck unreachable = new ComplianceCheck(TestRules.ruleset(), () -> {
            throw new AuditException("the audit database is not reachable");
        }, Runnable::run, java.time.Clock.systemUTC());
        ProcessInstance process = start(WorkflowFixture.sample("01-compliant-overseas-services"));
        long before = System.currentTimeMillis();

        worker(new WorkflowCheckStep(unreachable, null, null, null)).pollOnce(5);

        ExternalWorkerJob job = engine.getManagementService().createExternalWorkerJobQuery()
                .processInstanceId(process.getId()).singleResult();
        assertThat(job.getRetries()).isEqualTo(2);
        assertThat(job.getExceptionMessage()).isEqualTo("ctip-check: the audit database is not reachable");
        // locked for the 30 s backoff from the failure, which came after 'before' (a second off for the database's
        // time resolution): however long the assertions below take on a loaded machine
        assertThat(job.getLockExpirationTime()).isAfterOrEqualTo(new java.util.Date(before + 29_000));
        assertThat(worker(fixture.step()).pollOnce(5)).as("locked for the backoff").isZero();
        assertThat(task(process)).isNull();
    }
}
