package org.ctipcheck.workflow.autoconfigure;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import java.time.Duration;
import org.ctipcheck.check.ComplianceCheck;
import org.ctipcheck.check.RecordedEvaluations;
import org.ctipcheck.workflow.FileReportStep;
import org.ctipcheck.workflow.ReportFiling;
import org.ctipcheck.workflow.ReportLinks;
import org.ctipcheck.workflow.RetryPolicy;
import org.ctipcheck.workflow.SubmissionResolver;
import org.ctipcheck.workflow.WorkflowCheckStep;
import org.ctipcheck.workflow.camunda.CtipCheckJobHandler;
import org.ctipcheck.workflow.flowable.CtipCheckDelegate;
import org.ctipcheck.workflow.flowable.CtipFileReportDelegate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workflow step for a host that has a {@link ComplianceCheck} bean (ctip-check's own auto-configuration gives
 * one): with Flowable on the class path the {@code ctipCheckDelegate} bean (and {@code ctipFileReportDelegate} when
 * the host has a {@link ReportFiling} and a {@link RecordedEvaluations} bean); with the Camunda client the job
 * handler, and a worker opened on the host's {@link CamundaClient} bean. Each is replaced by a host bean of its name
 * or type. {@code ctip.workflow.report-base-url}: the API root of a {@code ctip serve} sharing the audit log, for
 * the report links.
 */
@AutoConfiguration(afterName = "org.ctipcheck.spring.CtipAutoConfiguration")
@ConditionalOnBean(ComplianceCheck.class)
public class WorkflowAutoConfiguration {

    static WorkflowCheckStep step(ComplianceCheck check, ObjectProvider<SubmissionResolver> resolver, String baseUrl) {
        return new WorkflowCheckStep(check, resolver.getIfAvailable(), new ReportLinks(baseUrl), null);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.flowable.engine.delegate.JavaDelegate")
    static class FlowableStep {
        @Bean
        @ConditionalOnMissingBean
        WorkflowCheckStep ctipWorkflowCheckStep(ComplianceCheck check, ObjectProvider<SubmissionResolver> resolver,
                @Value("${ctip.workflow.report-base-url:}") String baseUrl) {
            return step(check, resolver, baseUrl);
        }

        @Bean
        @ConditionalOnMissingBean(name = "ctipCheckDelegate")
        CtipCheckDelegate ctipCheckDelegate(WorkflowCheckStep step) {
            return new CtipCheckDelegate(step);
        }

        @Bean
        @ConditionalOnMissingBean(name = "ctipFileReportDelegate")
        @ConditionalOnBean({RecordedEvaluations.class, ReportFiling.class})
        CtipFileReportDelegate ctipFileReportDelegate(RecordedEvaluations evaluations, ReportFiling filing) {
            return new CtipFileReportDelegate(new FileReportStep(evaluations, filing));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.camunda.client.api.worker.JobHandler")
    static class CamundaWorker {
        @Bean
        @ConditionalOnMissingBean
        WorkflowCheckStep ctipWorkflowCheckStep(ComplianceCheck check, ObjectProvider<SubmissionResolver> resolver,
                @Value("${ctip.workflow.report-base-url:}") String baseUrl) {
            return step(check, resolver, baseUrl);
        }

        @Bean
        @ConditionalOnMissingBean
        CtipCheckJobHandler ctipCheckJobHandler(WorkflowCheckStep step) {
            return new CtipCheckJobHandler(step, RetryPolicy.DEFAULT);
        }

        @Bean(destroyMethod = "close")
        @ConditionalOnBean(CamundaClient.class)
        @ConditionalOnMissingBean(name = "ctipCheckJobWorker")
        @ConditionalOnProperty(name = "ctip.workflow.camunda.worker-enabled", havingValue = "true", matchIfMissing = true)
        JobWorker ctipCheckJobWorker(CamundaClient client, CtipCheckJobHandler handler,
                @Value("${ctip.workflow.camunda.job-timeout:PT5M}") Duration jobTimeout) {
            return handler.open(client, jobTimeout);
        }
    }
}
