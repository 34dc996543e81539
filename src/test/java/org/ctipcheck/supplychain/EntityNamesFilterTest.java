package org.ctipcheck.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hash filters that settle most names without building their words must never change a result: every
 * name, listed or not, gets from {@link EntityNames#match(String)} what the full comparison gives.
 */
class EntityNamesFilterTest {
    private static final java.nio.file.Path UFLPA = java.nio.file.Path.of("rules/reference/uflpa-entities.csv");
    private final EntityNames names = uflpa();

    private static EntityNames uflpa() {
        EntityNames names = new EntityNames(org.ctipcheck.fixtures.TestRules.ruleset().parameters().nameSimilarity());
        try {
            for (String line : Files.readAllLines(UFLPA)) {
                if (!line.startsWith("entity_name")) {
                    String entity = line.startsWith("\"") ? line.substring(1, line.indexOf('"', 1)) : line.split(",")[0];
                    names.add(entity, entity);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private void agrees(String name) {
        assertThat(names.match(name)).as(name).isEqualTo(names.fullMatch(name));
    }

    @Test
    void listedNamesAndTheirVariantsGetTheFullComparisonsResult() throws IOException {
        List<String> tried = new ArrayList<>();
        for (String line : Files.readAllLines(UFLPA)) {
            if (line.startsWith("entity_name")) {
                continue;
            }
            String entity = line.startsWith("\"") ? line.substring(1, line.indexOf('"', 1)) : line.split(",")[0];
            tried.add(entity);
            tried.add(entity.toUpperCase());
            tried.add(entity.replace(" ", ""));
            tried.add(entity.replace("Co., Ltd.", "Company Limited"));
            tried.add(entity.replace("Xinjiang", "Sinkiang"));
            tried.add(entity.replace(",", " &"));
            tried.add(entity.substring(0, entity.length() - 2));
            tried.add(entity + " Inc.");
            tried.add("The " + entity.replace(" ", "'"));
        }
        tried.addAll(List.of("", " ", "&", "Co., Ltd.", "A & B Trading", "Côte d'Ivoire Cocoa S.A.", "Hetian Taida",
                "Hoshine Silicon", "Xinjiang Zhongtai (Group) Co", "O\u2019Brien & Sons Ltd", "Ürümqi Textiles",
                "Group", "and", "Grp Intl Tech Mfg", "Peking Tientsin Co"));
        assertThat(tried.stream().filter(name -> names.fullMatch(name) != null)).isNotEmpty();
        tried.forEach(this::agrees);
    }

    @Test
    void generatedSupplierNamesGetTheFullComparisonsResult() throws IOException {
        StringWriter out = new StringWriter();
        new AttestationGenerator(7, 0).write(out, 20_000, false);
        List<String> lines = out.toString().lines().skip(1).toList();
        int matched = 0;
        try (CsvRecordReader reader = new CsvRecordReader(new java.io.StringReader(out.toString()))) {
            for (RawRecord record = reader.next(); record != null; record = reader.next()) {
                String name = record.cells()[1];
                agrees(name);
                matched += names.fullMatch(name) == null ? 0 : 1;
            }
        }
        assertThat(lines).hasSize(20_000);
        assertThat(matched).isPositive();
    }
}
