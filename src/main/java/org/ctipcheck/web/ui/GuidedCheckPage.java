package org.ctipcheck.web.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctipcheck.check.SubmissionInput;
import org.ctipcheck.web.security.ServicePrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * New check without a file: the guided form built from the submission's JSON Schema. What it sends is checked as an
 * uploaded submission would be; when the check refuses it, the form comes back filled in, with each problem next
 * to the field it names (and listed at the top, each linking to its field).
 */
@Controller
class GuidedCheckPage {
    private static final SchemaForm FORM = SchemaForm.fromSubmissionSchema();
    private final WebChecks checks;
    private final ResultPage results;

    GuidedCheckPage(WebChecks checks, ResultPage results) {
        this.checks = checks;
        this.results = results;
    }

    /** A problem as the summary lists it: the field's label and id (null when it names no field), and what. */
    record Problem(String label, String pointer, String id, String message) {
    }

    @GetMapping("/check/guided")
    String form(@AuthenticationPrincipal ServicePrincipal user, Model model) {
        Map<String, String> values = new HashMap<>();
        if (user.organizationScope() != null) {
            values.put("/organization/uei", user.organizationScope());
        }
        return show(model, values, Map.of(), List.of(), null);
    }

    @PostMapping("/check/guided")
    String submit(@AuthenticationPrincipal ServicePrincipal user, @RequestParam Map<String, String> parameters,
            Model model) {
        Map<String, String> values = GuidedForm.values(FORM, parameters);
        String asOf = parameters.get("asOf");
        LocalDate date = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                date = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                return show(model, values, Map.of(), List.of(new Problem("Evaluate as of", null, "asOf",
                        "'" + asOf + "' is not a date written yyyy-mm-dd")), asOf);
            }
        }
        WebChecks.Result result = checks.submit(SubmissionInput.bytes("guided-form.json",
                GuidedForm.submission(FORM, values)), null, date, user);
        if (result.issued() == null) {
            Map<String, List<String>> byField = GuidedForm.byField(FORM, result.located());
            return show(model, values, byField, summary(result), asOf);
        }
        if (result.issued().recorded()) {
            return "redirect:/evaluations/" + result.issued().report().audit().evaluationId();
        }
        return results.show(result.issued().report(), null, model);
    }

    private static List<Problem> summary(WebChecks.Result result) {
        Map<String, SchemaForm.Field> fields = new HashMap<>();
        collect(FORM.sections(), fields);
        List<Problem> problems = new ArrayList<>();
        if (result.located().isEmpty()) {
            result.problems().forEach(message -> problems.add(new Problem(null, null, null, message)));
        }
        for (var problem : result.located()) {
            SchemaForm.Field field = nearest(fields, problem.pointer() == null ? "" : problem.pointer());
            problems.add(new Problem(field == null ? null : field.label(), problem.pointer(),
                    field == null ? null : field.id(), problem.message()));
        }
        return problems;
    }

    private static SchemaForm.Field nearest(Map<String, SchemaForm.Field> fields, String pointer) {
        for (String at = pointer; !at.isEmpty(); at = at.substring(0, Math.max(0, at.lastIndexOf('/')))) {
            if (fields.containsKey(at)) {
                return fields.get(at);
            }
        }
        return null;
    }

    private static void collect(List<SchemaForm.Field> list, Map<String, SchemaForm.Field> into) {
        for (SchemaForm.Field field : list) {
            into.put(field.pointer(), field);
            collect(field.children(), into);
        }
    }

    private static String show(Model model, Map<String, String> values, Map<String, List<String>> errors,
            List<Problem> problems, String asOf) {
        model.addAttribute("sections", FORM.sections());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("problems", problems);
        model.addAttribute("asOf", asOf);
        // Required sections, and those holding a value or a problem, are open; the others start closed.
        java.util.Set<String> open = new java.util.HashSet<>();
        for (SchemaForm.Field section : FORM.sections()) {
            String within = section.pointer() + "/";
            if (section.required() || values.keySet().stream().anyMatch(key -> key.startsWith(within))
                    || errors.keySet().stream().anyMatch(key -> key.equals(section.pointer()) || key.startsWith(within))) {
                open.add(section.pointer());
            }
        }
        model.addAttribute("openSections", open);
        return "guided";
    }
}
