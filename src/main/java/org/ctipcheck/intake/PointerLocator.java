package org.ctipcheck.intake;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;

/**
 * Finds where JSON Pointers stand in the source text (line and column), so that every problem, including
 * validation problems found after parsing, can name its line. One streaming pass over the document.
 */
final class PointerLocator {
    private PointerLocator() {
    }

    static Map<String, TokenStreamLocation> locate(ObjectMapper mapper, byte[] content, Set<String> pointers) {
        Map<String, TokenStreamLocation> found = new HashMap<>();
        if (pointers.isEmpty()) {
            return found;
        }
        try (JsonParser parser = mapper.createParser(content)) {
            while (parser.nextToken() != null && found.size() < pointers.size()) {
                String pointer = parser.streamReadContext().pathAsPointer().toString();
                if (pointers.contains(pointer)) {
                    found.putIfAbsent(pointer, parser.currentTokenLocation());
                }
            }
        } catch (JacksonException e) {
            // the document was parsed before; a failure here only loses line numbers
        }
        return found;
    }

    /** The problem with the line and column of its pointer, or of its nearest ancestor that exists. */
    static SubmissionProblem withLocation(SubmissionProblem problem, Map<String, TokenStreamLocation> locations) {
        String pointer = problem.pointer();
        while (pointer != null) {
            TokenStreamLocation location = locations.get(pointer);
            if (location != null && location.getLineNr() > 0) {
                return new SubmissionProblem(problem.pointer(), location.getLineNr(), Math.max(location.getColumnNr(), 0),
                        problem.message());
            }
            pointer = pointer.isEmpty() ? null : pointer.substring(0, pointer.lastIndexOf('/'));
        }
        return problem;
    }

    /** Every pointer a problem could be located at: the pointer itself and each of its ancestors. */
    static Set<String> candidates(Iterable<SubmissionProblem> problems) {
        Set<String> pointers = new java.util.HashSet<>();
        for (SubmissionProblem problem : problems) {
            String pointer = problem.pointer();
            while (pointer != null) {
                pointers.add(pointer);
                pointer = pointer.isEmpty() ? null : pointer.substring(0, pointer.lastIndexOf('/'));
            }
        }
        return pointers;
    }
}
