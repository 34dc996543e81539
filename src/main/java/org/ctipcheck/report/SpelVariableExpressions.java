package org.ctipcheck.report;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.DataBindingPropertyAccessor;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.expression.IExpressionObjects;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;

/**
 * Evaluates the templates' {@code ${...}} expressions with Spring's expression language (SpEL) alone, so that the
 * shared report fragments mean the same in the standalone HTML report (plain Thymeleaf) as on the web result page
 * (Thymeleaf under Spring MVC, also SpEL).
 *
 * <p>Why not a library evaluator: Thymeleaf's default (OGNL) is left out of the build by Spring Boot's starter, and
 * Thymeleaf's own SpEL evaluator (thymeleaf-spring6) loads Spring MVC and context classes, which the command line
 * must not need. This one reads template variables ({@code report}, {@code item}, ...), properties and record
 * components, calls instance methods, and offers Thymeleaf's expression objects ({@code #lists}, {@code #strings})
 * as SpEL variables. It uses a {@link SimpleEvaluationContext}: no type references, constructors or bean lookups.
 */
final class SpelVariableExpressions implements IStandardVariableExpressionEvaluator {
    private final SpelExpressionParser parser = new SpelExpressionParser();
    private final Map<String, Expression> parsed = new ConcurrentHashMap<>();
    private final PropertyAccessor variables = new TemplateVariables();
    private final PropertyAccessor properties = DataBindingPropertyAccessor.forReadOnlyAccess();

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
            StandardExpressionExecutionContext executionContext) {
        String text = expression.getExpression();
        Expression spel = parsed.computeIfAbsent(text, parser::parseExpression);
        SimpleEvaluationContext evaluation = SimpleEvaluationContext.forPropertyAccessors(variables, properties)
                .withInstanceMethods().withRootObject(context).build();
        IExpressionObjects objects = context.getExpressionObjects();
        if (text.indexOf('#') >= 0) {
            for (String name : objects.getObjectNames()) {
                if (text.contains("#" + name)) {
                    evaluation.setVariable(name, objects.getObject(name));
                }
            }
        }
        return spel.getValue(evaluation);
    }

    /** Reads a bare name at the top of an expression as the template variable of that name (null when unset). */
    private static final class TemplateVariables implements PropertyAccessor {
        @Override
        public Class<?>[] getSpecificTargetClasses() {
            return new Class<?>[] {IExpressionContext.class};
        }

        @Override
        public boolean canRead(EvaluationContext context, Object target, String name) {
            return target instanceof IExpressionContext;
        }

        @Override
        public TypedValue read(EvaluationContext context, Object target, String name) {
            return new TypedValue(((IExpressionContext) target).getVariable(name));
        }

        @Override
        public boolean canWrite(EvaluationContext context, Object target, String name) {
            return false;
        }

        @Override
        public void write(EvaluationContext context, Object target, String name, Object newValue) {
            throw new UnsupportedOperationException("templates do not assign");
        }
    }
}
