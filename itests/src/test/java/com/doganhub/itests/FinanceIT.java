package com.doganhub.itests;

import static com.doganhub.itests.Itest.assertProblem;
import static com.doganhub.itests.Itest.waitFor;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The finance module in one boot on PostgreSQL, driven over HTTP as an accountant would: the chart, the journal
 * (balance, numbering under concurrency, immutability, period lock), invoices with ZATCA's rounding, payments,
 * credit notes, vendor bills, budgets, every report in every format, the ledger export checked against hledger,
 * another tenant trying to cross the line, and the module uninstalled and reinstalled at runtime.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class FinanceIT {

    static final String PASSWORD = "Finance-Bootstrap-2026";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STANDARD_CUSTOMER = "{\"nameAr\":\"مؤسسة الأفق\",\"nameEn\":\"Al Ufuq Est.\","
            + "\"vatNumber\":\"310122393500003\",\"email\":\"ap@alufuq.sa\",\"address\":{\"buildingNumber\":\"5678\","
            + "\"street\":\"Prince Sultan St\",\"district\":\"Al Rawdah\",\"city\":\"Jeddah\",\"postalCode\":\"23431\"}}";

    @Inject
    private BundleContext context;

    @Inject
    private FeaturesService features;

    private final Http http = new Http(Itest.HTTP_PORT);

    @Configuration
    public Option[] configuration() {
        String mail = new File("target/exam-mail/" + java.util.UUID.randomUUID()).getAbsolutePath();
        return Itest.distribution(TestPostgres.createDatabase("doganhub_finance_it"),
                systemProperty("doganhub.itest.mail").value(mail),
                editConfigurationFilePut("etc/com.doganhub.email.local.cfg", "directory", mail),
                editConfigurationFilePut("etc/com.doganhub.identity.cfg", "bootstrap.password", PASSWORD),
                editConfigurationFilePut("etc/com.doganhub.identity.cfg", "login.max.failures.per.address", "50"),
                editConfigurationFilePut("etc/com.doganhub.finance.cfg", "publicUrl", "https://erp.doganhub.test"));
    }

    @Test
    public void t1_theBooksOpenWithTheSaudiChartAndTheChartKeepsItsHistory() throws Exception {
        Http owner = owner();
        JsonNode tree = owner.get("/api/v1/finance/accounts").json();
        assertEquals("five classes at the root", 6, tree.size());
        JsonNode flat = owner.get("/api/v1/finance/accounts?flat=true").json();
        Map<String, JsonNode> byCode = new HashMap<>();
        flat.forEach(account -> byCode.put(account.get("code").asText(), account));
        for (String code : List.of("1110", "1120", "1210", "1310", "1410", "2110", "2210", "2310", "3110", "4110", "5110", "6120")) {
            assertTrue("template account " + code, byCode.containsKey(code));
        }
        assertEquals("VAT_OUTPUT", byCode.get("2210").get("postingRole").asText());
        assertEquals("CREDIT", byCode.get("2210").get("normalBalance").asText());
        assertEquals("مخصص الزكاة", byCode.get("2310").get("nameAr").asText());

        Http.Answer created = owner.postJson("/api/v1/finance/accounts", "{\"code\":\"6190\",\"nameAr\":\"مصروفات سفر\","
                + "\"nameEn\":\"Travel\",\"type\":\"EXPENSE\",\"parentCode\":\"6\"}");
        assertEquals(created.toString(), 201, created.status());
        assertProblem(owner.postJson("/api/v1/finance/accounts", "{\"code\":\"6190\",\"nameAr\":\"س\",\"nameEn\":\"T\","
                + "\"type\":\"EXPENSE\"}"), 409, "finance.account-exists");
        assertProblem(owner.postJson("/api/v1/finance/accounts", "{\"code\":\"6191\",\"nameAr\":\"س\",\"nameEn\":\"T\","
                + "\"type\":\"EXPENSE\",\"parentCode\":\"4\"}"), 422, "validation-failed");
        // an account with a posting can be deactivated, never deleted
        String entry = draft(owner, "2026-02-10", line("6190", "120.00", null), line("1110", null, "120.00"));
        assertEquals(200, owner.postJson("/api/v1/finance/journal-entries/" + entry + "/post", "{}").status());
        assertProblem(owner.delete("/api/v1/finance/accounts/6190"), 409, "finance.account-has-postings");
        assertEquals(200, owner.putJson("/api/v1/finance/accounts/6190", "{\"nameAr\":\"مصروفات سفر\",\"nameEn\":\"Travel\","
                + "\"parentCode\":\"6\",\"active\":false}").status());
        Http.Answer inactive = owner.postJson("/api/v1/finance/journal-entries", entryJson("2026-02-11",
                line("6190", "5.00", null), line("1110", null, "5.00")));
        assertProblem(inactive, 422, "validation-failed");
        assertEquals("journal.inactive-account", inactive.json().get("errors").get(0).get("code").asText());
        Http.Answer group = owner.postJson("/api/v1/finance/journal-entries", entryJson("2026-02-11",
                line("11", "5.00", null), line("1110", null, "5.00")));
        assertEquals("journal.group-account", group.json().get("errors").get(0).get("code").asText());
        assertEquals(201, owner.postJson("/api/v1/finance/accounts", "{\"code\":\"6195\",\"nameAr\":\"مؤقت\","
                + "\"nameEn\":\"Temporary\",\"type\":\"EXPENSE\",\"parentCode\":\"6\"}").status());
        assertEquals(204, owner.delete("/api/v1/finance/accounts/6195").status());
        assertProblem(owner.postJson("/api/v1/finance/accounts", "{\"code\":\"1211\",\"nameAr\":\"س\",\"nameEn\":\"T\","
                + "\"type\":\"ASSET\",\"parentCode\":\"1210\"}"), 422, "validation-failed");
        Http.Answer loop = owner.putJson("/api/v1/finance/accounts/6", "{\"nameAr\":\"المصروفات\",\"nameEn\":\"Expenses\","
                + "\"parentCode\":\"6190\"}");
        assertProblem(loop, 422, "validation-failed");
    }

    @Test
    public void t2_postingChecksBalanceAccountsAndPeriodsAndNumbersWithoutGaps() throws Exception {
        Http owner = owner();
        Http.Answer unbalanced = owner.postJson("/api/v1/finance/journal-entries/" + draft(owner, "2026-03-01",
                line("6120", "1000.00", null), line("1120", null, "999.99")) + "/post", "{}");
        assertProblem(unbalanced, 422, "validation-failed");
        JsonNode error = unbalanced.json().get("errors").get(0);
        assertEquals("journal.unbalanced", error.get("code").asText());
        assertTrue("the difference is named: " + unbalanced.body(), unbalanced.body().contains("0.01"));

        Http.Answer unknown = owner.postJson("/api/v1/finance/journal-entries", entryJson("2026-03-01",
                line("6120", "10.00", null), line("9999", null, "10.00")));
        assertProblem(unknown, 422, "validation-failed");
        assertEquals("lines[1].accountCode", unknown.json().get("errors").get(0).get("field").asText());
        assertTrue(unknown.body().contains("9999"));
        assertEquals("both sides on one line", "journal.one-side", owner.postJson("/api/v1/finance/journal-entries",
                entryJson("2026-03-01", line("6120", "10.00", "10.00"), line("1110", null, "10.00"))).json()
                .get("errors").get(0).get("code").asText());
        assertProblem(owner.postJson("/api/v1/finance/journal-entries", "{\"lines\":[{\"accountCode\":\"6120\","
                + "\"debit\":\"1.005\"},{\"accountCode\":\"1110\",\"credit\":\"1.005\"}]}"), 422, "validation-failed");

        // immutability: every write path on a posted entry is refused
        String posted = draft(owner, "2026-03-02", line("6120", "5000.00", null), line("1120", null, "5000.00"));
        JsonNode entry = owner.postJson("/api/v1/finance/journal-entries/" + posted + "/post", "{}").json();
        assertEquals("POSTED", entry.get("status").asText());
        assertProblem(owner.postJson("/api/v1/finance/journal-entries/" + posted + "/post", "{}"), 409,
                "journal.posted-immutable");
        assertProblem(owner.putJson("/api/v1/finance/journal-entries/" + posted, entryJson("2026-03-02",
                line("6120", "1.00", null), line("1120", null, "1.00"))), 409, "journal.posted-immutable");
        assertProblem(owner.delete("/api/v1/finance/journal-entries/" + posted), 409, "journal.posted-immutable");
        Http.Answer reversal = owner.postJson("/api/v1/finance/journal-entries/" + posted + "/reverse",
                "{\"date\":\"2026-03-03\",\"memo\":\"wrong month\"}");
        assertEquals(reversal.toString(), 201, reversal.status());
        assertEquals("REVERSAL", reversal.json().get("source").asText());
        assertEquals("5000.00", reversal.json().get("lines").get(0).get("credit").asText());
        assertEquals(entry.get("number").asLong() + 1, reversal.json().get("number").asLong());
        assertProblem(owner.postJson("/api/v1/finance/journal-entries/" + posted + "/reverse", "{}"), 409,
                "journal.already-reversed");
        assertProblem(owner.send("POST", "/api/v1/finance/journal-entries/" + posted + "/reverse", null, null), 400,
                "missing-body");

        // the locked period
        JsonNode settings = owner.get("/api/v1/finance/settings").json();
        ((com.fasterxml.jackson.databind.node.ObjectNode) settings).put("lockedThrough", "2025-12-31");
        assertEquals(200, owner.putJson("/api/v1/finance/settings", settings.toString()).status());
        Http.Answer locked = owner.postJson("/api/v1/finance/journal-entries/" + draft(owner, "2025-12-20",
                line("6120", "10.00", null), line("1110", null, "10.00")) + "/post", "{}");
        assertProblem(locked, 409, "journal.period-locked");

        // 30 drafts posted at once: 30 distinct consecutive numbers
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            drafts.add(draft(owner, "2026-04-0" + (1 + i % 9), line("6130", "10.00", null), line("1110", null, "10.00")));
        }
        List<Long> numbers = parallel(drafts, id -> {
            Http.Answer answer = owner.postJson("/api/v1/finance/journal-entries/" + id + "/post", "{}");
            assertEquals(answer.toString(), 200, answer.status());
            return answer.json().get("number").asLong();
        });
        assertConsecutive(numbers);

        // the same 10 drafts posted twice each, all at once: each is posted once, the second attempt is refused
        List<String> twice = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String id = draft(owner, "2026-04-15", line("6130", "1.00", null), line("1110", null, "1.00"));
            twice.add(id);
            twice.add(id);
        }
        List<Integer> statuses = parallel(twice, id -> owner.postJson("/api/v1/finance/journal-entries/" + id + "/post",
                "{}").status());
        assertEquals(statuses.toString(), 10, statuses.stream().filter(status -> status == 200).count());
        assertEquals(statuses.toString(), 10, statuses.stream().filter(status -> status == 409).count());
        List<Long> after = new ArrayList<>();
        for (String id : new java.util.LinkedHashSet<>(twice)) {
            after.add(owner.get("/api/v1/finance/journal-entries/" + id).json().get("number").asLong());
        }
        assertConsecutive(after);
        assertEquals("the next number follows without a gap", (long) java.util.Collections.max(after) + 1,
                owner.postJson("/api/v1/finance/journal-entries/" + draft(owner, "2026-04-16", line("6130", "1.00", null),
                        line("1110", null, "1.00")) + "/post", "{}").json().get("number").asLong());
    }

    @Test
    public void t3_invoicesFollowZatcaRoundingAndIssuePostAndMailInOneTransaction() throws Exception {
        Http owner = owner();
        String body = "{\"type\":\"STANDARD\",\"customer\":" + STANDARD_CUSTOMER + ",\"supplyDate\":\"2026-05-01\","
                + "\"issueDate\":\"2026-05-02\",\"lines\":["
                + "{\"description\":\"استشارات تقنية\",\"quantity\":\"3\",\"unitPrice\":\"33.335\",\"vatCategory\":\"S\"},"
                + "{\"description\":\"Export freight\",\"quantity\":\"1\",\"unitPrice\":\"200\",\"vatCategory\":\"Z\",\"exemptionReasonCode\":\"VATEX-SA-32\"},"
                + "{\"description\":\"Financial service\",\"quantity\":\"2\",\"unitPrice\":\"49.995\",\"vatCategory\":\"E\",\"exemptionReasonCode\":\"VATEX-SA-29\"},"
                + "{\"description\":\"Free sample\",\"quantity\":\"1\",\"unitPrice\":\"80\",\"discount\":\"80\",\"vatCategory\":\"S\"},"
                + "{\"description\":\"Three dimes\",\"quantity\":\"3\",\"unitPrice\":\"0.10\",\"vatCategory\":\"S\"}]}";
        Http.Answer drafted = owner.postJson("/api/v1/finance/invoices", body);
        assertEquals(drafted.toString(), 201, drafted.status());
        JsonNode invoice = drafted.json();
        // S: 100.01 (3 × 33.335 half-up) + 0.00 + 0.30 = 100.31 → VAT round2(15.0465) = 15.05; Z 200.00; E 99.99
        assertEquals("400.30", invoice.get("totals").get("lineExtensionAmount").asText());
        assertEquals("15.05", invoice.get("totals").get("taxAmount").asText());
        assertEquals("415.35", invoice.get("totals").get("taxInclusiveAmount").asText());
        assertEquals("100.01", invoice.get("lines").get(0).get("netAmount").asText());
        assertEquals("Export of goods", invoice.get("lines").get(1).get("exemptionReason").asText());
        assertEquals(3, invoice.get("taxSubtotals").size());
        assertEquals("DRAFT", invoice.get("status").asText());

        Http.Answer bad = owner.postJson("/api/v1/finance/invoices", "{\"type\":\"SIMPLIFIED\",\"lines\":["
                + "{\"description\":\"Return\",\"quantity\":\"-1\",\"unitPrice\":\"10\",\"vatCategory\":\"S\"},"
                + "{\"description\":\"Zero\",\"quantity\":\"1\",\"unitPrice\":\"10\",\"vatCategory\":\"Z\"}]}");
        assertProblem(bad, 422, "validation-failed");
        assertEquals("lines[0].quantity", bad.json().get("errors").get(0).get("field").asText());
        assertEquals("invoice.negative-quantity", bad.json().get("errors").get(0).get("code").asText());
        assertEquals("lines[1].exemptionReasonCode", bad.json().get("errors").get(1).get("field").asText());
        assertTrue("the message is in the caller's language", owner.withHeader("Accept-Language", "ar")
                .postJson("/api/v1/finance/invoices", "{\"type\":\"SIMPLIFIED\",\"lines\":[{\"description\":\"x\","
                        + "\"quantity\":\"-1\",\"unitPrice\":\"1\",\"vatCategory\":\"S\"}]}").body().contains("إشعاراً دائناً"));

        String id = invoice.get("id").asText();
        Http.Answer noSeller = owner.send("POST", "/api/v1/finance/invoices/" + id + "/issue", null, null);
        assertProblem(noSeller, 422, "validation-failed");
        assertTrue(noSeller.body().contains("settings.vatNumber"));
        JsonNode settings = owner.get("/api/v1/finance/settings").json();
        com.fasterxml.jackson.databind.node.ObjectNode seller = (com.fasterxml.jackson.databind.node.ObjectNode) settings;
        seller.put("sellerNameAr", "شركة العرض للتجارة").put("sellerNameEn", "Demo Trading Co.").put("vatNumber", "300000000000003")
                .put("crNumber", "1010010000").put("buildingNumber", "1234").put("street", "King Fahd Road")
                .put("district", "Al Olaya").put("city", "Riyadh").put("postalCode", "12211").put("paymentTermsDays", 30)
                .put("emailInvoices", true);
        assertEquals(200, owner.putJson("/api/v1/finance/settings", seller.toString()).status());

        JsonNode issued = owner.send("POST", "/api/v1/finance/invoices/" + id + "/issue", null, null).json();
        assertEquals(issued.toString(), "ISSUED", issued.get("status").asText());
        assertTrue(issued.get("number").asText().matches("INV-\\d{6}"));
        assertEquals("2026-06-01", issued.get("dueDate").asText());
        JsonNode posting = owner.get("/api/v1/finance/journal-entries/" + issued.get("journalEntryId").asText()).json();
        assertEquals("INVOICE", posting.get("source").asText());
        assertEquals("415.35", posting.get("totalDebit").asText());
        assertEquals("415.35", posting.get("totalCredit").asText());
        assertProblem(owner.send("POST", "/api/v1/finance/invoices/" + id + "/issue", null, null), 409, "invoice.not-draft");
        assertProblem(owner.putJson("/api/v1/finance/invoices/" + id, body), 409, "invoice.not-draft");
        assertProblem(owner.postJson("/api/v1/finance/journal-entries/" + issued.get("journalEntryId").asText() + "/reverse",
                "{}"), 409, "journal.document-entry");

        String mail = Itest.lastMailTo("demo", "ap@alufuq.sa", 30);
        assertTrue(mail, mail.contains("filename=" + issued.get("number").asText() + ".pdf")
                || mail.contains("filename=\"" + issued.get("number").asText() + ".pdf\""));
        assertTrue(mail, mail.contains("https://erp.doganhub.test/finance/invoices/" + id));

        Http.Answer pdf = owner.get("/api/v1/finance/invoices/" + id + "/pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.header("Content-Type").startsWith("application/pdf"));
        assertTrue(pdf.body().startsWith("%PDF-"));

        // payments: partial, too much, the rest
        Http.Answer partial = owner.postJson("/api/v1/finance/invoices/" + id + "/payments",
                "{\"date\":\"2026-05-10\",\"amount\":\"115.35\",\"method\":\"BANK\",\"reference\":\"TRX-1\"}");
        assertEquals(partial.toString(), 201, partial.status());
        assertEquals("PARTIALLY_PAID", partial.json().get("status").asText());
        assertEquals("300.00", partial.json().get("outstandingAmount").asText());
        Http.Answer tooMuch = owner.postJson("/api/v1/finance/invoices/" + id + "/payments",
                "{\"date\":\"2026-05-11\",\"amount\":\"300.01\"}");
        assertProblem(tooMuch, 422, "validation-failed");
        assertEquals("invoice.payment-exceeds", tooMuch.json().get("errors").get(0).get("code").asText());

        // a credit note: category by category, never more than was charged
        Http.Answer overCredit = owner.postJson("/api/v1/finance/invoices/" + id + "/credit-notes",
                "{\"reason\":\"Returned\",\"issueDate\":\"2026-05-12\",\"lines\":[{\"description\":\"x\",\"quantity\":\"1\","
                        + "\"unitPrice\":\"200.01\",\"vatCategory\":\"Z\",\"exemptionReasonCode\":\"VATEX-SA-32\"}]}");
        assertProblem(overCredit, 422, "validation-failed");
        assertEquals("invoice.credit-exceeds", overCredit.json().get("errors").get(0).get("code").asText());
        Http.Answer credit = owner.postJson("/api/v1/finance/invoices/" + id + "/credit-notes",
                "{\"reason\":\"Consulting hours not delivered\",\"issueDate\":\"2026-05-12\",\"lines\":[{\"description\":"
                        + "\"استشارات تقنية\",\"quantity\":\"1\",\"unitPrice\":\"33.335\",\"vatCategory\":\"S\"}]}");
        assertEquals(credit.toString(), 201, credit.status());
        JsonNode note = credit.json();
        assertEquals("CREDIT_NOTE", note.get("kind").asText());
        assertTrue(note.get("number").asText().startsWith("CRN-"));
        assertEquals("38.34", note.get("totals").get("taxInclusiveAmount").asText()); // 33.34 + 5.00
        assertEquals(id, note.get("originalInvoiceId").asText());
        JsonNode after = owner.get("/api/v1/finance/invoices/" + id).json();
        assertEquals("38.34", after.get("creditedAmount").asText());
        assertEquals("261.66", after.get("outstandingAmount").asText());
        assertEquals(1, after.get("creditNotes").size());
        JsonNode paid = owner.postJson("/api/v1/finance/invoices/" + id + "/payments",
                "{\"date\":\"2026-05-20\",\"amount\":\"261.66\",\"method\":\"CASH\"}").json();
        assertEquals("PAID", paid.get("status").asText());
        assertEquals("0.00", paid.get("outstandingAmount").asText());
        assertProblem(owner.postJson("/api/v1/finance/invoices/" + id + "/payments", "{\"amount\":\"1.00\"}"), 409,
                "invoice.not-payable");
        Http.Answer notePdf = owner.get("/api/v1/finance/invoices/" + note.get("id").asText() + "/pdf");
        assertEquals(200, notePdf.status());

        // the seller is printed as issued, whatever the settings say later
        seller.put("vatNumber", "311111111100003");
        assertEquals(200, owner.putJson("/api/v1/finance/settings", seller.toString()).status());
        assertEquals("300000000000003", owner.get("/api/v1/finance/invoices/" + id).json().get("seller").get("vatNumber").asText());
        seller.put("vatNumber", "300000000000003");
        assertEquals(200, owner.putJson("/api/v1/finance/settings", seller.toString()).status());

        assertProblem(owner.postJson("/api/v1/finance/invoices", "{\"type\":\"SIMPLIFIED\",\"series\":\"CRN\","
                + "\"lines\":[{\"description\":\"x\",\"quantity\":\"1\",\"unitPrice\":\"1\",\"vatCategory\":\"S\"}]}"),
                422, "validation-failed");

        // three dimes carry 0.05 VAT in all; crediting them one by one must not return 0.06
        String dimes = owner.postJson("/api/v1/finance/invoices", "{\"type\":\"SIMPLIFIED\",\"issueDate\":\"2026-05-04\","
                + "\"lines\":[{\"description\":\"Dime\",\"quantity\":\"3\",\"unitPrice\":\"0.10\",\"vatCategory\":\"S\"}]}")
                .json().get("id").asText();
        assertEquals("0.05", owner.send("POST", "/api/v1/finance/invoices/" + dimes + "/issue", null, null).json()
                .get("totals").get("taxAmount").asText());
        String oneDime = "{\"reason\":\"Returned\",\"issueDate\":\"2026-05-05\",\"lines\":[{\"description\":\"Dime\","
                + "\"quantity\":\"1\",\"unitPrice\":\"0.10\",\"vatCategory\":\"S\"}]}";
        assertEquals(201, owner.postJson("/api/v1/finance/invoices/" + dimes + "/credit-notes", oneDime).status());
        assertEquals(201, owner.postJson("/api/v1/finance/invoices/" + dimes + "/credit-notes", oneDime).status());
        Http.Answer thirdDime = owner.postJson("/api/v1/finance/invoices/" + dimes + "/credit-notes", oneDime);
        assertProblem(thirdDime, 422, "validation-failed");
        assertEquals("invoice.credit-exceeds", thirdDime.json().get("errors").get(0).get("code").asText());

        // a void draft keeps no number
        String voided = owner.postJson("/api/v1/finance/invoices", simplified("2026-05-03", "10")).json().get("id").asText();
        assertEquals("VOID", owner.postJson("/api/v1/finance/invoices/" + voided + "/void", "{}").json().get("status").asText());
    }

    @Test
    public void t4_fiftyInvoicesIssuedAtOnceGetFiftyConsecutiveNumbers() throws Exception {
        Http owner = owner();
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            drafts.add(owner.postJson("/api/v1/finance/invoices", simplified("2026-06-" + (10 + i % 18), "11.50"))
                    .json().get("id").asText());
        }
        List<Long> numbers = parallel(drafts, id -> {
            Http.Answer answer = owner.send("POST", "/api/v1/finance/invoices/" + id + "/issue", null, null);
            assertEquals(answer.toString(), 200, answer.status());
            return Long.parseLong(answer.json().get("number").asText().substring(4));
        });
        assertConsecutive(numbers);
    }

    @Test
    public void t5_billsBudgetsAndEveryReportAddUpAndHledgerAgrees() throws Exception {
        Http owner = owner();
        Http.Answer bill = owner.postJson("/api/v1/finance/bills", "{\"supplierName\":\"Office Supplies Co\","
                + "\"supplierVatNumber\":\"300000000000003\",\"supplierReference\":\"OS-77\",\"billDate\":\"2026-05-15\","
                + "\"lines\":[{\"description\":\"Paper\",\"accountCode\":\"6180\",\"quantity\":\"10\",\"unitPrice\":\"20\","
                + "\"vatCategory\":\"S\"},{\"description\":\"Rent May\",\"accountCode\":\"6120\",\"quantity\":\"1\","
                + "\"unitPrice\":\"5500\",\"vatCategory\":\"E\"}]}");
        assertEquals(bill.toString(), 201, bill.status());
        assertEquals("30.00", bill.json().get("taxAmount").asText());
        JsonNode postedBill = owner.postJson("/api/v1/finance/bills/" + bill.json().get("id").asText() + "/post", "{}").json();
        assertEquals("POSTED", postedBill.get("status").asText());
        assertProblem(owner.postJson("/api/v1/finance/bills", "{\"supplierName\":\"X\",\"billDate\":\"2026-05-15\","
                + "\"lines\":[{\"description\":\"Oops\",\"accountCode\":\"4110\",\"quantity\":\"1\",\"unitPrice\":\"1\","
                + "\"vatCategory\":\"S\"}]}"), 422, "validation-failed");

        assertProblem(owner.postJson("/api/v1/finance/bills", "{\"supplierName\":\"X\",\"billDate\":\"2026-05-15\","
                + "\"lines\":[{\"description\":\"Oops\",\"accountCode\":\"6180\",\"quantity\":\"1\",\"unitPrice\":\"10\","
                + "\"discount\":\"50\",\"vatCategory\":\"S\"}]}"), 422, "validation-failed");
        JsonNode vat = owner.get("/api/v1/finance/reports/vat-return?from=2026-05-01&to=2026-05-31").json();
        // output: 15.05 on the May invoice less 5.00 credited, 0.05 on the dimes less 2 × 0.02; input: 30.00 on the bill
        assertEquals(vat.toString(), "-19.94", vat.get("totals").get("vat").asText());
        assertTrue(vat.toString().contains("\"direction\":\"INPUT\""));

        assertEquals(201, owner.postJson("/api/v1/finance/budgets", "{\"accountCode\":\"6120\",\"period\":\"2026-05\","
                + "\"amount\":\"5000.00\"}").status());
        assertEquals("the same period again replaces", 200, owner.postJson("/api/v1/finance/budgets",
                "{\"accountCode\":\"6120\",\"period\":\"2026-05\",\"amount\":\"5000.00\"}").status());
        assertProblem(owner.postJson("/api/v1/finance/budgets", "{\"accountCode\":\"6120\",\"period\":\"2026-13\","
                + "\"amount\":\"1\"}"), 422, "validation-failed");
        JsonNode variance = owner.get("/api/v1/finance/reports/budget-variance?from=2026-01-01&to=2026-12-31").json();
        assertEquals(variance.toString(), "5500.00", variance.get("rows").get(0).get("actual").asText());
        assertEquals("500.00", variance.get("rows").get(0).get("variance").asText());
        assertEquals("10.00", variance.get("rows").get(0).get("variancePercent").asText());

        // random balanced entries (seeded: a failure repeats), then three oracles must agree
        Random random = new Random(20261127L);
        List<String> postable = List.of("1110", "1120", "1410", "1510", "2410", "3110", "4120", "4210", "5110", "6110",
                "6140", "6150", "6170");
        for (int i = 0; i < 40; i++) {
            int debitLines = 1 + random.nextInt(3);
            List<String> lines = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int d = 0; d < debitLines; d++) {
                BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(5_000_000), 2);
                total = total.add(amount);
                lines.add(line(postable.get(random.nextInt(postable.size())), amount.toPlainString(), null));
            }
            BigDecimal first = total.multiply(BigDecimal.valueOf(random.nextInt(100))).divide(BigDecimal.valueOf(100), 2,
                    java.math.RoundingMode.DOWN);
            if (first.signum() > 0) {
                lines.add(line(postable.get(random.nextInt(postable.size())), null, first.toPlainString()));
            }
            lines.add(line(postable.get(random.nextInt(postable.size())), null, total.subtract(first).toPlainString()));
            String id = draft(owner, "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10),
                    lines.toArray(new String[0]));
            assertEquals(200, owner.postJson("/api/v1/finance/journal-entries/" + id + "/post", "{}").status());
        }

        JsonNode trial = owner.get("/api/v1/finance/reports/trial-balance?from=2000-01-01&to=2030-12-31").json();
        JsonNode totals = trial.get("totals");
        assertEquals(trial.toString(), new BigDecimal(totals.get("debit").asText()), new BigDecimal(totals.get("credit").asText()));
        assertEquals(new BigDecimal(totals.get("closingDebit").asText()), new BigDecimal(totals.get("closingCredit").asText()));
        Map<String, BigDecimal> ours = new HashMap<>();
        trial.get("rows").forEach(row -> ours.put(row.get("code").asText(), new BigDecimal(row.get("closingDebit").asText())
                .subtract(new BigDecimal(row.get("closingCredit").asText()))));
        ours.values().removeIf(value -> value.signum() == 0);

        Http.Answer export = owner.get("/api/v1/finance/export/journal?format=ledger");
        assertEquals(200, export.status());
        Path journal = Files.createTempFile("doganhub-journal", ".ledger");
        Files.writeString(journal, export.body(), StandardCharsets.UTF_8);
        Map<String, BigDecimal> hledger = hledgerBalances(journal);
        assertEquals("hledger computes the same balance for every account", ours, hledger);

        JsonNode sheet = owner.get("/api/v1/finance/reports/balance-sheet?to=2030-12-31").json();
        BigDecimal assets = BigDecimal.ZERO;
        for (JsonNode row : sheet.get("rows")) {
            if ("Total assets".equals(row.path("nameEn").asText())) {
                assets = new BigDecimal(row.get("amount").asText());
            }
        }
        assertEquals(sheet.toString(), assets, new BigDecimal(sheet.get("totals").get("amount").asText()));
        JsonNode profit = owner.get("/api/v1/finance/reports/profit-and-loss?from=2000-01-01&to=2030-12-31").json();
        assertNotNull(profit.get("totals").get("amount"));
        JsonNode aged = owner.get("/api/v1/finance/reports/aged-receivables?to=2026-11-27").json();
        assertEquals("the 50 simplified invoices and the dimes are open, the paid one is not", 51, aged.get("rows").size());
        assertEquals("661.61", aged.get("totals").get("balance").asText()); // 50 × (11.50 + 1.73 VAT) + 0.35 − 2 × 0.12
        JsonNode ledger = owner.get("/api/v1/finance/reports/general-ledger?from=2026-01-01&to=2026-12-31&account=1110").json();
        assertTrue(ledger.get("rows").size() > 1);

        Http.Answer csv = owner.get("/api/v1/finance/reports/trial-balance?format=csv&lang=ar");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\uFEFFرمز الحساب,"));
        Http.Answer xlsx = owner.get("/api/v1/finance/reports/vat-return?format=xlsx&lang=en");
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.body().startsWith("PK"));
        assertProblem(owner.get("/api/v1/finance/reports/trial-balance?format=pdf"), 422, "validation-failed");
        assertProblem(owner.get("/api/v1/finance/reports/trial-balance?from=2026-13-01"), 422, "validation-failed");
        assertProblem(owner.get("/api/v1/finance/reports/no-such-report"), 404, "not-found");
    }

    @Test
    public void t6_anotherTenantSeesNoneOfItAndAViewerCannotWrite() throws Exception {
        Http owner = owner();
        String invoice = owner.get("/api/v1/finance/invoices?kind=invoice&limit=1").json().get("items").get(0).get("id").asText();
        String entry = owner.get("/api/v1/finance/journal-entries?limit=1").json().get("items").get(0).get("id").asText();
        Http operator = login("platform", "operator@doganhub.local", PASSWORD);
        Http.Answer tenant = operator.postJson("/api/v1/platform/tenants", "{\"slug\":\"alnoor\",\"nameAr\":\"النور\","
                + "\"nameEn\":\"Al Noor\",\"vatNumber\":\"310122393500003\",\"crNumber\":\"1010101010\",\"locale\":\"en\","
                + "\"address\":{\"buildingNumber\":\"8228\",\"street\":\"Al Urubah Rd\",\"district\":\"Al Wurud\","
                + "\"city\":\"Riyadh\",\"postalCode\":\"12643\"},\"owner\":{\"email\":\"owner@alnoor.sa\",\"name\":\"Noura\","
                + "\"password\":\"Alnoor-Owner-Pass-2026\"}}");
        assertEquals(tenant.toString(), 201, tenant.status());
        Http other = login("alnoor", "owner@alnoor.sa", "Alnoor-Owner-Pass-2026");
        assertProblem(other.get("/api/v1/finance/invoices/" + invoice), 404, "not-found");
        assertProblem(other.get("/api/v1/finance/invoices/" + invoice + "/pdf"), 404, "not-found");
        assertProblem(other.postJson("/api/v1/finance/invoices/" + invoice + "/payments", "{\"amount\":\"1.00\"}"), 404, "not-found");
        assertProblem(other.postJson("/api/v1/finance/invoices/" + invoice + "/credit-notes", "{\"reason\":\"x\"}"), 404, "not-found");
        assertProblem(other.get("/api/v1/finance/journal-entries/" + entry), 404, "not-found");
        assertProblem(other.postJson("/api/v1/finance/journal-entries/" + entry + "/reverse", "{}"), 404, "not-found");
        assertEquals(0, other.get("/api/v1/finance/invoices").json().get("items").size());
        assertEquals(0, other.get("/api/v1/finance/journal-entries").json().get("items").size());
        assertEquals(0, other.get("/api/v1/finance/reports/trial-balance?from=2000-01-01&to=2030-12-31").json().get("rows").size());
        assertFalse(other.get("/api/v1/finance/export/journal").body().contains("INV-"));
        assertTrue("its own books open with its own chart", other.get("/api/v1/finance/accounts?flat=true").json().size() > 30);
        assertEquals("and its own numbering", "INV-000001", issueSimplified(other));

        assertEquals(201, owner.postJson("/api/v1/users", "{\"email\":\"viewer@demo.local\",\"name\":\"Viewer\","
                + "\"password\":\"Viewer-Pass-2026\",\"roles\":[\"viewer\"],\"locale\":\"en\"}").status());
        Http viewer = login("demo", "viewer@demo.local", "Viewer-Pass-2026");
        assertEquals(200, viewer.get("/api/v1/finance/invoices").status());
        assertProblem(viewer.postJson("/api/v1/finance/invoices", simplified("2026-07-01", "1")), 403, "forbidden");
        assertProblem(viewer.postJson("/api/v1/finance/journal-entries/" + entry + "/reverse", "{}"), 403, "forbidden");
        assertProblem(http.get("/api/v1/finance/invoices"), 401, "authentication.required");
    }

    @Test
    public void t7_theModuleUninstallsAndReinstallsAtRuntimeKeepingItsBooks() throws Exception {
        Http owner = owner();
        int invoices = owner.get("/api/v1/finance/invoices?limit=100").json().get("items").size();
        JsonNode navigation = owner.get("/api/v1/me").json();
        assertTrue(navigation.toString(), navigation.toString().contains("finance.invoices.issue"));

        features.uninstallFeature("doganhub-finance", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        waitFor("the finance endpoints to go", () -> owner.get("/api/v1/finance/invoices").status() == 404, 60);
        assertEquals("the rest of the platform keeps serving", 200, owner.get("/api/v1/me").status());
        assertFalse(owner.get("/api/v1/me").body().contains("finance.invoices.issue"));

        features.installFeature("doganhub-finance", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        waitFor("the finance endpoints to return", () -> owner.get("/api/v1/finance/invoices").status() == 200, 90);
        assertEquals("the books are as they were", invoices,
                owner.get("/api/v1/finance/invoices?limit=100").json().get("items").size());
        assertTrue(issueSimplified(owner).startsWith("INV-"));
    }

    // ---------------------------------------------------------------------------------------------------------

    private String issueSimplified(Http client) throws Exception {
        Http.Answer draft = client.postJson("/api/v1/finance/invoices", simplified("2026-07-01", "100"));
        assertEquals(draft.toString(), 201, draft.status());
        JsonNode settings = client.get("/api/v1/finance/settings").json();
        if (settings.get("vatNumber").isNull()) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) settings).put("sellerNameEn", "Seller").put("vatNumber",
                    "399999999900003").put("buildingNumber", "1111").put("street", "Main").put("district", "Center")
                    .put("city", "Riyadh").put("postalCode", "11111").put("paymentTermsDays", 15);
            assertEquals(200, client.putJson("/api/v1/finance/settings", settings.toString()).status());
        }
        Http.Answer issued = client.send("POST", "/api/v1/finance/invoices/" + draft.json().get("id").asText() + "/issue", null, null);
        assertEquals(issued.toString(), 200, issued.status());
        return issued.json().get("number").asText();
    }

    private static String simplified(String date, String price) {
        return "{\"type\":\"SIMPLIFIED\",\"issueDate\":\"" + date + "\",\"lines\":[{\"description\":\"Coffee\","
                + "\"quantity\":\"1\",\"unitPrice\":\"" + price + "\",\"vatCategory\":\"S\"}]}";
    }

    private static String line(String account, String debit, String credit) {
        return "{\"accountCode\":\"" + account + "\"" + (debit == null ? "" : ",\"debit\":\"" + debit + "\"")
                + (credit == null ? "" : ",\"credit\":\"" + credit + "\"") + "}";
    }

    private static String entryJson(String date, String... lines) {
        return "{\"date\":\"" + date + "\",\"reference\":\"IT\",\"memo\":\"itest\",\"lines\":[" + String.join(",", lines) + "]}";
    }

    private static String draft(Http client, String date, String... lines) throws Exception {
        Http.Answer answer = client.postJson("/api/v1/finance/journal-entries", entryJson(date, lines));
        assertEquals(answer.toString(), 201, answer.status());
        return answer.json().get("id").asText();
    }

    /** hledger's own balance per account code, from our export; hledger refuses an unbalanced file. */
    private static Map<String, BigDecimal> hledgerBalances(Path journal) throws Exception {
        Process process = new ProcessBuilder("hledger", "-f", journal.toString(), "bal", "--flat", "--no-total", "-O", "csv")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(output, 0, process.waitFor());
        Map<String, BigDecimal> balances = new HashMap<>();
        for (String row : output.split("\\R")) {
            if (row.isBlank() || row.startsWith("\"account\"")) {
                continue;
            }
            String[] cells = row.split("\",\"");
            String account = cells[0].replace("\"", "");
            String amount = cells[1].replace("\"", "").replace("SAR", "").replace(",", "").strip();
            BigDecimal value = new BigDecimal(amount);
            if (value.signum() != 0) {
                balances.put(account.split(" ")[0], value.setScale(2));
            }
        }
        return balances;
    }

    private interface Call<T> {
        T call(String id) throws Exception;
    }

    private static <T> List<T> parallel(List<String> ids, Call<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (String id : ids) {
                futures.add(pool.submit(() -> call.call(id)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertConsecutive(List<Long> numbers) {
        TreeSet<Long> distinct = new TreeSet<>(numbers);
        assertEquals("distinct: " + numbers, numbers.size(), distinct.size());
        assertEquals("consecutive: " + distinct, distinct.first() + numbers.size() - 1, (long) distinct.last());
    }

    private Http owner() throws Exception {
        return login("demo", "owner@demo.local", PASSWORD);
    }

    private Http login(String tenant, String email, String password) throws Exception {
        return http.withHeader("Authorization", "Bearer " + Itest.login(context, http, tenant, email, password)
                .get("accessToken").asText());
    }
}
