package org.ctipcheck.intake;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema (draft 2020-12) of a submission, generated from the DTO records and their Jakarta
 * constraints, so it cannot drift from what the reader accepts. docs/submission.schema.json is a copy kept
 * equal by a test.
 */
public final class SubmissionSchema {
    public static final String ID = "https://ctip-check.org/schema/submission-1.json";
    private static final String JSON = render();

    private SubmissionSchema() {
    }

    public static String json() {
        return JSON;
    }

    private static String render() {
        Map<String, Object> defs = new LinkedHashMap<>();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "ctip-check submission");
        root.putAll(objectSchema(SubmissionDto.class, defs));
        root.put("$defs", defs);
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(root) + "\n";
    }

    private static Map<String, Object> objectSchema(Class<?> type, Map<String, Object> defs) {
        Map<String, Object> schema = new LinkedHashMap<>();
        Description description = type.getAnnotation(Description.class);
        if (description != null) {
            schema.put("description", description.value());
        }
        schema.put("type", "object");
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            boolean mandatory = isRequired(component);
            Map<String, Object> property = valueSchema(component.getAnnotatedType(), component.getAccessor(), defs, !mandatory);
            Description doc = component.getAnnotation(Description.class);
            if (doc != null) {
                property.put("description", doc.value());
            }
            properties.put(component.getName(), property);
            if (mandatory) {
                required.add(component.getName());
            }
        }
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private static Map<String, Object> valueSchema(AnnotatedType annotated, AnnotatedElement constraints,
            Map<String, Object> defs, boolean nullable) {
        Class<?> type = raw(annotated);
        Map<String, Object> schema = new LinkedHashMap<>();
        if (Collection.class.isAssignableFrom(type)) {
            AnnotatedType element = ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0];
            schema.put("type", nullable ? List.of("array", "null") : "array");
            schema.put("items", valueSchema(element, element, defs, false));
            if (Set.class.isAssignableFrom(type)) {
                schema.put("uniqueItems", true);
            }
            if (constraints.isAnnotationPresent(NotEmpty.class)) {
                schema.put("minItems", 1);
            }
            return schema;
        }
        if (type.isRecord()) {
            String name = type.getSimpleName().replaceAll("Dto$", "");
            if (!defs.containsKey(name)) {
                defs.put(name, Map.of());
                defs.put(name, objectSchema(type, defs));
            }
            Map<String, Object> reference = Map.of("$ref", "#/$defs/" + name);
            if (nullable) {
                schema.put("anyOf", List.of(reference, Map.of("type", "null")));
            } else {
                schema.putAll(reference);
            }
            return schema;
        }
        schema.put("type", nullable ? List.of(jsonType(type), "null") : jsonType(type));
        scalarConstraints(type, constraints, schema);
        return schema;
    }

    private static void scalarConstraints(Class<?> type, AnnotatedElement constraints, Map<String, Object> schema) {
        if (type.isEnum()) {
            List<Object> values = new ArrayList<>(Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
            schema.put("enum", values);
        }
        if (type == LocalDate.class) {
            schema.put("format", "date");
        }
        if (constraints.isAnnotationPresent(NotBlank.class)) {
            schema.put("minLength", 1);
        }
        Size size = constraints.getAnnotation(Size.class);
        if (size != null && size.max() < Integer.MAX_VALUE) {
            schema.put("maxLength", size.max());
        }
        Pattern pattern = constraints.getAnnotation(Pattern.class);
        if (pattern != null) {
            schema.put("pattern", pattern.regexp());
        }
        if (constraints.isAnnotationPresent(CountryCode.class)) {
            schema.put("pattern", "^[A-Z]{2}$");
        }
        Min min = constraints.getAnnotation(Min.class);
        if (min != null) {
            schema.put("minimum", min.value());
        }
        DecimalMin decimalMin = constraints.getAnnotation(DecimalMin.class);
        if (decimalMin != null) {
            schema.put("minimum", new BigDecimal(decimalMin.value()));
        }
        Digits digits = constraints.getAnnotation(Digits.class);
        if (digits != null) {
            schema.put("maximum", BigDecimal.TEN.pow(digits.integer()).subtract(BigDecimal.ONE));
        }
    }

    private static boolean isRequired(RecordComponent component) {
        // Jakarta constraints do not target record components; on a record they land on the accessor.
        AnnotatedElement accessor = component.getAccessor();
        return accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotBlank.class)
                || accessor.isAnnotationPresent(NotEmpty.class);
    }

    private static Class<?> raw(AnnotatedType annotated) {
        java.lang.reflect.Type type = annotated.getType();
        if (type instanceof Class<?> c) {
            return c;
        }
        return (Class<?>) ((java.lang.reflect.ParameterizedType) type).getRawType();
    }

    private static String jsonType(Class<?> type) {
        if (type == Boolean.class) {
            return "boolean";
        }
        if (type == Integer.class || type == Long.class) {
            return "integer";
        }
        if (type == BigDecimal.class) {
            return "number";
        }
        return "string";
    }
}
