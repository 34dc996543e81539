/**
 * Flowable 8 adapters of the workflow step: {@link org.ctipcheck.workflow.flowable.CtipCheckDelegate} (a service
 * task's {@code flowable:delegateExpression="${ctipCheckDelegate}"}), {@link
 * org.ctipcheck.workflow.flowable.CtipFileReportDelegate} and {@link
 * org.ctipcheck.workflow.flowable.CtipExternalWorker} for external worker tasks ({@code flowable:type="external-worker"}).
 */
package org.ctipcheck.workflow.flowable;
