package com.doganhub.crm.internal.contacts;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import com.doganhub.crm.internal.CrmConfig;
import com.doganhub.crm.internal.CrmStore;
import com.doganhub.crm.internal.CsvReader;
import com.doganhub.crm.internal.SearchText;
import com.doganhub.crm.internal.companies.CompanyEntity;
import com.doganhub.crm.internal.contacts.ContactColumns.Standard;
import com.doganhub.crm.internal.fields.CustomFields;
import com.doganhub.crm.internal.fields.FieldEntity;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.PayloadTooLarge;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.i18n.Messages;

/**
 * Imports contacts from a CSV file in one transaction: every row is checked as the API checks a contact (names,
 * emails, phones, tags, custom fields) plus its company, looked up by name; rows with an email that is already a
 * contact's, or came earlier in the file, are skipped as duplicates. A dry run reports without writing. A strict
 * import writes nothing unless every row is accepted; otherwise the accepted rows are written and the rest reported.
 * A file that is not CSV, or longer than the row limit, is refused whole.
 */
@Component(service = ContactImport.class, configurationPid = CrmConfig.PID)
@Designate(ocd = CrmConfig.class)
public class ContactImport {

    private final CrmStore store;
    private final CustomFields customFields;
    private final Messages messages;
    private final AuditLog audit;
    private volatile CrmConfig config;

    @Activate
    public ContactImport(@Reference CrmStore store, @Reference CustomFields customFields, @Reference Messages messages,
            @Reference AuditLog audit, CrmConfig config) {
        this.store = store;
        this.customFields = customFields;
        this.messages = messages;
        this.audit = audit;
        this.config = config;
    }

    @Modified
    void modified(CrmConfig changed) {
        this.config = changed;
    }

