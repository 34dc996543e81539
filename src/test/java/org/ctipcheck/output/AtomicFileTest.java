package org.ctipcheck.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path folder;

    @Test
    void aWriteThatFailsLeavesNoFileAndTheOldOneAsItWas() throws IOException {
        Path target = folder.resolve("r.findings.json");
        Files.writeString(target, "old");

        try (AtomicFile file = AtomicFile.create(target)) {
            file.stream().write("half a rep".getBytes(StandardCharsets.UTF_8));
            // the disk fills up here: no commit
        }

        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aLinkPlantedAtTheNameIsReplacedNotFollowed() throws IOException {
        Path victim = folder.resolve("victim.txt");
        Files.writeString(victim, "keep");
        Path target = folder.resolve("r.findings.json");
        Files.createSymbolicLink(target, victim);

        AtomicFile.write(target, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.isSymbolicLink(target)).isFalse();
        assertThat(Files.readString(target)).isEqualTo("{}");
        assertThat(Files.readString(victim)).isEqualTo("keep");
    }

    @Test
    void theFileGetsTheUsualPermissionsNotOwnerOnly() throws IOException {
        Path target = folder.resolve("r.pdf");
        Path plain = Files.createFile(folder.resolve("plain"));

        AtomicFile.write(target, new byte[] {1});

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain))
                .contains(PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void aFolderIsNeverATarget() throws IOException {
        Path target = Files.createDirectory(folder.resolve("r.findings.json"));
        assertThatThrownBy(() -> AtomicFile.write(target, new byte[0])).isInstanceOf(IOException.class)
                .hasMessageContaining("is a folder");
    }

    @Test
    void inputsAreRecognisedByAnyPathOrLink() throws IOException {
        Path input = Files.writeString(folder.resolve("bid.json"), "{}");
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), input);
        Inputs inputs = new Inputs(java.util.List.of(input));

        assertThat(inputs.overwrittenBy(folder.resolve("sub/../bid.json"))).contains(input);
        assertThat(inputs.overwrittenBy(link)).contains(input);
        assertThat(inputs.overwrittenBy(folder.resolve("other.json"))).isEmpty();
    }
}
