package org.ctipcheck.workflow.flowable;

import java.util.Map;
import java.util.UUID;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.job.api.Job;

/** An embedded Flowable engine on an in-memory H2 database, async executor off: the test runs each job itself. */
final class FlowableEngineFixture {
    private FlowableEngineFixture() {
    }

    static ProcessEngine engine(Map<Object, Object> beans) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:flowable-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        configuration.setAsyncExecutorActivate(false);
        configuration.setBeans(beans);
        return configuration.buildProcessEngine();
    }

    /** Runs the process instance's one executable job (an asynchronous service task). */
    static void runJob(ProcessEngine engine, String processInstanceId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).singleResult();
        engine.getManagementService().executeJob(job.getId());
    }
}
