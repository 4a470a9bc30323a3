import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Invoices per second through the platform's API (sign-in token, JSON, JPA, ledger posting, VAT rows, audit, the
 * outbox email with its PDF) with CLIENTS concurrent callers, against inserting the same finance rows with plain JDBC
 * batches into the same PostgreSQL database in the same run. Prints one JSON object.
 * Usage: java -cp postgresql.jar FinanceBench.java BASE_URL PASSWORD JDBC_URL COUNT CLIENTS
 */
public class FinanceBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = args[1];
        String jdbc = args[2];
        int count = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        String token = field(send(base, null, "POST", "/api/v1/auth/login",
                "{\"tenant\":\"demo\",\"email\":\"owner@demo.local\",\"password\":\"" + password + "\"}"), "accessToken");
        send(base, token, "PUT", "/api/v1/finance/settings", "{\"sellerNameAr\":\"شركة العرض\",\"sellerNameEn\":\"Demo Co\","
                + "\"vatNumber\":\"300000000000003\",\"crNumber\":\"1010010000\",\"buildingNumber\":\"1234\","
                + "\"street\":\"King Fahd Road\",\"district\":\"Al Olaya\",\"city\":\"Riyadh\",\"postalCode\":\"12211\","
                + "\"paymentTermsDays\":30,\"emailInvoices\":true}");
        issueMany(base, token, Math.min(800, count / 2), clients); // warm-up: the JIT compilers alone take a core for the first minute

        long started = System.nanoTime();
        int issued = issueMany(base, token, count, clients);
        double apiSeconds = (System.nanoTime() - started) / 1e9;

        double jdbcSeconds = jdbcBaseline(jdbc, count);

        System.out.printf(java.util.Locale.ROOT, "{\"invoices\": %d, \"clients\": %d, \"apiInvoicesPerSecond\": %.1f, "
                + "\"jdbcInvoicesPerSecond\": %.1f, \"apiToJdbcRatio\": %.4f, \"apiSeconds\": %.2f, \"jdbcSeconds\": %.2f, "
                + "\"requestsPerInvoice\": 2, \"jdbcRowsPerInvoice\": 7}%n", issued, clients, issued / apiSeconds,
                count / jdbcSeconds, (issued / apiSeconds) / (count / jdbcSeconds), apiSeconds, jdbcSeconds);
    }

    /** Draft and issue {@code count} invoices (a standard-rated line and a zero-rated one, customer email set). */
    static int issueMany(String base, String token, int count, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                String draft = send(base, token, "POST", "/api/v1/finance/invoices", "{\"type\":\"SIMPLIFIED\","
                        + "\"customer\":{\"nameEn\":\"Customer " + n + "\",\"email\":\"customer" + n + "@bench.test\"},"
                        + "\"lines\":[{\"description\":\"Service hours\",\"quantity\":\"3\",\"unitPrice\":\"33.335\","
                        + "\"vatCategory\":\"S\"},{\"description\":\"Export freight\",\"quantity\":\"1\",\"unitPrice\":\"250\","
                        + "\"vatCategory\":\"Z\",\"exemptionReasonCode\":\"VATEX-SA-32\"}]}");
                send(base, token, "POST", "/api/v1/finance/invoices/" + field(draft, "id") + "/issue", "{}");
                done.incrementAndGet();
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        return done.get();
    }

    /** The rows one issued invoice leaves in the finance tables, inserted in JDBC batches of 500 invoices. */
    static double jdbcBaseline(String url, int count) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            connection.setAutoCommit(false);
            String tenant = "bench-jdbc-" + UUID.randomUUID().toString().substring(0, 8);
            PreparedStatement invoice = connection.prepareStatement("insert into fin_invoice (id, tenant_id, kind, invoice_type,"
                    + " series, sequence_number, invoice_number, uuid, status, customer_name_en, customer_email, currency,"
                    + " issue_date, due_date, line_extension_amount, tax_amount, tax_inclusive_amount, paid_amount,"
                    + " credited_amount, journal_entry_id, created_at, issued_at) values (?, ?, 'INVOICE', 'SIMPLIFIED', 'INV',"
                    + " ?, ?, ?, 'ISSUED', ?, ?, 'SAR', ?, ?, 350.01, 15.00, 365.01, 0, 0, ?, ?, ?)");
            PreparedStatement line = connection.prepareStatement("insert into fin_invoice_line (id, tenant_id, invoice_id,"
                    + " line_number, description, quantity, unit_price, discount, vat_category, vat_rate, net_amount,"
                    + " vat_amount) values (?, ?, ?, 1, 'Service hours', 3, 33.335, 0, 'S', 15.00, 100.01, 15.00)");
            PreparedStatement entry = connection.prepareStatement("insert into fin_journal_entry (id, tenant_id, entry_number,"
                    + " entry_date, reference, memo, status, source, document_id, created_at, created_by, posted_at, posted_by)"
                    + " values (?, ?, ?, ?, ?, ?, 'POSTED', 'INVOICE', ?, ?, 'bench', ?, 'bench')");
            PreparedStatement journalLine = connection.prepareStatement("insert into fin_journal_line (id, tenant_id, entry_id,"
                    + " line_number, account_code, debit, credit, document_id, entry_date, posted) values (?, ?, ?, ?, ?, ?, ?, ?, ?, true)");
            PreparedStatement tax = connection.prepareStatement("insert into fin_tax_line (id, tenant_id, document_id,"
                    + " direction, document_date, vat_category, vat_rate, taxable_amount, tax_amount)"
                    + " values (?, ?, ?, 'OUTPUT', ?, 'S', 15.00, 100.01, 15.00)");
            long started = System.nanoTime();
            LocalDate today = LocalDate.now();
            Timestamp now = Timestamp.valueOf(LocalDateTime.now());
            for (int i = 1; i <= count; i++) {
                String invoiceId = UUID.randomUUID().toString();
                String entryId = UUID.randomUUID().toString();
                String number = String.format("INV-%06d", i);
                invoice.setString(1, invoiceId);
                invoice.setString(2, tenant);
                invoice.setLong(3, i);
                invoice.setString(4, number);
                invoice.setString(5, UUID.randomUUID().toString());
                invoice.setString(6, "Customer " + i);
                invoice.setString(7, "customer" + i + "@bench.test");
                invoice.setObject(8, today);
                invoice.setObject(9, today.plusDays(30));
                invoice.setString(10, entryId);
                invoice.setTimestamp(11, now);
                invoice.setTimestamp(12, now);
                invoice.addBatch();
                line.setString(1, UUID.randomUUID().toString());
                line.setString(2, tenant);
                line.setString(3, invoiceId);
                line.addBatch();
                entry.setString(1, entryId);
                entry.setString(2, tenant);
                entry.setLong(3, i);
                entry.setObject(4, today);
                entry.setString(5, number);
                entry.setString(6, "Invoice " + number);
                entry.setString(7, invoiceId);
                entry.setTimestamp(8, now);
                entry.setTimestamp(9, now);
                entry.addBatch();
                String[][] lines = {{"1210", "365.01", "0"}, {"4110", "0", "350.01"}, {"2210", "0", "15.00"}};
                for (int l = 0; l < lines.length; l++) {
                    journalLine.setString(1, UUID.randomUUID().toString());
                    journalLine.setString(2, tenant);
                    journalLine.setString(3, entryId);
                    journalLine.setInt(4, l + 1);
                    journalLine.setString(5, lines[l][0]);
                    journalLine.setBigDecimal(6, new java.math.BigDecimal(lines[l][1]));
                    journalLine.setBigDecimal(7, new java.math.BigDecimal(lines[l][2]));
                    journalLine.setString(8, l == 0 ? invoiceId : null);
                    journalLine.setObject(9, today);
                    journalLine.addBatch();
                }
                tax.setString(1, UUID.randomUUID().toString());
                tax.setString(2, tenant);
                tax.setString(3, invoiceId);
                tax.setObject(4, today);
                tax.addBatch();
                if (i % 500 == 0 || i == count) {
                    invoice.executeBatch();
                    line.executeBatch();
                    entry.executeBatch();
                    journalLine.executeBatch();
                    tax.executeBatch();
                    connection.commit();
                }
            }
            return (System.nanoTime() - started) / 1e9;
        }
    }

    static String send(String base, String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }
}
