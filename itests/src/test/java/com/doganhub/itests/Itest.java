package com.doganhub.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.FailedApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedExtensionDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

import com.fasterxml.jackson.databind.JsonNode;

/** What every integration test class shares: how the distribution is booted, waiting, and problem checks. */
final class Itest {

    static final int HTTP_PORT = 8182;

    private Itest() {
    }

    /** The assembled distribution on PostgreSQL database {@code database}, plus {@code extra} options. */
    static Option[] distribution(String database, Option... extra) {
        List<Option> options = new ArrayList<>(List.of(
                editConfigurationFilePut("etc/com.doganhub.persistence.cfg", "url",
                        "jdbc:postgresql://" + TestPostgres.hostPort() + "/" + database),
                editConfigurationFilePut("etc/com.doganhub.persistence.cfg", "user", "postgres")));
        options.addAll(Arrays.asList(extra));
        return embedded(options.toArray(new Option[0]));
    }

    /** The distribution on its embedded defaults (its own H2 file database), plus {@code extra} options. */
    static Option[] embedded(Option... extra) {
        String distribution = System.getProperty("doganhub.distribution");
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(distribution).toURI().toString())
                        .unpackDirectory(new File(System.getProperty("doganhub.exam.directory", "target/exam")))
                        .useDeployFolder(false)
                        .karafVersion("4.4.10")
                        .name("DoganHub"),
                configureConsole().ignoreLocalConsole(),
                keepRuntimeFolder(),
                logLevel(LogLevel.INFO),
                systemTimeout(180_000),
                vmOptions("-Xmx384m", "-XX:+UseSerialGC", "-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty("user.home") + "/.m2/repository"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(HTTP_PORT)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "8102"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "11099"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "44445")));
        options.addAll(Arrays.asList(extra));
        return options.toArray(new Option[0]);
    }

    static void assertProblem(Http.Answer answer, int status, String code) throws Exception {
        assertEquals(answer.toString(), status, answer.status());
        assertTrue(answer.header("Content-Type"), answer.header("Content-Type").startsWith("application/problem+json"));
        JsonNode problem = answer.json();
        assertEquals(status, problem.get("status").asInt());
        assertEquals(answer.toString(), code, problem.get("code").asText());
        assertEquals("urn:doganhub:problem:" + code, problem.get("type").asText());
        assertNotNull(problem.get("title"));
        assertNotNull(problem.get("detail"));
        assertNotNull(problem.get("requestId"));
        assertNull("no stack traces", problem.get("trace"));
        assertFalse("no Java class names", answer.body().contains("Exception"));
    }

    /**
     * Signs in once the platform is ready. The JAX-RS whiteboard republishes the application each time a late
     * resource registers (a bundle finishing its migration), so a 404 right after readiness is retried briefly.
     *
     * @return the sign-in answer's JSON (access and refresh token)
     */
    static JsonNode login(BundleContext context, Http http, String tenant, String email, String password) throws Exception {
        waitForStatus(context, http, "/health/ready", 200, 90);
        Http.Answer answer = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            answer = http.postJson("/api/v1/auth/login", "{\"tenant\":\"" + tenant + "\",\"email\":\"" + email
                    + "\",\"password\":\"" + password + "\"}");
            if (answer.status() != 404) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals(answer.toString(), 200, answer.status());
        return answer.json();
    }

