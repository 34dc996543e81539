package org.ctipcheck.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SubmissionSchemaTest {
    private static final Path PUBLISHED = Path.of("docs/submission.schema.json");

    /** The published copy must equal the generated schema; run with -Dschema.update=true to rewrite it. */
    @Test
    void publishedSchemaMatchesTheDtos() throws IOException {
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(PUBLISHED, SubmissionSchema.json());
        }
        assertThat(Files.readString(PUBLISHED))
                .as("docs/submission.schema.json is stale: run mvn test -Dtest=SubmissionSchemaTest -Dschema.update=true")
                .isEqualTo(SubmissionSchema.json());
    }

    @Test
    void schemaDescribesEveryDtoFieldAndRequiredSection() {
        JsonNode schema = JsonMapper.builder().build().readTree(SubmissionSchema.json());
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("required").toString()).contains("award", "organization");
        assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
        JsonNode award = schema.get("$defs").get("Award");
        for (var component : AwardDto.class.getRecordComponents()) {
            assertThat(award.get("properties").has(component.getName())).as(component.getName()).isTrue();
        }
        assertThat(award.get("required").toString()).contains("portions", "instrument");
        assertThat(schema.get("$defs").get("Portion").get("properties").get("kind").get("enum").toString())
                .contains("SUPPLIES", "SERVICES");
    }
}
