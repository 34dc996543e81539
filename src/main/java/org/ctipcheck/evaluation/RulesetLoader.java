package org.ctipcheck.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctipcheck.evaluation.internal.drools.DroolsRuleset;
import org.ctipcheck.findings.Requirement;
import org.ctipcheck.findings.RuleInfo;

/**
 * Loads a rule pack all or nothing: a file that does not compile, a rule without complete metadata, a
 * requirement no rule decides or a bad parameter stops the load with file, line and message. The pack bundled
 * in the jar loads from its precompiled executable model; any other pack is compiled, and kept in the cache
 * folder given to the constructor so that the next load of the same fingerprint does not compile again.
 */
public final class RulesetLoader {
    private final CompiledRulesCache cache;

    /** A loader without a disk cache: a pack other than the bundled one is compiled on every load. */
    public RulesetLoader() {
        this((Path) null);
    }

    /**
     * A loader that keeps compiled packs below {@code cacheFolder} (a folder per build of the tool, older builds'
     * entries removed); null for no disk cache.
     */
    public RulesetLoader(Path cacheFolder) {
        this(new CompiledRulesCache(cacheFolder == null ? null : cacheFolder.resolve(BuildInfo.current().buildId())));
    }

    RulesetLoader(CompiledRulesCache cache) {
        this.cache = cache;
    }

    public Ruleset load(Path folder) {
        return load(RulePackLocation.folder(folder));
    }

    /** The rule pack bundled in this build's jar. */
    public Ruleset loadBundled() {
        return load(RulePackLocation.bundled());
    }

    public Ruleset load(RulePackLocation location) {
        List<RuleSource> sources = location.read();
        List<RulesetProblem> problems = new ArrayList<>();
        RuleSource requirementsFile = find(sources, RuleFiles.REQUIREMENTS)
                .orElseThrow(() -> new RulesetException(location.describe() + " has no " + RuleFiles.REQUIREMENTS));
        List<RuleSource> drl = sources.stream().filter(source -> source.path().endsWith(".drl")).toList();
        if (drl.isEmpty()) {
            throw new RulesetException(location.describe() + " contains no .drl files");
        }
        List<Requirement> requirements = RequirementsFile.parse(requirementsFile, problems);
        PolicyParameters parameters = ParametersFile.parse(find(sources, RuleFiles.PARAMETERS).orElse(null), problems);
        if (!problems.isEmpty()) { // the pack's YAML files are wrong: stop before paying for a compile
            throw new RulesetException("the ruleset in " + location.location() + " is not usable", problems);
        }
        String fingerprint = RuleFiles.fingerprint(sources);
        Compiled compiled = compile(fingerprint, drl);
        List<RuleInfo> rules = RuleMetadata.read(compiled.rules().ruleMetadata(), drl, requirements, problems);
        checkEveryRequirementHasRules(requirements, rules, requirementsFile, problems);
        if (!problems.isEmpty()) {
            throw new RulesetException("the ruleset in " + location.location() + " is not usable", problems);
        }
        List<Object> referenceFacts = ReferenceLists.facts(sources);
        Map<String, Integer> used = find(sources, ReferenceLists.EO13126).isPresent()
                ? Map.of(ReferenceLists.EO13126_ID, (int) referenceFacts.stream().filter(Eo13126Listing.class::isInstance).count())
                : Map.of();
        return new Ruleset(fingerprint, location.location(), rules, requirements, referenceFacts,
                ReferenceListManifest.editions(sources, used), compiled.rules(), compiled.origin(), sources, parameters);
    }

    private static Optional<RuleSource> find(List<RuleSource> sources, String path) {
        return sources.stream().filter(source -> source.path().equals(path)).findFirst();
    }

    /**
     * Compiles the rules, writes their executable model below {@code outputFolder} and bundles the pack's files
     * under {@link RulePackLocation#BUNDLED_PREFIX}; used by the build.
     */
    public static String precompile(Path rulesFolder, Path outputFolder) throws IOException {
        List<RuleSource> sources = RuleFiles.read(rulesFolder);
        List<RulesetProblem> problems = new ArrayList<>();
        ParametersFile.parse(find(sources, RuleFiles.PARAMETERS).orElse(null), problems);
        if (!problems.isEmpty()) { // a bad parameters file fails the build, not the first check
            throw new RulesetException("the ruleset in " + rulesFolder + " is not usable", problems);
        }
        String fingerprint = RuleFiles.fingerprint(sources);
        List<RuleSource> drl = sources.stream().filter(source -> source.path().endsWith(".drl")).toList();
        byte[] kjar = DroolsRuleset.compile(drl, fingerprint.substring(0, 16)).kjar();
        DroolsRuleset.unpackClasses(kjar, outputFolder);
        Path target = outputFolder.resolve(CompiledRulesCache.CLASSPATH_FOLDER);
        Files.createDirectories(target);
        Files.write(target.resolve(fingerprint + ".models"),
                String.join("\n", DroolsRuleset.modelClassNames(kjar)).getBytes(StandardCharsets.UTF_8));
        RuleFiles.writePack(sources, outputFolder.resolve(RulePackLocation.BUNDLED_PREFIX));
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