    /** Reads the request body up to the size limit (413 beyond it, before any parsing). */
    public byte[] read(InputStream body) throws IOException {
        long max = config.importMaxBytes();
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw new PayloadTooLarge("crm.import-too-large", Math.max(1, max / (1024 * 1024)));
        }
        return bytes;
    }

    public ImportReport run(byte[] file, boolean dryRun, boolean strict) {
        CsvReader.Parsed parsed;
        try {
            parsed = CsvReader.parse(file, config.importMaxRows());
        } catch (CsvReader.NotCsv refused) {
            throw new ValidationFailed("file", refused.code(), refused.args());
        }
        TenantContext caller = store.caller();
        Locale locale = caller.locale();
        return store.inTransaction(em -> {
            List<FieldEntity> fields = customFields.definitions(em);
            ContactColumns.Layout layout = ContactColumns.layout(parsed.header(), fields);
            if (!layout.knowsAny()) {
                throw new ValidationFailed("file", "crm.import-no-columns", String.join(", ",
                        Arrays.stream(Standard.values()).map(column -> column.heading().in(locale)).toList()));
            }
            Map<String, Set<String>> companies = companiesByName(em);
            Map<String, String> existingEmails = existingEmails(em);
            Map<String, Integer> emailsInFile = new HashMap<>();
            List<ImportReport.Rejected> rejected = new ArrayList<>();
            List<ImportReport.Duplicate> duplicates = new ArrayList<>();
            List<ContactEntity> accepted = new ArrayList<>();
            for (CsvReader.Row row : parsed.rows()) {
                List<FieldError> errors = new ArrayList<>();
                ContactRequest request = request(layout, row.cells());
                ContactRequest.Valid valid = request.validate(caller.userId(), errors);
                String custom = customFields.check(fields, request.customFields(), errors);
                String company = layout.cell(row.cells(), Standard.COMPANY);
                String companyId = null;
                if (company != null) {
                    Set<String> named = companies.getOrDefault(SearchText.fold(company), Set.of());
                    if (named.size() == 1) {
                        companyId = named.iterator().next();
                    } else {
                        errors.add(FieldError.of("company", named.isEmpty() ? "crm.unknown-company"
                                : "crm.import-company-ambiguous"));
                    }
                }
                if (!errors.isEmpty()) {
                    rejected.add(new ImportReport.Rejected(row.line(), errors.stream()
                            .map(error -> reason(layout, error, locale)).toList()));
                    continue;
                }
                ImportReport.Duplicate duplicate = duplicate(row.line(), valid.emails(), existingEmails, emailsInFile);
                if (duplicate != null) {
                    duplicates.add(duplicate);
                    continue;
                }
                // only rows that will be contacts count for later rows: a skipped row's other emails stay free
                valid.emails().forEach(email -> emailsInFile.putIfAbsent(email, row.line()));
                ContactEntity contact = new ContactEntity(UUID.randomUUID().toString(), store.now());
                contact.apply(new ContactRequest.Valid(valid.nameAr(), valid.nameEn(), valid.emails(), valid.phones(),
                        companyId, valid.ownerId(), valid.tags()), custom, store.now());
                accepted.add(contact);
            }
            if (strict && !dryRun && !rejected.isEmpty()) {
                throw new ValidationFailed(rejected.stream().flatMap(row -> row.reasons().stream()
                        .map(reason -> FieldError.of("rows[" + row.line() + "]." + reason.column(), reason.code())))
                        .toList());
            }
            if (!dryRun) {
                accepted.forEach(em::persist);
                audit.record(AuditEvent.of("contact-import", UUID.randomUUID().toString(), "import")
                        .with("created", null, String.valueOf(accepted.size()))
                        .with("rejected", null, String.valueOf(rejected.size()))
                        .with("duplicates", null, String.valueOf(duplicates.size())));
            }
            return new ImportReport(dryRun, parsed.rows().size(), accepted.size(), dryRun ? 0 : accepted.size(),
                    rejected, duplicates, layout.ignored());
        });
    }

    private static ContactRequest request(ContactColumns.Layout layout, List<String> cells) {
        Map<String, Object> custom = new LinkedHashMap<>();
        layout.custom().keySet().forEach(key -> {
            String value = layout.customCell(cells, key);
            if (value != null) {
                custom.put(key, value);
            }
        });
        return new ContactRequest(layout.cell(cells, Standard.NAME_AR), layout.cell(cells, Standard.NAME_EN),
                list(layout.cell(cells, Standard.EMAILS), "[;,\\s]+"), list(layout.cell(cells, Standard.PHONES), "[;,]+"),
                null, null, list(layout.cell(cells, Standard.TAGS), "[;,]+"), custom);
    }

    private static List<String> list(String cell, String separators) {
        return cell == null ? List.of()
                : Arrays.stream(cell.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Names the column as the file heads it: {@code emails[1]} is the emails column, a custom field its column. */
    private ImportReport.Reason reason(ContactColumns.Layout layout, FieldError error, Locale locale) {
        String field = error.field();
        String column;
        if (field.startsWith("customFields.")) {
            column = layout.customHeading(field.substring("customFields.".length()));
        } else {
            String base = field.replaceAll("\\[\\d+]$", "");
            column = switch (base) {
                case "nameAr" -> layout.heading(Standard.NAME_AR);
                case "nameEn" -> layout.heading(Standard.NAME_EN);
                case "emails" -> layout.heading(Standard.EMAILS);
                case "phones" -> layout.heading(Standard.PHONES);
                case "tags" -> layout.heading(Standard.TAGS);
                case "company" -> layout.heading(Standard.COMPANY);
                default -> base;
            };
        }
        return new ImportReport.Reason(column, error.code(), messages.format(error.code(), error.args(), locale));
    }

    private static ImportReport.Duplicate duplicate(int line, List<String> emails, Map<String, String> existing,
            Map<String, Integer> inFile) {
        for (String email : emails) {
            if (existing.containsKey(email)) {
                return new ImportReport.Duplicate(line, email, existing.get(email), null);
            }
            if (inFile.containsKey(email)) {
                return new ImportReport.Duplicate(line, email, null, inFile.get(email));
            }
        }
        return null;
    }

    /** Folded company names (Arabic and English) to the ids of the companies carrying them. */
    private static Map<String, Set<String>> companiesByName(EntityManager em) {
        Map<String, Set<String>> byName = new HashMap<>();
        for (CompanyEntity company : em.createQuery("select c from CompanyEntity c", CompanyEntity.class).getResultList()) {
            for (String name : new String[] { company.nameAr(), company.nameEn() }) {
                if (name != null) {
                    byName.computeIfAbsent(SearchText.fold(name), key -> new HashSet<>()).add(company.id());
                }
            }
        }
        return byName;
    }

    /** Every email of the tenant's contacts, to the contact's id. */
    private static Map<String, String> existingEmails(EntityManager em) {
        Map<String, String> emails = new HashMap<>();
        for (Object[] row : em.createQuery("select c.id, c.emails from ContactEntity c where c.emails is not null",
                Object[].class).getResultList()) {
            for (String email : ((String) row[1]).split("\n")) {
                emails.putIfAbsent(email, (String) row[0]);
            }
        }
        return emails;
    }
}
