package org.ctipcheck.evaluation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ctipcheck.evaluation.internal.drools.DroolsRuleset;
import org.ctipcheck.findings.Requirement;
import org.ctipcheck.findings.RuleInfo;
import org.ctipcheck.submission.ReferenceListEdition;

/**
 * A loaded, compiled and validated set of rules. {@link #fingerprint()} is the SHA-256 over the rule files
 * in a stable order: it names exactly which rules ran. Immutable and safe to share between threads.
 */
public final class Ruleset {
    private final String fingerprint;
    private final String location;
    private final List<RuleInfo> rules;
    private final List<Requirement> requirements;
    private final List<Object> referenceFacts;
    private final List<ReferenceListEdition> referenceLists;
    private final Map<String, RuleInfo> rulesByName;
    private final DroolsRuleset compiled;
    private final String compiledFrom;
    private final List<RuleSource> sources;
    private final PolicyParameters parameters;

    Ruleset(String fingerprint, String location, List<RuleInfo> rules, List<Requirement> requirements,
            List<Object> referenceFacts, List<ReferenceListEdition> referenceLists, DroolsRuleset compiled,
            String compiledFrom, List<RuleSource> sources, PolicyParameters parameters) {
        this.sources = List.copyOf(sources);
        this.parameters = parameters;
        this.fingerprint = fingerprint;
        this.location = location;
        this.rules = List.copyOf(rules);
        this.requirements = List.copyOf(requirements);
        this.referenceFacts = List.copyOf(referenceFacts);
        this.referenceLists = List.copyOf(referenceLists);
        this.rulesByName = rules.stream().collect(Collectors.toUnmodifiableMap(RuleInfo::id, Function.identity()));
        this.compiled = compiled;
        this.compiledFrom = compiledFrom;
    }

    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Where the rules were read from: a folder, {@code classpath:PREFIX} for a pack on the class path (the one
     * bundled in the jar), or the name given to rule files in memory. Not necessarily a path: read the pack's
     * files through {@link #sources()} (the reference lists too: {@link #source(String)}).
     */
    public String location() {
        return location;
    }

    /** The policy parameters of the pack ({@code parameters.yaml}), which count towards the fingerprint. */
    public PolicyParameters parameters() {
        return parameters;
    }

    /** One file of the pack by its path relative to the pack, e.g. {@code reference/lists.yaml}. */
    public java.util.Optional<RuleSource> source(String path) {
        return sources.stream().filter(source -> source.path().equals(path)).findFirst();
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    public List<Requirement> requirements() {
        return requirements;
    }

    /** Reference data read from {@code reference/*.csv} (the E.O. 13126 list), inserted into every evaluation. */
    public List<Object> referenceFacts() {
        return referenceFacts;
    }

    /**
     * The edition (name, as-of date, staleness limit) of each reference list the rules read, from
     * {@code reference/lists.yaml}: today the E.O. 13126 list. Empty when the rules read no list.
     */
    public List<ReferenceListEdition> referenceLists() {
        return referenceLists;
    }

    /**
     * The same rules evaluated with other reference data, e.g. a list updated since the rules folder was
     * fingerprinted. The fingerprint stays that of the folder: use it only for what-if checks and tests.
     */
    public Ruleset withReferenceFacts(List<Object> replacement) {
        return new Ruleset(fingerprint, location, rules, requirements, replacement, referenceLists, compiled, compiledFrom,
                sources, parameters);
    }

    /**
     * The same rules with other editions of the lists they read (e.g. a list marked partial, or with another as-of
     * date). The fingerprint stays that of the folder: use it only for what-if checks and tests.
     */
    public Ruleset withReferenceLists(List<ReferenceListEdition> replacement) {
        return new Ruleset(fingerprint, location, rules, requirements, referenceFacts, replacement, compiled, compiledFrom,
                sources, parameters);
    }

    /** How the compiled rules were obtained: "build" (precompiled), "cache" or "compiled". */
    public String compiledFrom() {
        return compiledFrom;
    }

    /**
     * The rule files this ruleset was loaded from (every .drl, requirements.yaml, parameters.yaml and the
     * reference lists with their lists.yaml), in path order.
     */
    public List<RuleSource> sources() {
        return sources;
    }

    /** The fingerprint the given rule files would have: lets an archived copy be checked against its name. */
    public static String fingerprintOf(List<RuleSource> sources) {
        return RuleFiles.fingerprint(sources);
    }

    Map<String, RuleInfo> rulesByName() {
        return rulesByName;
    }

    DroolsRuleset compiled() {
        return compiled;
    }
}