    /** Runs a Karaf shell command in the container and returns what it printed (standard output and error). */
    static String shell(SessionFactory sessions, String command) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream printer = new PrintStream(output, true, StandardCharsets.UTF_8);
        Session session = sessions.create(System.in, printer, printer);
        try {
            session.execute(command);
        } catch (Exception failed) {
            printer.println("FAILED: " + failed);
        } finally {
            printer.flush();
            session.close();
        }
        return output.toString(StandardCharsets.UTF_8);
    }

    static <T> T service(BundleContext context, Class<T> type, String filter) throws Exception {
        for (int i = 0; i < 300; i++) {
            var references = context.getServiceReferences(type, filter);
            if (!references.isEmpty()) {
                ServiceReference<T> reference = references.iterator().next();
                return context.getService(reference);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + type.getSimpleName() + " service " + filter);
    }

    /**
     * Waits until {@code path} answers {@code status}; on timeout the failure shows the last answer and what the
     * JAX-RS whiteboard reports as failed, which is where a missing resource shows up.
     */
    static void waitForStatus(BundleContext context, Http client, String path, int status, int seconds) throws Exception {
        Http.Answer[] last = new Http.Answer[1];
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                last[0] = client.get(path);
                if (last[0].status() == status) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        fail("waited " + seconds + " s for " + path + " to answer " + status + "; last answer: " + last[0]
                + "; whiteboard failures: " + whiteboardFailures(context));
    }

    private static String whiteboardFailures(BundleContext context) {
        try {
            JaxrsServiceRuntime runtime = service(context, JaxrsServiceRuntime.class, null);
            RuntimeDTO dto = runtime.getRuntimeDTO();
            StringBuilder out = new StringBuilder();
            for (FailedApplicationDTO failed : dto.failedApplicationDTOs) {
                out.append("application ").append(failed.name).append(" reason ").append(failed.failureReason).append("; ");
            }
            for (FailedResourceDTO failed : dto.failedResourceDTOs) {
                out.append("resource ").append(failed.name).append(" service ").append(failed.serviceId)
                        .append(" reason ").append(failed.failureReason).append("; ");
            }
            for (FailedExtensionDTO failed : dto.failedExtensionDTOs) {
                out.append("extension ").append(failed.name).append(" reason ").append(failed.failureReason).append("; ");
            }
            out.append("applications:");
            for (var application : dto.applicationDTOs) {
                out.append(' ').append(application.name).append('@').append(application.base)
                        .append(" resources=").append(application.resourceDTOs.length);
            }
            out.append(" default@").append(dto.defaultApplication.base)
                    .append(" resources=").append(dto.defaultApplication.resourceDTOs.length);
            return out.toString();
        } catch (Exception e) {
            return "unavailable: " + e;
        }
    }

    static void waitFor(String what, Callable<Boolean> condition, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(condition.call())) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(250);
        }
        fail("waited " + seconds + " s for: " + what + (last == null ? "" : " (last error: " + last + ")"));
    }

    /** {@link #waitFor(String, Callable, int)}, and when it times out the message carries {@code state} as it was. */
    static void waitFor(String what, Callable<Boolean> condition, int seconds, Callable<String> state) throws Exception {
        try {
            waitFor(what, condition, seconds);
        } catch (AssertionError timedOut) {
            String seen;
            try {
                seen = state.call();
            } catch (Exception unreadable) {
                seen = "unreadable: " + unreadable;
            }
            throw new AssertionError(timedOut.getMessage() + "; state then: " + seen, timedOut);
        }
    }

    /**
     * The mails the local email provider wrote for {@code email} in tenant {@code tenant}'s folder, oldest first; the
     * folder is the test's own ({@code doganhub.itest.mail}, set with the local provider's {@code directory}).
     */
    static List<String> mailsTo(String tenant, String email) throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Path.of(System.getProperty("doganhub.itest.mail"), tenant);
        if (!java.nio.file.Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> mails = new ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(folder)) {
            for (java.nio.file.Path file : files.filter(path -> path.toString().endsWith(".eml")).sorted().toList()) {
                String text = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
                if (text.contains("<" + email + ">")) {
                    mails.add(text);
                }
            }
        }
        return mails;
    }

    /** The newest mail to {@code email}, waiting up to {@code seconds} for one (mail goes through the outbox). */
    static String lastMailTo(String tenant, String email, int seconds) throws Exception {
        waitFor("a mail to " + email, () -> !mailsTo(tenant, email).isEmpty(), seconds);
        List<String> mails = mailsTo(tenant, email);
        return mails.get(mails.size() - 1);
    }

    /** The mail as stored plus its quoted-printable and base64 parts decoded, so its text can be searched. */
    static String readable(String eml) {
        StringBuilder text = new StringBuilder(eml);
        java.io.ByteArrayOutputStream qp = new java.io.ByteArrayOutputStream();
        String unfolded = eml.replace("=\r\n", "").replace("=\n", "");
        for (int i = 0; i < unfolded.length(); i++) {
            char c = unfolded.charAt(i);
            if (c == '=' && i + 2 < unfolded.length() && unfolded.substring(i + 1, i + 3).matches("[0-9A-F]{2}")) {
                qp.write(Integer.parseInt(unfolded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                qp.write(c);
            }
        }
        text.append(qp.toString(StandardCharsets.UTF_8));
        java.util.regex.Matcher block = java.util.regex.Pattern.compile("(?m)^([A-Za-z0-9+/=]{40,}\\r?\\n)+").matcher(eml);
        while (block.find()) {
            try {
                text.append(new String(java.util.Base64.getMimeDecoder().decode(block.group()), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException notBase64) {
                // a long word, not a part
            }
        }
        return text.toString();
    }
}
