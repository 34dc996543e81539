package org.ctipcheck.workflow.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.ctipcheck.check.ComplianceCheck;
import org.ctipcheck.fixtures.TestRules;
import org.ctipcheck.workflow.WorkflowCheckStep;
import org.ctipcheck.workflow.camunda.CtipCheckJobHandler;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The workflow beans appear with a ComplianceCheck bean and each engine's classes, and not without them. */
class WorkflowAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WorkflowAutoConfiguration.class));
    private final ApplicationContextRunner withCheck = runner.withBean(ComplianceCheck.class,
            () -> new ComplianceCheck(TestRules::ruleset, null, Runnable::run, Clock.systemUTC(), null));

    @Test
    void aHostWithACheckAndBothEnginesGetsTheDelegateAndTheJobHandler() {
        withCheck.run(context -> assertThat(context).hasNotFailed().hasSingleBean(WorkflowCheckStep.class)
                .hasBean("ctipCheckDelegate").hasSingleBean(CtipCheckJobHandler.class)
                .doesNotHaveBean("ctipFileReportDelegate").doesNotHaveBean("ctipCheckJobWorker"));
    }

    @Test
    void withoutFlowableThereIsNoDelegate() {
        withCheck.withClassLoader(new FilteredClassLoader("org.flowable"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("ctipCheckDelegate")
                        .hasSingleBean(CtipCheckJobHandler.class));
    }

    @Test
    void withoutEitherEngineNothingIsAdded() {
        withCheck.withClassLoader(new FilteredClassLoader("org.flowable", "io.camunda"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(WorkflowCheckStep.class)
                        .doesNotHaveBean("ctipCheckDelegate").doesNotHaveBean("ctipCheckJobHandler"));
    }

    @Test
    void withoutACheckNothingIsAdded() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(WorkflowCheckStep.class)
                .doesNotHaveBean("ctipCheckDelegate"));
    }
}
