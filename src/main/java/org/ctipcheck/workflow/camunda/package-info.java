/**
 * The Camunda 8 job worker of the workflow step ({@code <zeebe:taskDefinition type="ctip-check"/>}), on the Camunda
 * Java client: {@link org.ctipcheck.workflow.camunda.CtipCheckJobHandler}.
 */
package org.ctipcheck.workflow.camunda;
