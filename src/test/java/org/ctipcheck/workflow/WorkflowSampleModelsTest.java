package org.ctipcheck.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.model.xml.validation.ValidationResults;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.ImplementationType;
import org.flowable.bpmn.model.Process;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;
import org.junit.jupiter.api.Test;

/** The sample processes open in each engine's own model API, schema-checked and validated as the engine would. */
class WorkflowSampleModelsTest {
    static final Path FLOWABLE = Path.of("samples/workflow/pre-award-ctip-review.bpmn20.xml");
    static final Path CAMUNDA = Path.of("samples/workflow/pre-award-ctip-review.camunda.bpmn");

    @Test
    void theFlowableProcessParsesAgainstTheSchemaAndValidates() {
        BpmnModel model = new BpmnXMLConverter().convertToBpmnModel(() -> open(FLOWABLE), true, false);

        List<ValidationError> errors = new ProcessValidatorFactory().createDefaultProcessValidator().validate(model)
                .stream().filter(error -> !error.isWarning()).toList();
        assertThat(errors).isEmpty();
        Process process = model.getProcessById("preAwardCtipReview");
        org.flowable.bpmn.model.ServiceTask check = (org.flowable.bpmn.model.ServiceTask) process.getFlowElement("checkPlan");
        assertThat(check.getImplementationType()).isEqualTo(ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION);
        assertThat(check.getImplementation()).isEqualTo("${ctipCheckDelegate}");
        assertThat(check.isAsynchronous()).isTrue();
        assertThat(model.getErrors()).containsEntry("invalidSubmission", InvalidWorkflowInput.INVALID_SUBMISSION);
        org.flowable.bpmn.model.BoundaryEvent invalid =
                (org.flowable.bpmn.model.BoundaryEvent) process.getFlowElement("submissionInvalid");
        assertThat(invalid.getAttachedToRefId()).isEqualTo("checkPlan");
        assertThat(process.getFlowElement("officerReview")).isInstanceOf(org.flowable.bpmn.model.UserTask.class);
        assertThat(process.getFlowElement("revisePlan")).isInstanceOf(org.flowable.bpmn.model.UserTask.class);
        assertThat(((org.flowable.bpmn.model.ServiceTask) process.getFlowElement("fileReport")).getImplementation())
                .isEqualTo("${ctipFileReportDelegate}");
    }

    @Test
    void theCamundaProcessParsesAndPassesZeebesDesignTimeValidation() throws Exception {
        BpmnModelInstance model;
        try (InputStream in = open(CAMUNDA)) {
            model = Bpmn.readModelFromStream(in);
        }
        Bpmn.validateModel(model);
        ValidationResults results = model.validate(ZeebeDesignTimeValidators.VALIDATORS);
        String report = results.getResults().values().stream().flatMap(List::stream)
                .map(result -> result.getType() + " " + result.getElement() + ": " + result.getMessage())
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(results.getErrorCount()).as(report).isZero();

        ServiceTask check = model.getModelElementById("checkPlan");
        ZeebeTaskDefinition definition = check.getSingleExtensionElement(ZeebeTaskDefinition.class);
        assertThat(definition.getType()).isEqualTo("ctip-check");
        BoundaryEvent invalid = model.getModelElementById("submissionInvalid");
        ErrorEventDefinition error = (ErrorEventDefinition) invalid.getEventDefinitions().iterator().next();
        assertThat(error.getError().getErrorCode()).isEqualTo(InvalidWorkflowInput.INVALID_SUBMISSION);
        assertThat(invalid.getAttachedTo().getId()).isEqualTo("checkPlan");
        for (String id : List.of("officerReview", "revisePlan")) {
            UserTask task = model.getModelElementById(id);
            assertThat(task.getSingleExtensionElement(ZeebeUserTask.class)).as(id).isNotNull();
        }
    }

    /** Each sample carries its drawing (BPMN DI), so that a modeler opens it laid out: a shape per flow node, an edge per flow. */
    @Test
    void bothSamplesDrawEveryFlowNodeAndEverySequenceFlow() throws Exception {
        BpmnModel flowable = new BpmnXMLConverter().convertToBpmnModel(() -> open(FLOWABLE), true, false);
        Process process = flowable.getProcessById("preAwardCtipReview");
        List<String> nodes = process.getFlowElements().stream()
                .filter(element -> element instanceof org.flowable.bpmn.model.FlowNode)
                .map(org.flowable.bpmn.model.FlowElement::getId).toList();
        List<String> flows = process.getFlowElements().stream()
                .filter(element -> element instanceof org.flowable.bpmn.model.SequenceFlow)
                .map(org.flowable.bpmn.model.FlowElement::getId).toList();
        assertThat(nodes).hasSize(9);
        assertThat(flows).hasSize(10);
        assertThat(flowable.getLocationMap()).containsKeys(nodes.toArray(String[]::new));
        assertThat(flowable.getFlowLocationMap()).containsKeys(flows.toArray(String[]::new));
        flows.forEach(flow -> assertThat(flowable.getFlowLocationGraphicInfo(flow)).as(flow).hasSizeGreaterThanOrEqualTo(2));

        BpmnModelInstance camunda;
        try (InputStream in = open(CAMUNDA)) {
            camunda = Bpmn.readModelFromStream(in);
        }
        java.util.Set<String> drawn = new java.util.HashSet<>();
        camunda.getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape.class)
                .forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
        camunda.getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge.class)
                .forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
        java.util.Set<String> elements = new java.util.HashSet<>();
        camunda.getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.FlowNode.class)
                .forEach(node -> elements.add(node.getId()));
        camunda.getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.SequenceFlow.class)
                .forEach(flow -> elements.add(flow.getId()));
        assertThat(elements).hasSize(19);
        assertThat(drawn).containsAll(elements);
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
