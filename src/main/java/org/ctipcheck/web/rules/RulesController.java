package org.ctipcheck.web.rules;

import java.util.List;
import org.ctipcheck.evaluation.RuleExplanation;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.findings.Requirement;
import org.ctipcheck.findings.RuleInfo;
import org.ctipcheck.intake.SubmissionSchema;
import org.ctipcheck.web.problem.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rule pack the service evaluates with ({@code ctip rules list}, {@code ctip rules show ID} as JSON) and the
 * submission's JSON Schema ({@code ctip schema}).
 */
@io.swagger.v3.oas.annotations.tags.Tag(name = "Rules", description = "The rule pack the service evaluates with, and the submission's JSON Schema")
@RestController
@RequestMapping("/api/v1")
class RulesController {
    static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");
    private final Ruleset ruleset;

    RulesController(Ruleset ruleset) {
        this.ruleset = ruleset;
    }

    /** Every rule, with the ruleset's fingerprint (the {@code ruleset.sha256} of every report). */
    record RuleList(String rulesetSha256, int count, List<RuleInfo> rules) {
    }

    /** A requirement with the rules that decide it; asked for a rule id, that rule alone. */
    record Explanation(RequirementView requirement, List<RuleInfo> rules, List<RuleInfo> satisfiedBy) {
    }

    record RequirementView(String id, String title, String citation, String scope, String appliesWhen,
            String confidence) {
        static RequirementView of(Requirement requirement) {
            return new RequirementView(requirement.id(), requirement.title(), requirement.citation(), requirement.scope(),
                    requirement.appliesWhen(), requirement.confidence().name());
        }
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listRules", summary = "List every rule with the ruleset's SHA-256")
    @GetMapping(path = "/rules", produces = MediaType.APPLICATION_JSON_VALUE)
    RuleList rules() {
        return new RuleList(ruleset.fingerprint(), ruleset.rules().size(), ruleset.rules());
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "explainRule", summary = "Explain a rule or requirement (as ctip rules show)")
    @GetMapping(path = "/rules/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Explanation rule(@PathVariable String id) {
        RuleExplanation explained = RuleExplanation.of(ruleset, id)
                .orElseThrow(() -> new NotFound("no rule or requirement " + id + " (GET /api/v1/rules lists them)"));
        return new Explanation(RequirementView.of(explained.requirement()), explained.rules(), explained.satisfiedBy());
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getSubmissionSchema", summary = "The submission's JSON Schema")
    @GetMapping(path = "/schema/submission", produces = {"application/schema+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> submissionSchema() {
        return ResponseEntity.ok().contentType(SCHEMA_JSON).body(SubmissionSchema.json());
    }
}
