package com.doganhub.integration.runtime.internal.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import javax.net.ssl.SSLSocketFactory;

import com.doganhub.integration.runtime.internal.status.IntegrationEvaluator.Live;

/**
 * Read-only live checks of integrations that have no provider bundle yet: each one asks its server something that
 * changes nothing (Redis {@code PING}, Ollama's model list, OpenAI's and Anthropic's model listing).
 */
final class LiveProbes {

    private final Duration timeout;
    private final HttpClient http;

    LiveProbes(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Redis: AUTH when the URL has a password, then PING; expects {@code +PONG}. */
    Live redis(String url) {
        URI uri = URI.create(url);
        int port = uri.getPort() > 0 ? uri.getPort() : 6379;
        boolean tls = "rediss".equals(uri.getScheme());
        try (Socket socket = tls ? SSLSocketFactory.getDefault().createSocket() : new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            String userInfo = uri.getRawUserInfo();
            if (userInfo != null && !userInfo.isBlank()) {
                int colon = userInfo.indexOf(':');
                String user = colon < 0 ? "" : URLDecoder.decode(userInfo.substring(0, colon), StandardCharsets.UTF_8);
                String password = URLDecoder.decode(colon < 0 ? userInfo : userInfo.substring(colon + 1), StandardCharsets.UTF_8);
                out.write(user.isEmpty() ? command("AUTH", password) : command("AUTH", user, password));
                String answer = line(in);
                if (!answer.startsWith("+OK")) {
                    return new Live(Live.Outcome.DOWN, "Redis refused the password (" + firstWord(answer) + ")");
                }
            }
            out.write(command("PING"));
            String answer = line(in);
            return answer.startsWith("+PONG") ? new Live(Live.Outcome.UP, "PING answered PONG at " + uri.getHost() + ":" + port)
                    : new Live(Live.Outcome.DOWN, "PING answered " + firstWord(answer));
        } catch (IOException | RuntimeException unreachable) {
            return new Live(Live.Outcome.DOWN, "cannot reach Redis at " + uri.getHost() + ":" + port + " ("
                    + unreachable.getClass().getSimpleName() + ")");
        }
    }

    /** Ollama: {@code GET <base>/api/tags} lists the local models. */
    Live ollama(String baseUrl) {
        return get(trimmed(baseUrl) + "/api/tags", Map.of(), "Ollama", "the model list");
    }

    /** OpenAI: {@code GET <base>/v1/models} with the key as a bearer token. */
    Live openAi(String baseUrl, String apiKey) {
        return get(trimmed(baseUrl) + "/v1/models", Map.of("Authorization", "Bearer " + apiKey), "OpenAI",
                "the model list");
    }

    /** Anthropic: {@code GET <base>/v1/models} with {@code x-api-key} and {@code anthropic-version}. */
    Live anthropic(String baseUrl, String apiKey) {
        return get(trimmed(baseUrl) + "/v1/models", Map.of("x-api-key", apiKey, "anthropic-version", "2023-06-01"),
                "Anthropic", "the model list");
    }

    /** Stripe: {@code GET <base>/v1/account} with the secret key (retrieves the account; changes nothing). */
    Live stripe(String baseUrl, String secretKey) {
        return get(trimmed(baseUrl) + "/v1/account", Map.of("Authorization", "Bearer " + secretKey), "Stripe",
                "the account");
    }

    /** An OpenID provider: its discovery document answers and names an authorization endpoint. */
    Live oidcDiscovery(String issuer, String service) {
        String url = trimmed(issuer) + "/.well-known/openid-configuration";
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET()
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && response.body().contains("\"authorization_endpoint\"")) {
                return new Live(Live.Outcome.UP, service + " discovery document answered");
            }
            return new Live(Live.Outcome.DOWN, service + " discovery answered HTTP " + response.statusCode());
        } catch (IOException | IllegalArgumentException unreachable) {
            return new Live(Live.Outcome.DOWN, "cannot reach " + service + " discovery at " + URI.create(url).getHost()
                    + " (" + unreachable.getClass().getSimpleName() + ")");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Live(Live.Outcome.DOWN, service + " check interrupted");
        }
    }

    /** A GET that changes nothing; 200 is up, anything else down (401/403: the key was refused). */
    private Live get(String url, Map<String, String> headers, String service, String answered) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET()
                .header("Accept", "application/json");
        headers.forEach(request::header);
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status == 200) {
                return new Live(Live.Outcome.UP, service + " answered " + answered);
            }
            return new Live(Live.Outcome.DOWN, service + " answered HTTP " + status
                    + (status == 401 || status == 403 ? " (the key was refused)" : ""));
        } catch (IOException unreachable) {
            return new Live(Live.Outcome.DOWN, "cannot reach " + service + " at " + URI.create(url).getHost() + " ("
                    + unreachable.getClass().getSimpleName() + ")");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Live(Live.Outcome.DOWN, service + " check interrupted");
        }
    }

    private static byte[] command(String... parts) {
        StringBuilder resp = new StringBuilder("*").append(parts.length).append("\r\n");
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            resp.append('$').append(bytes.length).append("\r\n").append(part).append("\r\n");
        }
        return resp.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
            if (line.length() > 512) {
                break;
            }
        }
        return line.toString();
    }

    private static String firstWord(String answer) {
        String trimmed = answer.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    private static String trimmed(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
