package org.ctipcheck.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Plain Thymeleaf (no Spring application context) over the same {@code templates/} folder the web page uses, so
 * that the standalone HTML report and the result page are built from the same fragments. The engine is made on
 * first use, once per JVM: a check that writes no HTML never loads a template class (the cold start of
 * {@code ctip check} matters).
 */
final class ReportTemplates {
    private ReportTemplates() {
    }

    /** Renders {@code templates/<name>.html} with these variables. Thread-safe. */
    static String render(String name, Map<String, Object> variables) {
        return Holder.ENGINE.process(name, new Context(Locale.ROOT, variables));
    }

    /** The lazy holder idiom: the engine is built when {@link #render} is first called. */
    private static final class Holder {
        static final TemplateEngine ENGINE = engine();

        private static TemplateEngine engine() {
            ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver(ReportTemplates.class.getClassLoader());
            templates.setPrefix("templates/");
            templates.setSuffix(".html");
            templates.setTemplateMode(TemplateMode.HTML);
            templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
            templates.setCacheable(true);
            StandardDialect dialect = new StandardDialect();
            dialect.setVariableExpressionEvaluator(new SpelVariableExpressions());
            TemplateEngine engine = new TemplateEngine();
            engine.setTemplateResolver(templates);
            engine.setDialect(dialect);
            return engine;
        }
    }
}
