package org.ctipcheck.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctipcheck.evaluation.internal.drools.DroolsRuleset;
import org.ctipcheck.findings.Requirement;
import org.ctipcheck.findings.RuleInfo;

/**
 * Loads a rules folder all or nothing: a file that does not compile, a rule without complete metadata or a
 * requirement no rule decides stops the load with file, line and message.
 */
public final class RulesetLoader {
    private final CompiledRulesCache cache;

    public RulesetLoader() {
        this(CompiledRulesCache.forThisBuild());
    }

    RulesetLoader(CompiledRulesCache cache) {
        this.cache = cache;
    }

    public Ruleset load(Path folder) {
        List<RuleSource> sources = RuleFiles.read(folder);
        List<RulesetProblem> problems = new ArrayList<>();
        RuleSource requirementsFile = sources.stream()
                .filter(source -> source.path().equals(RuleFiles.REQUIREMENTS))
                .findFirst()
                .orElseThrow(() -> new RulesetException("rules folder " + folder + " has no " + RuleFiles.REQUIREMENTS));
        List<RuleSource> drl = sources.stream().filter(source -> source.path().endsWith(".drl")).toList();
        if (drl.isEmpty()) {
            throw new RulesetException("rules folder " + folder + " contains no .drl files");
        }
        List<Requirement> requirements = RequirementsFile.parse(requirementsFile, problems);
        String fingerprint = RuleFiles.fingerprint(sources);
        Compiled compiled = compile(fingerprint, drl);
        List<RuleInfo> rules = RuleMetadata.read(compiled.rules().ruleMetadata(), drl, requirements, problems);
        checkEveryRequirementHasRules(requirements, rules, requirementsFile, problems);
        if (!problems.isEmpty()) {
            throw new RulesetException("the ruleset in " + folder + " is not usable", problems);
        }
        List<Object> referenceFacts = ReferenceLists.facts(sources);
        java.util.Map<String, Integer> used = sources.stream().anyMatch(s -> s.path().equals(ReferenceLists.EO13126))
                ? java.util.Map.of(ReferenceLists.EO13126_ID,
                        (int) referenceFacts.stream().filter(Eo13126Listing.class::isInstance).count())
                : java.util.Map.of();
        return new Ruleset(fingerprint, folder.toString(), rules, requirements, referenceFacts,
                ReferenceListManifest.editions(folder, used), compiled.rules(), compiled.origin(), sources);
    }

    /** Compiles the rules and writes the kjar to {@code outputFolder/ctip/ruleset/}; used by the build. */
    public static String precompile(Path rulesFolder, Path outputFolder) throws java.io.IOException {
        List<RuleSource> sources = RuleFiles.read(rulesFolder);
        String fingerprint = RuleFiles.fingerprint(sources);
        List<RuleSource> drl = sources.stream().filter(source -> source.path().endsWith(".drl")).toList();
        byte[] kjar = DroolsRuleset.compile(drl, fingerprint.substring(0, 16)).kjar();
        DroolsRuleset.unpackClasses(kjar, outputFolder);
        Path target = outputFolder.resolve(CompiledRulesCache.CLASSPATH_FOLDER);
        java.nio.file.Files.createDirectories(target);
        java.nio.file.Files.write(target.resolve(fingerprint + ".models"),
                String.join("\n", DroolsRuleset.modelClassNames(kjar)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return fingerprint;
    }

    private Compiled compile(String fingerprint, List<RuleSource> drl) {
        Optional<List<String>> built = cache.fromBuild(fingerprint);
        if (built.isPresent()) {
            return new Compiled(DroolsRuleset.fromClasspath(built.get(), null), "build");
        }
        Optional<byte[]> cached = cache.fromCache(fingerprint);
        if (cached.isPresent()) {
            try {
                return new Compiled(DroolsRuleset.load(cached.get()), "cache");
            } catch (RuntimeException unreadable) {
                // a damaged cache entry is replaced below
            }
        }
        DroolsRuleset rules = DroolsRuleset.compile(drl, fingerprint.substring(0, 16));
        cache.store(fingerprint, rules.kjar());
        return new Compiled(rules, "compiled");
    }

    private static void checkEveryRequirementHasRules(List<Requirement> requirements, List<RuleInfo> rules,
            RuleSource requirementsFile, List<RulesetProblem> problems) {
        Set<String> decided = rules.stream().map(RuleInfo::requirementId).collect(Collectors.toSet());
        for (Requirement requirement : requirements) {
            if (!decided.contains(requirement.id())) {
                problems.add(new RulesetProblem(requirementsFile.path(), 0,
                        "requirement " + requirement.id() + " has no rule that decides it"));
            }
        }
    }

    private record Compiled(DroolsRuleset rules, String origin) {
    }
}
