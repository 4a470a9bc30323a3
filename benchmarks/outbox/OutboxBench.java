import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Messages per second into one GreenMail: first a plain Angus Mail loop (one connection per message, as the
 * platform's SMTP provider does), then through the platform (POST /api/v1/admin/providers/email/test with CLIENTS
 * concurrent callers → int_outbox → dispatcher → smtp provider). Prints one JSON object.
 * Usage: java -cp ... OutboxBench.java BASE_URL PASSWORD SMTP_PORT COUNT CLIENTS
 */
public class OutboxBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = args[1];
        int port = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer@bench.test", "mailer", "S3cret-Pass"));
        greenMail.start();
        try {
            double plain = plainLoop(port, count, 1);
            double plainParallel = plainLoop(port, count, 4);
            greenMail.purgeEmailFromAllMailboxes();
            double[] platform = throughPlatform(base, password, count, clients, greenMail);
            System.out.printf("{\"messages\": %d, \"plainAngusPerSecond\": %.1f, \"plainAngus4ThreadsPerSecond\": %.1f, "
                    + "\"platformPerSecond\": %.1f, \"platformEnqueuePerSecond\": %.1f, \"ratioToPlainLoop\": %.3f, "
                    + "\"ratioToPlain4Threads\": %.3f, \"apiClients\": %d}%n", count, plain, plainParallel, platform[0],
                    platform[1], platform[0] / plain, platform[0] / plainParallel, clients);
        } finally {
            greenMail.stop();
        }
    }

    /**
     * The baseline: an Angus Mail loop on {@code threads} threads (1: the plain loop; 4: as many as the dispatcher's
     * default parallelism), authenticating on a new connection per message as the platform does.
     */
    static double plainLoop(int port, int count, int threads) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.auth", "true");
        Session session = Session.getInstance(properties);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> sends = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            sends.add(pool.submit(() -> {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("no-reply@doganhub.local", "DoganHub"));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress("customer-" + n + "@example.sa"));
                message.setSubject("اختبار الأداء " + n, "UTF-8");
                message.setText("Benchmark message " + n, "UTF-8");
                Transport.send(message, "mailer", "S3cret-Pass");
                return null;
            }));
        }
        for (Future<?> send : sends) {
            send.get();
        }
        pool.shutdown();
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** @return {delivered per second from the first enqueue to the last delivery, enqueued per second} */
    static double[] throughPlatform(String base, String password, int count, int clients, GreenMail greenMail)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String login = post(http, base + "/api/v1/auth/login", null, "{\"tenant\":\"platform\",\"email\":"
                + "\"operator@doganhub.local\",\"password\":\"" + password + "\"}");
        Matcher token = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(login);
        if (!token.find()) {
            throw new IllegalStateException("login failed: " + login);
        }
        String bearer = token.group(1);
        HttpResponse<String> chain = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/providers/email"))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"chain\":[\"smtp\"]}")).build(), HttpResponse.BodyHandlers.ofString());
        if (chain.statusCode() != 200) {
            throw new IllegalStateException("chain: " + chain.body());
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> sends = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            sends.add(pool.submit(() -> post(http, base + "/api/v1/admin/providers/email/test", bearer,
                    "{\"to\":\"customer-" + n + "@example.sa\",\"subject\":\"اختبار الأداء " + n + "\"}")));
        }
        for (Future<?> send : sends) {
            send.get();
        }
        double enqueueSeconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        while (greenMail.getReceivedMessages().length < count) {
            Thread.sleep(20);
            if ((System.nanoTime() - start) / 1e9 > 600) {
                throw new IllegalStateException("only " + greenMail.getReceivedMessages().length + " delivered in 600 s");
            }
        }
        double totalSeconds = (System.nanoTime() - start) / 1e9;
        return new double[] { count / totalSeconds, count / enqueueSeconds };
    }

    static String post(HttpClient http, String url, String bearer, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
