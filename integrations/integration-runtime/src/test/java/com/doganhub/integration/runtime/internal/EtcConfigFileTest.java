package com.doganhub.integration.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Properties;
import java.util.Set;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EtcConfigFileTest {

    @TempDir
    Path etc;

    @Test
    void replacesOnlyTheKeysLineAndKeepsCommentsAndPlaceholders() throws Exception {
        Path cfg = write("# Which email providers the platform uses\n# provider = commented out\nprovider = local\n"
                + "providerTimeout = 5\napiKey = ${env:SENDGRID_API_KEY}\n");

        file(cfg).set("provider", "sendgrid,smtp");

        assertEquals("# Which email providers the platform uses\n# provider = commented out\nprovider = sendgrid,smtp\n"
                + "providerTimeout = 5\napiKey = ${env:SENDGRID_API_KEY}\n", Files.readString(cfg));
        try (var listing = Files.list(etc)) {
            assertEquals(1, listing.count(), "no temporary file is left beside the configuration");
        }
    }

    @Test
    void aContinuedValueIsReplacedWhole() throws Exception {
        Path cfg = write("provider = local, \\\n    smtp\nafter = kept\n");

        file(cfg).set("provider", "mailgun");

        assertEquals("provider = mailgun\nafter = kept\n", Files.readString(cfg));
    }

    @Test
    void aRepeatedKeyLeavesOneLineForFileInstallKeepsTheLastOfThem() throws Exception {
        Path cfg = write("provider = local\nkept = 1\nprovider = sendgrid\nprovider = mailgun\n");

        file(cfg).set("provider", "smtp");

        assertEquals("provider = smtp\nkept = 1\n", Files.readString(cfg));
    }

    @Test
    void aValueContinuesPastBlankAndCommentLinesAsFileInstallReadsIt() throws Exception {
        Path cfg = write("provider = local, \\\n\n# a note inside the value\n    smtp\nafter = kept\n");

        file(cfg).set("provider", "mailgun");

        assertEquals("provider = mailgun\nafter = kept\n", Files.readString(cfg));
    }

    @Test
    void theNewFileKeepsTheOldOnesPermissions() throws Exception {
        Path cfg = write("provider = local\n");
        Set<PosixFilePermission> guarded = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(cfg, guarded);

        file(cfg).set("provider", "smtp");

        assertEquals(guarded, Files.getPosixFilePermissions(cfg));
    }

    @Test
    void onlyPlainCfgFilesAreEdited() throws Exception {
        Path typed = etc.resolve("com.doganhub.integration.email.config");
        Files.writeString(typed, "provider=\"local\"\n");
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(EtcConfigFile.FILE_PROPERTY, typed.toUri().toString());
        assertTrue(EtcConfigFile.of(properties).isEmpty());
    }

    @Test
    void aMissingKeyIsAppendedAndKeysWrittenWithSeparatorsAreFound() throws Exception {
        Path cfg = write("other:1\n  spaced\t= 2");

        file(cfg).set("spaced", "3");
        file(cfg).set("provider", "smtp");

        assertEquals("other:1\nspaced = 3\nprovider = smtp\n", Files.readString(cfg));
    }

    @Test
    void valuesReadBackAsWrittenWhateverTheyHold() throws Exception {
        Path cfg = write("# nothing yet\n");
        String awkward = " leading space, back\\slash, tab\t, line\nbreak and Arabic بريد";

        file(cfg).set("value", awkward);

        Properties read = new Properties();
        read.load(new StringReader(new String(Files.readAllBytes(cfg), StandardCharsets.ISO_8859_1)));
        assertEquals(awkward, read.getProperty("value"));
    }

    @Test
    void aLinkedFileIsEditedWhereItLivesAndTheLinkStays() throws Exception {
        Path shared = Files.createDirectory(etc.resolve("shared"));
        Path real = shared.resolve("email.cfg");
        Files.writeString(real, "provider = local\n");
        Path link = Files.createSymbolicLink(etc.resolve("com.doganhub.integration.email.cfg"), real);

        file(link).set("provider", "smtp");

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("provider = smtp\n", Files.readString(real));
    }

    @Test
    void aFileThatCannotBeReplacedStaysAsItWas() throws Exception {
        Path cfg = write("provider = local\n");
        // root writes anywhere, so a directory where the temporary file goes stands for a read-only mount
        Path blocked = Files.createDirectory(etc.resolve(".com.doganhub.integration.email.cfg.tmp"));
        Files.writeString(blocked.resolve("keep"), "x");

        assertThrows(java.io.IOException.class, () -> file(cfg).set("provider", "smtp"));

        assertEquals("provider = local\n", Files.readString(cfg));
    }

    @Test
    void aConfigurationWithoutAFileHasNone() {
        Hashtable<String, Object> properties = new Hashtable<>();
        assertFalse(EtcConfigFile.of(properties).isPresent());
        properties.put(EtcConfigFile.FILE_PROPERTY, etc.resolve("gone.cfg").toUri().toString());
        assertFalse(EtcConfigFile.of(properties).isPresent(), "a file that was deleted is not recreated");
        properties.put(EtcConfigFile.FILE_PROPERTY, "not a url");
        assertFalse(EtcConfigFile.of(properties).isPresent());
        assertTrue(EtcConfigFile.of(null).isEmpty());
    }

    private EtcConfigFile file(Path cfg) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(EtcConfigFile.FILE_PROPERTY, cfg.toUri().toString());
        return EtcConfigFile.of(properties).orElseThrow();
    }

    private Path write(String content) throws Exception {
        Path cfg = etc.resolve("com.doganhub.integration.email.cfg");
        Files.writeString(cfg, content);
        return cfg;
    }
}
