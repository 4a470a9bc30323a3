package com.doganhub.integration.email.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.doganhub.integration.api.ProviderCheck;

class LocalOutboxProviderTest {

    @TempDir
    Path folder;

    @Test
    void aWritableFolderIsUpAndTheCheckLeavesNothingBehind() throws IOException {
        ProviderCheck check = new LocalOutboxProvider(folder.resolve("outbox")).check();

        assertThat(check.up()).isTrue();
        try (var left = Files.list(folder.resolve("outbox"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFolderThatCannotBeCreatedIsDownAndSaysWhere() throws IOException {
        Path blocked = Files.writeString(folder.resolve("not-a-folder"), "x");

        ProviderCheck check = new LocalOutboxProvider(blocked.resolve("outbox")).check();

        assertThat(check.outcome()).isEqualTo(ProviderCheck.Outcome.DOWN);
        assertThat(check.detail()).contains("not-a-folder");
    }
}
