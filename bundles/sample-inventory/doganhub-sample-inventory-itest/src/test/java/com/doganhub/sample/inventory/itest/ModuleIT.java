package com.doganhub.sample.inventory.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Boots the DoganHub distribution on its embedded defaults, adds this module's features repository, installs the
 * module over REST as the operator would, enables it for the demo tenant and uses it — one container boot.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModuleIT {

    private static final String PASSWORD = "Module-Itest-Passw0rd";
    private static final String BASE = "http://localhost:8185";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    private FeaturesService features;

    @Configuration
    public Option[] configuration() {
        return new Option[] {
                karafDistributionConfiguration().frameworkUrl(new File(System.getProperty("doganhub.distribution")).toURI()
                        .toString()).unpackDirectory(new File(System.getProperty("exam.directory"))).useDeployFolder(false)
                        .name("DoganHub"),
                configureConsole().ignoreLocalConsole(), keepRuntimeFolder(),
                systemProperty("module.features").value(System.getProperty("module.features")),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty("user.home") + "/.m2/repository"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", "8185"),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "8105"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "11105"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "44405"),
                editConfigurationFilePut("etc/com.doganhub.identity.cfg", "bootstrap.password", PASSWORD) };
    }

    @Test
    public void theModuleInstallsIsEnabledByATenantAndServesIt() throws Exception {
        waitUntilReady();
        features.addRepository(URI.create(System.getProperty("module.features")));
        String operator = token("platform", "operator@doganhub.local");
        JsonNode installed = JSON.readTree(call("POST", "/api/v1/admin/modules/inventory/install", operator, "{}", 200));
        assertEquals("ACTIVE", installed.get("state").asText());

        String owner = token("demo", "owner@demo.local");
        assertTrue(call("GET", "/api/v1/inventory/items", owner, null, 403).contains("module.not-enabled"));
        call("PUT", "/api/v1/tenant/modules/inventory", owner, "{\"enabled\":true}", 200);
        owner = token("demo", "owner@demo.local");
        call("POST", "/api/v1/inventory/items", owner, "{\"name\":\"Rice 5 kg\",\"quantity\":12}", 201);
        assertTrue(call("POST", "/api/v1/inventory/items", owner, "{\"name\":\"\",\"quantity\":-1}", 422)
                .contains("quantity"));
        JsonNode page = JSON.readTree(call("GET", "/api/v1/inventory/items", owner, null, 200));
        assertEquals(1, page.get("items").size());
        assertEquals("Rice 5 kg", page.get("items").get(0).get("name").asText());
    }

    private static void waitUntilReady() throws Exception {
        for (int i = 0; i < 360; i++) {
            try {
                HttpURLConnection ready = (HttpURLConnection) new URL(BASE + "/health/ready").openConnection();
                if (ready.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the platform did not become ready");
    }

    private static String token(String tenant, String email) throws Exception {
        return JSON.readTree(call("POST", "/api/v1/auth/login", null, "{\"tenant\":\"" + tenant + "\",\"email\":\""
                + email + "\",\"password\":\"" + PASSWORD + "\"}", 200)).get("accessToken").asText();
    }

    private static String call(String method, String path, String token, String body, int expected) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) new URL(BASE + path).openConnection();
        connection.setRequestMethod(method);
        if (token != null) {
            connection.setRequestProperty("Authorization", "Bearer " + token);
        }
        if (body != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        String answer = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(method + " " + path + ": " + answer, expected, status);
        return answer;
    }
}
