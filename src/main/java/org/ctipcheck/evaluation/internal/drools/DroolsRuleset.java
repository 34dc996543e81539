package org.ctipcheck.evaluation.internal.drools;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ctipcheck.evaluation.RuleSource;
import org.ctipcheck.evaluation.RulesetException;
import org.ctipcheck.evaluation.RulesetProblem;
import org.drools.model.codegen.ExecutableModelProject;
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
import org.kie.api.runtime.KieSession;

/**
 * A compiled Drools knowledge base built with the executable model. It is immutable once built and shared
 * by all evaluations; each evaluation gets its own short-lived session.
 */
public final class DroolsRuleset {
    private static final String RESOURCE_ROOT = "src/main/resources/ctip/";

    private final KieBase kieBase;
    private final byte[] kjar;

    private DroolsRuleset(KieBase kieBase, byte[] kjar) {
        this.kieBase = kieBase;
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
        List<RulesetProblem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(new RulesetProblem(relative(message.getPath()), message.getLine(), message.getText().strip()));
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

    public byte[] kjar() {
        return kjar.clone();
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

    /** Inserts the facts, fires every rule to completion and reports each firing to the listener. */
    public List<Object> run(List<Object> facts, Map<String, Object> globals, FiringListener listener) {
        KieSession session = kieBase.newKieSession();
        try {
            globals.forEach(session::setGlobal);
            session.addEventListener(new RuleFiringAdapter(listener));
            facts.forEach(session::insert);
            session.fireAllRules();
            return new ArrayList<>(session.getObjects());
        } finally {
            session.dispose();
        }
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
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
