package org.ctipcheck.evaluation.internal.drools;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.time.Duration;
import org.ctipcheck.evaluation.RuleFailedException;
import org.ctipcheck.evaluation.RuleSource;
import org.ctipcheck.evaluation.RulesetException;
import org.ctipcheck.evaluation.RulesetProblem;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;
import org.drools.modelcompiler.constraints.ConstraintEvaluationException;

/**
 * A compiled Drools knowledge base built with the executable model. It is immutable once built and shared
 * by all evaluations; each evaluation gets its own short-lived session.
 */
public final class DroolsRuleset {
    private static final String RESOURCE_ROOT = "src/main/resources/ctip/";

    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    private final byte[] kjar;
    /** The globals the rules declare: a rule pack written before a global existed does not declare it. */
    private final java.util.Set<String> declaredGlobals;

    private DroolsRuleset(KieBase kieBase, byte[] kjar) {
        this.kieBase = kieBase;
        java.util.Set<String> globals = new java.util.HashSet<>();
        kieBase.getKiePackages().forEach(kiePackage -> kiePackage.getGlobalVariables()
                .forEach(global -> globals.add(global.getName())));
        this.declaredGlobals = java.util.Set.copyOf(globals);
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.kjar = kjar;
    }

    /** Compiles DRL to the executable model; any compiler error stops the load with file, line and message. */
    public static DroolsRuleset compile(Collection<RuleSource> sources, String version) {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("org.ctipcheck.rules", "ruleset", version);
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        KieModuleModel moduleModel = services.newKieModuleModel();
        moduleModel.newKieBaseModel("ctip").setDefault(true).addPackage("*");
        files.writeKModuleXML(moduleModel.toXML());
        for (RuleSource source : sources) {
            files.write(RESOURCE_ROOT + source.path(), source.text());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        Map<String, String> texts = new java.util.HashMap<>();
        sources.forEach(source -> texts.put(source.path(), source.text()));
        List<RulesetProblem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String file = relative(message.getPath());
            String text = message.getText().strip().replaceAll("\\s+", " ");
            int line = message.getLine() > 0 ? message.getLine() : lineOfExpression(texts.get(file), text);
            problems.add(new RulesetProblem(file, line, text));
        }
        if (!problems.isEmpty()) {
            throw new RulesetException("the rules do not compile", problems);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        KieContainer container = services.newKieContainer(releaseId);
        return new DroolsRuleset(container.getKieBase(), module.getBytes());
    }

    /** Loads a knowledge base previously compiled by {@link #compile} from its kjar bytes. */
    public static DroolsRuleset load(byte[] kjar) {
        KieServices services = KieServices.Factory.get();
        KieModule module = services.getRepository().addKieModule(services.getResources().newByteArrayResource(kjar));
        KieContainer container = services.newKieContainer(module.getReleaseId());
        return new DroolsRuleset(container.getKieBase(), kjar);
    }

    /**
     * Builds the knowledge base straight from executable-model classes already on the classpath (the
     * build unpacks the precompiled kjar there): no kjar parsing, and class-data sharing can cover them.
     */
    public static DroolsRuleset fromClasspath(List<String> modelClassNames, byte[] kjar) {
        List<Model> models = new ArrayList<>();
        ClassLoader loader = DroolsRuleset.class.getClassLoader();
        for (String name : modelClassNames) {
            try {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new RulesetException("the precompiled rules are damaged: cannot load " + name + " (" + e + ")");
            }
        }
        return new DroolsRuleset(KieBaseBuilder.createKieBaseFromModel(models), kjar);
    }

    /** The model class names listed in a kjar built by {@link #compile}, for {@link #fromClasspath}. */
    public static List<String> modelClassNames(byte[] kjar) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith("/drools-model")) {
                    String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    return text.lines().map(String::strip)
                            .filter(line -> !line.isEmpty() && !line.startsWith("Drools-Model-Version"))
                            .toList();
                }
            }
        }
        throw new IOException("the kjar lists no executable-model classes");
    }

    /** Writes every class file of the kjar below {@code folder}, as a class-path root. */
    public static void unpackClasses(byte[] kjar, Path folder) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory() && entry.getName().endsWith(".class")) {
                    Path target = folder.resolve(entry.getName()).normalize();
                    if (!target.startsWith(folder)) {
                        throw new IOException("unsafe entry in kjar: " + entry.getName());
                    }
                    Files.createDirectories(target.getParent());
                    Files.write(target, zip.readAllBytes());
                }
            }
        }
    }

    public byte[] kjar() {
        return kjar == null ? null : kjar.clone();
    }

    /** Each rule's name and metadata, values unquoted, in a stable order. */
    public Map<String, Map<String, String>> ruleMetadata() {
        Map<String, Map<String, String>> rules = new TreeMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Map<String, String> metadata = new TreeMap<>();
                rule.getMetaData().forEach((key, value) -> metadata.put(key, unquote(String.valueOf(value))));
                rules.put(rule.getName(), metadata);
            }
        }
        return rules;
    }

    /**
     * Inserts the facts, fires every rule to completion and reports each firing to the listener. Sessions come
     * from a pool (dispose resets and returns them), so an evaluation does not pay for building a session;
     * each pooled session keeps one adapter that is pointed at this evaluation's listener while it runs.
     * Globals the rules do not declare are not set (an archived rule pack may predate one).
     *
     * <p>A rule whose consequence or condition throws, or that is still firing when {@code timeLimit} has passed
     * (the session is halted at its next firing), ends the run with a {@link RuleFailedException} naming it; that
     * session is destroyed rather than returned to the pool.
     */
    public void run(List<Object> facts, Map<String, Object> globals, FiringListener listener, Duration timeLimit) {
        run(facts, globals, listener, timeLimit, new java.util.concurrent.atomic.AtomicReference<>());
    }

    /**
     * Runs as {@link #run(List, Map, FiringListener, Duration)} on a thread of {@code runner}, and gives up waiting
     * when that run has not returned shortly after {@code timeLimit}: a consequence or condition that never returns
     * (a loop, a blocked call) cannot be halted between firings, so its evaluation is abandoned with a
     * {@link RuleFailedException} (see {@link WatchedRun}). A null {@code runner} runs here, checked between firings.
     */
    public void run(List<Object> facts, Map<String, Object> globals, FiringListener listener, Duration timeLimit,
            java.util.concurrent.Executor runner) {
        if (runner == null) {
            run(facts, globals, listener, timeLimit);
            return;
        }
        new WatchedRun(timeLimit, runner).run(firing -> run(facts, globals, listener, timeLimit, firing));
    }

    private void run(List<Object> facts, Map<String, Object> globals, FiringListener listener, Duration timeLimit,
            java.util.concurrent.atomic.AtomicReference<String> firing) {
        KieSession session = sessions.newKieSession();
        RuleFiringAdapter adapter = adapterOf(session);
        adapter.target(listener, session, System.nanoTime() + timeLimit.toNanos(), firing);
        boolean failed = true;
        try {
            globals.forEach((name, value) -> {
                if (declaredGlobals.contains(name)) {
                    session.setGlobal(name, value);
                }
            });
            facts.forEach(session::insert);
            session.fireAllRules();
            if (adapter.overrun() != null) {
                throw RuleFailedException.timedOut(adapter.overrun(), timeLimit);
            }
            failed = false;
        } catch (ConsequenceException e) {
            throw RuleFailedException.threw(e.getMatch().getRule().getName(), false, reason(e.getCause()));
        } catch (ConstraintEvaluationException e) {
            throw RuleFailedException.threw(ruleOfCondition(e.getMessage()), true, reason(e.getCause()));
        } finally {
            adapter.release();
            if (failed) {
                session.destroy(); // halted or thrown mid-firing: not returned to the pool
            } else {
                session.dispose();
            }
        }
    }

    private static final java.util.regex.Pattern CONDITION_RULE = java.util.regex.Pattern.compile("\\[Rule \"([^\"]+)\"");

    /** The engine names the rule(s) of a failing condition only in its message: "... in [Rule "ID" in file]". */
    static String ruleOfCondition(String message) {
        java.util.regex.Matcher matcher = CONDITION_RULE.matcher(message == null ? "" : message);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The message of what the rule threw, without the engine's wrapping (the innermost cause). */
    private static String reason(Throwable cause) {
        Throwable root = cause;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == null ? null : root.getMessage();
    }

    private static RuleFiringAdapter adapterOf(KieSession session) {
        for (AgendaEventListener listener : session.getAgendaEventListeners()) {
            if (listener instanceof RuleFiringAdapter adapter) {
                return adapter;
            }
        }
        RuleFiringAdapter adapter = new RuleFiringAdapter();
        session.addEventListener(adapter);
        return adapter;
    }

    private static final java.util.regex.Pattern EXPRESSION =
            java.util.regex.Pattern.compile("Unable to Analyse Expression (.+?):");

    /** Executable-model errors often come without a line; find the expression they name in the file. */
    static int lineOfExpression(String fileText, String message) {
        java.util.regex.Matcher matcher = EXPRESSION.matcher(message);
        if (fileText == null || !matcher.find()) {
            return 0;
        }
        int at = fileText.indexOf(matcher.group(1).strip());
        return at < 0 ? 0 : (int) fileText.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String relative(String path) {
        if (path == null) {
            return null;
        }
        int root = path.indexOf("ctip/");
        return root >= 0 ? path.substring(root + "ctip/".length()) : path;
    }

    static String unquote(String value) {
        String text = value.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
