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

    Ruleset(String fingerprint, String location, List<RuleInfo> rules, List<Requirement> requirements,
            List<Object> referenceFacts, List<ReferenceListEdition> referenceLists, DroolsRuleset compiled,
            String compiledFrom, List<RuleSource> sources) {
        this.sources = List.copyOf(sources);
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

    /** The folder the rules were read from. */
    public String location() {
        return location;
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
                sources);
    }

    /** How the compiled rules were obtained: "build" (precompiled), "cache" or "compiled". */
    public String compiledFrom() {
        return compiledFrom;
    }

    /** The rule files this ruleset was loaded from (every .drl and requirements.yaml), in path order. */
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
