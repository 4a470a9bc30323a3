package com.doganhub.integration.storage.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.doganhub.integration.api.storage.ObjectStore;
import com.doganhub.integration.api.storage.ObjectStoreContract;

/** The provider contract on a real folder, plus what only a disk can get wrong. */
class LocalObjectStoreTest extends ObjectStoreContract {

    @TempDir
    static Path folder;

    private LocalObjectStore store;

    @Override
    protected ObjectStore store() {
        if (store == null) {
            store = new LocalObjectStore(folder.resolve("storage"), Clock.systemUTC());
        }
        return store;
    }

    @Test
    void keysCannotLeaveTheRootOrReachHiddenFiles() {
        for (String key : new String[] { "../etc/passwd", "t/../../x", "/etc/passwd", "t//x", "t/./x", "t/.x.meta",
                "t/x.part", "", "t/ x", "t/x\\y", "t/\u0000" }) {
            assertThatThrownBy(() -> store().write(key, bytes("x"), "text/plain"), key)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Files.exists(folder.resolve("etc"))).isFalse();
    }

    @Test
    void leavesNoPartFilesAndListsNoMetadata() throws IOException {
        store().write("t1/docs/a.pdf", bytes("a"), "application/pdf");
        try (Stream<Path> files = Files.walk(folder.resolve("storage"))) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
        assertThat(store().list("t1/")).hasSize(1);
    }

    @Test
    void theLiveCheckWritesAndRemovesAProbe() throws IOException {
        LocalObjectStore local = (LocalObjectStore) store();
        local.probe();
        try (Stream<Path> files = Files.list(local.root())) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".probe"));
        }
    }
}
