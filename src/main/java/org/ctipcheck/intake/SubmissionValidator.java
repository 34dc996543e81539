package org.ctipcheck.intake;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.AssertTrue;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Jakarta Validation of the DTOs; violations become problems at JSON Pointers. Thread-safe. */
final class SubmissionValidator {
    // Hibernate Validator logs through JBoss Logging, which finds its SLF4J provider through
    // META-INF/services/org.jboss.logging.LoggerProvider in this jar: its log goes where the application's
    // SLF4J binding sends it (nowhere on the command line), without a JVM-wide system property.

    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
            .configure()
            // no META-INF/validation.xml to look for, and no JPA to ask whether a property is loaded: both
            // lookups cost a cold start time and neither applies to intake records
            .ignoreXmlConfiguration()
            .traversableResolver(new EveryPropertyTraversable())
            // every property is reachable, so there is nothing to cache: without this, each validation wraps the
            // resolver in a per-call cache that hashes every property path (a tenth of a warm intake, issue 15)
            .enableTraversableResolverResultCache(false)
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();

    private final Validator validator = FACTORY.getValidator();

    /** Builds the constraint metadata of {@code root} and of every intake record reachable from it. */
    static void prepare(Class<?> root) {
        Validator validator = FACTORY.getValidator();
        java.util.Set<Class<?>> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<Class<?>> pending = new java.util.ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (!seen.add(type)) {
                continue;
            }
            validator.getConstraintsForClass(type);
            for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
                collectIntakeRecords(component.getGenericType(), pending);
            }
        }
    }

    private static void collectIntakeRecords(java.lang.reflect.Type type, java.util.Deque<Class<?>> into) {
        if (type instanceof Class<?> raw && raw.isRecord()
                && raw.getPackageName().equals(SubmissionValidator.class.getPackageName())) {
            into.push(raw);
        } else if (type instanceof java.lang.reflect.ParameterizedType parameterized) {
            for (java.lang.reflect.Type argument : parameterized.getActualTypeArguments()) {
                collectIntakeRecords(argument, into);
            }
        }
    }

    List<SubmissionProblem> validate(SubmissionDto dto) {
        return validator.validate(dto).stream()
                .map(SubmissionValidator::problem)
                .sorted(Comparator.comparing(SubmissionProblem::pointer).thenComparing(SubmissionProblem::message))
                .toList();
    }

    private static SubmissionProblem problem(ConstraintViolation<SubmissionDto> violation) {
        boolean crossField = violation.getConstraintDescriptor().getAnnotation() instanceof AssertTrue;
        return SubmissionProblem.at(pointer(violation.getPropertyPath(), crossField), violation.getMessage());
    }

    /** "award.portions[0].estimatedValue" becomes "/award/portions/0/estimatedValue". */
    static String pointer(Path path, boolean dropLeaf) {
        StringBuilder pointer = new StringBuilder();
        int lastProperty = -1;
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (key != null) {
                    pointer.append('/').append(key);
                }
            }
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.getName() != null) {
                lastProperty = pointer.length();
                pointer.append('/').append(node.getName());
            }
        }
        if (dropLeaf && lastProperty >= 0) {
            pointer.setLength(lastProperty);
        }
        return pointer.toString();
    }

    private static final class EveryPropertyTraversable implements jakarta.validation.TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
                java.lang.annotation.ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
                java.lang.annotation.ElementType elementType) {
            return true;
        }
    }
}
