package org.ctipcheck.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each library stays inside the package that owns it, and the core has no CLI or web types. */
class ArchitectureTest {
    private static final String[] CHANNELS = {"org.ctipcheck.cli..", "org.ctipcheck.web..", "org.ctipcheck.workflow..",
            "org.ctipcheck.spring.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ctipcheck");
    }

    @Test
    void droolsStaysInTheEngineAdapter() {
        noClasses().that().resideOutsideOfPackage("org.ctipcheck.evaluation.internal.drools..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(classes);
    }

    @Test
    void picocliStaysInTheCli() {
        noClasses().that().resideOutsideOfPackage("org.ctipcheck.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void openPdfStaysInTheReportPackage() {
        noClasses().that().resideOutsideOfPackage("org.ctipcheck.report..")
                .should().dependOnClassesThat().resideInAnyPackage("com.lowagie..", "org.openpdf..")
                .check(classes);
    }

    /** The HTML report renders with plain Thymeleaf and SpEL: no Spring application, MVC or Thymeleaf-Spring types. */
    @Test
    void theReportPackageUsesSpringsExpressionLanguageOnly() {
        noClasses().that().resideInAPackage("org.ctipcheck.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.context..",
                        "org.springframework.beans..", "org.springframework.web..", "org.springframework.boot..",
                        "org.thymeleaf.spring6..", "org.ctipcheck.web..")
                .check(classes);
    }

    @Test
    void mapStructAndValidationStayInIntake() {
        noClasses().that().resideOutsideOfPackage("org.ctipcheck.intake..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mapstruct..", "jakarta.validation..",
                        "org.hibernate.validator..")
                .check(classes);
    }

    @Test
    void databaseTypesStayInTheAuditPackage() {
        noClasses().that().resideOutsideOfPackages("org.ctipcheck.audit..", "org.ctipcheck.spring..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..",
                        "org.h2..", "org.postgresql..")
                .check(classes);
    }

    /** The Spring Boot auto-configuration hands the application's DataSource to the audit log, and knows no more. */
    @Test
    void theAutoConfigurationKnowsOnlyTheDataSource() {
        noClasses().that().resideInAPackage("org.ctipcheck.spring..")
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                                "java.sql..", "javax.sql..", "org.flywaydb..", "org.h2..", "org.postgresql..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(javax.sql.DataSource.class))))
                .check(classes);
    }

    /**
     * The command line never loads Spring (its cold start must not pay for it): no CLI class names a Spring type or
     * the auto-configuration; {@code ctip serve} reaches the service through {@code CtipService.start}, whose
     * signature names none (ServeCommandTest proves a check loads no Spring class).
     */
    @Test
    void theCommandLineNamesNoSpringType() {
        noClasses().that().resideInAPackage("org.ctipcheck.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.ctipcheck.spring..")
                .check(classes);
    }

    @Test
    void theAuditLogKnowsNoCliTypes() {
        noClasses().that().resideInAPackage("org.ctipcheck.audit..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ctipcheck.cli..")
                .check(classes);
    }

    @Test
    void factsAndFindingsDependOnNoFramework() {
        noClasses().that().resideInAnyPackage("org.ctipcheck.submission..", "org.ctipcheck.findings..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..", "picocli..",
                        "tools.jackson..", "com.fasterxml.jackson..", "jakarta..", "org.springframework..")
                .check(classes);
    }

    @Test
    void theEngineKnowsNoCliOrReportTypes() {
        noClasses().that().resideInAnyPackage("org.ctipcheck.evaluation..", "org.ctipcheck.intake..",
                        "org.ctipcheck.submission..", "org.ctipcheck.findings..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ctipcheck.cli..", "org.ctipcheck.report..")
                .check(classes);
    }

    /**
     * Channels (the CLI today; the service, web page, Spring and workflow adapters later) present what the
     * application API decides: they never evaluate, screen, record or stamp themselves.
     */
    @Test
    void channelsGoThroughTheApplicationApi() {
        noClasses().that().resideInAnyPackage(CHANNELS)
                .should().dependOnClassesThat().belongToAnyOf(org.ctipcheck.evaluation.ComplianceEvaluator.class,
                        org.ctipcheck.evaluation.SupplyChainEvaluator.class,
                        org.ctipcheck.supplychain.SupplyChainScreen.class, org.ctipcheck.audit.AuditWriter.class,
                        org.ctipcheck.audit.SupplyChainLog.class, org.ctipcheck.audit.AuditEntry.class,
                        org.ctipcheck.report.ReportFactory.class, org.ctipcheck.intake.SubmissionReader.class)
                .because("the check is one application API (org.ctipcheck.check); channels stay thin")
                .check(classes);
    }

    /**
     * The workflow step is engine-neutral: Flowable's and Camunda's types stay in their adapters (and the
     * auto-configuration that wires them), and the adapters reach the check through the engine-neutral step.
     */
    @Test
    void workflowEnginesStayInTheirAdapters() {
        noClasses().that().resideOutsideOfPackages("org.ctipcheck.workflow.flowable..",
                        "org.ctipcheck.workflow.autoconfigure..")
                .should().dependOnClassesThat().resideInAnyPackage("org.flowable..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.ctipcheck.workflow.camunda..",
                        "org.ctipcheck.workflow.autoconfigure..")
                .should().dependOnClassesThat().resideInAnyPackage("io.camunda..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.ctipcheck.workflow.flowable..", "org.ctipcheck.workflow.camunda..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ctipcheck.check..", "org.ctipcheck.audit..",
                        "org.ctipcheck.evaluation..", "org.ctipcheck.report..", "org.springframework..")
                .because("an engine adapter only maps the engine's job to the engine-neutral workflow step")
                .check(classes);
    }

    @Test
    void theApplicationApiKnowsNoChannel() {
        noClasses().that().resideInAPackage("org.ctipcheck.check..")
                .should().dependOnClassesThat().resideInAnyPackage(CHANNELS)
                .check(classes);
    }

    /** The audit log stores and answers; use cases over it (recording a check, replay) live in the check package. */
    @Test
    void theAuditLogHoldsNoUseCase() {
        noClasses().that().resideInAPackage("org.ctipcheck.audit..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ctipcheck.check..", "org.ctipcheck.report..",
                        "org.ctipcheck.intake..")
                .orShould().dependOnClassesThat().belongToAnyOf(org.ctipcheck.evaluation.ComplianceEvaluator.class,
                        org.ctipcheck.evaluation.RulesetLoader.class)
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching("org.ctipcheck.(*)..")
                .should().beFreeOfCycles()
                .check(classes);
    }

    /**
     * The core is channel-neutral: its settings are records a channel fills, so only the command line reads the
     * environment or system properties, sets JVM-wide state or ends the JVM. Exempt: the build's and the
     * benchmarks' own {@code main} tools (PrecompileRules, AttestationGenerator), which are command lines too.
     */
    @Test
    void onlyTheCommandLineReadsTheEnvironmentOrSystemPropertiesOrEndsTheJvm() {
        noClasses().that().resideOutsideOfPackage("org.ctipcheck.cli..")
                .and().doNotHaveFullyQualifiedName("org.ctipcheck.evaluation.PrecompileRules")
                .and().doNotHaveFullyQualifiedName("org.ctipcheck.supplychain.AttestationGenerator")
                .should().callMethod(System.class, "getenv", String.class)
                .orShould().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getProperty", String.class)
                .orShould().callMethod(System.class, "getProperty", String.class, String.class)
                .orShould().callMethod(System.class, "getProperties")
                .orShould().callMethod(System.class, "setProperty", String.class, String.class)
                .orShould().callMethod(System.class, "setProperties", java.util.Properties.class)
                .orShould().callMethod(System.class, "clearProperty", String.class)
                .orShould().callMethod(System.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "halt", int.class)
                .orShould().callMethod(Boolean.class, "getBoolean", String.class)
                .orShould().callMethod(Integer.class, "getInteger", String.class)
                .orShould().callMethod(Long.class, "getLong", String.class)
                .check(classes);
    }

    @Test
    void factsAreImmutableRecords() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().resideInAPackage("org.ctipcheck.submission")
                .and().implement(org.ctipcheck.submission.Fact.class)
                .should().beRecords()
                .check(classes);
    }
}
