package com.doganhub.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

/**
 * What an integrator does first, outside any container: generate a module from {@code doganhub-module-archetype}
 * into an empty folder and build it with Maven offline (its unit test runs; its Pax Exam test compiles — the same
 * test, run, is bundles/sample-inventory's).
 */
public class ModuleArchetypeIT {

    private static final String VERSION = System.getProperty("doganhub.version", "0.1.0-SNAPSHOT");

    @Test
    public void aGeneratedModuleBuildsOffline() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "archetype-it"));
        deleteQuietly(folder.resolve("acme-stock"));
        // Generation resolves the archetype plugin once if this machine never ran it; the build itself is offline.
        run(folder, "mvn", "-B", "-q", "archetype:generate", "-DarchetypeGroupId=com.doganhub",
                "-DarchetypeArtifactId=doganhub-module-archetype", "-DarchetypeVersion=" + VERSION,
                "-DgroupId=com.acme.stock", "-DartifactId=acme-stock", "-Dversion=1.0.0-SNAPSHOT",
                "-Dpackage=com.acme.stock", "-DmoduleId=stock", "-DmoduleNameEn=Stock", "-DmoduleNameAr=المستودع",
                "-DdoganhubVersion=" + VERSION, "-DinteractiveMode=false");
        Path project = folder.resolve("acme-stock");
        String descriptor = Files.readString(project.resolve(
                "acme-stock-impl/src/main/java/com/acme/stock/internal/ModuleDescriptor.java"), StandardCharsets.UTF_8);
        assertTrue(descriptor, descriptor.contains("\"المستودع\"") && descriptor.contains("ID = \"stock\""));
        String feature = Files.readString(project.resolve("acme-stock-feature/src/main/feature/feature.xml"));
        assertTrue(feature, feature.contains("com.doganhub.module;id=stock"));

        String build = run(project, "mvn", "-B", "-o", "install", "-DskipITs");
        assertTrue(build, build.contains("Tests run: 2, Failures: 0, Errors: 0"));
        for (String jar : List.of("acme-stock-api/target/acme-stock-api-1.0.0-SNAPSHOT.jar",
                "acme-stock-impl/target/acme-stock-impl-1.0.0-SNAPSHOT.jar")) {
            assertTrue(jar, Files.isRegularFile(project.resolve(jar)));
        }
        String manifest = manifest(project.resolve("acme-stock-impl/target/acme-stock-impl-1.0.0-SNAPSHOT.jar"));
        assertTrue("the implementation exports nothing: " + manifest, !manifest.contains("Export-Package"));
        assertTrue(manifest, manifest.contains("DoganHub-Liquibase: db/changelog.xml"));
        assertTrue(manifest(project.resolve("acme-stock-api/target/acme-stock-api-1.0.0-SNAPSHOT.jar"))
                .contains("com.acme.stock.api;version=\"1.0.0\""));
    }

    private static String manifest(Path jar) throws IOException {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            file.getManifest().write(out);
            return out.toString(StandardCharsets.UTF_8).replace("\r\n ", "");
        }
    }

    private static String run(Path directory, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(command));
        Process process = new ProcessBuilder(line).directory(directory.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue("finished in time", process.waitFor(10, TimeUnit.MINUTES));
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(String.join(" ", line) + "\n" + text, 0, process.exitValue());
        return text;
    }

    private static void deleteQuietly(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var files = Files.walk(path)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
