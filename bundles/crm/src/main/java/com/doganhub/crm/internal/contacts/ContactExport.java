package com.doganhub.crm.internal.contacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.crm.internal.CrmConfig;
import com.doganhub.crm.internal.CrmStore;
import com.doganhub.crm.internal.contacts.ContactColumns.Standard;
import com.doganhub.crm.internal.fields.CustomFields;
import com.doganhub.crm.internal.fields.FieldType;
import com.doganhub.crm.internal.fields.FieldView;
import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.export.Table;
import com.doganhub.platform.api.export.Table.Column;
import com.doganhub.platform.api.export.Table.Kind;

/**
 * The contacts matching a search as a table, in the columns an import reads back: names, emails and phones (joined
 * by {@code "; "}), company name, tags, each custom field under its label, then owner, id and creation time.
 */
@Component(service = ContactExport.class, configurationPid = CrmConfig.PID)
public class ContactExport {

    private static final int BATCH = 500;

    private final Contacts contacts;
    private final CustomFields customFields;
    private volatile CrmConfig config;

    @Activate
    public ContactExport(@Reference Contacts contacts, @Reference CustomFields customFields, CrmConfig config) {
        this.contacts = contacts;
        this.customFields = customFields;
        this.config = config;
    }

    @Modified
    void modified(CrmConfig changed) {
        this.config = changed;
    }

    public Table table(String q, String tag) {
        List<FieldView> fields = customFields.list();
        List<Column> columns = new ArrayList<>();
        columns.add(column("nameAr", Standard.NAME_AR.heading(), Kind.TEXT));
        columns.add(column("nameEn", Standard.NAME_EN.heading(), Kind.TEXT));
        columns.add(column("emails", Standard.EMAILS.heading(), Kind.TEXT));
        columns.add(column("phones", Standard.PHONES.heading(), Kind.TEXT));
        columns.add(column("company", Standard.COMPANY.heading(), Kind.TEXT));
        columns.add(column("tags", Standard.TAGS.heading(), Kind.TEXT));
        for (FieldView field : fields) {
            columns.add(column("custom." + field.key(), new LocalizedText(field.labelAr(), field.labelEn()),
                    field.type() == FieldType.NUMBER ? Kind.NUMBER : Kind.TEXT));
        }
        columns.add(column("owner", ContactColumns.OWNER, Kind.TEXT));
        columns.add(column("id", ContactColumns.ID, Kind.TEXT));
        columns.add(column("createdAt", ContactColumns.CREATED_AT, Kind.DATE_TIME));

        int max = config.exportMaxRows();
        List<Map<String, Object>> rows = new ArrayList<>();
        String cursor = null;
        do {
            List<ContactView> batch = contacts.search(q, tag, cursor, BATCH);
            List<ContactView> shown = batch.size() > BATCH ? batch.subList(0, BATCH) : batch;
            if (rows.size() + shown.size() > max) {
                throw new ValidationFailed("q", "crm.export-too-many", max);
            }
            shown.forEach(contact -> rows.add(row(contact, fields)));
            cursor = batch.size() > BATCH ? shown.get(shown.size() - 1).id() : null;
        } while (cursor != null);
        return new Table("contacts", null, columns, rows, null);
    }

    private static Map<String, Object> row(ContactView contact, List<FieldView> fields) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("nameAr", contact.nameAr());
        row.put("nameEn", contact.nameEn());
        row.put("emails", contact.emails().isEmpty() ? null : String.join("; ", contact.emails()));
        row.put("phones", contact.phones().isEmpty() ? null : String.join("; ", contact.phones()));
        row.put("company", contact.companyName());
        row.put("tags", contact.tags().isEmpty() ? null : String.join("; ", contact.tags()));
        for (FieldView field : fields) {
            Object value = contact.customFields().get(field.key());
            row.put("custom." + field.key(), value == null || value instanceof Number ? value : String.valueOf(value));
        }
        row.put("owner", contact.ownerId());
        row.put("id", contact.id());
        row.put("createdAt", contact.createdAt());
        return row;
    }

    private static Column column(String key, LocalizedText heading, Kind kind) {
        return new Column(key, heading, kind);
    }
}
